/// French typographic spacing on running text: no-break space (U+00A0) before « : » and inside
/// « guillemets », narrow no-break space (U+202F) before ; ! ?, curly apostrophes, single spaces.
///
/// Applied to text only — Markdown text nodes and front-matter strings shown on pages — never to
/// code, URLs or attributes, which the callers keep out of it.
public enum Typography {
    static let nbsp: Unicode.Scalar = "\u{00A0}"
    static let narrow: Unicode.Scalar = "\u{202F}"

    public static func french(_ text: String) -> String {
        // Fast path: most text nodes have nothing to change (runs on every node of every page).
        var needsWork = false
        var previousSpace = false
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: ":"), UInt8(ascii: ";"), UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: "'"), 0xC2:
                needsWork = true   // 0xC2 leads « (C2 AB), » (C2 BB) and the no-break space (C2 A0)
            case UInt8(ascii: " "):
                if previousSpace { needsWork = true }
            default: break
            }
            if needsWork { break }
            previousSpace = byte == UInt8(ascii: " ")
        }
        guard needsWork else { return text }

        var out = Typeset(capacity: text.utf8.count + 16)
        // After «, a no-break space goes in unless the next character is already a space.
        var afterOpeningGuillemet = false
        for c in text.unicodeScalars {
            if afterOpeningGuillemet {
                afterOpeningGuillemet = false
                if c != " " && c != nbsp { out.append(nbsp) }
            }
            let last = out.last
            switch c {
            case " ":
                // Collapse runs of spaces; a space after « becomes the no-break space.
                if last == " " || last == nbsp || last == narrow { continue }
                out.append(last == "«" ? nbsp : c)
            case ":":
                if last == " " { out.replaceLast(nbsp) }
                out.append(c)
            case ";", "!", "?":
                if last == " " || last == nbsp { out.replaceLast(narrow) }
                out.append(c)
            case "»":
                if last == " " { out.replaceLast(nbsp) } else if let p = last, p != nbsp, p != narrow { out.append(nbsp) }
                out.append(c)
            case "«":
                out.append(c)
                afterOpeningGuillemet = true
            case "'":
                // An apostrophe after a letter curls: l'été → l’été.
                if let p = last, p.isASCII ? (p.value | 0x20) >= 0x61 && (p.value | 0x20) <= 0x7A : p.properties.isAlphabetic {
                    out.append("’")
                } else {
                    out.append(c)
                }
            default:
                out.append(c)
            }
        }
        return String(decoding: out.bytes, as: UTF8.self)
    }

    /// The text being written, as UTF-8 bytes, and the last scalar written.
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
