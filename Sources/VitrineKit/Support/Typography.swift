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

        let input = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        var last: Unicode.Scalar? { out.last }
        func replaceLast(_ s: Unicode.Scalar) {
            out.removeLast()
            out.append(s)
        }
        for (i, c) in input.enumerated() {
            switch c {
            case " ":
                // Collapse runs of spaces; a space after « becomes the no-break space.
                if last == " " || last == nbsp || last == narrow { continue }
                out.append(last == "«" ? nbsp : c)
            case ":":
                if last == " " { replaceLast(nbsp) }
                out.append(c)
            case ";", "!", "?":
                if last == " " || last == nbsp { replaceLast(narrow) }
                out.append(c)
            case "»":
                if last == " " { replaceLast(nbsp) } else if let p = last, p != nbsp, p != narrow { out.append(nbsp) }
                out.append(c)
            case "«":
                out.append(c)
                if i + 1 < input.count, input[i + 1] != " ", input[i + 1] != nbsp { out.append(nbsp) }
            case "'":
                // An apostrophe after a letter curls: l'été → l’été.
                if let p = last, p.properties.isAlphabetic { out.append("’") } else { out.append(c) }
            default:
                out.append(c)
            }
        }
        return String(out)
    }

    /// French typography for a French site; other languages keep their text.
    public static func apply(_ text: String, language: String) -> String {
        language == "fr" ? french(text) : text
    }
}
