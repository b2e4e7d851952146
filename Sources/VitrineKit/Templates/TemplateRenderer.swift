import Foundation

/// A theme's templates, parsed once; renders a view model through one of them.
struct TemplateLibrary: Sendable {
    let templates: [String: Template]
    /// Each template's text, for the variants of partials indented by a standalone tag.
    let sources: [String: String]
    private let indented = IndentedTemplates()

    init(templates: [String: Template], sources: [String: String]) {
        self.templates = templates
        self.sources = sources
    }

    func render(_ name: String, _ data: some TemplateData) -> String {
        guard let template = templates[name], let value = data.templateValue else { return "" }
        var renderer = TemplateRenderer(library: self, stack: [.value(value)])
        renderer.render(template.nodes)
        return String(decoding: renderer.out, as: UTF8.self)
    }

    /// `name`, or its variant with every line indented (a standalone `{{> name}}` indented).
    func template(_ name: String, indentation: String) -> Template? {
        guard !indentation.isEmpty else { return templates[name] }
        guard let source = sources[name] else { return nil }
        return indented.template(name, indentation: indentation) {
            var text = indentation
            var rest = Substring(source)
            while let newline = rest.firstIndex(of: "\n") {
                let next = rest.index(after: newline)
                text += rest[..<next]
                if next < rest.endIndex { text += indentation }
                rest = rest[next...]
            }
            text += rest
            // The text parsed when the theme loaded: indenting its lines keeps it valid.
            return (try? TemplateParser.parse(text)) ?? Template(nodes: [])
        }
    }
}

/// Indented variants of partials, parsed on first use: the default theme indents none.
private final class IndentedTemplates: @unchecked Sendable {
    private let lock = NSLock()
    private var parsed: [String: Template] = [:]

    func template(_ name: String, indentation: String, parse: () -> Template) -> Template {
        let key = indentation + "\u{0}" + name
        if let known = lock.withLock({ parsed[key] }) { return known }
        let template = parse()
        lock.withLock { parsed[key] = template }
        return template
    }
}

/// One rendering: the output bytes, the context stack, the blocks given by the parents entered.
struct TemplateRenderer {
    /// A context: a value, or an item of a list a section repeats over (looked into in place).
    enum Frame {
        case value(TemplateValue)
        case item(any TemplateList, Int)

        func field(_ key: TemplateKey) -> TemplateValue? {
            switch self {
            case .value(let value): value.field(key)
            case .item(let list, let index): list.field(of: index, key)
            }
        }

        var value: TemplateValue? {
            switch self {
            case .value(let value): value
            case .item(let list, let index): list.item(index)
            }
        }
    }

    let library: TemplateLibrary
    var stack: [Frame]
    /// The blocks of the parents entered, outermost first: the outermost caller's block wins.
    var blocks: [[String: TemplateBlock]] = []
    var out: [UInt8] = []
    /// Partials within partials: a theme whose partial calls itself without end stops here.
    var depth = 0

    init(library: TemplateLibrary, stack: [Frame]) {
        self.library = library
        self.stack = stack
        out.reserveCapacity(32_768)
    }

    mutating func render(_ nodes: [TemplateNode]) {
        for node in nodes {
            switch node {
            case .text(let bytes):
                out.append(contentsOf: bytes)
            case .value(let path, let escaped):
                guard let value = lookup(path) else { continue }
                write(value, escaped: escaped)
            case .section(let path, let inverted, let children):
                section(lookup(path), inverted: inverted, children)
            case .partial(let name, let indentation, _):
                guard depth < 100, let template = library.template(name, indentation: indentation) else { continue }
                depth += 1
                render(template.nodes)
                depth -= 1
            case .parent(let name, let indentation, let given, _):
                guard depth < 100, let template = library.template(name, indentation: indentation) else { continue }
                depth += 1
                blocks.append(given)
                render(template.nodes)
                blocks.removeLast()
                depth -= 1
            case .block(let block):
                expand(block)
            }
        }
    }

    mutating func section(_ value: TemplateValue?, inverted: Bool, _ children: [TemplateNode]) {
        guard let value else {
            if inverted { render(children) }
            return
        }
        switch value {
        case .bool(let yes):
            if yes != inverted { render(children) }
        case .list(let list):
            if inverted {
                if list.count == 0 { render(children) }
                return
            }
            for index in 0..<list.count {
                stack.append(.item(list, index))
                render(children)
                stack.removeLast()
            }
        default:
            if inverted { return }
            stack.append(.value(value))
            render(children)
            stack.removeLast()
        }
    }

    /// A block: what the outermost parent's caller gave for it, re-indented to stand here, or its
    /// own content.
    mutating func expand(_ block: TemplateBlock) {
        guard let level = blocks.firstIndex(where: { $0[block.name] != nil }), let given = blocks[level][block.name] else {
            render(block.nodes)
            return
        }
        // Blocks inside the given content are looked for among the callers outside the one that
        // gave it: a block nested in a block of the same name would otherwise find itself forever.
        let saved = blocks
        blocks.removeSubrange(level...)
        defer { blocks = saved }
        if given.ownIndentation.isEmpty && block.indentation.isEmpty {
            render(given.nodes)
            return
        }
        let start = out.count
        render(given.nodes)
        let rendered = out[start...]
        var lines: [UInt8] = []
        var lineStart = rendered.startIndex
        var first = true
        while lineStart < rendered.endIndex {
            let lineEnd = (rendered[lineStart...].firstIndex(of: 0x0A).map { $0 + 1 }) ?? rendered.endIndex
            var line = rendered[lineStart..<lineEnd]
            var own = given.ownIndentation.utf8.makeIterator()
            while let byte = own.next(), line.first == byte { line = line.dropFirst() }
            // A block whose tag shares its line: that line's start is already written.
            if !first || block.standalone { lines.append(contentsOf: block.indentation.utf8) }
            lines.append(contentsOf: line)
            first = false
            lineStart = lineEnd
        }
        out.removeSubrange(start...)
        out.append(contentsOf: lines)
    }

    func lookup(_ path: TemplatePath) -> TemplateValue? {
        var value: TemplateValue?
        if let first = path.keys.first {
            for frame in stack.reversed() {
                if let found = frame.field(first) {
                    value = found
                    break
                }
            }
            for key in path.keys.dropFirst() {
                value = value?.field(key)
            }
        } else {
            value = stack.last?.value
        }
        guard path.testsEmpty, let found = value else { return value }
        switch found {
        case .list(let list): return .bool(list.count == 0)
        case .text(let text): return .bool(text.isEmpty)
        default: return nil
        }
    }

    mutating func write(_ value: TemplateValue, escaped: Bool) {
        switch value {
        case .text(let text):
            if escaped { HTMLText.escape(text, into: &out) } else { out.append(contentsOf: text.utf8) }
        case .number(let number):
            out.append(contentsOf: String(number).utf8)
        case .decimal(let number):
            out.append(contentsOf: String(number).utf8)
        case .bool(let yes):
            out.append(contentsOf: (yes ? "true" : "false").utf8)
        case .list, .view:
            break
        }
    }
}
