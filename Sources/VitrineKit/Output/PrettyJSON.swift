/// JSON laid out as Foundation's `JSONEncoder` does with `.prettyPrinted, .sortedKeys,
/// .withoutEscapingSlashes` (`"key" : value`, two-space indents), written directly: for the open
/// data of 10,000 experiments, the encoder's generic machinery took over a second.
indirect enum PrettyJSON {
    case string(String)
    case number(Double)
    case array([PrettyJSON])
    case object([String: PrettyJSON])

    /// The document, with a final line break.
    var text: String {
        var out = ""
        write(to: &out, indent: "")
        out += "\n"
        return out
    }

    private func write(to out: inout String, indent: String) {
        switch self {
        case .string(let s): Self.writeString(s, to: &out)
        case .number(let value):
            var text = String(value)
            if text.hasSuffix(".0") { text.removeLast(2) }
            out += text
        case .array(let items):
            let inner = indent + "  "
            out += "[\n"
            if items.isEmpty { out += "\n" }
            for (i, item) in items.enumerated() {
                out += inner
                item.write(to: &out, indent: inner)
                out += i == items.count - 1 ? "\n" : ",\n"
            }
            out += indent + "]"
        case .object(let members):
            let inner = indent + "  "
            out += "{\n"
            if members.isEmpty { out += "\n" }
            let keys = members.keys.sorted()
            for (i, key) in keys.enumerated() {
                out += inner
                Self.writeString(key, to: &out)
                out += " : "
                members[key]!.write(to: &out, indent: inner)
                out += i == keys.count - 1 ? "\n" : ",\n"
            }
            out += indent + "}"
        }
    }

    private static func writeString(_ text: String, to out: inout String) {
        JSONString.write(text, to: &out, forScript: false)
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
