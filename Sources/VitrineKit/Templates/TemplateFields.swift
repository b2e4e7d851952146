/// The names a template's tags read (`{{page.title}}`, `{{#items}}`, `{{^empty(page.news)}}`), with
/// their line: a name that no view model has is an error when the theme loads, not a silent blank.
enum TemplateFields {
    /// Each name read, with the line of its tag. Partials, blocks, comments, closing tags and
    /// `{{.}}` read no field; the scan stops at a change of delimiters, which no theme makes.
    static func reads(in text: String) -> [(name: String, line: Int)] {
        let bytes = Array(text.utf8)
        var found: [(String, Int)] = []
        var line = 1
        var i = 0
        while i + 1 < bytes.count {
            guard bytes[i] == UInt8(ascii: "{"), bytes[i + 1] == UInt8(ascii: "{") else {
                if bytes[i] == UInt8(ascii: "\n") { line += 1 }
                i += 1
                continue
            }
            let tagLine = line
            var start = i + 2
            if start < bytes.count, bytes[start] == UInt8(ascii: "{") { start += 1 }
            guard let end = closing(bytes, from: start) else { break }
            line += bytes[start..<end].filter { $0 == UInt8(ascii: "\n") }.count
            i = end + 2
            if i < bytes.count, bytes[i] == UInt8(ascii: "}") { i += 1 }
            var tag = String(decoding: bytes[start..<end], as: UTF8.self).trimmed()
            switch tag.first {
            case "=": return found
            case "!", ">", "<", "$", "%", "/", nil: continue
            case "#", "^", "&": tag = String(tag.dropFirst()).trimmed()
            default: break
            }
            // `empty(page.news)`: the transforms' argument is the name read.
            if let open = tag.lastIndex(of: "(") {
                tag = String(tag[tag.index(after: open)...].prefix { $0 != ")" }).trimmed()
            }
            if tag.hasPrefix(".") { tag.removeFirst() }
            if !tag.isEmpty { found.append((tag, tagLine)) }
        }
        return found
    }

    /// The names read whose part is the field of no view model (`page.titel`); `t.…` are interface
    /// strings, checked against the theme's `i18n/` file elsewhere.
    static func unknown(in text: String, known: Set<String>) -> [(name: String, field: String, line: Int)] {
        reads(in: text).compactMap { read in
            let parts = read.name.split(separator: ".").map(String.init)
            guard parts.first != "t", let field = parts.first(where: { !known.contains($0) }) else { return nil }
            return (read.name, field, read.line)
        }
    }

    private static func closing(_ bytes: [UInt8], from start: Int) -> Int? {
        var j = start
        while j + 1 < bytes.count {
            if bytes[j] == UInt8(ascii: "}"), bytes[j + 1] == UInt8(ascii: "}") { return j }
            j += 1
        }
        return nil
    }
}
