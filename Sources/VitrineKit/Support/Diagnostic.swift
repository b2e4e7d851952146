/// A message for the writers in both interface languages; the site's `language` picks one.
public struct Message: Sendable, Hashable {
    public let fr: String
    public let en: String

    public init(_ fr: String, en: String) {
        self.fr = fr
        self.en = en
    }

    public func text(_ language: String) -> String { language == "en" ? en : fr }
}

/// A problem found in the writers' content or the theme, located as precisely as we can:
/// file (relative to the site folder), line and column, and the field concerned.
public struct Diagnostic: Sendable, Hashable, Comparable, CustomStringConvertible {
    public enum Severity: String, Sendable {
        case error = "erreur"
        case warning = "avertissement"

        func word(_ language: String) -> String {
            guard language == "en" else { return rawValue }
            return self == .error ? "error" : "warning"
        }
    }

    public let severity: Severity
    public let file: String
    public let line: Int?
    public let column: Int?
    public let field: String?
    public let text: Message
    /// What the underlying tool said (the YAML parser's own words), shown with `--verbose` only.
    public let detail: String?

    /// The French text (the default language of the sites Vitrine makes).
    public var message: String { text.fr }

    public init(_ severity: Severity, file: String, line: Int? = nil, column: Int? = nil,
                field: String? = nil, _ text: Message, detail: String? = nil) {
        self.severity = severity
        self.detail = detail
        self.file = file
        self.line = line
        self.column = column
        self.field = field
        self.text = text
    }

    /// `content/experiments/soy-pv.md:7:9: erreur : « status » doit valoir …`
    public var description: String { description(in: "fr") }

    /// In the site's language: `…:7:9: error: “status” must be one of …` for an English site.
    public func description(in language: String) -> String {
        var location = file
        if let line {
            location += ":\(line)"
            if let column { location += ":\(column)" }
        }
        let separator = language == "en" ? ":" : "\u{00A0}:"
        return "\(location): \(severity.word(language))\(separator) \(text.text(language))"
    }

    public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        (lhs.file, lhs.line ?? 0, lhs.column ?? 0, lhs.text.fr)
            < (rhs.file, rhs.line ?? 0, rhs.column ?? 0, rhs.text.fr)
    }
}

/// Collects every problem of a build so that all of them are reported at once.
public struct DiagnosticLog: Sendable {
    public private(set) var entries: [Diagnostic] = []

    public init() {}

    init(_ entries: [Diagnostic]) {
        self.entries = entries
    }

    public mutating func error(_ file: String, line: Int? = nil, column: Int? = nil,
                               field: String? = nil, _ message: Message, detail: String? = nil) {
        entries.append(Diagnostic(.error, file: file, line: line, column: column, field: field, message, detail: detail))
    }

    public mutating func warning(_ file: String, line: Int? = nil, column: Int? = nil,
                                 field: String? = nil, _ message: Message) {
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
    /// The site's language when site.yml could be read, for the messages.
    public var language: String = "fr"

    public init(diagnostics: [Diagnostic], language: String = "fr") {
        self.diagnostics = diagnostics
        self.language = language
    }

    public var description: String {
        diagnostics.map { $0.description(in: language) }.joined(separator: "\n")
    }
}
