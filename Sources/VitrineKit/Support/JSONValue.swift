/// A JSON value, written two ways: compact and safe inside an HTML `<script>` element (JSON-LD),
/// or laid out as Foundation's `JSONEncoder` does with `.prettyPrinted, .sortedKeys,
/// .withoutEscapingSlashes` (the open data files). Written directly: Foundation's serializers
/// took a large share of a build (JSON-LD on every page, 10,000 open data records).
indirect enum JSONValue: Equatable, ExpressibleByStringLiteral, ExpressibleByDictionaryLiteral {
    case string(String)
    case number(Double)
    case array([JSONValue])
    case object([String: JSONValue])

    init(stringLiteral value: String) { self = .string(value) }
    init(dictionaryLiteral elements: (String, JSONValue)...) {
        self = .object(Dictionary(elements, uniquingKeysWith: { _, last in last }))
    }

    /// Compact, keys sorted ignoring case (as JSONSerialization did), and `<`, `>`, `&`, U+2028,
    /// U+2029 as `\u` escapes, so that `</script>` or `<!--` in a value cannot end the element.
    func write(to out: inout String) {
        switch self {
        case .string(let text): JSONString.write(text, to: &out, forScript: true)
        case .number(let value): out += Self.number(value)
        case .array(let items):
            out += "["
            for (i, item) in items.enumerated() {
                if i > 0 { out += "," }
                item.write(to: &out)
            }
            out += "]"
        case .object(let members):
            out += "{"
            let keys = members.keys.sorted { ($0.lowercased(), $0) < ($1.lowercased(), $1) }
            for (i, key) in keys.enumerated() {
                if i > 0 { out += "," }
                JSONString.write(key, to: &out, forScript: true)
                out += ":"
                members[key]!.write(to: &out)
            }
            out += "}"
        }
    }

    /// JSONEncoder's pretty layout (`"key" : value`, two-space indents, keys in code-point order),
    /// with a final line break.
    var pretty: String {
        var out = ""
        writePretty(to: &out, depth: 0)
        out += "\n"
        return out
    }

    private func writePretty(to out: inout String, depth: Int) {
        switch self {
        case .string(let s): JSONString.write(s, to: &out, forScript: false)
        case .number(let value): out += Self.number(value)
        case .array(let items):
            out += "[\n"
            if items.isEmpty { out += "\n" }
            for (i, item) in items.enumerated() {
                Self.indent(depth + 1, &out)
                item.writePretty(to: &out, depth: depth + 1)
                out += i == items.count - 1 ? "\n" : ",\n"
            }
            Self.indent(depth, &out)
            out += "]"
        case .object(let members):
            out += "{\n"
            if members.isEmpty { out += "\n" }
            let keys = members.keys.sorted()
            for (i, key) in keys.enumerated() {
                Self.indent(depth + 1, &out)
                JSONString.write(key, to: &out, forScript: false)
                out += " : "
                members[key]!.writePretty(to: &out, depth: depth + 1)
                out += i == keys.count - 1 ? "\n" : ",\n"
            }
            Self.indent(depth, &out)
            out += "}"
        }
    }

    /// Two spaces per level, from strings made once.
    private static func indent(_ depth: Int, _ out: inout String) {
        out += depth < indents.count ? indents[depth] : String(repeating: "  ", count: depth)
    }
    private static let indents = (0..<8).map { String(repeating: "  ", count: $0) }

    /// Shortest decimal form, without a trailing `.0` (`2`, `48.75015`).
    private static func number(_ value: Double) -> String {
        var text = String(value)
        if text.hasSuffix(".0") { text.removeLast(2) }
        return text
    }
}

/// A JSON string literal. `forScript` also escapes `<`, `>`, `&`, U+2028 and U+2029, so that the
/// JSON can sit in an HTML `<script>` element (JSON-LD) without any value ending it.
enum JSONString {
    static func write(_ text: String, to out: inout String, forScript: Bool) {
        out += "\""
        let plain = !text.utf8.contains { byte in
            byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\")
                || (forScript && (byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "&") || byte == 0xE2))
        }
        if plain {
            out += text
            out += "\""
            return
        }
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{8}": out += "\\b"
            case "\u{C}": out += "\\f"
            case "\u{0}"..."\u{1F}": out += unicodeEscape(scalar)
            case "<", ">", "&", "\u{2028}", "\u{2029}":
                // (A `where` on this case would apply to its last pattern only.)
                if forScript { out += unicodeEscape(scalar) } else { out.unicodeScalars.append(scalar) }
            default: out.unicodeScalars.append(scalar)
            }
        }
        out += "\""
    }

    private static func unicodeEscape(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16)
        return "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
    }
}
