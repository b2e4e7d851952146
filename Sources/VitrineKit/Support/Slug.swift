import Foundation

/// Turns a file name or a title into a URL segment, predictably:
/// accents folded, lower case, any run of other characters becomes one dash.
/// `Soy PV` and `soy-pv` give the same slug, which is how collisions are found.
public enum Slug {
    public static func make(_ text: String) -> String {
        // Folding goes through NSString: only text with accents (or wide forms) needs it.
        let folded = text.utf8.allSatisfy { $0 < 0x80 } ? text
            : text.folding(options: [.diacriticInsensitive, .widthInsensitive], locale: Locale(identifier: "en_US_POSIX"))
        var out = ""
        var pendingDash = false
        for scalar in folded.unicodeScalars {
            let piece: String?
            switch scalar {
            case "a"..."z", "0"..."9": piece = String(scalar)
            case "A"..."Z": piece = String(scalar).lowercased()
            case "œ", "Œ": piece = "oe"
            case "æ", "Æ": piece = "ae"
            case "ß": piece = "ss"
            default: piece = nil
            }
            guard let piece else {
                pendingDash = true
                continue
            }
            if pendingDash && !out.isEmpty { out += "-" }
            pendingDash = false
            out += piece
        }
        return out
    }
}
