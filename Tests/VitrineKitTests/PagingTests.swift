import Foundation
import Testing
@testable import VitrineKit

/// Long lists (experiments, news, a theme's experiments) are cut into pages of site.yml's `perPage`.
@Suite struct PagingTests {
    @Test func pagesCountAndHoldTheirItems() {
        let paging = Paging(total: 45, perPage: 20)
        #expect(paging.count == 3)
        #expect(paging.items(on: 1) == 0..<20)
        #expect(paging.items(on: 3) == 40..<45)
        #expect(Paging(total: 40, perPage: 20).count == 2)
        #expect(Paging(total: 0, perPage: 20).count == 1)
        #expect(Paging(total: 45, perPage: 0).count == 1)
        #expect(Paging(total: 45, perPage: 0).items(on: 1) == 0..<45)
        #expect(Paging.path("actualites/", page: 1) == "actualites/")
        #expect(Paging.path("actualites/", page: 12) == "actualites/page/12/")
    }

    @Test func thePagerShowsTheEndsAndTheNeighbours() {
        let paging = Paging(total: 200, perPage: 10)   // 20 pages
        #expect(paging.shown(around: 1) == [1, 2, 3, nil, 20])
        #expect(paging.shown(around: 10) == [1, nil, 8, 9, 10, 11, 12, nil, 20])
        #expect(paging.shown(around: 4) == [1, 2, 3, 4, 5, 6, nil, 20])
        #expect(paging.shown(around: 5) == [1, 2, 3, 4, 5, 6, 7, nil, 20])   // page 2 shown, not « … »
        #expect(paging.shown(around: 17) == [1, nil, 15, 16, 17, 18, 19, 20])
        #expect(Paging(total: 30, perPage: 10).shown(around: 2) == [1, 2, 3])
    }

    @Test func laterPagesAreToldApartFromAnItemNamedPage() {
        #expect(Paging.isLaterPage("experimentations/page/2/index.html"))
        #expect(Paging.isLaterPage("themes/climat/page/12/index.html"))
        #expect(!Paging.isLaterPage("experimentations/page/index.html"))
        #expect(!Paging.isLaterPage("experimentations/soy-pv/index.html"))
    }

    static let commune = md("name: Sceaux\ninsee: \"92071\"\nthemes: [energie]\nsummary: Une commune.")

    static func experiment(_ n: Int, status: String) -> String {
        md("title: Essai \(n)\ncommune: sceaux\nstatus: \(status)\nthemes: [energie]\nsummary: Résumé \(n).")
    }

    /// Five experiments, two per page: each is listed once, in status order, and the pages link up.
    @Test func theExperimentsListIsCutIntoLinkedPages() throws {
        var files = ["communes/sceaux.md": Self.commune]
        let statuses = ["testing", "candidate", "completed", "candidate", "candidate"]
        for (n, status) in statuses.enumerated() { files["experiments/essai-\(n + 1).md"] = Self.experiment(n + 1, status: status) }
        let site = try TestSite(files: files, siteYML: TestSite.siteYML + "\nperPage: 2\n")
        defer { site.remove() }
        let report = try site.build()
        #expect(site.exists("experimentations/page/3/index.html"))
        #expect(!site.exists("experimentations/page/4/index.html"))
        #expect(!site.exists("experimentations/page/1/index.html"))
        // The summary counts experiments, not the list's pages.
        #expect(report.counts.first { $0.0 == "expérimentations" }?.1 == 5)
        #expect(report.counts.first { $0.0 == "thèmes" }?.1 == 2)

        let pages = try ["experimentations/index.html", "experimentations/page/2/index.html", "experimentations/page/3/index.html"].map(site.page)
        func links(_ page: String) -> [String] {
            page.components(separatedBy: "<h4 class=\"card-title\"><a href=\"").dropFirst()
                .map { String($0.prefix { $0 != "\"" }) }
        }
        // Candidates first (lifecycle order), every experiment exactly once.
        #expect(pages.flatMap(links) == ["essai-2/", "essai-4/", "../../essai-5/", "../../essai-1/", "../../essai-3/"])
        // A status spread over two pages is counted whole on both.
        #expect(pages[0].contains("<h3 id=\"statut-candidate\">Candidature (3)</h3>"))
        #expect(pages[1].contains("<h3 id=\"statut-candidate\">Candidature (3)</h3>"))
        #expect(pages[1].contains("<title>Expérimentations (page 2 sur 3) — Site d’essai</title>"))
        #expect(pages[1].contains("<h1>Expérimentations (page 2 sur 3)</h1>"))
        #expect(pages[1].contains("<a href=\"../../\" rel=\"prev\">"))
        #expect(pages[1].contains("<a href=\"../3/\" rel=\"next\">"))
        #expect(pages[1].contains("<a href=\"./\" aria-label=\"Page 2\" aria-current=\"page\">2</a>"))
        #expect(!pages[2].contains("rel=\"next\""))
        // The first page leads to each commune's experiments; later pages do not repeat it.
        #expect(pages[0].contains("<a href=\"../communes/sceaux/#experimentations-titre\">Sceaux</a> (5)"))
        #expect(!pages[1].contains("par-commune"))
        let sitemap = try site.page("sitemap.xml")
        #expect(sitemap.contains("<loc>https://example.org/qmi/experimentations/page/3/</loc>"))
        // The theme's experiments are paged the same way; its communes show on its first page.
        #expect(site.exists("themes/energie/page/3/index.html"))
        #expect(try site.page("themes/energie/index.html").contains("theme-communes"))
        #expect(try !site.page("themes/energie/page/2/index.html").contains("theme-communes"))
    }

    @Test func zeroPutsEveryItemOnOnePageWithTheCommuneListing() throws {
        var files = ["communes/sceaux.md": Self.commune]
        for n in 1...3 { files["experiments/essai-\(n).md"] = Self.experiment(n, status: "testing") }
        let site = try TestSite(files: files, siteYML: TestSite.siteYML + "\nperPage: 0\n")
        defer { site.remove() }
        try site.build()
        #expect(!site.exists("experimentations/page"))
        let list = try site.page("experimentations/index.html")
        #expect(list.contains("<h3 id=\"commune-sceaux\">Sceaux (3)</h3>"))
        #expect(!list.contains("class=\"pager\""))
    }

    @Test func theNewsListIsPagedNewestFirst() throws {
        var files: [String: String] = [:]
        for n in 1...3 { files["news/n\(n).md"] = md("title: Nouvelle \(n)\ndate: \"2024-0\(n)-01\"\nsummary: S.") }
        let site = try TestSite(files: files, siteYML: TestSite.siteYML + "\nperPage: 2\n")
        defer { site.remove() }
        try site.build()
        #expect(try site.page("actualites/index.html").contains("Nouvelle 3"))
        let second = try site.page("actualites/page/2/index.html")
        #expect(second.contains("Nouvelle 1") && !second.contains("Nouvelle 3"))
    }

    @Test func aNegativePerPageIsAnErrorNamingTheLine() throws {
        let site = try TestSite(files: [:], siteYML: TestSite.siteYML + "\nperPage: -3\n")
        defer { site.remove() }
        let errors = site.failures()
        #expect(errors.count == 1)
        #expect(errors.first?.field == "perPage")
        #expect(errors.first?.line == TestSite.siteYML.split(separator: "\n", omittingEmptySubsequences: false).count + 1)
    }
}
