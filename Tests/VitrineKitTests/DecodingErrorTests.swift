import Testing
@testable import VitrineKit

/// Each writer's mistake names the file, the line and the field, and all are reported together.
@Suite struct DecodingErrorTests {
    func errors(_ files: [String: String]) throws -> [Diagnostic] {
        let site = try TestSite(files: files)
        defer { site.remove() }
        return site.failures().filter { $0.severity == .error }
    }

    func only(_ diagnostics: [Diagnostic], file: String) -> [Diagnostic] {
        diagnostics.filter { $0.file == "content/\(file)" }
    }

    @Test func missingRequiredFieldNamesFileLineAndField() throws {
        let e = only(try errors(["communes/sceaux.md": sceaux, "experiments/x.md": md("title: X\ncommune: sceaux")]),
                     file: "experiments/x.md")
        #expect(e.count == 1)
        #expect(e.first?.field == "status")
        #expect(e.first?.line == 2)
        #expect(e.first?.message.contains("status") == true)
    }

    @Test func plainNullMeansAbsentButQuotedNullIsAText() throws {
        let site = try TestSite(files: [
            "news/a.md": md("title: A\ndate: 2024-01-01\nsummary: ~"),
            "news/b.md": md("title: B\ndate: 2024-01-02\nsummary: \"null\""),
            "news/c.md": md("title: C\ndate: 2024-01-03\nsummary: null\nimage:"),
        ])
        defer { site.remove() }
        let report = try site.build()
        let noSummary = report.warnings.filter { $0.field == "summary" }.map(\.file).sorted()
        #expect(noSummary == ["content/news/a.md", "content/news/c.md"])
        #expect(try site.page("actualites/b/index.html").contains(">null<"))
    }

    @Test func wrongTypeSaysWhatWasExpectedAndFound() throws {
        let e = only(try errors(["news/a.md": md("title: [un, deux]\ndate: 2024-01-01")]), file: "news/a.md")
        #expect(e.count == 1)
        #expect(e.first?.field == "title")
        #expect(e.first?.line == 2)
        #expect(e.first?.column == 8)
        #expect(e.first?.message.contains("une liste") == true)
    }

    @Test func impossibleDateIsAnError() throws {
        let e = only(try errors(["news/a.md": md("title: A\ndate: 2024-02-30")]), file: "news/a.md")
        #expect(e.map(\.field) == ["date"])
        #expect(e.first?.line == 3)
        #expect(e.first?.message.contains("2024-02-30") == true)
    }

    @Test func textForADateIsAnError() throws {
        let e = only(try errors(["news/a.md": md("title: A\ndate: hier")]), file: "news/a.md")
        #expect(e.map(\.field) == ["date"])
    }

    @Test func unknownEnumValueListsTheAllowedOnes() throws {
        let e = only(try errors(["communes/sceaux.md": sceaux,
                                 "experiments/soy-pv.md": md("title: Soy PV\ncommune: sceaux\nstatus: en test")]),
                     file: "experiments/soy-pv.md")
        #expect(e.count == 1)
        #expect(e.first?.field == "status")
        #expect(e.first?.line == 4)
        #expect(e.first?.column == 9)
        #expect(e.first?.description == "content/experiments/soy-pv.md:4:9: erreur\u{00A0}: « status » doit valoir candidate, selected, testing, completed, scaled ou abandoned ; trouvé « en test ».")
    }

    @Test func referenceToAMissingCommuneOrThemeIsAnError() throws {
        let e = only(try errors(["communes/sceaux.md": sceaux,
                                 "experiments/x.md": md("title: X\ncommune: paris\nstatus: testing\nthemes: [energie, sport]")]),
                     file: "experiments/x.md")
        #expect(Set(e.map(\.field)) == ["commune", "themes"])
        #expect(e.first { $0.field == "commune" }?.line == 3)
        #expect(e.first { $0.field == "themes" }?.message.contains("sport") == true)
    }

    @Test func nestedFieldsAreNamedWithTheirPath() throws {
        let e = only(try errors(["communes/sceaux.md": md("name: Sceaux\ninsee: \"92071\"\nconvention:\n  signed: 2023-13-01\n  ends: juin")]),
                     file: "communes/sceaux.md")
        #expect(Set(e.map(\.field)) == ["convention.signed", "convention.ends"])
        #expect(e.first { $0.field == "convention.signed" }?.line == 5)
    }

    @Test func unknownKeyIsAWarningOnly() throws {
        let site = try TestSite(files: ["news/a.md": md("title: A\ndate: 2024-01-01\ntitel: faute")])
        defer { site.remove() }
        try site.build()
        let w = site.diagnostics().filter { $0.severity == .warning && $0.file == "content/news/a.md" && $0.field != "summary" }
        #expect(w.map(\.field) == ["titel"])
        #expect(w.first?.line == 4)
    }

    @Test func allErrorsOfABuildAreReportedAtOnceSortedByFileAndLine() throws {
        let e = try errors([
            "news/b.md": md("title: B\ndate: 2024-02-30"),
            "news/a.md": md("date: nope"),
            "events/e.md": "pas d'en-tête",
        ])
        #expect(e.map(\.file) == ["content/events/e.md", "content/news/a.md", "content/news/a.md", "content/news/b.md"])
    }

    @Test func missingFrontMatterAndUnclosedFrontMatterAreErrorsAtLineOne() throws {
        let e = try errors(["news/a.md": "Juste du texte\n", "news/b.md": "---\ntitle: B\n"])
        #expect(e.count == 2)
        #expect(e.allSatisfy { $0.line == 1 })
        #expect(e.first { $0.file.hasSuffix("b.md") }?.message.contains("jamais fermé") == true)
    }

    @Test func yamlSyntaxErrorIsLocated() throws {
        let e = only(try errors(["news/a.md": md("title: A\ndate: 2024-01-01\nsummary: \"non fermé")]), file: "news/a.md")
        #expect(e.count == 1)
        // Where the quote opened, with the cause named (not where the parser gave up).
        #expect(e.first?.line == 4 && e.first?.column == 10)
        #expect(e.first?.message.contains("jamais fermé") == true)
    }

    @Test func twoFilesGivingTheSameURLAreAnError() throws {
        let e = try errors(["communes/sceaux.md": sceaux, "experiments/soy-pv.md": soyPV, "experiments/Soy PV.md": soyPV])
        #expect(e.contains { $0.message.contains("même adresse") })
    }

    @Test func missingSiteYMLIsAnError() throws {
        let site = try TestSite(files: ["index.md": md("title: A")], siteYML: nil)
        defer { site.remove() }
        #expect(site.failures().contains { $0.file == "content/site.yml" })
    }
}
