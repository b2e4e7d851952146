import Foundation
import Testing
@testable import VitrineKit

/// The search: a page built on Pagefind's index, made before the swap, reproducible, the only
/// page with a script; off with `search: false`; a clear error when Pagefind is missing.
@Suite(.serialized) struct SearchTests {
    static let files: [String: String] = [
        "communes/sceaux.md": sceaux,
        "experiments/soy-pv.md": soyPV,
        "news/annonce.md": md("title: Annonce\ndate: \"2025-03-01\"\ncommune: sceaux", "Les stores solaires arrivent."),
        "pages/contact.md": md("title: Nous contacter"),
    ]

    static var pagefind: [String]? { SearchIndexer.locate() }

    @Test func theSiteIsIndexedAndOnlyTheSearchPageLoadsAScript() throws {
        try #require(Self.pagefind != nil, "Pagefind: run scripts/install-pagefind.sh")
        let site = try TestSite(files: Self.files, siteYML: TestSite.siteYMLWithSearch)
        defer { site.remove() }
        try site.build()
        #expect(site.exists("pagefind/pagefind.js") && site.exists("pagefind/pagefind-entry.json"))
        #expect(try site.page("pagefind/pagefind-entry.json").contains("\"fr\""))
        #expect(!site.exists("pagefind/pagefind-ui.js"), "Pagefind's own interface is not shipped")
        let search = try site.page("recherche/index.html")
        #expect(search.contains("<script type=\"module\" src=\"../static/search.js\"></script>"))
        #expect(search.contains("<label for=\"q\">Mots à rechercher</label>"))
        #expect(search.contains("role=\"status\" aria-live=\"polite\""))
        #expect(search.contains("href=\"../plan-du-site/\""), "without JavaScript, the page points to the site map")
        for name in ["type", "commune", "theme", "statut"] { #expect(search.contains("data-filter=\"\(name)\""), "\(name)") }
        for (path, html) in try site.snapshot() where path.hasSuffix(".html") && path != "recherche/index.html" {
            #expect(!String(decoding: html, as: UTF8.self).contains("<script type=\"module\""), "\(path)")
        }
        let experiment = try site.page("experimentations/soy-pv/index.html")
        #expect(experiment.contains("data-pagefind-body"))
        #expect(experiment.contains("data-pagefind-meta=\"commune[data-value]\" data-value=\"Sceaux\""))
        #expect(experiment.contains("data-pagefind-meta=\"statut[data-value]\" data-value=\"Terminée\""))
        #expect(!(try site.page("plan-du-site/index.html")).contains("data-pagefind-body"), "lists are not results")
        let home = try site.page("index.html")
        #expect(home.contains("<form class=\"site-search\" role=\"search\" action=\"recherche/\" method=\"get\">"))
        #expect(try site.page("plan-du-site/index.html").contains("href=\"../recherche/\""))
    }

    @Test func twoBuildsWithSearchAreByteIdentical() throws {
        try #require(Self.pagefind != nil)
        let site = try TestSite(files: Self.files, siteYML: TestSite.siteYMLWithSearch)
        defer { site.remove() }
        try site.build()
        let first = try site.snapshot()
        try site.build()
        #expect(try site.snapshot() == first)
        #expect(first.keys.contains { $0.hasPrefix("pagefind/index/") })
    }

    @Test func searchFalseMakesNeitherPageNorIndexNorForm() throws {
        let site = try TestSite(files: Self.files)
        defer { site.remove() }
        try SiteBuilder.build(site.request().withPagefind(nil))
        #expect(!site.exists("recherche") && !site.exists("pagefind"))
        #expect(!(try site.page("index.html")).contains("role=\"search\""))
        #expect(!(try site.page("experimentations/soy-pv/index.html")).contains("data-pagefind"))
    }

    @Test func withoutPagefindTheBuildFailsInFrenchAndLeavesTheSiteUntouched() throws {
        let site = try TestSite(files: Self.files, siteYML: TestSite.siteYMLWithSearch)
        defer { site.remove() }
        try SiteBuilder.build(site.request().withPagefind(["/bin/true"]))   // a site to keep
        let before = try site.snapshot()
        let missing = Self.failures { try SiteBuilder.build(site.request().withPagefind(nil)) }
        #expect(missing.contains { $0.field == "search" && $0.file.hasSuffix("site.yml")
            && $0.message.contains("Pagefind") && $0.message.contains("search: false") })
        let failing = Self.failures { try SiteBuilder.build(site.request().withPagefind(["/bin/false"])) }
        #expect(failing.contains { $0.field == "search" && $0.message.contains("index de la recherche") })
        #expect(try site.snapshot() == before)
        #expect(SiteBuilder.check(site.request().withPagefind(nil)).log.errors.contains { $0.field == "search" })
    }

    static func failures(_ build: () throws -> Void) -> [Diagnostic] {
        do { try build(); return [] } catch let failure as BuildFailure { return failure.diagnostics } catch { return [] }
    }
}

extension BuildRequest {
    func withPagefind(_ command: [String]?) -> BuildRequest {
        var request = self
        request.pagefind = command
        return request
    }
}
