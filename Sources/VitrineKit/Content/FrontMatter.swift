import Foundation

/// A content file split into its YAML front matter and its Markdown body.
///
/// The first line must be exactly `---`; the YAML runs until the next line that is exactly
/// `---`. Nothing else is a delimiter, so a `---` thematic break in the body stays one.
public struct FrontMatter: Sendable, Equatable {
    public let yaml: String
    public let body: String
    /// The file line on which the body starts (1-based), to locate body problems.
    public let bodyFirstLine: Int
    /// File line of the YAML's first line minus one: add it to a YAML line to get the file line.
    public let yamlLineOffset: Int

    public enum SplitError: Error, Equatable {
        case missingOpening
        case unclosed
    }

    /// Splits normalized text (no BOM, LF line endings; see `SourceText.normalize`).
    public static func split(_ text: String) throws(SplitError) -> FrontMatter {
        var text = text
        // Byte offsets of the YAML and the body; the strings are cut from `text` afterwards, without
        // decoding (and validating) the file's bytes again.
        let offsets: (yaml: Range<Int>, body: Int, closeLine: Int)? = text.withUTF8 { bytes in
            let newline = UInt8(ascii: "\n")
            func isFence(_ start: Int, _ end: Int) -> Bool {
                end - start == 3 && bytes[start] == 45 && bytes[start + 1] == 45 && bytes[start + 2] == 45
            }
            func lineEnd(from start: Int) -> Int {
                var end = start
                while end < bytes.count && bytes[end] != newline { end += 1 }
                return end
            }
            let count = bytes.count
            guard isFence(0, lineEnd(from: 0)), count > 3 else { return nil }
            var start = 4, line = 0
            while true {
                let end = lineEnd(from: start)
                if isFence(start, end) {
                    return (4..<max(4, start - 1), min(end + 1, count), line)
                }
                if end >= count { return (0..<0, 0, -1) }
                start = end + 1
                line += 1
            }
        }
        guard let offsets else {
            if text.utf8.elementsEqual("---".utf8) { throw .unclosed }
            throw .missingOpening
        }
        guard offsets.closeLine >= 0 else { throw .unclosed }
        // The offsets are line boundaries (after or before a line break): whole characters.
        let utf8 = text.utf8
        func index(_ offset: Int) -> String.Index { utf8.index(utf8.startIndex, offsetBy: offset) }
        let yaml = String(text[index(offsets.yaml.lowerBound)..<index(offsets.yaml.upperBound)])
        let body = String(text[index(offsets.body)...])
        return FrontMatter(yaml: yaml, body: body, bodyFirstLine: offsets.closeLine + 3, yamlLineOffset: 1)
    }
}

/// Normalization applied to every text file read: a UTF-8 BOM is dropped and CRLF (or lone CR)
/// line endings become LF, so that Windows-edited files build like any other.
public enum SourceText {
    public static func normalize(_ text: String) -> String {
        var t = text
        if t.hasPrefix("\u{FEFF}") { t.removeFirst() }
        if t.utf8.contains(13) {
            t = t.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        }
        return t
    }

    /// Decodes bytes as strict UTF-8; nil when the file is not UTF-8.
    public static func decode(_ bytes: [UInt8]) -> String? {
        String(validating: bytes, as: UTF8.self).map(normalize)
    }
}
