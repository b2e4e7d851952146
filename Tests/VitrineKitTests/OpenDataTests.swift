import Foundation
import Testing
@testable import VitrineKit

@Suite struct OpenDataTests {
    static let files: [String: String] = [
        "communes/sceaux.md": sceaux,
        "experiments/soy-pv.md": md("""
        title: "Soy PV, des stores \\"solaires\\""
        commune: sceaux
        status: testing
        start: "2023-10-02"
        summary: "Une ligne\\navec un retour"
        place: {name: Crèche, address: "1 rue X, 92330 Sceaux", lat: 48.7765, lon: 2.2901}
        innovator: {name: Soy PV, kind: startup, url: "https://example.com/soy"}
        """),
        "experiments/istya.md": md("title: Istya\ncommune: sceaux\nstatus: candidate\nsummary: Air."),
    ]

    /// The official schema's field names, in its order (copy kept in Tests/Fixtures/schemas/).
    static func officialFields() throws -> [String] {
        let url = TestSite.themes.deletingLastPathComponent()
            .appendingPathComponent("Tests/Fixtures/schemas/projets-territoire-v0.1.0.schema.json")
        let schema = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as! [String: Any]
        return (schema["fields"] as! [[String: Any]]).map { $0["name"] as! String }
    }

    static func json(_ site: TestSite, _ path: String) throws -> [String: Any] {
        try JSONSerialization.jsonObject(with: Data(contentsOf: site.output.appendingPathComponent(path))) as! [String: Any]
    }

    @Test func csvHasExactlyTheOfficialSchemaColumnsInItsOrder() throws {
        let site = try TestSite(files: Self.files)
        defer { site.remove() }
        try site.build()
        let csv = try site.page("data/experiments.csv")
        let header = csv.components(separatedBy: "\r\n")[0]
        #expect(header == (try Self.officialFields()).joined(separator: ","))
        #expect(ExperimentsData.schemaColumns.map(\.name) == (try Self.officialFields()))
        #expect(csv.hasSuffix("\r\n"))
        // id, createdAt, updatedAt, nom, description, budget (unknown), start, phase, phase status, programme,
        // then twelve fields the program does not have (SIRET, referent, M57, SGPE, ids, collectiviteIds).
        let soy = StableID.uuid(for: "https://example.org/qmi/experimentations/soy-pv/")
        #expect(csv.contains("\r\n\(soy),2023-10-02T00:00:00+02:00,2023-10-02T00:00:00+02:00,\"Soy PV, des stores \"\"solaires\"\"\",\"Une ligne\navec un retour\",,2023-10-02,Opération,En cours,Quartiers Métropolitains d'Innovation,,,,,,,,,,,,\r\n"))
        // Neither start nor update: dated by the build, in winter time.
        #expect(csv.contains(",2026-11-28T00:00:00+01:00,2026-11-28T00:00:00+01:00,Istya,Air.,,,Idée,En cours,"))
        #expect(!csv.contains("92071") && !csv.contains("soy-pv"))
    }

    @Test func complementsCSVCarriesVitrineColumnsJoinedOnID() throws {
        let site = try TestSite(files: Self.files)
        defer { site.remove() }
        try site.build()
        let csv = try site.page("data/experiments-complements.csv")
        #expect(csv.hasPrefix("id,slug,url,commune,codeInsee,statut,statutLibelle,resultat,dateFin,porteur,porteurType,porteurUrl,lieu,adresse,latitude,longitude,themes\r\n"))
        let soy = StableID.uuid(for: "https://example.org/qmi/experimentations/soy-pv/")
        #expect(csv.contains("\(soy),soy-pv,https://example.org/qmi/experimentations/soy-pv/,Sceaux,92071,testing,En test,,,Soy PV,startup,https://example.com/soy,Crèche,\"1 rue X, 92330 Sceaux\",48.7765,2.2901,[]\r\n"))
        let schema = try Self.json(site, "data/experiments-complements.schema.json")
        let fields = schema["fields"] as! [[String: Any]]
        #expect(fields.map { $0["name"] as! String } == ExperimentsData.complementColumns.map(\.name))
        #expect(fields.first { $0["name"] as? String == "latitude" }?["type"] as? String == "number")
        #expect(schema["primaryKey"] as? String == "id")
    }

    @Test func jsonIsTypedAndConformsToItsPublishedSchema() throws {
        let site = try TestSite(files: Self.files.merging(["experiments/themed.md": md("title: T\ncommune: sceaux\nstatus: selected\nthemes: [energie, climat]")]) { a, _ in a })
        defer { site.remove() }
        try site.build()
        let json = try Self.json(site, "data/experiments.json")
        let list = json["experiments"] as! [[String: Any]]
        #expect(list.count == 3)
        let soy = try #require(list.first { $0["slug"] as? String == "soy-pv" })
        #expect(soy["id"] as? String == StableID.uuid(for: "https://example.org/qmi/experimentations/soy-pv/"))
        #expect((soy["id"] as? String)?.range(of: "^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$", options: .regularExpression) != nil)
        #expect(soy["createdAt"] as? String == "2023-10-02T00:00:00+02:00")
        #expect(soy["latitude"] as? Double == 48.7765 && !(soy["latitude"] is String))
        #expect(soy["dateFin"] is NSNull && soy["collectiviteIds"] is NSNull && soy["budgetPrevisionnel"] is NSNull)
        #expect(soy["codeInsee"] as? String == "92071")
        let themed = try #require(list.first { $0["slug"] as? String == "themed" })
        #expect(themed["themes"] as? [String] == ["energie", "climat"])
        #expect(themed["description"] is NSNull && themed["latitude"] is NSNull)
        let schema = try Self.json(site, "data/experiments.schema.json")
        #expect(JSONSchemaCheck.errors(json, schema).isEmpty, "\(JSONSchemaCheck.errors(json, schema))")
        // The schema would catch the old string-only records.
        var broken = json
        broken["experiments"] = list.map { $0.merging(["latitude": "48.7765"]) { _, new in new } }
        #expect(!JSONSchemaCheck.errors(broken, schema).isEmpty)

        let geo = try Self.json(site, "data/experiments.geojson")
        let features = geo["features"] as! [[String: Any]]
        #expect(features.count == 1)
        let point = (features[0]["geometry"] as! [String: Any])["coordinates"] as! [Double]
        #expect(point == [2.2901, 48.7765])
    }

    @Test func communesJSONShowsOnlyWhatCountsOnTheBuildDate() throws {
        let site = try TestSite(files: [
            "communes/sceaux.md": md("name: Sceaux\ninsee: \"92071\"\nconvention: {signed: \"2023-04-17\", ends: \"2024-06\"}"),
            "communes/later.md": md("name: Plus tard\ninsee: \"94001\"\nconvention:\n  signed: \"2027-01-15\"\n  ends: \"2029-12\""),
            "communes/late-letter.md": md("""
            name: Lettre tardive
            insee: "93001"
            convention:
              signed: "2023-04-17"
              ends: "2024-06"
              termination: {notified: "2024-05-15", by: commune}
              amendments:
                - {summary: "Prolongation", requested: "2026-10-01", signed: "2027-02-01", ends: "2027-12-31"}
            """),
        ])
        defer { site.remove() }
        try site.build()
        let json = try Self.json(site, "data/communes.json")
        let communes = json["communes"] as! [[String: Any]]
        func convention(_ slug: String) -> [String: Any] {
            communes.first { $0["slug"] as? String == slug }!["convention"] as! [String: Any]
        }
        #expect(convention("later")["signed"] is NSNull)
        #expect(convention("later")["status"] as? String == "unsigned")
        #expect(convention("sceaux")["signed"] as? String == "2023-04-17")
        #expect(convention("sceaux")["termination_ends_convention"] is NSNull)
        let late = convention("late-letter")
        #expect(late["termination_effective"] as? String == "2024-07-15")
        #expect(late["termination_ends_convention"] as? Bool == false)
        #expect(late["status"] as? String == "expired")
        let pending = (late["amendments_pending"] as! [[String: Any]])[0]
        #expect(pending["signed"] is NSNull && pending["requested"] as? String == "2026-10-01")
        #expect(communes.first { $0["slug"] as? String == "sceaux" }?["promotion"] is NSNull)
        let schema = try Self.json(site, "data/communes.schema.json")
        #expect(JSONSchemaCheck.errors(json, schema).isEmpty, "\(JSONSchemaCheck.errors(json, schema))")
    }

    @Test func openDataPageDescribesEachFileAsADataset() throws {
        let site = try TestSite(files: Self.files)
        defer { site.remove() }
        try site.build()
        let page = try site.page("donnees/index.html")
        #expect(page.contains("Licence Ouverte 2.0") && page.contains("<code>phaseStatut</code>") && page.contains("<code>codeInsee</code>"))
        #expect(page.contains("href=\"../data/experiments-complements.csv\"") && page.contains("href=\"../data/experiments.schema.json\""))
        #expect(page.contains("collectivités"))
        let script = try #require(page.components(separatedBy: "<script type=\"application/ld+json\">").last?.components(separatedBy: "</script>").first)
        let graph = (try JSONSerialization.jsonObject(with: Data(script.utf8)) as! [String: Any])["@graph"] as! [[String: Any]]
        let datasets = graph.filter { $0["@type"] as? String == "Dataset" }
        #expect(datasets.count == 6)   // with data/indicators.csv
        let csv = try #require(datasets.first { ($0["@id"] as? String)?.hasSuffix("#fichier-experiments.csv") == true })
        #expect(csv["conformsTo"] as? String == ExperimentsData.schemaURL)
        #expect(csv["license"] as? String == "https://www.etalab.gouv.fr/licence-ouverte-open-licence/")
        #expect(csv["temporalCoverage"] as? String == "2023-10-02/2023-10-02")
        #expect(csv["dateModified"] as? String == "2023-10-02")
        let download = (csv["distribution"] as! [[String: Any]])[0]
        #expect(download["contentUrl"] as? String == "https://example.org/qmi/data/experiments.csv")
        #expect(download["encodingFormat"] as? String == "text/csv")
        #expect(datasets.allSatisfy { ($0["name"] as? String)?.isEmpty == false && ($0["description"] as? String)?.isEmpty == false })
    }
}

/// The open data JSON is written by hand for speed; it must stay what JSONEncoder wrote.
@Suite struct PrettyJSONTests {
    struct Sample: Encodable {
        let texte: String
        let liste: [String]
        let vide: [String]
        let objetVide: [String: String]
        let nombres: [Double]
        let Majuscule: String
        let drapeaux: [Bool]
        let inconnus: [String?]
    }

    @Test func sameBytesAsJSONEncoder() throws {
        let text = "« guillemets » \"quotes\" \\ / tab\t nl\n cr\r \u{1} \u{1F} é 🌳 </script>"
        let sample = Sample(texte: text, liste: ["a", "b/c"], vide: [], objetVide: [:], nombres: [2.0, 48.75015, -0.5, 1234567],
                            Majuscule: "M", drapeaux: [true, false], inconnus: [nil, "x"])
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var expected = try encoder.encode(sample)
        expected.append(0x0A)
        let mine = JSONValue.object([
            "texte": .string(text), "liste": .array([.string("a"), .string("b/c")]), "vide": .array([]),
            "objetVide": .object([:]), "nombres": .array([.number(2.0), .number(48.75015), .number(-0.5), .number(1234567)]),
            "Majuscule": .string("M"), "drapeaux": [.bool(true), .bool(false)], "inconnus": [.null, "x"],
        ]).prettyBytes
        #expect(String(decoding: mine, as: UTF8.self) == String(decoding: expected, as: UTF8.self))
    }
}
