import Testing
@testable import VitrineKit

/// Checks that protect the pages from common writing mistakes, each located.
@Suite struct ContentChecksTests {
    func check(_ markdown: String) -> [Diagnostic] {
        var log = DiagnosticLog()
        _ = MarkdownRenderer(targets: LinkTargets(pages: [:], media: ["media/a.png"]), allowRawHTML: false)
            .render(Body(markdown: markdown, firstLine: 1), file: "news/a.md", displayFile: "content/news/a.md",
                    links: .relative(page: "actualites/a/"), log: &log)
        return log.sorted
    }

    @Test func aSkippedHeadingLevelIsAWarning() {
        let d = check("## Deux\n\n#### Quatre\n\n### Trois\n")
        #expect(d.map(\.line) == [3])
        #expect(d.first?.severity == .warning)
        #expect(check("## A\n\n### B\n\n## C\n\n### D\n").isEmpty)
    }

    @Test func aSecondLevelOneHeadingIsAWarning() {
        let d = check("# Titre\n")
        #expect(d.count == 1 && d.first?.severity == .warning)
    }

    @Test func linkTextsThatSayNothingAreWarnings() {
        let d = check("[Cliquez ici](https://example.org/a). [ici](https://example.org/b)\n\n<https://example.org/c>\n\n[Le rapport 2024](https://example.org/d)\n")
        #expect(d.map(\.line) == [1, 1, 3])
        #expect(d.allSatisfy { $0.severity == .warning })
        #expect(check("[Le rapport](https://example.org/d)").isEmpty)
        // A long address as the text is vague too; a long sentence is not.
        #expect(check("<https://www.example.org/un/chemin/assez/long/pour/passer/quarante/signes>").count == 1)
        #expect(check("[www.example.org/un/chemin/assez/long/pour/passer/quarante](https://example.org/)").count == 1)
        #expect(check("[Le rapport d’évaluation de l’expérimentation, publié en 2024](https://example.org/d)").isEmpty)
    }

    @Test func anEmptyLinkAndAMissingImageAreErrors() {
        let d = check("[](https://example.org/)\n\n![Une photo](../media/absente.png)\n")
        #expect(d.map(\.severity) == [.error, .error])
        #expect(d.map(\.line) == [1, 3])
    }

    @Test func aCardWithoutSummaryIsAWarningAndAFrontMatterImageMustExist() throws {
        let site = try TestSite(files: ["news/a.md": md("title: A\ndate: 2024-01-01\nimage: {src: media/absente.jpg, alt: Une photo}")])
        defer { site.remove() }
        let d = site.diagnostics()
        #expect(d.contains { $0.severity == .warning && $0.field == "summary" && $0.line == 2 })
        #expect(d.contains { $0.severity == .error && $0.field == "image.src" })
    }
}
