/// A JSON value, written two ways: compact and safe inside an HTML `<script>` element (JSON-LD),
/// or laid out as Foundation's `JSONEncoder` does with `.prettyPrinted, .sortedKeys,
/// .withoutEscapingSlashes` (the open data files). Written directly: Foundation's serializers
/// took a large share of a build (JSON-LD on every page, 10,000 open data records).
indirect enum JSONValue: Equatable, ExpressibleByStringLiteral, ExpressibleByDictionaryLiteral, ExpressibleByArrayLiteral {
    case string(String)
    case number(Double)
    case array([JSONValue])
    case object([String: JSONValue])
    case bool(Bool)
    /// An unknown value, written `null` rather than left out: the open data's readers see every field.
    case null

    init(stringLiteral value: String) { self = .string(value) }
    init(arrayLiteral elements: JSONValue...) { self = .array(elements) }
    init(dictionaryLiteral elements: (String, JSONValue)...) {
        self = .object(Dictionary(elements, uniquingKeysWith: { _, last in last }))
    }

    /// Compact, keys sorted ignoring case (as JSONSerialization did), and `<`, `>`, `&`, U+2028,
    /// U+2029 as `\u` escapes, so that `</script>` or `<!--` in a value cannot end the element.
    func write(to out: inout String) {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(1024)
        write(to: &bytes, forScript: true)
        out += String(decoding: bytes, as: UTF8.self)
    }

    /// Compact, without the `<script>` escapes: a list in a CSV cell (`["energie","sante"]`).
    var compact: String {
        var bytes: [UInt8] = []
        write(to: &bytes, forScript: false)
        return String(decoding: bytes, as: UTF8.self)
    }

    // Written as UTF-8 bytes: appending many short pieces to a String cost more than the rest.
    private func write(to out: inout [UInt8], forScript: Bool) {
        switch self {
        case .string(let text): JSONString.write(text, to: &out, forScript: forScript)
        case .number(let value): out += Self.number(value).utf8
        case .bool(let value): out += (value ? "true" : "false").utf8
        case .null: out += "null".utf8
        case .array(let items):
            out.append(UInt8(ascii: "["))
            for (i, item) in items.enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                item.write(to: &out, forScript: forScript)
            }
            out.append(UInt8(ascii: "]"))
        case .object(let members):
            out.append(UInt8(ascii: "{"))
            let keys = members.keys.map { ($0.lowercased(), $0) }.sorted(by: <).map(\.1)
            for (i, key) in keys.enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                JSONString.write(key, to: &out, forScript: forScript)
                out.append(UInt8(ascii: ":"))
                members[key]!.write(to: &out, forScript: forScript)
            }
            out.append(UInt8(ascii: "}"))
        }
    }

    /// JSONEncoder's pretty layout (`"key" : value`, two-space indents, keys in code-point order),
    /// with a final line break.
    var prettyBytes: [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(64 * 1024)
        writePretty(to: &out, depth: 0)
        out.append(10)
        return out
    }

    private func writePretty(to out: inout [UInt8], depth: Int) {
        switch self {
        case .string(let s): JSONString.write(s, to: &out, forScript: false)
        case .number(let value): out += Self.number(value).utf8
        case .bool(let value): out += (value ? "true" : "false").utf8
        case .null: out += "null".utf8
        case .array(let items):
            out += "[\n".utf8
            if items.isEmpty { out.append(10) }
            for (i, item) in items.enumerated() {
                Self.indent(depth + 1, &out)
                item.writePretty(to: &out, depth: depth + 1)
                out += (i == items.count - 1 ? "\n" : ",\n").utf8
            }
            Self.indent(depth, &out)
            out.append(UInt8(ascii: "]"))
        case .object(let members):
            out += "{\n".utf8
            if members.isEmpty { out.append(10) }
            let keys = members.keys.sorted()
            for (i, key) in keys.enumerated() {
                Self.indent(depth + 1, &out)
                JSONString.write(key, to: &out, forScript: false)
                out += " : ".utf8
                members[key]!.writePretty(to: &out, depth: depth + 1)
                out += (i == keys.count - 1 ? "\n" : ",\n").utf8
            }
            Self.indent(depth, &out)
            out.append(UInt8(ascii: "}"))
        }
    }

    /// Two spaces per level.
    private static func indent(_ depth: Int, _ out: inout [UInt8]) {
        out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * depth))
    }

    /// Shortest decimal form, without a trailing `.0` (`2`, `48.75015`).
    static func number(_ value: Double) -> String {
        var text = String(value)
        if text.hasSuffix(".0") { text.removeLast(2) }
        return text
    }
}

/// A JSON string literal. `forScript` also escapes `<`, `>`, `&`, U+2028 and U+2029, so that the
/// JSON can sit in an HTML `<script>` element (JSON-LD) without any value ending it.
enum JSONString {
    static func write(_ text: String, to out: inout [UInt8], forScript: Bool) {
        out.append(UInt8(ascii: "\""))
        let utf8 = text.utf8
        let plain = !utf8.contains { byte in
            byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\")
                || (forScript && (byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "&") || byte == 0xE2))
        }
        if plain {
            out += utf8
            out.append(UInt8(ascii: "\""))
            return
        }
        let bytes = Array(utf8)
        var i = 0
        while i < bytes.count {
            let byte = bytes[i]
            switch byte {
            case UInt8(ascii: "\""): out += "\\\"".utf8
            case UInt8(ascii: "\\"): out += "\\\\".utf8
            case 0x0A: out += "\\n".utf8
            case 0x0D: out += "\\r".utf8
            case 0x09: out += "\\t".utf8
            case 0x08: out += "\\b".utf8
            case 0x0C: out += "\\f".utf8
            case 0..<0x20: unicodeEscape(UInt32(byte), to: &out)
            case UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "&"):
                if forScript { unicodeEscape(UInt32(byte), to: &out) } else { out.append(byte) }
            case 0xE2 where forScript && i + 2 < bytes.count && bytes[i + 1] == 0x80 && (bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9):
                // U+2028 and U+2029 (E2 80 A8, E2 80 A9): line separators in JavaScript.
                unicodeEscape(bytes[i + 2] == 0xA8 ? 0x2028 : 0x2029, to: &out)
                i += 2
            default: out.append(byte)
            }
            i += 1
        }
        out.append(UInt8(ascii: "\""))
    }

    private static func unicodeEscape(_ value: UInt32, to out: inout [UInt8]) {
        let hex = String(value, radix: 16)
        out += "\\u".utf8
        out.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: 4 - hex.utf8.count))
        out += hex.utf8
    }
}
