/// The names a template's tags read (`{{page.title}}`, `{{#items}}`, `{{^empty(page.news)}}`), with
/// their line: a name that no view model has is an error when the theme loads, not a silent blank.
enum TemplateFields {
    /// Each name read, with the line of its tag, in the order of the lines. Partials, blocks,
    /// comments and `{{.}}` read no field.
    static func reads(in template: Template) -> [(name: String, line: Int)] {
        var found: [(name: String, line: Int)] = []
        func walk(_ nodes: [TemplateNode]) {
            for node in nodes {
                switch node {
                case .value(let path, _):
                    add(path)
                case .section(let path, _, let children):
                    add(path)
                    walk(children)
                case .parent(_, _, let blocks):
                    for block in blocks.values { walk(block.nodes) }
                case .block(let block):
                    walk(block.nodes)
                case .text, .partial:
                    break
                }
            }
        }
        func add(_ path: TemplatePath) {
            if !path.keys.isEmpty { found.append((path.keys.map(\.name).joined(separator: "."), path.line)) }
        }
        walk(template.nodes)
        return found.sorted { ($0.line, $0.name) < ($1.line, $1.name) }
    }

    /// The names read whose part is the field of no view model (`page.titel`); `t.…` are interface
    /// strings, checked against the theme's `i18n/` file elsewhere.
    static func unknown(in template: Template, known: Set<String>) -> [(name: String, field: String, line: Int)] {
        reads(in: template).compactMap { read in
            let parts = read.name.split(separator: ".").map(String.init)
            guard parts.first != "t", let field = parts.first(where: { !known.contains($0) }) else { return nil }
            return (read.name, field, read.line)
        }
    }
}
