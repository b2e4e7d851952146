import Foundation
import Testing
@testable import VitrineKit

/// The writer's safety net: what a new user gets wrong is refused with a located French message,
/// never published silently, and one mistake gives one message.
@Suite struct SafetyNetTests {
    func errors(_ site: TestSite) -> [Diagnostic] {
        site.failures().filter { $0.severity == .error }
    }

    // MARK: Sample texts of `vitrine new`

    @Test func aScaffoldSwitchedToPublishedIsRefusedForEachSampleText() throws {
        let site = try TestSite(files: ["communes/sceaux.md": sceaux, "experiments/soy-pv.md": soyPV])
        defer { site.remove() }
        let url = try Scaffold.create(.experiment, title: "Bancs connectés", contentDirectory: site.content,
                                      today: Day(iso: "2026-11-01")!)
        // As a draft it builds: the samples are there to be replaced.
        #expect(errors(site).isEmpty)
        let text = try String(contentsOf: url, encoding: .utf8).replacingOccurrences(of: "draft: true", with: "draft: false")
        try text.write(to: url, atomically: true, encoding: .utf8)
        let e = errors(site).filter { $0.file == "content/experiments/bancs-connectes.md" }
        #expect(Set(e.compactMap(\.field)) == ["summary", "innovator.name", "place.name"])
        let bodyLines = e.filter { $0.field == nil }
        #expect(bodyLines.count == 3)
        #expect(bodyLines.allSatisfy { $0.line != nil && $0.message.contains("texte d'exemple") })
        #expect(!site.exists("experimentations/bancs-connectes/index.html"))
    }

    @Test func aCommuneKeepingTheSampleInseeCodeIsRefused() throws {
        let site = try TestSite(files: [:])
        defer { site.remove() }
        _ = try Scaffold.create(.commune, title: "Exempleville", contentDirectory: site.content, today: Day(iso: "2026-11-01")!)
        let fields = Set(errors(site).compactMap(\.field))
        #expect(fields.isSuperset(of: ["insee", "summary"]))
    }

    @Test func newGuessesNoHostCommune() throws {
        let site = try TestSite(files: ["communes/sceaux.md": sceaux, "communes/meudon.md": md("name: Meudon\ninsee: \"92048\"")])
        defer { site.remove() }
        let today = Day(iso: "2026-11-01")!
        #expect(throws: Scaffold.Failure.self) {
            try Scaffold.create(.experiment, title: "Sans commune", contentDirectory: site.content, today: today)
        }
        #expect(throws: Scaffold.Failure.self) {
            try Scaffold.create(.experiment, title: "Ailleurs", contentDirectory: site.content, today: today, commune: "paris")
        }
        let url = try Scaffold.create(.experiment, title: "À Meudon", contentDirectory: site.content, today: today, commune: "meudon")
        let text = try String(contentsOf: url, encoding: .utf8)
        #expect(text.contains("commune: meudon "))
        #expect(!text.contains("VÉRIFIER"))
    }

    @Test func kindsAreNamedInFrenchToo() {
        #expect(Scaffold.Kind(word: "experimentation") == .experiment)
        #expect(Scaffold.Kind(word: "expérimentation") == .experiment)
        #expect(Scaffold.Kind(word: "actualite") == .news)
        #expect(Scaffold.Kind(word: "événement") == .event)
        #expect(Scaffold.Kind(word: "news") == .news)
        #expect(Scaffold.Kind(word: "article") == nil)
    }

    // MARK: Links written as site addresses

    static let addresses = md("title: A\ndate: 2024-01-01\nsummary: S", """
    Voir [les communes](/communes/), [le flux de Sceaux](/communes/sceaux/feed.xml), [l'agenda](/events.ics),
    [les données](/data/experiments.csv) et [Sceaux](https://example.org/qmi/communes/sceaux/#convention-titre).

    Mais [le contact](/contact/) n'existe pas, ni [cette page](https://example.org/qmi/nulle-part/).

    ![Une photo](/media/absente.png)
    """)

    @Test func siteAddressesAreCheckedWithFileAndLine() throws {
        let site = try TestSite(files: ["communes/sceaux.md": sceaux, "experiments/soy-pv.md": soyPV, "news/a.md": Self.addresses])
        defer { site.remove() }
        let e = errors(site)
        #expect(e.count == 3, "\(e)")
        #expect(e.allSatisfy { $0.file == "content/news/a.md" })
        #expect(e.map(\.line) == [9, 9, 11])
        #expect(e.contains { $0.message.contains("« /contact/ »") })
        #expect(e.contains { $0.message.contains("nulle-part") })
        #expect(e.contains { $0.message.hasPrefix("image vers « /media/absente.png »") })
    }

    @Test func theSitesOwnFullAddressIsWrittenRelative() throws {
        let site = try TestSite(files: ["communes/sceaux.md": sceaux, "experiments/soy-pv.md": soyPV,
                                        "news/a.md": md("title: A\ndate: 2024-01-01\nsummary: S", "[Sceaux](https://example.org/qmi/communes/sceaux/)")])
        defer { site.remove() }
        try site.build()
        #expect(try site.page("actualites/a/index.html").contains("href=\"../../communes/sceaux/\""))
    }

    @Test func aMenuEntryLeadingNowhereIsAnError() throws {
        let yml = TestSite.siteYML.replacingOccurrences(of: "search: false", with: "  - {label: \"Contact\", url: \"/contact/\"}\nsearch: false")
        let site = try TestSite(files: [:], siteYML: yml)
        defer { site.remove() }
        let e = errors(site)
        #expect(e.map(\.file) == ["content/site.yml"])
        #expect(e.first?.field == "menu")
    }

    // MARK: Markdown that did not become a link

    @Test func aLinkWithASpaceIsReportedAndAngleBracketsAccepted() throws {
        let site = try TestSite(files: ["news/a.md": md("title: A\ndate: 2024-01-01\nsummary: S",
                                                        "Intro.\n\nLe [rapport](../media/mon rapport.pdf) est là.")])
        defer { site.remove() }
        try site.write("media/mon rapport.pdf", "%PDF")
        let e = errors(site)
        #expect(e.count == 1)
        #expect(e.first?.line == 8)
        #expect(e.first?.message.contains("<../media/mon rapport.pdf>") == true)
        try site.write("news/a.md", md("title: A\ndate: 2024-01-01\nsummary: S", "Le [rapport](<../media/mon rapport.pdf>) est là."))
        try site.build()
        #expect(try site.page("actualites/a/index.html").contains("href=\"../../media/mon%20rapport.pdf\""))
    }

    @Test func codeThatLooksLikeALinkIsLeftAlone() throws {
        let site = try TestSite(files: ["news/a.md": md("title: A\ndate: 2024-01-01\nsummary: S", "Écrivez `[texte](adresse avec espace)` ainsi.")])
        defer { site.remove() }
        #expect(errors(site).isEmpty)
    }

    // MARK: One mistake, one message

    @Test func anInvalidFileIsNotAlsoReportedMissing() throws {
        let broken = soyPV.replacingOccurrences(of: "status: completed", with: "status: fini")
        let site = try TestSite(files: ["communes/sceaux.md": sceaux, "experiments/soy-pv.md": broken])
        defer { site.remove() }
        let e = errors(site)
        #expect(e.count == 1)
        #expect(e.first?.file == "content/experiments/soy-pv.md")
        #expect(e.first?.field == "status")
    }

    // MARK: YAML mistakes in French

    func yamlError(_ frontMatter: String) throws -> Diagnostic? {
        let site = try TestSite(files: ["news/a.md": "---\n\(frontMatter)\n---\nTexte.\n"])
        defer { site.remove() }
        let e = errors(site)
        #expect(e.count == 1, "\(e)")
        return e.first
    }

    @Test func aTabInTheIndentationIsNamed() throws {
        let d = try #require(try yamlError("title: A\ndate: 2024-01-01\nplace:\n\tname: Mairie"))
        #expect(d.line == 5 && d.column == 1)
        #expect(d.message.contains("tabulation"))
    }

    @Test func aNonBreakingSpaceBeforeTheColonIsNamed() throws {
        let d = try #require(try yamlError("title\u{00A0}: A\ndate: 2024-01-01"))
        #expect(d.line == 2 && d.column == 6)
        #expect(d.message.contains("espace insécable"))
    }

    @Test func aNonBreakingSpaceInsideAValueIsFine() throws {
        let site = try TestSite(files: ["news/a.md": md("title: A\ndate: 2024-01-01\nsummary: \"Résultats\u{00A0}: bons\"")])
        defer { site.remove() }
        #expect(errors(site).isEmpty)
    }

    @Test func anUnclosedQuoteEndedByACurlyOneIsNamedWhereItOpened() throws {
        let d = try #require(try yamlError("title: \"Bilan”\ndate: 2024-01-01"))
        #expect(d.line == 2 && d.column == 8)
        #expect(d.message.contains("jamais fermé") && d.message.contains("typographique"))
        #expect(d.detail?.contains("quoted scalar") == true)
        #expect(!d.message.contains("scalar"))
    }

    @Test func anUnclosedBracketIsNamedWhereItOpened() throws {
        let d = try #require(try yamlError("title: A\ndate: 2024-01-01\nthemes: [energie, climat\nsummary: S"))
        #expect(d.line == 4 && d.column == 9)
        #expect(d.message.contains("« [ »"))
    }

    @Test func aColonInAValueAsksForQuotes() throws {
        let d = try #require(try yamlError("title: A\ndate: 2024-01-01\nsummary: Le bilan: bon"))
        #expect(d.line == 4)
        #expect(d.message.contains("guillemets droits"))
        #expect(!d.message.contains("mapping"))
    }

    @Test func aLineWithoutColonIsPointedAt() throws {
        let d = try #require(try yamlError("title A\ndate: 2024-01-01"))
        #expect(d.line == 2)
        #expect(d.message.contains("deux-points"))
    }

    // MARK: Words and dates

    @Test func referentLabelsAreNeutral() throws {
        let commune = sceaux.replacingOccurrences(of: "themes: [energie]", with: """
        themes: [energie]
        referents:
          elected: {name: "Camille Exemple", role: "Adjointe au maire"}
        """)
        let site = try TestSite(files: ["communes/sceaux.md": commune, "experiments/soy-pv.md": soyPV])
        defer { site.remove() }
        try site.build()
        let page = try site.page("communes/sceaux/index.html")
        #expect(page.contains("<strong>Camille Exemple</strong>, personne référente élue — Adjointe au maire"))
        #expect(!page.contains("Référent élu"))
    }

    @Test func aMilestoneInTheFeedStaysTrueOnceTheConventionHasEnded() throws {
        let site = try TestSite(files: ["communes/sceaux.md": sceaux, "experiments/soy-pv.md": soyPV])
        defer { site.remove() }
        try site.build(now: "2026-11-28")   // the convention ended in June 2024
        let feed = try site.page("feed.xml")
        #expect(feed.contains("a été signée le 17\u{A0}avril\u{A0}2023, avec une fin prévue le 30\u{A0}juin\u{A0}2024"))
        #expect(!feed.contains("court jusqu"))
    }

    // MARK: The build date

    @Test func theBuildDateIsADayInTheSitesTimeZone() throws {
        // 1700000000 = 14 November 2023, 22:13 UTC: already the 15th in Auckland.
        let yml = TestSite.siteYML.replacingOccurrences(of: "timezone: Europe/Paris", with: "timezone: Pacific/Auckland")
        let site = try TestSite(files: [:], siteYML: yml)
        defer { site.remove() }
        let zone = BuildDate.siteTimeZone(contentDirectory: site.content)
        #expect(zone.identifier == "Pacific/Auckland")
        let day = try BuildDate.resolve(nil, environment: ["SOURCE_DATE_EPOCH": "1700000000"], clock: Date(), timeZone: zone)
        #expect(day.iso == "2023-11-15")
        let paris = try BuildDate.resolve(nil, environment: ["SOURCE_DATE_EPOCH": "1700000000"], clock: Date(),
                                          timeZone: BuildDate.siteTimeZone(contentDirectory: site.root))
        #expect(paris.iso == "2023-11-14")
        #expect(throws: BuildDate.Invalid.self) { try BuildDate.resolve("2024-02-30", environment: [:], clock: Date(), timeZone: zone) }
    }

    // MARK: Sample values in site.yml

    @Test func checkWarnsAboutSampleSettings() throws {
        let site = try TestSite(files: [:])
        defer { site.remove() }
        try site.write("site.yml", TestSite.siteYML.replacingOccurrences(of: "phone: \"01 00 00 00 00\"", with: "phone: \"01 00 00 00 00 (numéro d'exemple)\""))
        let (log, _) = SiteBuilder.check(site.request())
        let fields = log.warnings.filter { $0.file == "content/site.yml" }.compactMap(\.field)
        #expect(fields.contains("baseURL"))
        #expect(fields.contains("publisher"))   // a one-line {…} group is named by its field
        #expect(!fields.contains("title"))
        let (buildLog, _) = SiteBuilder.check(site.request(), sampleSettings: false)
        #expect(buildLog.warnings.filter { $0.file == "content/site.yml" }.isEmpty)
    }

    @Test func thePublishingTemplatesRunCheckStrict() throws {
        let docs = TestSite.themes.deletingLastPathComponent().appendingPathComponent("docs/ci")
        for name in ["github-pages.yml", "gitlab-ci.yml"] {
            let text = try String(contentsOf: docs.appendingPathComponent(name), encoding: .utf8)
            #expect(text.contains("vitrine check --strict"), "\(name)")
        }
    }

    // MARK: The project, from a sub-folder

    @Test func theProjectIsFoundFromASubFolder() throws {
        let site = try TestSite(files: ["news/a.md": md("title: A\ndate: 2024-01-01")])
        defer { site.remove() }
        let news = site.content.appendingPathComponent("news")
        #expect(ProjectLocator.root(from: news)?.standardizedFileURL.path == site.root.standardizedFileURL.path)
        #expect(ProjectLocator.root(from: URL(fileURLWithPath: "/")) == nil)
    }

    // MARK: The command line in French

    @Test func helpAndParserErrorsAreInFrench() {
        let help = CommandLineFrench.translate("""
        OVERVIEW: Construit le site.

        USAGE: vitrine build [--out <out>]

        OPTIONS:
          --port <port>     Port. (default: 8000)
          -h, --help        Show help information.
        """)
        #expect(help.contains("PRÉSENTATION :") && help.contains("UTILISATION :") && help.contains("(par défaut : 8000)"))
        #expect(help.contains("Affiche cette aide."))
        #expect(!help.contains("OVERVIEW") && !help.contains("Show help") && !help.contains("default:"))
        #expect(CommandLineFrench.translate("Error: Unknown option '--bogus'. Did you mean '--out'?")
                == "Erreur : option inconnue « --bogus ». Vouliez-vous dire « --out » ?")
        #expect(CommandLineFrench.translate("Error: Missing expected argument '<type>'") == "Erreur : argument manquant : « <type> »")
    }
}
