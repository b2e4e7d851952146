import Foundation
import Testing
@testable import VitrineKit

/// The site map page: every address of sitemap.xml but later list pages, linked from every footer.
@Suite struct SiteMapTests {
    static let files: [String: String] = [
        "communes/sceaux.md": sceaux,
        "experiments/soy-pv.md": soyPV,
        "experiments/bancs.md": md("title: Bancs\ncommune: sceaux\nstatus: testing\nstart: \"2024-01-02\"\nthemes: [climat]"),
        "news/n2025.md": md("title: Nouvelle de 2025\ndate: \"2025-03-01\"\ncommune: sceaux"),
        "news/n2026.md": md("title: Nouvelle de 2026\ndate: \"2026-03-01\""),
        "events/forum.md": md("title: Forum\nstart: \"2026-12-05\"\ncommunes: [sceaux]"),
        "pages/contact.md": md("title: Nous contacter"),
    ]

    /// The addresses of sitemap.xml, relative to the site root.
    static func sitemapPaths(_ site: TestSite) throws -> [String] {
        let xml = try site.page("sitemap.xml")
        let base = "https://example.org/qmi/"
        return xml.components(separatedBy: "<loc>").dropFirst().map {
            String($0.prefix { $0 != "<" }.dropFirst(base.count))
        }
    }

    @Test func listsEveryAddressOfTheSitemapButLaterListPages() throws {
        let site = try TestSite(files: Self.files, siteYML: TestSite.siteYML + "\nperPage: 1")
        defer { site.remove() }
        try site.build()
        let map = try site.page("plan-du-site/index.html")
        let paths = try Self.sitemapPaths(site)
        #expect(paths.contains("plan-du-site/"))
        #expect(paths.contains { Paging.isLaterPage($0 + "index.html") }, "perPage 1 makes later pages")
        for path in paths where !Paging.isLaterPage(path + "index.html") {
            let href = SitePaths.relative(from: "plan-du-site/", to: path)
            #expect(map.contains("href=\"\(href)\""), "\(path) missing from the site map")
        }
        for path in paths where Paging.isLaterPage(path + "index.html") {
            #expect(!map.contains("href=\"\(SitePaths.relative(from: "plan-du-site/", to: path))\""), "\(path) is a later page")
        }
    }

    @Test func groupsExperimentsByCommuneAndNewsByYearNewestFirst() throws {
        let site = try TestSite(files: Self.files)
        defer { site.remove() }
        try site.build()
        let map = try site.page("plan-du-site/index.html")
        let sceauxHeading = try #require(map.range(of: "<h3>Sceaux</h3>"))
        #expect(map[sceauxHeading.upperBound...].prefix(300).contains("Soy PV"))
        let y2026 = try #require(map.range(of: "<h3>2026</h3>")), y2025 = try #require(map.range(of: "<h3>2025</h3>"))
        #expect(y2026.lowerBound < y2025.lowerBound)
        #expect(map[y2026.upperBound..<y2025.lowerBound].contains("Nouvelle de 2026"))
    }

    @Test func everyFooterLinksToTheSiteMapFirst() throws {
        let site = try TestSite(files: Self.files)
        defer { site.remove() }
        try site.build()
        for (page, href) in [("index.html", "plan-du-site/"), ("experimentations/soy-pv/index.html", "../../plan-du-site/"),
                             ("404.html", "/qmi/plan-du-site/")] {
            let html = try site.page(page)
            let footer = try #require(html.range(of: "<footer")).upperBound
            let firstLink = try #require(html[footer...].range(of: "<a href=\""))
            #expect(html[firstLink.upperBound...].hasPrefix(href + "\">Plan du site</a>"), "\(page)")
        }
    }

    @Test func aFreePageCannotTakeTheSiteMapAddress() throws {
        let site = try TestSite(files: ["pages/plan-du-site.md": md("title: Plan")])
        defer { site.remove() }
        #expect(site.failures().contains { $0.file.hasSuffix("pages/plan-du-site.md") })
    }
}
