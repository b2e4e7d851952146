import Foundation
import Testing
@testable import VitrineKit

/// Photos as a phone sends them: published upright, stripped of every metadata (the GPS position
/// first), at the planned widths, never as the original file, and the same bytes every build.
@Suite struct PhotoTests {
    static let fixtures = TestSite.themes.deletingLastPathComponent().appendingPathComponent("Tests/Fixtures/photos")

    func photoSite(_ extra: [String: String] = [:]) throws -> TestSite {
        let site = try TestSite(files: ["news/a.md": md("title: A\ndate: 2024-01-01\nsummary: S\nimage: {src: \"media/telephone.jpg\", alt: \"Un bâtiment\"}",
                                                         "![Le même bâtiment](../media/telephone.jpg)")].merging(extra) { $1 })
        try site.write("media/telephone.jpg", data: Data(contentsOf: Self.fixtures.appendingPathComponent("gps-rotated.jpg")))
        return site
    }

    func header(_ url: URL) throws -> Vips.Header {
        try Vips.probe(url.path).get()
    }

    @Test func aPhonePhotoIsPublishedUprightWithoutAnyMetadata() throws {
        let site = try photoSite()
        defer { site.remove() }
        let original = try Data(contentsOf: Self.fixtures.appendingPathComponent("gps-rotated.jpg"))
        #expect(original.range(of: Data("Phone 15 Secret".utf8)) != nil)   // the fixture does carry them
        try site.build()
        let media = site.output.appendingPathComponent("media")
        let published = try FileManager.default.contentsOfDirectory(atPath: media.path).sorted()
        #expect(published == ["telephone-240w.jpg", "telephone-240w.webp", "telephone-partage.jpg", "telephone.jpg"])
        for name in published {
            let data = try Data(contentsOf: media.appendingPathComponent(name))
            #expect(data != original, "\(name)")
            for secret in ["Exif", "PhoneMaker", "Phone 15 Secret", "2024:05:12", "GPS"] {
                #expect(data.range(of: Data(secret.utf8)) == nil, "\(name) still holds \(secret)")
            }
            let h = try header(media.appendingPathComponent(name))
            #expect(h.orientation == 1, "\(name)")
        }
        // Stored 320 × 240 with orientation 6: shown 240 × 320.
        let variant = try header(media.appendingPathComponent("telephone-240w.webp"))
        #expect(variant.width == 240 && variant.height == 320)
        let share = try header(media.appendingPathComponent("telephone-partage.jpg"))
        #expect(share.width == 1200 && share.height == 630)
    }

    @Test func theLeftOfTheStoredPhotoIsOnTopOnceUpright() throws {
        // The fixture's left third is red; turned a quarter clockwise, red is the top third.
        let site = try photoSite()
        defer { site.remove() }
        try site.build()
        for name in ["telephone-240w.jpg", "telephone-240w.webp", "telephone.jpg"] {
            let file = site.output.appendingPathComponent("media/\(name)").path
            let top = try #require(Vips.pixel(file, x: 120, y: 20))
            let bottom = try #require(Vips.pixel(file, x: 120, y: 300))
            #expect(top[0] > 180 && top[2] < 80, "\(name): \(top)")        // red
            #expect(bottom[2] > 160 && bottom[0] < 80, "\(name): \(bottom)")  // blue
        }
    }

    @Test func pagesOfferEveryWidthInWebPWithAFallbackAndTheShownSize() throws {
        let site = try photoSite()
        defer { site.remove() }
        try site.build()
        let page = try site.page("actualites/a/index.html")
        #expect(page.contains("<source type=\"image/webp\" srcset=\"../../media/telephone-240w.webp 240w\""))
        #expect(page.contains("src=\"../../media/telephone-240w.jpg\" srcset=\"../../media/telephone-240w.jpg 240w\""))
        #expect(page.contains("alt=\"Le même bâtiment\" width=\"240\" height=\"320\" loading=\"lazy\" decoding=\"async\""))
        // The hero (front matter) is the first screen: not lazy.
        #expect(page.contains("<img class=\"hero\" src=\"../../media/telephone-240w.jpg\""))
        #expect(page.contains("<meta property=\"og:image\" content=\"https://example.org/qmi/media/telephone-partage.jpg\">"))
        #expect(page.contains("<meta name=\"twitter:card\" content=\"summary_large_image\">"))
    }

    @Test func widthsFollowThePlanAndNeverUpscale() {
        let plan = ImagePlan.standard
        #expect(plan.widths(forSourceWidth: 4000) == [480, 800, 1200, 1600])
        #expect(plan.widths(forSourceWidth: 1000) == [480, 800, 1000])
        #expect(plan.widths(forSourceWidth: 300) == [300])
        #expect(plan.widths(forSourceWidth: 1600) == [480, 800, 1200, 1600])
    }

    @Test func theThemeDecidesTheWidthsAndSizes() throws {
        let themes = try TestSite.copyOfThemes()
        defer { try? FileManager.default.removeItem(at: themes) }
        try "# Les colonnes de ce thème\nimages:\n  widths: [200, 100]\n  sizes: \"(min-width: 40rem) 30rem, 100vw\"\n"
            .write(to: themes.appendingPathComponent("default/theme.yml"), atomically: true, encoding: .utf8)
        let site = try photoSite()
        defer { site.remove() }
        var request = site.request()
        request.themesDirectory = themes
        try SiteBuilder.build(request)
        let media = try FileManager.default.contentsOfDirectory(atPath: site.output.appendingPathComponent("media").path).sorted()
        #expect(media == ["telephone-100w.jpg", "telephone-100w.webp", "telephone-200w.jpg", "telephone-200w.webp",
                          "telephone-partage.jpg", "telephone.jpg"])
        #expect(try header(site.output.appendingPathComponent("media/telephone.jpg")).width == 200)
        let page = try site.page("actualites/a/index.html")
        // In the header (the template) and in the text (Markdown), escaped once.
        #expect(page.components(separatedBy: "sizes=\"(min-width: 40rem) 30rem, 100vw\"").count - 1 == 4)
        #expect(!page.contains("58rem"))
    }

    @Test func aWrongWidthInTheThemeIsLocated() throws {
        let themes = try TestSite.copyOfThemes()
        defer { try? FileManager.default.removeItem(at: themes) }
        try "images:\n  widths: [480, grand]\n".write(to: themes.appendingPathComponent("default/theme.yml"), atomically: true, encoding: .utf8)
        let site = try photoSite()
        defer { site.remove() }
        var request = site.request()
        request.themesDirectory = themes
        let (output, log) = SiteBuilder.generate(request)
        #expect(output == nil)
        let error = try #require(log.errors.first { $0.file.hasSuffix("default/theme.yml") })
        #expect(error.line == 2 && error.field == "images.widths" && error.message.contains("« grand »"), "\(error)")
    }

    @Test func aPageWithoutAPhotoSharesACardWithItsTitle() throws {
        let site = try TestSite(files: ["news/b.md": md("title: Bancs solaires\ndate: 2024-01-01\nsummary: S"),
                                        "news/c.md": md("title: Capteurs d'air\ndate: 2024-01-02\nsummary: S")])
        defer { site.remove() }
        try site.build()
        let page = try site.page("actualites/b/index.html")
        #expect(page.contains("<meta property=\"og:image\" content=\"https://example.org/qmi/actualites/b/partage.jpg\">"))
        #expect(page.contains("<meta property=\"og:image:alt\" content=\"Bancs solaires — "))
        let card = try header(site.output.appendingPathComponent("actualites/b/partage.jpg"))
        #expect(card.width == 1200 && card.height == 630 && card.loader == "jpegload")
        // Each title its own card; the home page shows the site's.
        let b = try Data(contentsOf: site.output.appendingPathComponent("actualites/b/partage.jpg"))
        let c = try Data(contentsOf: site.output.appendingPathComponent("actualites/c/partage.jpg"))
        let home = try Data(contentsOf: site.output.appendingPathComponent("partage.jpg"))
        #expect(b != c && b != home && c != home)
        #expect(try site.page("index.html").contains("content=\"https://example.org/qmi/partage.jpg\""))
        #expect(try site.page("404.html").contains("content=\"https://example.org/qmi/partage.jpg\""))
        // Every page of the site has a raster share image that exists.
        for (path, data) in try site.snapshot() where path.hasSuffix(".html") {
            let html = String(decoding: data, as: UTF8.self)
            guard let start = html.range(of: "<meta property=\"og:image\" content=\"https://example.org/qmi/") else {
                Issue.record("\(path): no og:image"); continue
            }
            let shared = String(html[start.upperBound...].prefix { $0 != "\"" })
            #expect(shared.hasSuffix(".jpg") && FileManager.default.fileExists(atPath: site.output.appendingPathComponent(shared).path), "\(path): \(shared)")
        }
    }

    @Test func aTitleCardIsDrawnOnceThenCopiedFromTheCache() throws {
        let site = try TestSite(files: ["news/b.md": md("title: Bancs solaires\ndate: 2024-01-01\nsummary: S")])
        defer { site.remove() }
        try site.build()
        let first = try Data(contentsOf: site.output.appendingPathComponent("actualites/b/partage.jpg"))
        let cached = try FileManager.default.contentsOfDirectory(atPath: site.root.appendingPathComponent(".vitrine-cache/images").path)
        #expect(cached.contains { (try? Data(contentsOf: site.root.appendingPathComponent(".vitrine-cache/images/\($0)"))) == first })
        let other = site.root.appendingPathComponent("public-2")
        try SiteBuilder.build(site.request(out: other))
        #expect(try Data(contentsOf: other.appendingPathComponent("actualites/b/partage.jpg")) == first)
    }

    @Test func shareCardsSiteGivesEveryPageTheSitesCard() throws {
        let site = try TestSite(files: ["news/b.md": md("title: B\ndate: 2024-01-01\nsummary: S")],
                                siteYML: TestSite.siteYML + "\nshareCards: site\n")
        defer { site.remove() }
        try site.build()
        #expect(try site.page("actualites/b/index.html").contains("<meta property=\"og:image\" content=\"https://example.org/qmi/partage.jpg\">"))
        #expect(!FileManager.default.fileExists(atPath: site.output.appendingPathComponent("actualites/b/partage.jpg").path))
        let card = try header(site.output.appendingPathComponent("partage.jpg"))
        #expect(card.width == 1200 && card.height == 630)
    }

    @Test func theCacheIsUsedAcrossBuildsAndGivesTheSameBytes() throws {
        let site = try photoSite()
        defer { site.remove() }
        try site.build()
        let first = try site.snapshot()
        // Another output, same cache: the same bytes.
        let other = site.root.appendingPathComponent("public-2")
        try SiteBuilder.build(site.request(out: other))
        #expect(try site.snapshot(of: other) == first)
        // What is published comes from the cache when it holds the entry: mark every entry.
        let cache = site.root.appendingPathComponent(".vitrine-cache/images")
        let entries = try FileManager.default.contentsOfDirectory(atPath: cache.path).filter { !$0.hasSuffix(".size") }
        #expect(!entries.isEmpty)
        for entry in entries {
            try Data("from the cache \(entry)".utf8).write(to: cache.appendingPathComponent(entry))
        }
        try site.build()
        let reused = try Data(contentsOf: site.output.appendingPathComponent("media/telephone-240w.webp"))
        #expect(String(decoding: reused, as: UTF8.self).hasPrefix("from the cache"))
    }

    @Test func transparencyKeepsAPNGFallback() throws {
        let site = try TestSite(files: ["news/a.md": md("title: A\ndate: 2024-01-01\nsummary: S", "![Un rectangle vert](../media/logo.png)")])
        defer { site.remove() }
        try site.write("media/logo.png", data: Data(contentsOf: Self.fixtures.appendingPathComponent("transparent.png")))
        try site.build()
        #expect(site.exists("media/logo-200w.png") && site.exists("media/logo-200w.webp"))
        let png = try Data(contentsOf: site.output.appendingPathComponent("media/logo.png"))
        #expect(png.range(of: Data("Secret Author".utf8)) == nil)
        #expect(try header(site.output.appendingPathComponent("media/logo-200w.png")).hasAlpha)
    }

    @Test func anUnreadablePhotoIsAnErrorNamingTheFile() throws {
        let site = try TestSite(files: ["news/a.md": md("title: A\ndate: 2024-01-01\nsummary: S")])
        defer { site.remove() }
        let photo = try Data(contentsOf: Self.fixtures.appendingPathComponent("gps-rotated.jpg"))
        try site.write("media/tronquee.jpg", data: photo.prefix(200))
        try site.write("media/photo.heic", data: Data("not a photo".utf8))
        let e = site.failures().filter { $0.severity == .error }
        #expect(e.map(\.file).sorted() == ["content/media/photo.heic", "content/media/tronquee.jpg"])
        #expect(e.first { $0.file.hasSuffix(".heic") }?.message.contains("exportez-la en JPEG") == true)
        #expect(e.first { $0.file.hasSuffix(".jpg") }?.message.contains("illisible ou tronquée") == true)
    }

    @Test func aFileNameWithSpacesAndAccentsWorks() throws {
        let site = try TestSite(files: ["news/a.md": md("title: A\ndate: 2024-01-01\nsummary: S", "![Un bâtiment](<../media/Été à Sceaux.jpg>)")])
        defer { site.remove() }
        try site.write("media/Été à Sceaux.jpg", data: Data(contentsOf: Self.fixtures.appendingPathComponent("gps-rotated.jpg")))
        try site.build()
        #expect(site.exists("media/Été à Sceaux-240w.webp"))
        #expect(try site.page("actualites/a/index.html").contains("../../media/%C3%89t%C3%A9%20%C3%A0%20Sceaux-240w.webp 240w"))
    }

    @Test func aCreditIsShownUnderThePhotoAndListedOnTheLegalNotice() throws {
        let site = try photoSite(["news/a.md": md("title: Un bâtiment\ndate: 2024-01-01\nsummary: S\nimage: {src: \"media/telephone.jpg\", alt: \"Un bâtiment\", credit: \"Ville d'essai, CC BY 4.0\"}")])
        defer { site.remove() }
        try site.build()
        #expect(try site.page("actualites/a/index.html").contains("<p class=\"image-credit\">Photo\u{A0}: Ville d’essai, CC BY 4.0</p>"))
        let legal = try site.page("mentions-legales/index.html")
        #expect(legal.contains("<li>Ville d’essai, CC BY 4.0 — <a href=\"../actualites/a/\">Un bâtiment</a></li>"))
    }

    @Test func anImageOfTheTextIsCreditedByItsTitle() throws {
        let site = try photoSite(["pages/a-propos.md": md("title: À propos\nsummary: S",
                                                          "![Le parvis](../media/telephone.jpg \"Ville d'essai, CC BY 4.0\")\n\nEn ligne ![un plan](../media/telephone.jpg \"Atelier <b>X</b>\") dans le texte.\n\n![Sans crédit](../media/telephone.jpg)")])
        defer { site.remove() }
        try site.build()
        let page = try site.page("a-propos/index.html")
        // Alone in its paragraph: a figure with its caption; in a sentence: the credit right after it.
        #expect(page.contains("</picture><figcaption class=\"image-credit\">Photo\u{A0}: Ville d’essai, CC BY 4.0</figcaption></figure>"))
        #expect(!page.contains("<p><figure"))
        #expect(page.contains("</picture> <span class=\"image-credit\">Photo\u{A0}: Atelier &lt;b&gt;X&lt;/b&gt;</span> dans le texte."))
        #expect(!page.contains("<img title=") && !page.contains("\" title=\"Atelier"))
        let legal = try site.page("mentions-legales/index.html")
        #expect(legal.contains("<li>Ville d’essai, CC BY 4.0 — <a href=\"../a-propos/\">À propos</a></li>"))
        #expect(legal.contains("<li>Atelier &lt;b&gt;X&lt;/b&gt; — <a href=\"../a-propos/\">À propos</a></li>"))
        let credits = try #require(legal.range(of: "id=\"credits\"").map { legal[$0.upperBound...] })
        let list = String(credits[..<(credits.range(of: "</ul>")?.lowerBound ?? credits.endIndex)])
        #expect(list.components(separatedBy: "<li>").count - 1 == 3, "\(list)")   // the two credits and the map's data
    }

    @Test func aPhotoOverTheBudgetIsWarnedAboutAndStillPublished() throws {
        let site = try photoSite()
        defer { site.remove() }
        var plan = ImagePlan.standard
        plan.megapixelBudget = 0   // the fixture's 0.08 megapixel is then over it
        let output = MediaImages(contentDirectory: site.content, cache: ImageCache(directory: nil), plan: plan)
            .process(["media/telephone.jpg"], displayName: { "content/\($0)" })
        #expect(output.log.warnings.map(\.file) == ["content/media/telephone.jpg"])
        #expect(output.log.warnings.first?.message.contains("photo très lourde") == true)
        #expect(output.images["media/telephone.jpg"] != nil)
    }

    @Test func anIPhoneHEICIsPublishedAsWebPAndJPEGOnly() throws {
        let site = try TestSite(files: ["news/a.md": md("title: A\ndate: 2024-01-01\nsummary: S", "![Une photo d'iPhone](../media/iphone.heic)")])
        defer { site.remove() }
        try site.write("media/iphone.heic", data: Data(contentsOf: Self.fixtures.appendingPathComponent("iphone.heic")))
        try site.build()
        let media = try FileManager.default.contentsOfDirectory(atPath: site.output.appendingPathComponent("media").path).sorted()
        #expect(media == ["iphone-320w.jpg", "iphone-320w.webp", "iphone-partage.jpg"])
        #expect(!media.contains("iphone.heic"))
        let page = try site.page("actualites/a/index.html")
        #expect(page.contains("<picture><source type=\"image/webp\""))
        #expect(!page.contains(".heic"))   // nor in the JSON-LD: the share image stands for the photo
        #expect(page.contains("\"image\":\"https://example.org/qmi/media/iphone-partage.jpg\""))
    }

    @Test func webPMetadataChunksAreCut() {
        // RIFF header, a VP8X chunk flagging EXIF, an EXIF chunk, a VP8L chunk.
        func chunk(_ name: String, _ payload: [UInt8]) -> [UInt8] {
            let n = payload.count
            return Array(name.utf8) + [UInt8(n & 0xFF), UInt8(n >> 8 & 0xFF), 0, 0] + payload + (n % 2 == 1 ? [0] : [])
        }
        let body = chunk("VP8X", [0x08, 0, 0, 0, 0, 0, 0, 0, 0, 0]) + chunk("EXIF", Array("GPS secret".utf8)) + chunk("VP8L", [1, 2, 3])
        let size = 4 + body.count
        let file = Data(Array("RIFF".utf8) + [UInt8(size), 0, 0, 0] + Array("WEBP".utf8) + body)
        let stripped = WebPMetadata.stripped(file)
        #expect(stripped.range(of: Data("GPS secret".utf8)) == nil)
        #expect(stripped.range(of: Data("VP8L".utf8)) != nil)
        #expect([UInt8](stripped)[20] & 0x08 == 0)
        #expect(Int([UInt8](stripped)[4]) == stripped.count - 8)
    }
}
