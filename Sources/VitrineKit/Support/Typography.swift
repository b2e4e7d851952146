/// French typographic spacing on running text: no-break space (U+00A0) before « : » and inside
/// « guillemets », narrow no-break space (U+202F) before ; ! ?, curly apostrophes, single spaces.
///
/// Applied to text only — Markdown text nodes and front-matter strings shown on pages — never to
/// code, URLs or attributes, which the callers keep out of it.
public enum Typography {
    static let nbsp: Unicode.Scalar = "\u{00A0}"
    static let narrow: Unicode.Scalar = "\u{202F}"

    public static func french(_ text: String) -> String {
        // Bytes that are not one of the characters below are copied in runs; the last character
        // written is what the rules look at.
        let bytes = Array(text.utf8)
        let count = bytes.count
        var out = Typeset(capacity: count + 16)
        var i = 0
        while i < count {
            var end = i
            while end < count && !isSpecial(bytes[end]) { end += 1 }
            if end > i {
                out.appendRun(bytes[i..<end])
                i = end
                continue
            }
            let byte = bytes[i]
            let last = out.last
            if byte == 0xC2, i + 1 < count, bytes[i + 1] == 0xBB {   // »
                if last == " " { out.replaceLast(nbsp) } else if let p = last, p != nbsp, p != narrow { out.append(nbsp) }
                out.append("»")
                i += 2
            } else if byte == 0xC2, i + 1 < count, bytes[i + 1] == 0xAB {   // «
                out.append("«")
                i += 2
                // A no-break space goes in unless the next character is already a space.
                if i < count && bytes[i] != UInt8(ascii: " ") && !(bytes[i] == 0xC2 && i + 1 < count && bytes[i + 1] == 0xA0) {
                    out.append(nbsp)
                }
            } else if byte == 0xC2 {   // another character of Latin-1
                out.appendRun(bytes[i..<min(i + 2, count)])
                i += 2
            } else {
                switch byte {
                case UInt8(ascii: " "):
                    // Collapse runs of spaces; a space after « becomes the no-break space.
                    if !(last == " " || last == nbsp || last == narrow) { out.append(last == "«" ? nbsp : " ") }
                case UInt8(ascii: ":"):
                    if last == " " { out.replaceLast(nbsp) }
                    out.append(":")
                case UInt8(ascii: "'"):
                    // An apostrophe after a letter curls: l'été → l’été.
                    let afterLetter = last.map { $0.isASCII ? ($0.value | 0x20) >= 0x61 && ($0.value | 0x20) <= 0x7A : $0.properties.isAlphabetic }
                    out.append(afterLetter == true ? "’" : "'")
                default:   // ; ! ?
                    if last == " " || last == nbsp { out.replaceLast(narrow) }
                    out.append(Unicode.Scalar(byte))
                }
                i += 1
            }
        }
        return String(decoding: out.bytes, as: UTF8.self)
    }

    /// Whether the rules change anything: one of : ; ! ? ' « » or a no-break space (0xC2 leads
    /// them), or a space after a space or a narrow no-break space (E2 80 AF).
    static func needsWork(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var previousSpace = false
        for i in bytes.indices {
            let byte = bytes[i]
            switch byte {
            case UInt8(ascii: " "):
                if previousSpace { return true }
                previousSpace = true
            case UInt8(ascii: ":"), UInt8(ascii: ";"), UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: "'"), 0xC2:
                return true
            case 0xAF:
                previousSpace = i >= 2 && bytes[i - 1] == 0x80 && bytes[i - 2] == 0xE2
            default:
                previousSpace = false
            }
        }
        return false
    }

    /// The bytes the rules act on: space : ; ! ? ' and the lead byte of « and ».
    private static func isSpecial(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: " "), UInt8(ascii: ":"), UInt8(ascii: ";"), UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: "'"), 0xC2:
            return true
        default:
            return false
        }
    }

    /// The text being written, as UTF-8 bytes, and the last character written.
    private struct Typeset {
        var bytes: [UInt8] = []
        var last: Unicode.Scalar?
        var lastWidth = 0

        init(capacity: Int) {
            bytes.reserveCapacity(capacity)
        }

        mutating func append(_ s: Unicode.Scalar) {
            if s.isASCII {
                bytes.append(UInt8(truncatingIfNeeded: s.value))
                lastWidth = 1
            } else {
                for byte in UTF8.encode(s)! { bytes.append(byte) }
                lastWidth = UTF8.width(s)
            }
            last = s
        }

        /// Whole characters, copied as they are.
        mutating func appendRun(_ run: ArraySlice<UInt8>) {
            bytes.append(contentsOf: run)
            var start = run.endIndex - 1
            while start > run.startIndex && run[start] & 0xC0 == 0x80 { start -= 1 }
            var value = UInt32(run[start])
            switch run.endIndex - start {
            case 2: value &= 0x1F
            case 3: value &= 0x0F
            case 4: value &= 0x07
            default: break
            }
            for byte in run[(start + 1)...] { value = value << 6 | UInt32(byte & 0x3F) }
            last = Unicode.Scalar(value)
            lastWidth = run.endIndex - start
        }

        mutating func replaceLast(_ s: Unicode.Scalar) {
            bytes.removeLast(lastWidth)
            append(s)
        }
    }

    /// French typography for a French site; other languages keep their text.
    public static func apply(_ text: String, language: String) -> String {
        language == "fr" ? french(text) : text
    }
}
