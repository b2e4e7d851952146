import Foundation
import Testing
@testable import VitrineKit

/// The official Mustache specification's tests (`MustacheSpec/`), run through Vitrine's renderer:
/// the language a commune's theme is written in is the one every Mustache guide describes.
@Suite struct MustacheSpecTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("MustacheSpec")

    /// A JSON value of a test's data.
    enum JSON: Decodable {
        case null, bool(Bool), number(Double), string(String), array([JSON]), object([String: JSON])

        init(from decoder: Decoder) throws {
            let container = try decoder.singleValueContainer()
            if container.decodeNil() { self = .null }
            else if let value = try? container.decode(Bool.self) { self = .bool(value) }
            else if let value = try? container.decode(Double.self) { self = .number(value) }
            else if let value = try? container.decode(String.self) { self = .string(value) }
            else if let value = try? container.decode([JSON].self) { self = .array(value) }
            else { self = .object(try container.decode([String: JSON].self)) }
        }

        /// As a template sees it; a null is no value (a missing name).
        var value: TemplateValue? {
            switch self {
            case .null: nil
            case .bool(let value): .bool(value)
            case .number(let value): value == value.rounded() && abs(value) < 1e15 ? .number(Int(value)) : .decimal(value)
            case .string(let value): .text(value)
            case .array(let items): .list(items.compactMap(\.value))
            case .object(let fields): .view(fields.compactMapValues(\.value))
            }
        }
    }

    struct Spec: Decodable {
        struct Case: Decodable {
            let name: String
            let data: JSON
            let template: String
            let partials: [String: String]?
            let expected: String
        }
        let tests: [Case]
    }

    /// Each failing test of a module, with what it gave: empty when the module passes.
    static func failures(_ module: String) throws -> [String] {
        let data = try Data(contentsOf: folder.appendingPathComponent("\(module).json"))
        let spec = try JSONDecoder().decode(Spec.self, from: data)
        #expect(spec.tests.count > 5)
        var failures: [String] = []
        for test in spec.tests {
            var sources = test.partials ?? [:]
            sources["(test)"] = test.template
            var templates: [String: Template] = [:]
            do {
                for (name, text) in sources { templates[name] = try TemplateParser.parse(text) }
            } catch {
                failures.append("\(test.name): parse error line \(error.line): \(error.message.en)")
                continue
            }
            let library = TemplateLibrary(templates: templates, sources: sources)
            let html = test.data.value.map { library.render("(test)", $0) } ?? ""
            if html != test.expected {
                failures.append("\(test.name): expected \(test.expected.debugDescription), got \(html.debugDescription)")
            }
        }
        return failures
    }

    @Test(arguments: ["comments", "delimiters", "interpolation", "inverted", "partials", "sections", "~inheritance"])
    func module(_ name: String) throws {
        let failures = try Self.failures(name)
        #expect(failures.isEmpty, "\(failures.joined(separator: "\n"))")
    }
}

/// What the specification leaves to each renderer, as Vitrine's does it.
@Suite struct TemplateRendererTests {
    static func render(_ template: String, _ data: [String: TemplateValue]) throws -> String {
        let library = TemplateLibrary(templates: ["t": try TemplateParser.parse(template)], sources: ["t": template])
        return library.render("t", data)
    }

    @Test func escapesTheFiveCharactersOfHTMLAndKeepsTheRest() throws {
        let html = try Self.render("{{! un commentaire }}\n{{#x}}\n<p title=\"{{v}}\">{{v}}</p>{{{v}}}\n{{/x}}\n",
                                   ["x": .bool(true), "v": .text("a < b & « c » \"d\" 'e'")])
        #expect(html == "<p title=\"a &lt; b &amp; « c » &quot;d&quot; &#39;e&#39;\">a &lt; b &amp; « c » &quot;d&quot; &#39;e&#39;</p>a < b & « c » \"d\" 'e'\n")
    }

    /// `empty(…)` tests a list (or a text); an absent value shows an inverted section, as before.
    @Test func emptyTellsWhetherAListIsEmpty() throws {
        let template = "{{#empty(l)}}vide{{/empty(l)}}{{^empty(l)}}{{#l}}[{{.}}]{{/l}}{{/empty(l)}}"
        #expect(try Self.render(template, ["l": .list([TemplateValue.text("a"), .text("b")])]) == "[a][b]")
        #expect(try Self.render(template, ["l": .list([TemplateValue]())]) == "vide")
        #expect(try Self.render(template, [:]) == "")
        #expect(try Self.render("{{^empty(m)}}là{{/empty(m)}}", [:]) == "là")
    }

    /// A field that is absent in an item is looked for in the contexts around it (swift-mustache's
    /// rule, which the default theme's output was made with).
    @Test func anAbsentFieldIsLookedForAroundIt() throws {
        let items: [TemplateValue] = [.view(["name": TemplateValue.text("a")]), .view(["name": TemplateValue.text("b"), "label": .text("B")])]
        #expect(try Self.render("{{#items}}{{name}}:{{label}} {{/items}}", ["items": .list(items), "label": .text("L")]) == "a:L b:B ")
    }

    @Test func aSyntaxErrorIsLocated() {
        func error(_ template: String) -> TemplateSyntaxError? {
            do { _ = try TemplateParser.parse(template); return nil } catch { return error }
        }
        #expect(error("a\n{{#s}}\nb\n")?.line == 2)
        #expect(error("a\n{{#s}}\nb\n")?.message.fr.contains("jamais fermée") == true)
        #expect(error("a\nb {{/s}}")?.line == 2)
        #expect(error("a\nb {{/s}}")?.column == 3)
        #expect(error("{{#s}}\n{{/t}}")?.message.fr.contains("{{/s}}") == true)
        #expect(error("x\n\n  {{titre")?.line == 3)
        #expect(error("{{#count(items)}}{{/count(items)}}")?.message.fr.contains("empty") == true)
        #expect(error("{{page..title}}") != nil)
        #expect(error("{{%PRAGMA}}") != nil)
    }

    /// An opening tag repeated by mistake is a located error, not a parser going down until its
    /// stack runs out; a hundred levels still parse.
    @Test func runawayNestingIsALocatedError() throws {
        let deep = String(repeating: "{{#a}}", count: 100_000) + String(repeating: "{{/a}}", count: 100_000)
        do {
            _ = try TemplateParser.parse("x\n" + deep)
            Issue.record("expected an error")
        } catch {
            #expect(error.line == 2)
            #expect(error.message.fr.contains("imbriquées"))
        }
        let hundred = String(repeating: "{{#a}}", count: 100) + "ok" + String(repeating: "{{/a}}", count: 100)
        #expect(try Self.render(hundred, ["a": .bool(true)]) == "ok")
    }

    /// A block given inside a block of the same name renders once each, instead of finding itself
    /// again and again.
    @Test func aBlockInsideABlockOfTheSameNameEnds() throws {
        let library = TemplateLibrary(
            templates: ["t": try TemplateParser.parse("{{<p}}{{$a}}x{{$a}}y{{/a}}{{/a}}{{/p}}"), "p": try TemplateParser.parse("[{{$a}}d{{/a}}]")],
            sources: [:])
        #expect(library.render("t", [String: TemplateValue]()) == "[xy]")
    }
}
