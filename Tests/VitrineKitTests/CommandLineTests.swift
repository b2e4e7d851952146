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

    @Test func theBuildDateIsCountedInTheSitesTimeZone() throws {
        try #require(FileManager.default.isExecutableFile(atPath: Self.binary.path))
        let yml = TestSite.siteYML.replacingOccurrences(of: "timezone: Europe/Paris", with: "timezone: Pacific/Auckland")
        let site = try TestSite(files: [:], siteYML: yml)
        defer { site.remove() }
        // 1700000000 = 14 November 2023, 22:13 UTC: the 15th in Auckland.
        let (code, out, _) = try run(["build", "--themes", TestSite.themes.path], in: site.root,
                                     environment: ["SOURCE_DATE_EPOCH": "1700000000"])
        #expect(code == 0)
        #expect(out.contains("date de construction 2023-11-15"))
    }

    @Test func newCreatesAFileOfEachKindThatBuildsAndNeverOverwrites() throws {
        try #require(FileManager.default.isExecutableFile(atPath: Self.binary.path))
        let site = try TestSite(files: [:])
        defer { site.remove() }
        #expect(try run(["new", "experiment", "Avant la commune"], in: site.root).0 == 1)
        for (kind, title) in [("commune", "Sceaux"), ("experimentation", "L'été à Sceaux"), ("actualite", "Première actualité"),
                              ("event", "Vivatech 2027"), ("page", "Contacter l'équipe")] {
            let (code, out, _) = try run(["new", kind, title], in: site.root)
            #expect(code == 0, "\(kind)")
            #expect(out.contains("Créé : content/"), "\(kind)")
        }
        #expect(FileManager.default.fileExists(atPath: site.content.appendingPathComponent("experiments/l-ete-a-sceaux.md").path))
        #expect(try run(["new", "news", "Première  actualité !"], in: site.root).0 == 1)
        // The new files are dated today: build on that date. New experiments, news and events are
        // drafts until the writer says otherwise: held back from a build, shown with --drafts.
        // The commune and the page have no draft: their sample texts stop the build until replaced.
        let today = Day.of(Date(), in: TimeZone(identifier: "Europe/Paris")!).iso
        let refused = site.diagnostics(now: today).filter { $0.severity == .error }
        #expect(Set(refused.map(\.file)) == ["content/communes/sceaux.md", "content/pages/contacter-l-equipe.md"])
        for file in ["communes/sceaux.md", "pages/contacter-l-equipe.md"] {
            let url = site.content.appendingPathComponent(file)
            var text = try String(contentsOf: url, encoding: .utf8)
            for sample in Scaffold.Sample.fieldValues.union(Scaffold.Sample.bodyLines) {
                text = text.replacingOccurrences(of: sample, with: sample == "00000" ? "92071" : "Un vrai texte.")
            }
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        try site.build(now: today)
        #expect(!site.exists("experimentations/l-ete-a-sceaux/index.html"))
        #expect(site.exists("contacter-l-equipe/index.html"))
        try site.build(now: today, drafts: true)
        #expect(site.exists("experimentations/l-ete-a-sceaux/index.html"))
        #expect(site.exists("evenements/vivatech-2027/index.html"))
        #expect(site.diagnostics(now: today).filter { $0.severity == .error }.isEmpty)
    }

    @Test func commandsRunFromASubFolderReachTheProject() throws {
        try #require(FileManager.default.isExecutableFile(atPath: Self.binary.path))
        let site = try TestSite(files: ["news/a.md": md("title: A\ndate: 2024-01-01\nsummary: S")])
        defer { site.remove() }
        let news = site.content.appendingPathComponent("news")
        let (code, out, _) = try run(["new", "actualite", "Depuis le dossier"], in: news)
        #expect(code == 0)
        #expect(out.contains("Créé : content/news/depuis-le-dossier.md"))
        #expect(FileManager.default.fileExists(atPath: news.appendingPathComponent("depuis-le-dossier.md").path))
        #expect(!FileManager.default.fileExists(atPath: news.appendingPathComponent("content").path))
        let themes = ["--themes", TestSite.themes.path, "--now", "2026-11-28"]
        #expect(try run(["check"] + themes, in: news).0 == 0)
        #expect(try run(["build"] + themes, in: news).0 == 0)
        #expect(FileManager.default.fileExists(atPath: site.output.appendingPathComponent("actualites/a/index.html").path))
    }

    @Test func versionAndHelpAreThereInFrench() throws {
        try #require(FileManager.default.isExecutableFile(atPath: Self.binary.path))
        let folder = FileManager.default.temporaryDirectory
        let (code, out, _) = try run(["--version"], in: folder)
        #expect(code == 0)
        #expect(out.trimmingCharacters(in: .whitespacesAndNewlines) == VitrineVersion.current)
        let help = try run(["build", "--help"], in: folder).1
        #expect(help.contains("UTILISATION :") && help.contains("Affiche cette aide."))
        for english in ["OVERVIEW", "USAGE", "Show help", "(default"] { #expect(!help.contains(english), "\(english)") }
        let (bad, _, err) = try run(["build", "--bogus"], in: folder)
        #expect(bad != 0)
        #expect(err.contains("option inconnue « --bogus »"))
    }

    @Test func thePreviewSaysInFrenchThatThePortIsTaken() throws {
        let serve = Self.binary.deletingLastPathComponent().appendingPathComponent("vitrine-serve")
        try #require(FileManager.default.isExecutableFile(atPath: serve.path))
        let site = try TestSite(files: [:])
        defer { site.remove() }
        // Take a port on loopback, then ask the preview for it.
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, length) == 0 && listen(fd, 1) == 0 && getsockname(fd, $0, &length) == 0 }
        }
        try #require(bound)
        let port = String(UInt16(bigEndian: address.sin_port))
        let process = Process()
        process.executableURL = serve
        process.arguments = ["--themes", TestSite.themes.path, "--now", "2026-11-28", "--port", port]
        process.currentDirectoryURL = site.root
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let o = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let e = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 1)
        #expect(e.contains("le port \(port) est déjà pris") && e.contains("--port"))
        #expect(!o.contains("Aperçu sur"))
        #expect(!(o + e).contains("SocketError"))
    }
}

@Suite struct EnglishMessagesTests {
    @Test func anEnglishSiteGetsEnglishMessagesFromTheCommand() throws {
        try #require(FileManager.default.isExecutableFile(atPath: CommandLineTests.binary.path))
        let yml = TestSite.englishSiteYML
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
