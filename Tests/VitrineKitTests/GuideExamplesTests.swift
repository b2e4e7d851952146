import Foundation
import Testing
@testable import VitrineKit

/// Every complete example of the writing guide is a file that builds.
@Suite struct GuideExamplesTests {
    static let guide = TestSite.themes.deletingLastPathComponent().appendingPathComponent("docs/guide-redaction.md")

    /// Blocks announced by `<!-- exemple: path -->` on the line before a fenced block.
    static func examples() throws -> [(path: String, text: String)] {
        let lines = try String(contentsOf: guide, encoding: .utf8).components(separatedBy: "\n")
        var found: [(String, String)] = []
        var i = 0
        while i < lines.count {
            let line = lines[i].trimmingCharacters(in: .whitespaces)
            if line.hasPrefix("<!-- exemple:"), line.hasSuffix("-->"), i + 1 < lines.count, lines[i + 1].hasPrefix("```") {
                let path = line.dropFirst("<!-- exemple:".count).dropLast(3).trimmingCharacters(in: .whitespaces)
                var body: [String] = []
                i += 2
                while i < lines.count, !lines[i].hasPrefix("```") { body.append(lines[i]); i += 1 }
                found.append((path, body.joined(separator: "\n") + "\n"))
            }
            i += 1
        }
        return found
    }

    @Test func everyExampleBuildsWithoutErrorOrWarning() throws {
        let examples = try Self.examples()
        #expect(examples.count >= 5)
        let kinds = Set(examples.map { $0.path.split(separator: "/").first.map(String.init) ?? "" })
        #expect(kinds.isSuperset(of: ["experiments", "news", "events", "communes", "pages"]))
        let yml = TestSite.siteYML.replacingOccurrences(of: "themes: {energie: \"Transition énergétique\", climat: \"Climat\"}",
            with: "themes: {energie: \"Énergie\", climat: \"Climat\", espace-public: \"Espaces publics\", economie-circulaire: \"Économie circulaire\", mobilite: \"Mobilité\", sante: \"Santé\"}")
        var files = ["communes/sceaux.md": md("name: Sceaux\ninsee: \"92071\"\nsummary: S\nconvention: {signed: \"2023-04-17\", ends: \"2024-06\"}"),
                     "communes/aulnay-sous-bois.md": md("name: Aulnay-sous-Bois\ninsee: \"93005\"\nsummary: S")]
        for (path, text) in examples { files[path] = text }
        let site = try TestSite(files: files, siteYML: yml)
        defer { site.remove() }
        let diagnostics = site.diagnostics()
        #expect(diagnostics.isEmpty, "\(diagnostics.map(\.description))")
        try site.build()
        for (path, _) in examples {
            let parts = path.split(separator: "/")
            let slug = String(parts[1].dropLast(3))
            // French addresses for the content folders (SectionAddresses).
            let folder = ["experiments": "experimentations", "news": "actualites", "events": "evenements", "calls": "appels"][String(parts[0])] ?? String(parts[0])
            let page = parts[0] == "pages" ? "\(slug)/index.html" : "\(folder)/\(slug)/index.html"
            #expect(site.exists(page), "\(page)")
        }
    }
}
