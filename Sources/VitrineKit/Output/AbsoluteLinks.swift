import Foundation

/// Makes every `href` and `src` of an HTML fragment absolute, for feed readers that show it
/// outside the site (relative links would point nowhere there).
///
/// One pass over the bytes: feeds carry whole articles, and this runs for every item of every feed.
enum AbsoluteLinks {
    private static let patterns = [Array(" href=\"".utf8), Array(" src=\"".utf8)]

    static func rewrite(_ html: String, pageURL: String) -> String {
        guard let base = URL(string: pageURL) else { return html }
        let bytes = Array(html.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + 512)
        var i = 0
        var run = 0   // start of the bytes kept as they are, copied in one go
        let count = bytes.count
        outer: while i < count {
            if bytes[i] == UInt8(ascii: " ") {
                for pattern in patterns where i + pattern.count <= count && bytes[i..<i + pattern.count].elementsEqual(pattern) {
                    i += pattern.count
                    out.append(contentsOf: bytes[run..<i])
                    var end = i
                    while end < count && bytes[end] != UInt8(ascii: "\"") { end += 1 }
                    out.append(contentsOf: absolute(bytes[i..<end], base: base))
                    i = end
                    run = end
                    continue outer
                }
            }
            i += 1
        }
        out.append(contentsOf: bytes[run..<count])
        return String(decoding: out, as: UTF8.self)
    }

    private static func absolute(_ value: ArraySlice<UInt8>, base: URL) -> [UInt8] {
        let text = String(decoding: value, as: UTF8.self)
        if text.hasPrefix("https://") || text.hasPrefix("http://") || text.hasPrefix("mailto:") || text.isEmpty {
            return Array(value)
        }
        // cmark escapes & as &amp; in attributes; resolve on the unescaped text and escape again
        // (most links have no &: Foundation's replacing is skipped for them).
        let ampersand = UInt8(ascii: "&")
        let raw = value.contains(ampersand) ? text.replacingOccurrences(of: "&amp;", with: "&") : text
        guard let url = URL(string: raw, relativeTo: base) else { return Array(value) }
        let resolved = url.absoluteString
        return resolved.utf8.contains(ampersand) ? Array(resolved.replacingOccurrences(of: "&", with: "&amp;").utf8) : Array(resolved.utf8)
    }
}
