import Foundation
import Testing
@testable import VitrineKit

/// The program's key figures, computed from the content on the build date, and where they show.
@Suite struct KeyFiguresTests {
    static let files: [String: String] = [
        "communes/sceaux.md": md("name: Sceaux\ninsee: \"92071\"\npromotion: 1\nconvention: {signed: \"2023-04-17\", ends: \"2024-06\"}"),
        "communes/meudon.md": md("name: Meudon\ninsee: \"92048\"\npromotion: 1\nconvention: {signed: \"2023-05-09\", ends: \"2027-06\"}"),
        "communes/argenteuil.md": md("name: Argenteuil\ninsee: \"95018\"\npromotion: 2\nconvention: {ends: \"2027-06\"}"),
        "experiments/a.md": md("title: A\ncommune: sceaux\nstatus: completed\nthemes: [energie]\nsummary: A.\nindicators:\n  - {label: Déchets évités, unit: t, value: 3}"),
        "experiments/b.md": md("title: B\ncommune: meudon\nstatus: testing\nthemes: [energie, climat]\nsummary: B.\nindicators:\n  - {label: Déchets évités, unit: t, value: 4.5}"),
        "experiments/c.md": md("title: C\ncommune: meudon\nstatus: testing\nsummary: C."),
    ]

    @Test func figuresCountWhatIsPublishedOnTheBuildDate() throws {
        let site = try TestSite(files: Self.files)
        defer { site.remove() }
        let (content, _) = ContentLoader(contentDirectory: site.content, themesDirectory: TestSite.themes).load()
        let figures = ProgramFigures(Program(content: try #require(content), now: Day(iso: "2026-11-28")!, includeDrafts: false))
        #expect(figures.communes == 3)
        #expect(figures.communesByPromotion.map { "\($0.promotion):\($0.count)" } == ["1:2", "2:1"])
        #expect(figures.conventionsByStatus.map { "\($0.status.rawValue):\($0.count)" } == ["unsigned:1", "in_force:1", "expired:1"])
        #expect(figures.experimentsByStatus.map { "\($0.status.rawValue):\($0.count)" } == ["testing:2", "completed:1"])
        #expect(figures.experimentsByTheme.map { "\($0.theme):\($0.count)" } == ["energie:2", "climat:1"])
        #expect(figures.indicatorTotals == [IndicatorTotal(label: "Déchets évités", unit: "t", value: 7.5, experiments: 2)])
    }

    @Test func homeAndProgrammeShowTheFiguresAndTheTableCellsSayTheirColumn() throws {
        let site = try TestSite(files: Self.files)
        defer { site.remove() }
        try site.build()
        let plain = { (s: String) in s.replacingOccurrences(of: "\u{A0}", with: " ").replacingOccurrences(of: "\u{202F}", with: " ") }
        let home = plain(try site.page("index.html"))
        let programme = plain(try site.page("programme/index.html"))
        for page in [home, programme] {
            #expect(page.contains("<dt>Communes lauréates</dt>\n<dd class=\"figure-value\">3</dd>"))
            #expect(page.contains("<span>Promotion 1 : 2</span>"))
            #expect(page.contains("<dt>Déchets évités</dt>\n<dd class=\"figure-value\">7,5 t</dd>"))
        }
        // Lead, figures, communes, results, then news and events.
        let order = ["chiffres-cles", "communes-titre", "resultats-titre", "agenda-titre"].map { home.range(of: "id=\"\($0)\"")?.lowerBound }
        #expect(order.allSatisfy { $0 != nil } && order.map { $0! } == order.map { $0! }.sorted())
        #expect(home.contains("Déchets évités : 4,5 t"))
        #expect(programme.contains("<td class=\"count\" data-label=\"En test\">2</td>"))
    }
}
