import Foundation
import Testing
@testable import VitrineKit

/// Addresses in the site's language, taken from the theme's interface strings.
@Suite struct AddressTests {
    static let files: [String: String] = [
        "communes/sceaux.md": sceaux,
        "experiments/soy-pv.md": soyPV,
        "news/annonce.md": md("title: Annonce\ndate: \"2025-03-01\"", "Voir [Soy PV](../experiments/soy-pv.md)."),
        "events/forum.md": md("title: Forum\nstart: \"2026-12-05\""),
    ]

    /// A copy of the themes whose French strings have `line` replaced; the caller removes it.
    static func themes(replacing line: String, with replacement: String) throws -> URL {
        let themes = try TestSite.copyOfThemes()
        let strings = themes.appendingPathComponent("default/i18n/fr.yml")
        let text = try String(contentsOf: strings, encoding: .utf8)
        #expect(text.contains(line))
        try text.replacingOccurrences(of: line, with: replacement).write(to: strings, atomically: true, encoding: .utf8)
        return themes
    }

    @Test func aFrenchSiteHasFrenchAddresses() throws {
        let site = try TestSite(files: Self.files)
        defer { site.remove() }
        try site.build()
        for path in ["experimentations/index.html", "experimentations/soy-pv/index.html", "actualites/index.html",
                     "actualites/annonce/index.html", "evenements/index.html", "evenements/forum/index.html",
                     "evenements/forum/forum.ics"] {
            #expect(site.exists(path), "\(path)")
        }
        for folder in ["experiments", "news", "events"] { #expect(!site.exists(folder), "\(folder)") }
        #expect(try site.page("actualites/annonce/index.html").contains("href=\"../../experimentations/soy-pv/\""))
        #expect(try site.page("sitemap.xml").contains("<loc>https://example.org/qmi/evenements/forum/</loc>"))
        #expect(try site.page("data/experiments-complements.csv").contains("https://example.org/qmi/experimentations/soy-pv/"))
    }

    @Test func anEnglishSiteHasEnglishAddresses() throws {
        let yml = TestSite.englishSiteYML
        let site = try TestSite(files: Self.files, siteYML: yml)
        defer { site.remove() }
        try site.build()
        for path in ["experiments/soy-pv/index.html", "news/annonce/index.html", "events/forum/index.html"] {
            #expect(site.exists(path), "\(path)")
        }
        #expect(!site.exists("experimentations"))
    }

    @Test func theAddressesComeFromTheThemeStrings() throws {
        let themes = try Self.themes(replacing: "address_experiments: experimentations", with: "address_experiments: projets")
        defer { try? FileManager.default.removeItem(at: themes) }
        // The menu of site.yml is checked against the pages made: it follows the new address.
        let yml = TestSite.siteYML.replacingOccurrences(of: "url: \"/experimentations/\"", with: "url: \"/projets/\"")
        let site = try TestSite(files: Self.files, siteYML: yml)
        defer { site.remove() }
        try SiteBuilder.build(BuildRequest(contentDirectory: site.content, themesDirectory: themes,
                                           outputDirectory: site.output, now: Day(iso: "2026-11-28")!))
        #expect(site.exists("projets/soy-pv/index.html"))
        #expect(try site.page("communes/sceaux/index.html").contains("href=\"../../projets/soy-pv/\""))
    }

    @Test func anAddressThatIsNotAFolderNameIsAnErrorWithItsKey() throws {
        let themes = try Self.themes(replacing: "address_news: actualites", with: "address_news: Actualités")
        defer { try? FileManager.default.removeItem(at: themes) }
        let site = try TestSite(files: Self.files)
        defer { site.remove() }
        let log = SiteBuilder.generate(BuildRequest(contentDirectory: site.content, themesDirectory: themes,
                                                    outputDirectory: site.output, now: Day(iso: "2026-11-28")!)).1
        #expect(log.errors.contains { $0.field == "address_news" && $0.file.hasSuffix("default/i18n/fr.yml")
            && $0.message.contains("« actualites »") })
    }

    @Test func aFreePageCannotTakeAnAddressFolder() throws {
        let site = try TestSite(files: ["pages/actualites.md": md("title: Nos actualités")])
        defer { site.remove() }
        #expect(site.failures().contains { $0.file.hasSuffix("pages/actualites.md") })
    }
}
