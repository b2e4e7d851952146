import Testing
@testable import VitrineKit

@Suite struct MarkdownTests {
    let targets = LinkTargets(pages: ["experiments/soy-pv.md": "experimentations/soy-pv/", "communes/sceaux.md": "communes/sceaux/",
                                      "index.md": ""],
                              media: ["media/photo.jpg", "media/plan du site.pdf"])

    func render(_ markdown: String, file: String = "communes/sceaux.md", unsafe: Bool = false,
                firstLine: Int = 10) -> (RenderedMarkdown, [Diagnostic]) {
        var log = DiagnosticLog()
        let page = targets.pages[file] ?? ""
        let out = MarkdownRenderer(targets: targets, allowRawHTML: unsafe)
            .render(Body(markdown: markdown, firstLine: firstLine), file: file, displayFile: "content/\(file)",
                    links: .relative(page: page), log: &log)
        return (out, log.sorted)
    }

    @Test func headingsGetStableUniqueIDs() {
        let (out, log) = render("## Résultats\n\n## Résultats\n\n### L'été à Sceaux\n\n## Contenu\n")
        #expect(log.isEmpty)
        #expect(out.html.contains("<h2 id=\"resultats\">Résultats</h2>"))
        #expect(out.html.contains("<h2 id=\"resultats-2\">Résultats</h2>"))
        #expect(out.html.contains("<h3 id=\"l-ete-a-sceaux\">L’été à Sceaux</h3>"))
        // "contenu" is the id of <main>: a heading must not take it.
        #expect(out.html.contains("<h2 id=\"contenu-2\">Contenu</h2>"))
        #expect(out.headings.map(\.id) == ["resultats", "resultats-2", "l-ete-a-sceaux", "contenu-2"])
    }

    @Test func linksToContentFilesBecomePageURLsRelativeToThePage() {
        let (out, log) = render("Voir [Soy PV](../experiments/soy-pv.md#resultats) et [l'accueil](../index.md).")
        #expect(log.isEmpty)
        #expect(out.html.contains("href=\"../../experimentations/soy-pv/#resultats\""))
        #expect(out.html.contains("href=\"../../\""))
    }

    @Test func mediaLinksAreEncodedAndExternalLinksKept() {
        let (out, log) = render("[Plan](../media/plan%20du%20site.pdf), [MGP](https://www.metropolegrandparis.fr/).")
        #expect(log.isEmpty)
        #expect(out.html.contains("href=\"../../media/plan%20du%20site.pdf\""))
        #expect(out.html.contains("href=\"https://www.metropolegrandparis.fr/\""))
    }

    @Test func aLinkToAMissingContentFileIsAnErrorWithItsLine() {
        let (_, log) = render("Premier paragraphe.\n\nDeuxième ligne\n[perdu](../experiments/inconnue.md)\n", firstLine: 10)
        #expect(log.count == 1)
        #expect(log.first?.severity == .error)
        #expect(log.first?.line == 13)
        #expect(log.first?.message.contains("experiments/inconnue.md") == true)
    }

    @Test func anImageWithoutAltTextIsAnErrorAndTheFirstImageIsKept() {
        let (out, log) = render("![](../media/photo.jpg)\n\n![Un parvis](../media/photo.jpg)", firstLine: 5)
        #expect(log.count == 1)
        #expect(log.first?.line == 5)
        #expect(log.first?.message.contains("texte alternatif") == true)
        #expect(out.firstImage?.src == "media/photo.jpg")
        #expect(out.html.contains("src=\"../../media/photo.jpg\""))
    }

    @Test func rawHTMLIsOmittedUnlessTheSiteOptsIn() {
        let source = "<script>alert(1)</script>\n\nTexte <b onclick=\"x()\">gras</b>.\n"
        let (safe, log) = render(source)
        #expect(!safe.html.contains("<script"))
        #expect(!safe.html.contains("<b"))
        #expect(safe.html.contains("Texte gras."))
        // One warning per line that held raw HTML: the block on line 10, the inline tags on line 12.
        #expect(log.allSatisfy { $0.severity == .warning })
        #expect(log.map(\.line) == [10, 12])
        let (unsafe, _) = render(source, unsafe: true)
        #expect(unsafe.html.contains("<b onclick"))
    }

    @Test func javascriptURLsAreRefused() {
        let (out, log) = render("[clic](javascript:alert(1))")
        #expect(!out.html.contains("javascript:"))
        #expect(log.first?.severity == .error)
    }

    @Test func smartPunctuationIsOn() {
        let (out, _) = render("\"Bonjour\" -- l'été...")
        #expect(out.html.contains("“Bonjour” – l’été…"))
    }

    @Test func aThematicBreakRendersAsOne() {
        let (out, _) = render("Un\n\n---\n\nDeux")
        #expect(out.html.contains("<hr />"))
    }
}

@Suite struct HeldBackLinkTests {
    @Test func aLinkToAPageHeldBackFromTheBuildBecomesItsTextWithAWarning() {
        var log = DiagnosticLog()
        let targets = LinkTargets(pages: [:], media: [], unpublished: ["news/brouillon.md"])
        let out = MarkdownRenderer(targets: targets, allowRawHTML: false)
            .render(Body(markdown: "Lire [le brouillon](../news/brouillon.md) bientôt.", firstLine: 4),
                    file: "news/a.md", displayFile: "content/news/a.md", links: .relative(page: "actualites/a/"), log: &log)
        #expect(out.html == "<p>Lire le brouillon bientôt.</p>\n")
        #expect(log.entries.map(\.severity) == [.warning])
        #expect(log.entries.first?.line == 4)
    }
}

@Suite struct SitePathTests {
    @Test func relativeLinksGoUpOnlyAsFarAsNeeded() {
        #expect(SitePaths.relative(from: "communes/sceaux/", to: "communes/sceaux/feed.xml") == "feed.xml")
        #expect(SitePaths.relative(from: "communes/sceaux/", to: "communes/") == "../")
        #expect(SitePaths.relative(from: "communes/sceaux/", to: "experimentations/soy-pv/") == "../../experimentations/soy-pv/")
        #expect(SitePaths.relative(from: "communes/sceaux/", to: "") == "../../")
        #expect(SitePaths.relative(from: "", to: "") == "./")
        #expect(SitePaths.relative(from: "", to: "media/plan du site.pdf") == "media/plan%20du%20site.pdf")
        #expect(SitePaths.relative(from: "communes/", to: "communes/") == "./")
    }
}
