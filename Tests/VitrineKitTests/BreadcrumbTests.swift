import Foundation
import Testing
@testable import VitrineKit

/// The breadcrumb trail: on every page below the home, current page marked, and as JSON-LD.
@Suite struct BreadcrumbTests {
    static let files: [String: String] = [
        "communes/sceaux.md": sceaux,
        "experiments/soy-pv.md": soyPV,
        "pages/contact.md": md("title: Nous contacter"),
    ]

    /// The `<nav>` of the trail, or nil.
    static func trail(_ html: String) -> String? {
        guard let start = html.range(of: "<nav class=\"breadcrumb"),
              let end = html[start.upperBound...].range(of: "</nav>") else { return nil }
        return String(html[start.lowerBound..<end.upperBound])
    }

    @Test func eachPageBelowTheHomeHasATrailEndingOnItself() throws {
        let site = try TestSite(files: Self.files)
        defer { site.remove() }
        try site.build()
        #expect(Self.trail(try site.page("index.html")) == nil)
        let experiment = try #require(Self.trail(try site.page("experimentations/soy-pv/index.html")))
        #expect(experiment.contains("aria-label=\"Fil d&#39;Ariane\"") || experiment.contains("aria-label=\"Fil d’Ariane\""))
        #expect(experiment.contains("<li><a href=\"../../\">Accueil</a></li>\n<li><a href=\"../\">Expérimentations</a></li>\n<li><span aria-current=\"page\">Soy PV</span></li>"))
        let theme = try #require(Self.trail(try site.page("themes/energie/index.html")))
        #expect(theme.contains("<a href=\"../../experimentations/\">Expérimentations</a>"))
        let list = try #require(Self.trail(try site.page("experimentations/index.html")))
        #expect(list.contains("<li><a href=\"../\">Accueil</a></li>\n<li><span aria-current=\"page\">Expérimentations</span></li>"))
        let free = try #require(Self.trail(try site.page("contact/index.html")))
        #expect(free.contains("<li><a href=\"../\">Accueil</a></li>\n<li><span aria-current=\"page\">Nous contacter</span></li>"))
        #expect(Self.trail(try site.page("404.html")) == nil)
        for page in ["communes/sceaux/index.html", "plan-du-site/index.html", "accessibilite/index.html", "programme/index.html"] {
            #expect(Self.trail(try site.page(page))?.contains("aria-current=\"page\"") == true, "\(page)")
        }
    }

    @Test func theTrailIsGivenAsBreadcrumbListJSONLD() throws {
        let site = try TestSite(files: Self.files)
        defer { site.remove() }
        try site.build()
        let html = try site.page("experimentations/soy-pv/index.html")
        let start = try #require(html.range(of: "<script type=\"application/ld+json\">")).upperBound
        let end = try #require(html[start...].range(of: "</script>")).lowerBound
        let json = try JSONSerialization.jsonObject(with: Data(html[start..<end].utf8)) as! [String: Any]
        let graph = json["@graph"] as! [[String: Any]]
        let list = try #require(graph.first { $0["@type"] as? String == "BreadcrumbList" })
        let items = list["itemListElement"] as! [[String: Any]]
        #expect(items.map { $0["name"] as? String } == ["Accueil", "Expérimentations", "Soy PV"])
        #expect(items.map { $0["position"] as? Int } == [1, 2, 3])
        #expect(items.map { $0["item"] as? String } == ["https://example.org/qmi/", "https://example.org/qmi/experimentations/",
                                                        "https://example.org/qmi/experimentations/soy-pv/"])
    }
}
