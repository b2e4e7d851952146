import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import VitrineKit

@Suite struct BuildTests {
    static let files: [String: String] = [
        "index.md": md("title: Bienvenue\nsummary: Accueil du programme", "Le programme avec [Sceaux](communes/sceaux.md).\n\n![Un parvis](media/parvis.svg)"),
        "communes/sceaux.md": sceaux,
        "experiments/soy-pv.md": soyPV,
        "news/annonce.md": md("title: Annonce & « lancement »\ndate: \"2023-03-08\"\ncommune: sceaux\nsummary: Le début.", "Voir [Soy PV](../experiments/soy-pv.md)."),
        "news/futur.md": md("title: Futur\ndate: \"2027-01-01\""),
        "news/brouillon.md": md("title: Brouillon\ndate: \"2024-01-01\"\ndraft: true"),
        "events/vivatech.md": md("title: Vivatech\nstart: \"2024-05-22\"\nend: \"2024-05-25\"\ncommunes: [sceaux]"),
        "events/alumni.md": md("title: Alumni\nstart: \"2027-02-11T14:00\"\nend: \"2027-02-11T17:30\"\ncommunes: [sceaux]"),
        "pages/accessibilite.md": md("title: Déclaration d'accessibilité", "## Voies de recours\n\nLe Défenseur des droits."),
        "media/parvis.svg": "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"40\" height=\"20\"/>",
    ]

    @Test func buildsEveryPageKindWithPrettyURLs() throws {
        let site = try TestSite(files: Self.files)
        defer { site.remove() }
        let report = try site.build()
        for path in ["index.html", "communes/index.html", "communes/sceaux/index.html", "programme/index.html",
                     "experimentations/index.html", "experimentations/soy-pv/index.html", "themes/energie/index.html",
                     "actualites/index.html", "actualites/annonce/index.html", "evenements/index.html", "evenements/vivatech/index.html",
                     "accessibilite/index.html", "mentions-legales/index.html", "404.html", "feed.xml",
                     "sitemap.xml", "data/communes.json", "static/style.css", "media/parvis.svg", "robots.txt", "partage.jpg",
                     "s-abonner/index.html", "donnees/index.html", "data/experiments.csv", "data/experiments.json",
                     "data/experiments.geojson", "events.ics", "communes/sceaux/feed.xml", "themes/energie/feed.xml",
                     "plan-du-site/index.html", "appels/index.html", "data/indicators.csv"] {
            #expect(site.exists(path), "\(path)")
        }
        #expect(report.pages == 20)   // the calls list exists even before the first call
    }

    @Test func pagesCarryTheirContentAndRelativeLinks() throws {
        let site = try TestSite(files: Self.files)
        defer { site.remove() }
        try site.build()
        let home = try site.page("index.html")
        #expect(home.contains("<html lang=\"fr\">"))
        #expect(home.contains("<title>Site d’essai</title>"))
        #expect(home.contains("href=\"communes/sceaux/\""))
        #expect(home.contains("href=\"static/style.css\""))
        #expect(home.contains("<link rel=\"alternate\" type=\"application/rss+xml\""))
        // A drawing (SVG) is not shown by social networks: the site's raster card stands in.
        #expect(home.contains("<meta property=\"og:image\" content=\"https://example.org/qmi/partage.jpg\">"))

        let commune = try site.page("communes/sceaux/index.html")
        #expect(commune.contains("<h1>Sceaux</h1>"))
        #expect(commune.contains("href=\"../../experimentations/soy-pv/\""))
        #expect(commune.contains("href=\"../../static/style.css\""))
        #expect(commune.contains("<link rel=\"canonical\" href=\"https://example.org/qmi/communes/sceaux/\">"))
        #expect(commune.contains("Annonce &amp; «\u{A0}lancement\u{A0}»"))

        let experiment = try site.page("experimentations/soy-pv/index.html")
        #expect(experiment.contains("<h2 id=\"resultats\">Résultats</h2>"))
        #expect(experiment.contains("href=\"#resultats\""))
        #expect(experiment.contains("Terminée"))
        #expect(experiment.contains("concluante"))

        let accessibility = try site.page("accessibilite/index.html")
        #expect(accessibility.contains("partiellement conforme"))
        #expect(accessibility.contains("15\u{A0}octobre\u{A0}2026"))
        #expect(accessibility.contains("Défenseur des droits"))
        let legal = try site.page("mentions-legales/index.html")
        #expect(legal.contains("Hébergeur") && legal.contains("Lyon") && legal.contains("Le président"))
    }

    @Test func theNotFoundPageLinksFromTheServerRootWithTheBasePath() throws {
        let site = try TestSite(files: Self.files)
        defer { site.remove() }
        try site.build()
        let page = try site.page("404.html")
        #expect(page.contains("href=\"/qmi/static/style.css\""))
        #expect(page.contains("href=\"/qmi/communes/\""))
    }

    @Test func draftsAndFutureNewsAreHeldBackUnlessAsked() throws {
        let site = try TestSite(files: Self.files)
        defer { site.remove() }
        try site.build()
        #expect(!site.exists("actualites/futur/index.html"))
        #expect(!site.exists("actualites/brouillon/index.html"))
        #expect(!(try site.page("feed.xml")).contains("Brouillon"))
        try site.build(drafts: true)
        #expect(site.exists("actualites/futur/index.html"))
        #expect(site.exists("actualites/brouillon/index.html"))
    }

    @Test func eventsAreUpcomingOrPastAtTheBuildDate() throws {
        let site = try TestSite(files: Self.files)
        defer { site.remove() }
        try site.build(now: "2024-05-25")
        var events = try site.page("evenements/index.html")
        let upcoming = events.components(separatedBy: "id=\"passes\"")[0]
        #expect(upcoming.contains("Vivatech") && upcoming.contains("Alumni"))
        try site.build(now: "2024-05-26")
        events = try site.page("evenements/index.html")
        let past = events.components(separatedBy: "id=\"passes\"")[1]
        #expect(past.contains("Vivatech") && !past.contains("Alumni"))
        let alumni = try site.page("evenements/alumni/index.html")
        // One day with hours: « le jeudi …, de 14 h à 17 h 30 », never « du … à 14 h au 17 h 30 ».
        #expect(alumni.contains("le jeudi 11\u{A0}février\u{A0}2027, de 14\u{A0}h à 17\u{A0}h\u{A0}30"))
        #expect(!alumni.contains("h au 17"))
    }

    @Test func theFeedIsRSS2WithAbsoluteLinksAndStableDates() throws {
        let site = try TestSite(files: Self.files)
        defer { site.remove() }
        try site.build()
        let feed = try site.page("feed.xml")
        #expect(feed.contains("<atom:link href=\"https://example.org/qmi/feed.xml\" rel=\"self\" type=\"application/rss+xml\"/>"))
        #expect(feed.contains("<lastBuildDate>Sat, 28 Nov 2026 00:00:00 +0100</lastBuildDate>"))
        #expect(feed.contains("<pubDate>Wed, 08 Mar 2023 00:00:00 +0100</pubDate>"))
        #expect(feed.contains("<pubDate>Fri, 14 Feb 2025 00:00:00 +0100</pubDate>"))
        #expect(feed.contains("<title>Annonce &amp; «\u{A0}lancement\u{A0}»</title>"))
        // The news body links to the experiment with an absolute URL, escaped inside the XML.
        #expect(feed.contains("href=&quot;https://example.org/qmi/experimentations/soy-pv/&quot;"))
        #expect(!feed.contains("href=&quot;../"))
        // Newest first: the experiment (updated 2025) before the news item (2023).
        let soy = try #require(feed.range(of: "<title>Soy PV</title>"))
        let news = try #require(feed.range(of: "<title>Annonce"))
        #expect(soy.lowerBound < news.lowerBound)
        let xml = try XMLDocument(data: Data(feed.utf8))
        // News, experiment, and the convention's signature as a milestone with a permanent non-URL guid.
        #expect(try xml.nodes(forXPath: "//item").count == 3)
        #expect(feed.contains("<guid isPermaLink=\"false\">https://example.org/qmi/communes/sceaux/#convention-signature-2023-04-17</guid>"))
        #expect(feed.contains("<title>Sceaux\u{A0}: convention signée</title>"))
    }

    @Test func communesAndThemesHaveTheirOwnFeedsLinkedFromTheirPages() throws {
        let site = try TestSite(files: Self.files)
        defer { site.remove() }
        try site.build()
        let communeFeed = try site.page("communes/sceaux/feed.xml")
        #expect(communeFeed.contains("<atom:link href=\"https://example.org/qmi/communes/sceaux/feed.xml\" rel=\"self\""))
        #expect(communeFeed.contains("<title>Annonce") && communeFeed.contains("<title>Soy PV</title>"))
        let themeFeed = try site.page("themes/energie/feed.xml")
        #expect(themeFeed.contains("<title>Soy PV</title>") && !themeFeed.contains("Annonce"))
        #expect(!(try site.page("themes/climat/feed.xml")).contains("<item>"))
        let commune = try site.page("communes/sceaux/index.html")
        #expect(commune.contains("<link rel=\"alternate\" type=\"application/rss+xml\" title=\"Sceaux — Site d’essai\" href=\"feed.xml\">"))
        #expect(commune.contains("<link rel=\"alternate\" type=\"application/rss+xml\" title=\"Site d’essai — actualités et expérimentations\" href=\"../../feed.xml\">"))
    }

    @Test func theSitemapListsEveryPageAbsolutely() throws {
        let site = try TestSite(files: Self.files)
        defer { site.remove() }
        try site.build()
        let sitemap = try site.page("sitemap.xml")
        #expect(sitemap.contains("<loc>https://example.org/qmi/communes/sceaux/</loc>"))
        #expect(sitemap.contains("<loc>https://example.org/qmi/actualites/annonce/</loc><lastmod>2023-03-08</lastmod>"))
        #expect(!sitemap.contains("404"))
    }

    @Test func twoBuildsOfTheSameContentAndDateAreByteIdentical() throws {
        let site = try TestSite(files: Self.files)
        defer { site.remove() }
        try site.build()
        let first = try site.snapshot()
        let other = site.root.appendingPathComponent("public-2")
        try SiteBuilder.build(site.request(out: other))
        let second = try site.snapshot(of: other)
        #expect(first.count > 15)
        #expect(first == second)
    }

    @Test func theWrittenSiteIsTheSiteBuiltInMemory() throws {
        // `build` writes pages as they are rendered; `check`, tests and the preview keep them in memory.
        let site = try TestSite(files: Self.files)
        defer { site.remove() }
        let report = try site.build()
        let onDisk = try site.snapshot().filter { $0.key != OutputPublisher.marker }
        let inMemory = try #require(SiteBuilder.generate(site.request()).0)
        var expected = inMemory.files
        for (path, source) in inMemory.copies { expected[path] = try Data(contentsOf: source) }
        #expect(onDisk.keys.sorted() == expected.keys.sorted())
        #expect(onDisk == expected)
        #expect(report.files == expected.count)
    }

    @Test func aFailedBuildLeavesThePreviousOutputUntouched() throws {
        let site = try TestSite(files: Self.files)
        defer { site.remove() }
        try site.build()
        let before = try site.snapshot()
        try site.write("news/casse.md", md("title: Cassé\ndate: 2024-02-30"))
        try site.write("communes/sceaux.md", sceaux + "\n[lien](../nulle-part.md)\n")
        let failures = site.failures()
        #expect(failures.filter { $0.severity == .error }.count == 2)
        #expect(try site.snapshot() == before)
        // No staging folder left behind; the image cache is meant to stay (README, « Les photos »).
        let siblings = try FileManager.default.contentsOfDirectory(atPath: site.root.path)
        #expect(siblings.sorted() == [".vitrine-cache", "content", "public"])
    }

    @Test func aFolderThatIsNotAVitrineOutputIsNeverReplaced() throws {
        let site = try TestSite(files: Self.files)
        defer { site.remove() }
        let failures: [Diagnostic]
        do {
            try SiteBuilder.build(site.request(out: site.content))
            failures = []
        } catch {
            failures = error.diagnostics
        }
        #expect(failures.count == 1)
        #expect(FileManager.default.fileExists(atPath: site.content.appendingPathComponent("site.yml").path))
        #expect(!FileManager.default.fileExists(atPath: site.content.appendingPathComponent("index.html").path))
    }
}
