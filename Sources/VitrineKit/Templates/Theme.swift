import Foundation
import Yams

/// A theme folder: Mustache templates (`templates/`), interface strings (`i18n/<lang>.yml`)
/// and files copied as they are (`static/`).
public struct Theme: Sendable {
    public let directory: URL
    let library: TemplateLibrary
    public let strings: Strings
    /// Files under `static/`, relative to it, sorted.
    public let staticFiles: [String]
    let templateNames: Set<String>
    /// Each template's text, by name.
    let sources: [String: String]
    /// Every template and interface string: when it is unchanged, so is every page's rendering.
    var fingerprint: [[String: String]] { [sources, strings.table] }

    /// Templates every theme must provide.
    static let requiredTemplates = ["base", "home", "communes", "commune", "programme", "experiments",
                                    "experiment", "theme", "news-list", "news", "events", "event", "page", "404",
                                    "subscribe", "open-data", "site-map", "search"]

    public static func load(directory: URL, language: String, displayName: String) -> (Theme?, DiagnosticLog) {
        var log = DiagnosticLog()
        let fm = FileManager.default
        var isDir: ObjCBool = false
        guard fm.fileExists(atPath: directory.path, isDirectory: &isDir), isDir.boolValue else {
            log.error(displayName, Message("thème introuvable : le dossier « \(directory.path) » n'existe pas (champ « theme » de site.yml).", en: "theme not found: the folder “\(directory.path)” does not exist (field “theme” of site.yml)."))
            return (nil, log)
        }
        let strings = Strings.load(directory.appendingPathComponent("i18n/\(language).yml"),
                                   displayName: "\(displayName)/i18n/\(language).yml", language: language, log: &log)
        let templatesDir = directory.appendingPathComponent("templates")
        var templates: [String: Template] = [:]
        var sources: [String: String] = [:]
        // Every template file, parsed or not: one with a syntax error is reported as such, not as missing.
        var present: Set<String> = []
        for file in Self.files(under: templatesDir) where file.hasSuffix(".mustache") {
            let name = String(file.dropLast(".mustache".count))
            present.insert(name)
            let shown = "\(displayName)/templates/\(file)"
            guard let data = fm.contents(atPath: templatesDir.appendingPathComponent(file).path),
                  let text = SourceText.decode(Array(data)) else {
                log.error(shown, Message("gabarit illisible ou pas en UTF-8.", en: "template unreadable or not UTF-8."))
                continue
            }
            do throws(TemplateSyntaxError) {
                templates[name] = try TemplateParser.parse(text)
                sources[name] = text
            } catch {
                log.error(shown, line: error.line, column: error.column,
                          Message("erreur de syntaxe Mustache : \(error.message.fr)", en: "Mustache syntax error: \(error.message.en)"))
            }
        }
        for required in requiredTemplates where !present.contains(required) {
            log.error("\(displayName)/templates/\(required).mustache", Message("gabarit manquant : le thème doit fournir « \(required).mustache ».", en: "missing template: the theme must provide “\(required).mustache”."))
        }
        for (name, template) in templates.sorted(by: { $0.key < $1.key }) {
            for (partial, line) in TemplateFields.calls(in: template) where !present.contains(partial) {
                log.error("\(displayName)/templates/\(name).mustache", line: line,
                          Message("le gabarit appelle « \(partial) », qui n'existe pas dans \(displayName)/templates/.", en: "the template calls “\(partial)”, which does not exist in \(displayName)/templates/."))
            }
        }
        for (name, template) in templates.sorted(by: { $0.key < $1.key }) {
            for read in TemplateFields.unknown(in: template, known: ViewFields.names) {
                log.error("\(displayName)/templates/\(name).mustache", line: read.line,
                          Message("le gabarit lit « \(read.name) », mais « \(read.field) » n'est le champ d'aucune vue : vérifiez son orthographe (les champs sont décrits dans Sources/VitrineKit/Views/).",
                                  en: "the template reads “\(read.name)”, but “\(read.field)” is no view's field: check its spelling (the fields are described in Sources/VitrineKit/Views/)."))
            }
        }
        let staticFiles = Self.files(under: directory.appendingPathComponent("static"))
        let theme = Theme(directory: directory, library: TemplateLibrary(templates: templates, sources: sources), strings: strings,
                          staticFiles: staticFiles, templateNames: Set(templates.keys), sources: sources)
        return (log.hasErrors ? nil : theme, log)
    }

    /// Renders a template with a view model built by the pipeline.
    func render(_ template: String, _ context: some TemplateData) -> String {
        library.render(template, context)
    }

    static func files(under directory: URL) -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: directory.path) else { return [] }
        var files: [String] = []
        while let relative = enumerator.nextObject() as? String {
            var isDir: ObjCBool = false
            if FileManager.default.fileExists(atPath: directory.appendingPathComponent(relative).path, isDirectory: &isDir),
               !isDir.boolValue, !(relative as NSString).lastPathComponent.hasPrefix(".") {
                files.append(relative)
            }
        }
        return files.sorted()
    }
}

/// The interface strings of a theme in one language (`i18n/fr.yml`: flat `key: text`).
public struct Strings: Sendable {
    public let table: [String: String]

    public subscript(_ key: String) -> String {
        table[key] ?? "[\(key)]"
    }

    /// `{0}`-style substitution: `strings.format("status_since", date)`.
    public func format(_ key: String, _ values: String...) -> String {
        format(key, values)
    }

    /// One pass over the text: a value is never searched for placeholders itself (a title holding
    /// « {1} » stays as written), and no Foundation search per value (it was three quarters of the
    /// home page's map, which labels every experiment).
    func format(_ key: String, _ values: [String]) -> String {
        let text = self[key]
        var result = ""
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{") {
            let start = rest.index(after: open)
            if let close = rest[start...].firstIndex(of: "}"), let i = Int(rest[start..<close]), values.indices.contains(i) {
                result += rest[..<open]
                result += values[i]
                rest = rest[rest.index(after: close)...]
            } else {
                result += rest[...open]
                rest = rest[start...]
            }
        }
        result += rest
        return result
    }

    static func load(_ url: URL, displayName: String, language: String, log: inout DiagnosticLog) -> Strings {
        guard let data = FileManager.default.contents(atPath: url.path), let text = SourceText.decode(Array(data)) else {
            log.error(displayName, Message("fichier de textes de l'interface manquant ou pas en UTF-8.", en: "interface strings file missing or not UTF-8."))
            return Strings(table: [:])
        }
        let problems = FileProblems(file: displayName, lineOffset: 0)
        var table: [String: String] = [:]
        if let reader = FieldReader.top(yaml: text, problems: problems) {
            for (key, value) in reader.mapping {
                guard case .scalar(let k) = key, case .scalar(let v) = value else {
                    problems.error(key.mark, field: nil, Message("chaque ligne doit être « clé: texte ».", en: "each line must be “key: text”."))
                    continue
                }
                table[k.string] = Typography.apply(v.string, language: language)
            }
        }
        log.append(contentsOf: problems.log)
        return Strings(table: table)
    }

    /// Keys the pipeline uses that this file lacks.
    func missing(_ keys: [String]) -> [String] { keys.filter { table[$0] == nil } }
}
