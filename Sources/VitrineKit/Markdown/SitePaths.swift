import Foundation

/// Paths inside the site, and how one page links to another.
public enum SitePaths {
    /// A link from the page at `from` (a site path like `communes/sceaux/`) to `to`, relative so that
    /// the site works under any base path and from the file system.
    public static func relative(from: String, to: String) -> String {
        // Empty segments (`/a//b/`) do not count as folders (a rare menu address: one byte scan).
        if hasEmptySegment(from) || hasEmptySegment(to) {
            return relative(from: withoutEmptySegments(from), to: withoutEmptySegments(to))
        }
        // Runs for every link of every view model: slices of the UTF-8, no arrays of strings.
        let f = from.utf8, t = to.utf8
        let slash = UInt8(ascii: "/")
        // The folder of `from` (a path without a trailing slash is a file: its folder).
        let fromFolderEnd = from.hasSuffix("/") ? f.endIndex : (f.lastIndex(of: slash).map { f.index(after: $0) } ?? f.startIndex)
        let targetFolderEnd = to.hasSuffix("/") ? t.endIndex : (t.lastIndex(of: slash).map { t.index(after: $0) } ?? t.startIndex)
        // Whole folder names in common: the matching text up to its last slash.
        var i = f.startIndex, j = t.startIndex
        var segmentStartI = i, segmentStartJ = j
        while i < fromFolderEnd, j < targetFolderEnd, f[i] == t[j] {
            if f[i] == slash {
                segmentStartI = f.index(after: i)
                segmentStartJ = t.index(after: j)
            }
            i = f.index(after: i)
            j = t.index(after: j)
        }
        // One `../` per folder of `from` below the common part.
        var fromDepth = 0
        var k = segmentStartI
        var segmentHasText = false
        while k < fromFolderEnd {
            if f[k] == slash {
                if segmentHasText { fromDepth += 1 }
                segmentHasText = false
            } else {
                segmentHasText = true
            }
            k = f.index(after: k)
        }
        if segmentHasText { fromDepth += 1 }
        let rest = String(to[segmentStartJ...])
        let result = String(repeating: "../", count: fromDepth) + encode(rest)
        return result.isEmpty ? "./" : result
    }

    private static func hasEmptySegment(_ path: String) -> Bool {
        var previous = UInt8(ascii: "/")   // a leading slash is an empty first segment
        for byte in path.utf8 {
            if byte == UInt8(ascii: "/") && previous == byte { return true }
            previous = byte
        }
        return false
    }

    private static func withoutEmptySegments(_ path: String) -> String {
        let joined = path.split(separator: "/").joined(separator: "/")
        return path.hasSuffix("/") && !joined.isEmpty ? joined + "/" : joined
    }

    /// Percent-encodes a site path for use in an URL (`media/mon image.jpg`).
    public static func encode(_ path: String) -> String {
        // Most paths are slugs: nothing to encode, and no need to go through Foundation.
        if path.utf8.allSatisfy(isPlainPathByte) { return path }
        return path.addingPercentEncoding(withAllowedCharacters: pathAllowed) ?? path
    }

    private static let pathAllowed: CharacterSet = {
        var allowed = CharacterSet.urlPathAllowed
        allowed.remove(charactersIn: "?#;")
        return allowed
    }()

    /// Letters, digits, `-._~` and `/`: bytes that encoding leaves as they are.
    private static func isPlainPathByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
             UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "/"):
            return true
        default:
            return false
        }
    }

    /// Joins a relative reference to a folder and removes `.` and `..`; nil if it climbs above the root.
    public static func resolve(_ reference: String, inFolder folder: String) -> String? {
        // Split on the bytes: `/` is ASCII, and this runs for every link of every page.
        let slash = UInt8(ascii: "/")
        var parts = folder.utf8.split(separator: slash).map { Substring($0) }
        for piece in reference.utf8.split(separator: slash, omittingEmptySubsequences: true) {
            if piece.elementsEqual(".".utf8) { continue }
            if piece.elementsEqual("..".utf8) {
                guard !parts.isEmpty else { return nil }
                parts.removeLast()
            } else {
                parts.append(Substring(piece))
            }
        }
        return parts.joined(separator: "/")
    }

    /// The folder part of a content path (`experiments/soy-pv.md` → `experiments`).
    public static func folder(of file: String) -> String {
        guard let slash = file.utf8.lastIndex(of: UInt8(ascii: "/")) else { return "" }
        return String(file[..<slash])
    }
}

/// How links inside a rendered page are written.
public enum LinkStyle: Sendable {
    /// Relative to the page at this site path (every page but the 404).
    case relative(page: String)
    /// From the server root with the site's base path (`/qmi/…`): the 404 page, served at any address.
    case rooted(basePath: String)

    public func href(_ sitePath: String) -> String {
        switch self {
        case .relative(let page): return SitePaths.relative(from: page, to: sitePath)
        case .rooted(let base): return base + SitePaths.encode(sitePath)
        }
    }
}
