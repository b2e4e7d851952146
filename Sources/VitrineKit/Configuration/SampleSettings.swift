import Foundation

/// Values of the example `site.yml` left in a real site's settings: an example.org address, an
/// « exemple » phone number or host. `check` warns about each, so that `check --strict` in a
/// publishing job stops a site from going live with them.
public enum SampleSettings {
    /// Reserved example domains (RFC 2606 and RFC 6761): no real site lives there.
    static let exampleHosts = ["example.org", "example.com", "example.net", ".example", ".test", ".invalid", ".localhost"]

    public static func warnings(contentDirectory: URL, displayName: String) -> DiagnosticLog {
        var log = DiagnosticLog()
        guard let data = FileManager.default.contents(atPath: contentDirectory.appendingPathComponent("site.yml").path),
              let text = SourceText.decode(Array(data)) else { return log }
        var section = ""   // the top-level field an indented line belongs to
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let content = line.trimmingCharacters(in: .whitespaces)
            guard !content.hasPrefix("#"), let colon = content.firstIndex(of: ":") else { continue }
            let name = content[..<colon].trimmingCharacters(in: CharacterSet(charactersIn: " -{"))
            let indented = line.first == " "
            if !indented { section = name }
            let key = indented && !section.isEmpty ? "\(section).\(name)" : name
            let value = content[content.index(after: colon)...].lowercased()
            let sample: String?
            if name == "baseURL", let host = exampleHosts.first(where: { hostOf(value).hasSuffix($0) }) {
                sample = host
            } else if value.contains("exemple") || value.contains("example") {
                sample = value.contains("exemple") ? "exemple" : "example"
            } else {
                sample = nil
            }
            guard let sample else { continue }
            log.warning("\(displayName)/site.yml", line: index + 1, field: key,
                        Message("« \(key) » garde une valeur d'exemple (« \(sample) ») : écrivez la vraie valeur avant de publier le site.",
                                en: "“\(key)” keeps a sample value (“\(sample)”): write the real value before publishing the site."))
        }
        return log
    }

    private static func hostOf(_ value: String) -> String {
        let text = value.trimmingCharacters(in: CharacterSet(charactersIn: " \"'"))
        guard let start = text.range(of: "://") else { return text }
        return String(text[start.upperBound...].prefix { $0 != "/" && $0 != "\"" && $0 != "'" && $0 != ":" })
    }
}
