import Foundation

/// Makes every `href` and `src` of an HTML fragment absolute, for feed readers that show it
/// outside the site (relative links would point nowhere there).
enum AbsoluteLinks {
    static func rewrite(_ html: String, pageURL: String) -> String {
        guard let base = URL(string: pageURL) else { return html }
        var out = ""
        out.reserveCapacity(html.utf8.count + 256)
        var rest = html[...]
        while let match = nextAttribute(in: rest) {
            out += rest[..<match.valueStart]
            let value = String(rest[match.valueStart..<match.valueEnd])
            out += absolute(value, base: base)
            rest = rest[match.valueEnd...]
        }
        out += rest
        return out
    }

    private static func nextAttribute(in s: Substring) -> (valueStart: String.Index, valueEnd: String.Index)? {
        let candidates = [s.range(of: " href=\""), s.range(of: " src=\"")].compactMap { $0 }
        guard let first = candidates.min(by: { $0.lowerBound < $1.lowerBound }),
              let close = s[first.upperBound...].firstIndex(of: "\"") else { return nil }
        return (first.upperBound, close)
    }

    private static func absolute(_ value: String, base: URL) -> String {
        // cmark escapes & as &amp; in attributes; resolve on the unescaped text and escape again.
        let raw = value.replacingOccurrences(of: "&amp;", with: "&")
        guard !raw.isEmpty, let url = URL(string: raw, relativeTo: base) else { return value }
        return url.absoluteString.replacingOccurrences(of: "&", with: "&amp;")
    }
}
