import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import VitrineKit

/// A title with `&`, `<`, quotes and an emoji comes out intact in every format.
@Suite struct SpecialCharactersTests {
    static let title = #"Fête & <b>gras</b> "citée" 🎉"#

    @Test func everyFormatRoundTripsTheTitle() throws {
        let quoted = "\"" + Self.title.replacingOccurrences(of: "\"", with: "\\\"") + "\""
        let site = try TestSite(files: [
            "communes/sceaux.md": sceaux,
            "experiments/soy-pv.md": soyPV,
            "news/fete.md": md("title: \(quoted)\ndate: \"2024-06-01\"\ncommune: sceaux\nsummary: S"),
            "experiments/fete.md": md("title: \(quoted)\ncommune: sceaux\nstatus: testing\nsummary: S\nupdated: \"2024-06-02\""),
            "events/fete.md": md("title: \(quoted)\nstart: \"2024-06-21T18:00\"\nsummary: \(quoted)"),
        ])
        defer { site.remove() }
        try site.build()

        let feed = try XMLDocument(data: Data(contentsOf: site.output.appendingPathComponent("feed.xml")))
        let titles = try feed.nodes(forXPath: "//item/title").compactMap(\.stringValue)
        #expect(titles.filter { $0 == Self.title }.count == 2)

        let ics = try site.page("events.ics").replacingOccurrences(of: "\r\n ", with: "")
        #expect(ics.contains(#"SUMMARY:Fête & <b>gras</b> "citée" 🎉"#))

        let csv = try site.page("data/experiments.csv")
        #expect(csv.contains(#","Fête & <b>gras</b> ""citée"" 🎉","#))

        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: site.output.appendingPathComponent("data/experiments.json"))) as! [String: Any]
        #expect((json["experiments"] as! [[String: Any]]).first?["nom"] as? String == Self.title)

        let page = try site.page("actualites/fete/index.html")
        #expect(page.contains("<h1>Fête &amp; &lt;b&gt;gras&lt;/b&gt; &quot;citée&quot; 🎉</h1>"))
    }

    /// RFC 4180: a field is quoted only when it holds a comma, a quote or a line break.
    @Test func csvFieldsAreQuotedOnlyWhenNeeded() {
        #expect(ExperimentsData.csvField("Sceaux — « été »") == "Sceaux — « été »")
        #expect(ExperimentsData.csvField("a, b") == #""a, b""#)
        #expect(ExperimentsData.csvField(#"dit "oui""#) == #""dit ""oui""""#)
        #expect(ExperimentsData.csvField("ligne\nsuite") == "\"ligne\nsuite\"")
        #expect(ExperimentsData.csvField("ligne\r\nsuite") == "\"ligne\r\nsuite\"")
        #expect(ExperimentsData.csvField("") == "")
    }
}
