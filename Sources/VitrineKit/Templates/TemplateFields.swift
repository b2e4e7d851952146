/// The names a template's tags read (`{{page.title}}`, `{{#items}}`, `{{^empty(page.news)}}`), with
/// their line: a name that no view model has is an error when the theme loads, not a silent blank.
enum TemplateFields {
    /// Each name read, with the line of its tag, in the order of the lines. Partials, blocks,
    /// comments and `{{.}}` read no field.
    static func reads(in template: Template) -> [(name: String, line: Int)] {
        var found: [(name: String, line: Int)] = []
        visit(template.nodes) { node in
            switch node {
            case .value(let path, _), .section(let path, _, _):
                if !path.keys.isEmpty { found.append((path.keys.map(\.name).joined(separator: "."), path.line)) }
            default:
                break
            }
        }
        return found.sorted { ($0.line, $0.name) < ($1.line, $1.name) }
    }

    /// The templates `{{> name}}` and `{{< name}}` call, with their line: one the theme lacks is an
    /// error when it loads, not a silent blank.
    static func calls(in template: Template) -> [(name: String, line: Int)] {
        var found: [(name: String, line: Int)] = []
        visit(template.nodes) { node in
            switch node {
            case .partial(let name, _, let line), .parent(let name, _, _, let line): found.append((name, line))
            default: break
            }
        }
        return found.sorted { ($0.line, $0.name) < ($1.line, $1.name) }
    }

    /// Every node, sections', blocks' and parents' contents included.
    private static func visit(_ nodes: [TemplateNode], _ body: (TemplateNode) -> Void) {
        for node in nodes {
            body(node)
            switch node {
            case .section(_, _, let children): visit(children, body)
            case .parent(_, _, let blocks, _): for name in blocks.keys.sorted() { visit(blocks[name]!.nodes, body) }
            case .block(let block): visit(block.nodes, body)
            case .text, .value, .partial: break
            }
        }
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
