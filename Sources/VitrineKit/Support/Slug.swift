import Foundation

/// Turns a file name or a title into a URL segment, predictably:
/// accents folded, lower case, any run of other characters becomes one dash.
/// `Soy PV` and `soy-pv` give the same slug, which is how collisions are found.
public enum Slug {
    public static func make(_ text: String) -> String {
        // Runs for every heading of every page: French text is folded from a table, byte by byte;
        // anything the table does not know takes the general path through Foundation.
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        var pendingDash = false
        for scalar in text.unicodeScalars {
            let piece: Substring.UTF8View
            if scalar.isASCII {
                let byte = UInt8(scalar.value)
                switch byte {
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                    append(byte, to: &out, dash: &pendingDash)
                case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                    append(byte + 32, to: &out, dash: &pendingDash)
                default:
                    pendingDash = true
                }
                continue
            } else if let folded = frenchFolds[scalar] {
                piece = folded.utf8
            } else if separators.contains(scalar) {
                pendingDash = true
                continue
            } else {
                return unicodeMake(text)
            }
            for byte in piece { append(byte, to: &out, dash: &pendingDash) }
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static func append(_ byte: UInt8, to out: inout [UInt8], dash pendingDash: inout Bool) {
        if pendingDash && !out.isEmpty { out.append(UInt8(ascii: "-")) }
        pendingDash = false
        out.append(byte)
    }

    /// The letters of French (and its neighbours) with what folding and lower-casing make of them.
    private static let frenchFolds: [Unicode.Scalar: Substring] = {
        var table: [Unicode.Scalar: Substring] = [:]
        let groups = ["a": "àáâãäåÀÁÂÃÄÅ", "c": "çÇ", "e": "èéêëÈÉÊË", "i": "ìíîïÌÍÎÏ", "n": "ñÑ",
                      "o": "òóôõöÒÓÔÕÖ", "u": "ùúûüÙÚÛÜ", "y": "ýÿÝŸ", "oe": "œŒ", "ae": "æÆ", "ss": "ß"]
        for (folded, letters) in groups {
            for scalar in letters.unicodeScalars { table[scalar] = Substring(folded) }
        }
        return table
    }()

    /// Spaces, quotes and dashes of French text: like any other non-letter, they become a dash.
    private static let separators: Set<Unicode.Scalar> = ["\u{00A0}", "\u{202F}", "\u{2019}", "\u{2018}", "\u{201C}",
                                                          "\u{201D}", "\u{00AB}", "\u{00BB}", "\u{2013}", "\u{2014}"]

    /// The general path: any Unicode text, folded by Foundation.
    static func unicodeMake(_ text: String) -> String {
        let folded = text.folding(options: [.diacriticInsensitive, .widthInsensitive], locale: Locale(identifier: "en_US_POSIX"))
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
