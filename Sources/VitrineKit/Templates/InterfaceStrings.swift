/// Writes a theme's interface strings into its templates once, when the theme is loaded:
/// `{{t.key}}` becomes the string, HTML-escaped (`{{{t.key}}}` and `{{&t.key}}` the string as is).
///
/// The strings are the same on every page, and each Mustache lookup costs a search of the context
/// stack with dynamic casts — a sixth of each page's lookups were `t.…`. A tag is left to Mustache
/// when its key is missing (it renders nothing, as before); when the string is empty or only
/// spaces (Mustache would then take the line for a standalone tag's and drop its line break), holds
/// a line break or a brace; inside a comment; and in a template that changes its delimiters or
/// content type.
enum InterfaceStrings {
    static func bake(_ template: String, _ table: [String: String]) -> String {
        if template.contains("{{=") || template.contains("{{%") { return template }
        let bytes = Array(template.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var i = 0
        while i < bytes.count {
            if bytes[i] == UInt8(ascii: "{"), i + 2 < bytes.count, bytes[i + 1] == UInt8(ascii: "{"), bytes[i + 2] == UInt8(ascii: "!") {
                // A comment is copied as written, up to its first closing braces.
                var end = i + 3
                while end + 1 < bytes.count && !(bytes[end] == UInt8(ascii: "}") && bytes[end + 1] == UInt8(ascii: "}")) { end += 1 }
                end = min(end + 2, bytes.count)
                out += bytes[i..<end]
                i = end
            } else if bytes[i] == UInt8(ascii: "{"), let (end, text) = tag(at: i, in: bytes, table) {
                out += text.utf8
                i = end
            } else {
                out.append(bytes[i])
                i += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The text for the `t.` tag starting at `start`, and the index after the tag; nil when there is
    /// no such tag there or it is left to Mustache.
    private static func tag(at start: Int, in bytes: [UInt8], _ table: [String: String]) -> (Int, String)? {
        func at(_ i: Int, _ char: Unicode.Scalar) -> Bool { i < bytes.count && bytes[i] == UInt8(ascii: char) }
        func skipSpaces(_ i: inout Int) { while at(i, " ") { i += 1 } }
        guard at(start, "{"), at(start + 1, "{") else { return nil }
        var i = start + 2
        let triple = at(i, "{")
        let ampersand = at(i, "&")
        if triple || ampersand { i += 1 }
        skipSpaces(&i)
        guard at(i, "t"), at(i + 1, ".") else { return nil }
        i += 2
        let keyStart = i
        while i < bytes.count, isKeyByte(bytes[i]) { i += 1 }
        guard i > keyStart else { return nil }
        let key = String(decoding: bytes[keyStart..<i], as: UTF8.self)
        skipSpaces(&i)
        guard at(i, "}"), at(i + 1, "}") else { return nil }
        i += 2
        if triple {
            guard at(i, "}") else { return nil }
            i += 1
        }
        guard let text = table[key], text.utf8.contains(where: { $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "\t") }),
              !text.utf8.contains(where: { $0 == UInt8(ascii: "{") || $0 == UInt8(ascii: "}") || $0 == 10 || $0 == 13 }) else {
            return nil
        }
        return (i, triple || ampersand ? text : HTMLText.escape(text))
    }

    private static func isKeyByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
             UInt8(ascii: "_"), UInt8(ascii: "-"):
            return true
        default:
            return false
        }
    }
}
