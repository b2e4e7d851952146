/// Escaping for HTML text and double-quoted attribute values.
public enum HTMLText {
    private static let escaper = ByteEscaper(replacing: [
        UInt8(ascii: "&"): "&amp;", UInt8(ascii: "<"): "&lt;", UInt8(ascii: ">"): "&gt;",
        UInt8(ascii: "\""): "&quot;", UInt8(ascii: "'"): "&#39;",
    ])

    public static func escape(_ s: String) -> String { escaper.escape(s) }

    /// Escapes `s` at the end of `out` (the templates' output), without a string of its own.
    static func escape(_ s: String, into out: inout [UInt8]) { escaper.escape(s, into: &out) }
}

/// Replaces or drops single ASCII bytes of a string's UTF-8, in one pass over the bytes.
///
/// Escaping runs over every page, feed item and data file of a build: text without any byte to
/// replace is returned as it is, without a copy.
struct ByteEscaper: Sendable {
    /// Per byte value: nil keeps the byte, an empty array drops it, otherwise its replacement.
    private let table: [[UInt8]?]
    /// Drops U+FFFE and U+FFFF (EF BF BE, EF BF BF), which XML 1.0 forbids.
    private let dropsNoncharacters: Bool
    /// Per byte value: whether it is replaced, dropped, or may start a dropped noncharacter.
    private let special: [Bool]

    init(replacing replacements: [UInt8: String], dropping dropped: [UInt8] = [], dropsNoncharacters: Bool = false) {
        var table = [[UInt8]?](repeating: nil, count: 256)
        for (byte, text) in replacements { table[Int(byte)] = Array(text.utf8) }
        for byte in dropped { table[Int(byte)] = [] }
        self.table = table
        self.dropsNoncharacters = dropsNoncharacters
        special = (0..<256).map { table[$0] != nil || (dropsNoncharacters && $0 == 0xEF) }
    }

    func escape(_ text: String, into out: inout [UInt8]) {
        var text = text
        text.withUTF8 { bytes in
            special.withUnsafeBufferPointer { special in
                var run = 0
                var i = 0
                let count = bytes.count
                while i < count {
                    let byte = bytes[i]
                    guard special[Int(byte)] else {
                        i += 1
                        continue
                    }
                    if let replacement = table[Int(byte)] {
                        out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<i]))
                        out.append(contentsOf: replacement)
                        run = i + 1
                    } else if dropsNoncharacters && byte == 0xEF && i + 2 < count && bytes[i + 1] == 0xBF
                                && (bytes[i + 2] == 0xBE || bytes[i + 2] == 0xBF) {
                        out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<i]))
                        i += 3
                        run = i
                        continue
                    }
                    i += 1
                }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<count]))
            }
        }
    }

    func escape(_ text: String) -> String {
        var text = text
        // The scan for a byte to change reads one flag per byte (most text has none): such text
        // is returned as it is, without a copy.
        let unchanged = text.withUTF8 { bytes in
            special.withUnsafeBufferPointer { special in !bytes.contains { special[Int($0)] } }
        }
        if unchanged { return text }
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count + text.utf8.count / 8 + 16)
        escape(text, into: &out)
        return String(decoding: out, as: UTF8.self)
    }
}
