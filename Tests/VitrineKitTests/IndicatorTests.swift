import Foundation
import Testing
@testable import VitrineKit

/// An experiment's indicators: checked like any field, drawn as charts with a text alternative
/// and a table, and published as open data.
@Suite struct IndicatorTests {
    static let commune = md("name: Sceaux\ninsee: \"92071\"")

    static func experiment(_ indicators: String) -> String {
        md("title: Essai\ncommune: sceaux\nstatus: completed\nsummary: Un essai.\n" + indicators)
    }

    func errors(_ indicators: String) throws -> [Diagnostic] {
        let site = try TestSite(files: ["communes/sceaux.md": Self.commune, "experiments/essai.md": Self.experiment(indicators)])
        defer { site.remove() }
        return site.failures().filter { $0.severity == .error && $0.file == "content/experiments/essai.md" }
    }

    @Test func aFrenchDecimalCommaIsALocatedErrorThatSaysHowToWriteIt() throws {
        let e = try errors("indicators:\n  - {label: Énergie, unit: kWh, value: \"12,5\"}")
        #expect(e.count == 1)
        #expect(e.first?.field == "indicators[1].value")
        #expect(e.first?.line == 7)
        #expect(e.first?.message.contains("point") == true)
    }

    @Test func aUnitTypedInTheValueOrAThousandsSpaceIsExplained() throws {
        let e = try errors("indicators:\n  - {label: Énergie, value: 12 kWh}\n  - {label: Eau, value: \"4 200\", before: beaucoup}")
        #expect(e.map(\.field) == ["indicators[1].value", "indicators[2].value", "indicators[2].before"])
        #expect(e[0].message.contains("« unit »"))
        #expect(e[1].message.contains("milliers"))
    }

    @Test func missingLabelOrValueAndBadDatesAreErrors() throws {
        let e = try errors("""
        indicators:
          - {unit: kWh, value: 3}
          - {label: Sans valeur}
          - {label: Daté, value: 3, date: "2024-02-30"}
        """)
        #expect(e.map(\.field) == ["indicators[1].label", "indicators[2].value", "indicators[3].date"])
    }

    @Test func aSeriesMustBeInDateOrder() throws {
        let e = try errors("""
        indicators:
          - label: Visiteurs
            series:
              - {date: "2024-02-01", value: 10}
              - {date: "2024-01-01", value: 12}
        """)
        #expect(e.count == 1)
        #expect(e.first?.field == "indicators[1].series[2].date")
        #expect(e.first?.line == 10)
    }

    @Test func anEnglishSiteGetsEnglishMessages() throws {
        let site = try TestSite(files: ["communes/sceaux.md": Self.commune,
                                        "experiments/essai.md": Self.experiment("indicators:\n  - {label: Energy, value: \"12,5\"}")],
                                siteYML: TestSite.englishSiteYML)
        defer { site.remove() }
        let e = site.failures().filter { $0.severity == .error }
        #expect(e.count == 1)
        #expect(e.first?.text.en.contains("decimals take a point") == true, "\(e.map(\.description))")
    }

    @Test func beforeAndAfterBecomeAChartWithItsResultStatedAndATable() throws {
        let site = try TestSite(files: ["communes/sceaux.md": Self.commune, "experiments/essai.md": Self.experiment("""
        indicators:
          - {label: "Chauffage", unit: MWh, before: 200, value: 150, target: 140, date: "2024-12-31", source: Factures}
          - label: Visiteurs
            series:
              - {date: "2024-01-31", value: 10}
              - {date: "2024-02-29", value: 12.5}
          - {label: Arbres plantés, value: 40}
        """)])
        defer { site.remove() }
        try site.build()
        let page = try site.page("experimentations/essai/index.html")
            .replacingOccurrences(of: "\u{A0}", with: " ").replacingOccurrences(of: "\u{202F}", with: " ")
        // Two charts (before/after, series); the lone value is a key figure without a chart.
        #expect(page.components(separatedBy: "role=\"img\"").count == 3)
        #expect(page.contains("<title id=\"indicateur-1-alt\">Chauffage : 150 MWh le 31 décembre 2024. Avant l’expérimentation : 200 MWh (−25 %) Objectif : 140 MWh.</title>"))
        #expect(page.contains("aria-labelledby=\"indicateur-1-alt\""))
        #expect(page.contains("<title id=\"indicateur-2-alt\">Visiteurs : de 10 le 31 janvier 2024 à 12,5 le 29 février 2024, 2 mesures.</title>"))
        #expect(page.contains("−25 % par rapport à avant (200 MWh)"))
        #expect(page.contains("<tr><th scope=\"row\">29 février 2024</th><td>12,5</td></tr>"))
        #expect(page.contains("Arbres plantés") && page.components(separatedBy: "<table class=\"indicator-table\">").count == 3)
        // Not colour alone: the before bar is hatched, the target dashed (CSS class), each labelled.
        #expect(page.contains("url(#indicateur-1-hachures)"))

        let csv = try site.page("data/indicators.csv")
        let lines = csv.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(lines.first == "id,slug,indicateur,unite,type,date,valeur,source")
        #expect(lines.count == 1 + 3 + 2 + 1)
        #expect(lines.contains { $0.hasSuffix(",essai,Chauffage,MWh,avant,,200,Factures") })
        #expect(lines.contains { $0.hasSuffix(",essai,Visiteurs,,mesure,2024-02-29,12.5,") })
    }

    @Test func totalsAddOnlyIndicatorsWithTheSameLabelAndUnit() {
        let totals = IndicatorTotal.totals(Self.sample)
        #expect(totals == [IndicatorTotal(label: "Déchets évités", unit: "t", value: 7.5, experiments: 2)])
    }

    static var sample: [Experiment] {
        func e(_ slug: String, _ indicators: [Indicator]) -> Experiment {
            Experiment(Experiment.Fields(origin: Origin(file: "experiments/\(slug).md", path: "x/\(slug)/", slug: slug), title: slug,
                                         commune: "sceaux", innovator: nil, themes: [], status: .completed, outcome: nil, start: nil,
                                         end: nil, place: nil, summary: nil, image: nil, updated: nil, draft: false, illustration: nil,
                                         indicators: indicators, body: Body(markdown: "", firstLine: 1), startLine: nil))
        }
        func i(_ label: String, _ unit: String?, _ value: Double) -> Indicator {
            Indicator(label: label, value: value, unit: unit, before: nil, target: nil, date: nil, source: nil, series: [])
        }
        return [e("a", [i("Déchets évités", "t", 3), i("Énergie", "MWh", 2)]),
                e("b", [i("Déchets évités", "t", 4.5), i("Énergie", "kWh", 2000)]),
                e("c", [i("Déchets évités", "kg", 10), i("Sans unité", nil, 1)])]
    }
}
