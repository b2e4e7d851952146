import Foundation
import Testing
@testable import VitrineKit

/// The `vitrine` command as a writer or a CI job runs it: exit codes and messages.
@Suite struct CommandLineTests {
    static let binary = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent(".build/debug/vitrine")

    func run(_ arguments: [String], in folder: URL, environment: [String: String] = [:]) throws -> (Int32, String, String) {
        let process = Process()
        process.executableURL = Self.binary
        process.arguments = arguments
        process.currentDirectoryURL = folder
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let o = out.fileHandleForReading.readDataToEndOfFile()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: o, as: UTF8.self), String(decoding: e, as: UTF8.self))
    }

    @Test func checkExitsZeroOnGoodContentAndOneOnBadWithoutWriting() throws {
        try #require(FileManager.default.isExecutableFile(atPath: Self.binary.path), "build the vitrine product first")
        let site = try TestSite(files: ["communes/sceaux.md": sceaux, "experiments/soy-pv.md": soyPV])
        defer { site.remove() }
        let themes = ["--themes", TestSite.themes.path, "--now", "2026-11-28"]
        var (code, out, _) = try run(["check"] + themes, in: site.root)
        #expect(code == 0)
        #expect(out.contains("aucune erreur"))
        try site.write("news/a.md", md("title: A\ndate: 2024-02-30"))
        let err: String
        (code, _, err) = try run(["check"] + themes, in: site.root, environment: ["NO_COLOR": "1"])
        #expect(code == 1)
        #expect(err.contains("content/news/a.md:3:7: erreur"))
        #expect(!err.contains("\u{1B}["))
        #expect(!FileManager.default.fileExists(atPath: site.output.path))
    }

    @Test func strictMakesWarningsFail() throws {
        try #require(FileManager.default.isExecutableFile(atPath: Self.binary.path))
        let site = try TestSite(files: ["news/a.md": md("title: A\ndate: 2024-01-01")])   // no summary: a warning
        defer { site.remove() }
        let args = ["--themes", TestSite.themes.path, "--now", "2026-11-28"]
        #expect(try run(["build"] + args, in: site.root).0 == 0)
        #expect(try run(["build", "--strict"] + args, in: site.root).0 == 1)
        #expect(try run(["check", "--strict"] + args, in: site.root).0 == 1)
    }

    @Test func buildDateComesFromNowThenSourceDateEpoch() throws {
        try #require(FileManager.default.isExecutableFile(atPath: Self.binary.path))
        let site = try TestSite(files: [:])
        defer { site.remove() }
        // 1700000000 = 14 November 2023, 22:13 UTC, 23:13 in Paris.
        let (code, out, _) = try run(["build", "--themes", TestSite.themes.path], in: site.root,
                                     environment: ["SOURCE_DATE_EPOCH": "1700000000"])
        #expect(code == 0)
        #expect(out.contains("date de construction 2023-11-14"))
        #expect(try run(["build", "--now", "2024-02-30", "--themes", TestSite.themes.path], in: site.root).0 != 0)
    }

    @Test func newCreatesAFileOfEachKindThatBuildsAndNeverOverwrites() throws {
        try #require(FileManager.default.isExecutableFile(atPath: Self.binary.path))
        let site = try TestSite(files: [:])
        defer { site.remove() }
        #expect(try run(["new", "experiment", "Avant la commune"], in: site.root).0 == 1)
        for (kind, title) in [("commune", "Sceaux"), ("experiment", "L'été à Sceaux"), ("news", "Première actualité"),
                              ("event", "Vivatech 2027"), ("page", "Nous contacter")] {
            let (code, out, _) = try run(["new", kind, title], in: site.root)
            #expect(code == 0, "\(kind)")
            #expect(out.contains("Créé"), "\(kind)")
        }
        #expect(FileManager.default.fileExists(atPath: site.content.appendingPathComponent("experiments/l-ete-a-sceaux.md").path))
        #expect(try run(["new", "news", "Première  actualité !"], in: site.root).0 == 1)
        // The new files are dated today: build on that date. New experiments, news and events are
        // drafts until the writer says otherwise: held back from a build, shown with --drafts.
        let today = Day.of(Date(), in: TimeZone(identifier: "Europe/Paris")!).iso
        try site.build(now: today)
        #expect(!site.exists("experimentations/l-ete-a-sceaux/index.html"))
        #expect(site.exists("nous-contacter/index.html"))
        try site.build(now: today, drafts: true)
        #expect(site.exists("experimentations/l-ete-a-sceaux/index.html"))
        #expect(site.exists("nous-contacter/index.html"))
        #expect(site.exists("evenements/vivatech-2027/index.html"))
        #expect(site.diagnostics(now: today).filter { $0.severity == .error }.isEmpty)
    }
}

@Suite struct EnglishMessagesTests {
    @Test func anEnglishSiteGetsEnglishMessagesFromTheCommand() throws {
        try #require(FileManager.default.isExecutableFile(atPath: CommandLineTests.binary.path))
        let yml = TestSite.siteYML.replacingOccurrences(of: "language: fr", with: "language: en")
        let site = try TestSite(files: ["communes/sceaux.md": sceaux, "experiments/soy-pv.md": soyPV,
                                        "experiments/x.md": md("title: X\ncommune: sceaux\nstatus: en test\nsummary: S")], siteYML: yml)
        defer { site.remove() }
        let (code, _, err) = try CommandLineTests().run(["build", "--themes", TestSite.themes.path, "--now", "2026-11-28"],
                                                        in: site.root, environment: ["NO_COLOR": "1"])
        #expect(code == 1)
        #expect(err.contains("content/experiments/x.md:4:9: error: “status” must be one of candidate, selected, testing, completed, scaled or abandoned; found “en test”."))
        #expect(err.contains("Failed: 1 error(s), 1 warning(s). The folder public/ was not changed."))
        #expect(!err.contains("erreur"))
    }

    @Test func everyDiagnosticHasBothLanguages() throws {
        let site = try TestSite(files: [
            "news/a.md": md("title: [x]\ndate: 2024-02-30\ncommune: paris\ntitel: y", "[ici](../nulle-part.md)\n\n![](a.png)\n\n#### Saut"),
            "news/b.md": "pas d'en-tête",
            "news/c.md": md("title: C\ndate: 2024-01-01\nsummary: S", "[ici](../nulle-part.md)\n\n![](a.png)\n\n#### Saut\n\n<b>x</b>"),
        ])
        defer { site.remove() }
        let diagnostics = site.diagnostics()
        #expect(diagnostics.count >= 10)
        for d in diagnostics {
            #expect(!d.text.en.isEmpty && d.text.en != d.text.fr, "\(d.description)")
            #expect(!d.text.en.contains("« ") && !d.text.en.contains(" ; "), "\(d.text.en)")
        }
    }
}
