import Foundation
import Testing
@testable import VitrineKit

/// Writers' files of every odd shape: the build either works or says precisely why, and never crashes.
@Suite struct RobustnessTests {
    @Test func aBOMAndCRLFLineEndingsJustWork() throws {
        let site = try TestSite(files: [:])
        defer { site.remove() }
        try site.write("news/windows.md", data: Data("\u{FEFF}---\r\ntitle: Fichier Windows\r\ndate: 2024-01-01\r\nsummary: S\r\n---\r\n## Titre\r\n\r\nTexte.\r\n".utf8))
        try site.build()
        let page = try site.page("actualites/windows/index.html")
        #expect(page.contains("<h1>Fichier Windows</h1>"))
        #expect(page.contains("<h2 id=\"titre\">Titre</h2>"))
    }

    @Test func aFileThatIsNotUTF8IsAnErrorNamingIt() throws {
        let site = try TestSite(files: [:])
        defer { site.remove() }
        try site.write("news/latin1.md", data: Data([0x2D, 0x2D, 0x2D, 0x0A]) + Data("title: F".utf8) + Data([0xEA, 0x74, 0x65, 0x0A, 0x2D, 0x2D, 0x2D, 0x0A]))
        let errors = site.failures()
        #expect(errors.count == 1)
        #expect(errors.first?.file == "content/news/latin1.md")
        #expect(errors.first?.message.contains("UTF-8") == true)
    }

    @Test func anEmptyFileIsAnErrorAtLineOne() throws {
        let site = try TestSite(files: ["news/vide.md": ""])
        defer { site.remove() }
        let errors = site.failures()
        #expect(errors.map(\.file) == ["content/news/vide.md"])
        #expect(errors.first?.line == 1)
    }

    @Test func aMissingContentFolderOrInvalidSiteYMLIsReported() throws {
        let site = try TestSite(files: [:], siteYML: "title: [\nbaseURL: x")
        defer { site.remove() }
        #expect(site.failures().contains { $0.file == "content/site.yml" && $0.line != nil })
        let missing = BuildRequest(contentDirectory: site.root.appendingPathComponent("nulle-part"), themesDirectory: TestSite.themes,
                                   outputDirectory: site.output, now: Day(iso: "2026-11-28")!)
        #expect(throws: BuildFailure.self) { try SiteBuilder.build(missing) }
        #expect(SiteBuilder.generate(missing).1.errors.first?.message.contains("n'existe pas") == true)
    }

    @Test func aSymlinkLeavingTheContentFolderIsRefused() throws {
        let site = try TestSite(files: [:])
        defer { site.remove() }
        let outside = site.root.appendingPathComponent("secret.md")
        try md("title: Secret\ndate: 2024-01-01").write(to: outside, atomically: true, encoding: .utf8)
        try FileManager.default.createDirectory(at: site.content.appendingPathComponent("news"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(at: site.content.appendingPathComponent("news/lien.md"), withDestinationURL: outside)
        let errors = site.failures()
        #expect(errors.contains { $0.file == "content/news/lien.md" && $0.message.contains("lien symbolique") })
        #expect(!FileManager.default.fileExists(atPath: site.output.appendingPathComponent("actualites/lien/index.html").path))
    }

    @Test func fileNamesWithSpacesAccentsAndCapitalsGivePredictableAddresses() throws {
        let site = try TestSite(files: ["news/Été à Sceaux.md": md("title: A\ndate: 2024-01-01\nsummary: S")])
        defer { site.remove() }
        try site.build()
        #expect(site.exists("actualites/ete-a-sceaux/index.html"))
        try site.write("news/ete-a-sceaux.md", md("title: B\ndate: 2024-01-01\nsummary: S"))
        let errors = site.failures()
        #expect(errors.count == 1)
        #expect(errors.first?.message.contains("/actualites/ete-a-sceaux/") == true)
    }

    @Test func twoAmendmentsSignedOnOneDayAreTwoFeedItems() throws {
        let commune = md("""
        name: Sceaux
        insee: "92071"
        convention:
          signed: "2023-04-17"
          ends: "2024-06"
          amendments:
            - {requested: "2024-01-10", signed: "2024-02-01", summary: "Nouveau lieu", ends: "2024-09-30"}
            - {requested: "2024-01-12", signed: "2024-02-01", summary: "Autre solution", ends: "2024-09-30"}
        """)
        let site = try TestSite(files: ["communes/sceaux.md": commune])
        defer { site.remove() }
        try site.build()
        let feed = try site.page("communes/sceaux/feed.xml")
        #expect(feed.contains("#convention-avenant-2024-02-01</guid>"))
        #expect(feed.contains("#convention-avenant-2-2024-02-01</guid>"))
        #expect(feed.contains("Nouveau lieu") && feed.contains("Autre solution"))
    }

    @Test func aFreePageCannotTakeTheAddressOfAGeneratedPage() throws {
        let site = try TestSite(files: ["communes/sceaux.md": sceaux, "experiments/soy-pv.md": soyPV, "pages/communes.md": md("title: Nos communes"),
                                        "pages/programme.md": md("title: Le programme"),
                                        "pages/accessibilite.md": md("title: Accessibilité")])
        defer { site.remove() }
        let errors = site.failures().filter { $0.severity == .error }
        #expect(errors.map(\.file).sorted() == ["content/pages/communes.md", "content/pages/programme.md"])
        #expect(errors.first?.message.contains("/communes/") == true)
    }

    @Test func aFiftyMegabyteMarkdownFileIsHandled() throws {
        let paragraph = "Un paragraphe avec *de l'emphase*, un [lien](https://example.org/) et du `code`.\n\n"
        let body = String(repeating: paragraph, count: 50_000_000 / paragraph.utf8.count)
        let site = try TestSite(files: ["pages/enorme.md": md("title: Énorme", body)])
        defer { site.remove() }
        try site.build()
        let size = try FileManager.default.attributesOfItem(atPath: site.output.appendingPathComponent("enorme/index.html").path)[.size] as! Int
        #expect(size > 50_000_000)
    }

    @Test func theFeedKeepsItsFiftyNewestItems() throws {
        var files: [String: String] = [:]
        for i in 1...60 { files["news/n\(i).md"] = md("title: N\(i)\ndate: \"2024-01-\(String(format: "%02d", (i % 28) + 1))\"\nsummary: S") }
        let site = try TestSite(files: files)
        defer { site.remove() }
        try site.build()
        let feed = try site.page("feed.xml")
        #expect(feed.components(separatedBy: "<item>").count - 1 == 50)
        #expect(feed.contains("<title>N27</title>"))   // dated 2024-01-28, among the newest
    }
}
