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
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard let first = lines.first, first == "---" else { throw .missingOpening }
        lines.removeFirst()
        guard let close = lines.firstIndex(where: { $0 == "---" }) else { throw .unclosed }
        let yaml = lines[..<close].joined(separator: "\n")
        let body = lines[(close + 1)...].joined(separator: "\n")
        return FrontMatter(yaml: yaml, body: body, bodyFirstLine: close + 3, yamlLineOffset: 1)
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
