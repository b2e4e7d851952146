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

    @Test func csvFollowsRFC4180WithTheSchemaColumnsFirst() throws {
        let site = try TestSite(files: Self.files)
        defer { site.remove() }
        try site.build()
        let csv = try site.page("data/experiments.csv")
        let header = csv.components(separatedBy: "\r\n")[0]
        #expect(header.hasPrefix("id,nom,description,phase,phaseStatut,programme,dateDebutPrevisionnelle,collectiviteIds,"))
        #expect(csv.hasSuffix("\r\n"))
        #expect(csv.contains(",\"Soy PV, des stores \"\"solaires\"\"\",\"Une ligne\navec un retour\",Opération,En cours,Quartiers Métropolitains d'Innovation,2023-10-02,92071,"))
        #expect(csv.contains(",Istya,Air.,Idée,En cours,"))
    }

    @Test func jsonAndGeoJSONCarryTheSameRecordsAndStableIDs() throws {
        let site = try TestSite(files: Self.files)
        defer { site.remove() }
        try site.build()
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: site.output.appendingPathComponent("data/experiments.json"))) as! [String: Any]
        let list = json["experiments"] as! [[String: String]]
        #expect(list.count == 2)
        let soy = try #require(list.first { $0["slug"] == "soy-pv" })
        #expect(soy["id"]?.range(of: "^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$", options: .regularExpression) != nil)
        #expect(soy["id"] == StableID.uuid(for: "https://example.org/qmi/experimentations/soy-pv/"))
        #expect(soy["createdAt"] == "2023-10-02T00:00:00+02:00")
        let geo = try JSONSerialization.jsonObject(with: Data(contentsOf: site.output.appendingPathComponent("data/experiments.geojson"))) as! [String: Any]
        let features = geo["features"] as! [[String: Any]]
        #expect(features.count == 1)
        let point = (features[0]["geometry"] as! [String: Any])["coordinates"] as! [Double]
        #expect(point == [2.2901, 48.7765])
        let page = try site.page("donnees/index.html")
        #expect(page.contains("Licence Ouverte 2.0") && page.contains("<code>phaseStatut</code>"))
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
    }

    @Test func sameBytesAsJSONEncoder() throws {
        let text = "« guillemets » \"quotes\" \\ / tab\t nl\n cr\r \u{1} \u{1F} é 🌳 </script>"
        let sample = Sample(texte: text, liste: ["a", "b/c"], vide: [], objetVide: [:], nombres: [2.0, 48.75015, -0.5, 1234567],
                            Majuscule: "M")
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var expected = try encoder.encode(sample)
        expected.append(0x0A)
        let mine = JSONValue.object([
            "texte": .string(text), "liste": .array([.string("a"), .string("b/c")]), "vide": .array([]),
            "objetVide": .object([:]), "nombres": .array([.number(2.0), .number(48.75015), .number(-0.5), .number(1234567)]),
            "Majuscule": .string("M"),
        ]).pretty
        #expect(mine == String(decoding: expected, as: UTF8.self))
    }
}
