/// French typographic spacing on running text: no-break space (U+00A0) before « : » and inside
/// « guillemets », narrow no-break space (U+202F) before ; ! ?, curly apostrophes, single spaces.
///
/// Applied to text only — Markdown text nodes and front-matter strings shown on pages — never to
/// code, URLs or attributes, which the callers keep out of it.
public enum Typography {
    static let nbsp: Character = "\u{00A0}"
    static let narrow: Character = "\u{202F}"

    public static func french(_ text: String) -> String {
        // Fast path: nothing to do for most short strings.
        guard text.contains(where: { " :;!?«»'".contains($0) }) else { return text }
        var out: [Character] = []
        out.reserveCapacity(text.count)
        let chars = Array(text)
        for (i, c) in chars.enumerated() {
            let prev = out.last
            switch c {
            case " ":
                // Collapse runs of spaces; a space after « becomes the no-break space.
                if prev == " " || prev == nbsp || prev == narrow { continue }
                if prev == "«" { out.append(nbsp); continue }
                out.append(c)
            case ":":
                if prev == " " { out[out.count - 1] = nbsp }
                out.append(c)
            case ";", "!", "?":
                if prev == " " || prev == nbsp { out[out.count - 1] = narrow }
                out.append(c)
            case "»":
                if prev == " " { out[out.count - 1] = nbsp } else if let p = prev, p != nbsp, p != narrow { out.append(nbsp) }
                out.append(c)
            case "«":
                out.append(c)
                if i + 1 < chars.count, chars[i + 1] != " ", chars[i + 1] != nbsp { out.append(nbsp) }
            case "'":
                // An apostrophe between letters, or after one, curls: l'été → l’été.
                if let p = prev, p.isLetter { out.append("’") } else { out.append(c) }
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
