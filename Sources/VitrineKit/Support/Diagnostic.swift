/// A problem found in the writers' content or the theme, located as precisely as we can:
/// file (relative to the site folder), line and column, and the field concerned.
public struct Diagnostic: Sendable, Hashable, Comparable, CustomStringConvertible {
    public enum Severity: String, Sendable {
        case error = "erreur"
        case warning = "avertissement"
    }

    public let severity: Severity
    public let file: String
    public let line: Int?
    public let column: Int?
    public let field: String?
    public let message: String

    public init(_ severity: Severity, file: String, line: Int? = nil, column: Int? = nil,
                field: String? = nil, _ message: String) {
        self.severity = severity
        self.file = file
        self.line = line
        self.column = column
        self.field = field
        self.message = message
    }

    /// `content/experiments/soy-pv.md:7:9: erreur : « status » doit valoir …`
    public var description: String {
        var location = file
        if let line {
            location += ":\(line)"
            if let column { location += ":\(column)" }
        }
        return "\(location): \(severity.rawValue)\u{00A0}: \(message)"
    }

    public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        (lhs.file, lhs.line ?? 0, lhs.column ?? 0, lhs.message)
            < (rhs.file, rhs.line ?? 0, rhs.column ?? 0, rhs.message)
    }
}

/// Collects every problem of a build so that all of them are reported at once.
public struct DiagnosticLog: Sendable {
    public private(set) var entries: [Diagnostic] = []

    public init() {}

    public mutating func error(_ file: String, line: Int? = nil, column: Int? = nil,
                               field: String? = nil, _ message: String) {
        entries.append(Diagnostic(.error, file: file, line: line, column: column, field: field, message))
    }

    public mutating func warning(_ file: String, line: Int? = nil, column: Int? = nil,
                                 field: String? = nil, _ message: String) {
        entries.append(Diagnostic(.warning, file: file, line: line, column: column, field: field, message))
    }

    public mutating func append(contentsOf other: DiagnosticLog) {
        entries.append(contentsOf: other.entries)
    }

    public var errors: [Diagnostic] { entries.filter { $0.severity == .error } }
    public var warnings: [Diagnostic] { entries.filter { $0.severity == .warning } }
    public var hasErrors: Bool { entries.contains { $0.severity == .error } }

    /// Sorted by file then line, duplicates removed.
    public var sorted: [Diagnostic] { Array(Set(entries)).sorted() }
}

/// Thrown when a build finds errors: carries every diagnostic of the build.
public struct BuildFailure: Error, CustomStringConvertible {
    public let diagnostics: [Diagnostic]
    public var description: String {
        diagnostics.map(\.description).joined(separator: "\n")
    }
}
