import Foundation
import Testing
@testable import VitrineKit

/// A commune's own identity in site.yml's `brand`: contrast measured at build time in both
/// schemes, icons and a web manifest drawn from the logo, the colours handed to the theme.
@Suite struct BrandTests {
    static let logoSVG = """
    <svg xmlns="http://www.w3.org/2000/svg" width="120" height="60" viewBox="0 0 120 60"><rect width="120" height="60" fill="#1b4f8a"/></svg>
    """

    /// The test site with a `brand` block (its lines start at line 2 of what is appended).
    func brandSite(_ brand: String, files: [String: String] = [:], language: String = "fr") throws -> TestSite {
        var yml = language == "en" ? TestSite.englishSiteYML : TestSite.siteYML
        yml += "\nbrand:\n" + brand
        return try TestSite(files: files, siteYML: yml)
    }

    /// The line of site.yml where `text` is.
    func line(of text: String, in site: TestSite) throws -> Int {
        let lines = try String(contentsOf: site.content.appendingPathComponent("site.yml"), encoding: .utf8)
            .components(separatedBy: "\n")
        return try #require(lines.firstIndex { $0.contains(text) }) + 1
    }

    // MARK: the rule

    @Test func contrastFollowsWCAGRelativeLuminance() throws {
        #expect(abs(RGB.white.contrast(with: .black) - 21) < 0.0001)
        #expect(RGB.white.contrast(with: .white) == 1)
        // #767676 is the lightest grey that passes on white; #777777 fails.
        #expect(try #require(RGB(hex: "#767676")).contrast(with: .white) >= 4.5)
        #expect(try #require(RGB(hex: "#777777")).contrast(with: .white) < 4.5)
        #expect(RGB(hex: "#FFF") == .white)
        #expect(RGB(hex: "1b4f8a") == nil && RGB(hex: "#1b4f8") == nil && RGB(hex: "#gggggg") == nil)
        // A ratio is cut, never rounded up into a passing one.
        #expect(ContrastCheck.ratioText(4.4999, language: "fr") == "4,49:1")
        #expect(ContrastCheck.ratioText(4.4999, language: "en") == "4.49:1")
    }

    @Test func theThemesOwnColoursPassInBothSchemes() {
        #expect(ContrastCheck.failures([:]).isEmpty)
        #expect(ContrastCheck.failures([.primary: RGB(0x1b, 0x4f, 0x8a), .accent: RGB(0xe4, 0x57, 0x2e)]).isEmpty)
        #expect(ContrastCheck.failures([.primary: RGB(0x6b, 0x2a, 0x7a), .accent: RGB(0x1d, 0x7f, 0x6e),
                                        .text: RGB(0x22, 0x22, 0x22), .background: RGB(0xff, 0xfd, 0xf7)]).isEmpty)
    }

    @Test func theNearestPassingShadeIsTheClosestThatPasses() throws {
        let pale = try #require(RGB(hex: "#7fa7d9"))
        let failures = ContrastCheck.failures([.primary: pale])
        let failure = try #require(failures.first { $0.scheme == .light })
        #expect(failure.role == .primary && failure.ratio < 4.5)
        let nearest = try #require(failure.nearest)
        #expect(ContrastCheck.failures([.primary: nearest]).isEmpty)
        // A little lighter than the suggestion does not pass: it is the nearest.
        let lighter = nearest.mixed(with: .white, 0.02)
        #expect(!ContrastCheck.failures([.primary: lighter]).isEmpty)
    }

    @Test func theIcoContainerIsAnIconDirectoryThenItsEntriesThenThePNGs() {
        let small = Data([0x89, 0x50, 0x4e, 0x47, 1, 2, 3])
        let large = Data([0x89, 0x50, 0x4e, 0x47, 9])
        let ico = [UInt8](IcoFile.make([IcoFile.Image(size: 16, png: small), IcoFile.Image(size: 256, png: large)]))
        #expect(ico.count == 6 + 2 * 16 + small.count + large.count)
        #expect(Array(ico[0..<6]) == [0, 0, 1, 0, 2, 0])                       // reserved, type 1 (icon), 2 images
        #expect(Array(ico[6..<22]) == [16, 16, 0, 0, 1, 0, 32, 0, 7, 0, 0, 0, 38, 0, 0, 0])
        #expect(Array(ico[22..<38]) == [0, 0, 0, 0, 1, 0, 32, 0, 5, 0, 0, 0, 45, 0, 0, 0])  // 256 is written 0
        #expect(Data(ico[38..<45]) == small && Data(ico[45...]) == large)
    }

    // MARK: errors a writer reads

    @Test func aFailingColourIsAnErrorWithItsLineColoursRatioAndNearestShade() throws {
        let site = try brandSite("  colors:\n    primary: \"#7fa7d9\"\n")
        defer { site.remove() }
        let errors = site.failures().filter { $0.field == "brand.colors.primary" }
        let error = try #require(errors.first { !$0.message.contains("sombre") })
        #expect(error.file == "content/site.yml")
        #expect(error.line == (try line(of: "primary: \"#7fa7d9\"", in: site)))
        // The worst of its pairings is named: links on the header's and footer's background.
        let pale = try #require(RGB(hex: "#7fa7d9"))
        let soft = BrandPalette(colors: [.primary: pale], scheme: .light).soft
        let ratio = ContrastCheck.ratioText(pale.contrast(with: soft), language: "fr")
        #expect(error.message.contains("le contraste des liens du menu et du pied de page sur leur fond (#7fa7d9 sur \(soft.hex))"), "\(error.message)")
        #expect(error.message.contains("est de \(ratio)") && error.message.contains("au moins 4,5:1"), "\(error.message)")
        let nearest = try #require(ContrastCheck.failures([.primary: pale]).first?.nearest)
        #expect(error.message.contains("brand.colors.primary: \"\(nearest.hex)\""), "\(error.message)")
        // Copied into site.yml, the suggestion settles the colour in both schemes.
        #expect(ContrastCheck.failures([.primary: nearest]).isEmpty)
        #expect(!site.exists("index.html"))
    }

    @Test func theDarkSchemeDerivedFromTheBrandIsCheckedToo() throws {
        // Navy passes on white, but lightened onto the dark scheme's background it stays too dark
        // for a focus outline.
        let navy = try #require(RGB(hex: "#000080"))
        #expect(navy.contrast(with: .white) >= 4.5)
        let failures = ContrastCheck.failures([.accent: navy])
        #expect(failures.count == 1)
        let dark = try #require(failures.first)
        #expect(dark.scheme == .dark && dark.role == .accent && dark.minimum == 3 && dark.ratio < 3)
        let nearest = try #require(dark.nearest)
        #expect(ContrastCheck.failures([.accent: nearest]).isEmpty)

        let site = try brandSite("  colors:\n    accent: \"#000080\"\n")
        defer { site.remove() }
        let error = try #require(site.failures().first { $0.field == "brand.colors.accent" })
        #expect(error.line == (try line(of: "accent: \"#000080\"", in: site)))
        #expect(error.message.contains("dans le thème sombre"), "\(error.message)")
        #expect(error.message.contains("au moins 3:1") && error.message.contains(nearest.hex), "\(error.message)")
    }

    @Test func anEnglishSiteReadsTheContrastErrorInEnglish() throws {
        let site = try brandSite("  colors: {primary: \"#7fa7d9\"}\n", language: "en")
        defer { site.remove() }
        let error = try #require(site.failures().first { $0.field == "brand.colors.primary" })
        #expect(error.text.en.contains("the contrast of menu and footer links on their background (#7fa7d9 on "), "\(error.text.en)")
        #expect(error.text.en.contains("at least 4.5:1"))
    }

    @Test func aColourWithoutQuotesOrNotAColourIsNamed() throws {
        let site = try brandSite("  colors:\n    primary: #1b4f8a\n    accent: \"orange\"\n")
        defer { site.remove() }
        let errors = site.failures()
        let empty = try #require(errors.first { $0.field == "brand.colors.primary" })
        #expect(empty.message.contains("entre guillemets"), "\(empty.message)")
        let wrong = try #require(errors.first { $0.field == "brand.colors.accent" })
        #expect(wrong.message.contains("#rrggbb") && wrong.message.contains("orange"))
        #expect(wrong.line == (try line(of: "accent: \"orange\"", in: site)))
    }

    @Test func aMissingLogoOrAFontThatIsNotWOFF2IsAnError() throws {
        let site = try brandSite("  logo: media/absent.svg\n  fonts: {text: media/texte.ttf}\n",
                                 files: ["media/texte.ttf": "not a font"])
        defer { site.remove() }
        let errors = site.failures()
        let logo = try #require(errors.first { $0.field == "brand.logo" })
        #expect(logo.line == (try line(of: "logo: media/absent.svg", in: site)))
        #expect(logo.message.contains("media/absent.svg"))
        #expect(errors.contains { $0.field == "brand.fonts.text" && $0.message.contains("WOFF2") })
        // The brand's logo stands for the publisher's: its absence is said once, under brand.logo.
        #expect(!errors.contains { $0.field == "publisher.logo.src" })
    }

    // MARK: what the build makes

    @Test func iconsAndTheManifestAreDrawnFromTheLogoAtTheirSizes() throws {
        let site = try brandSite("  logo: media/logo.svg\n  colors: {primary: \"#1b4f8a\", accent: \"#e4572e\"}\n",
                                 files: ["media/logo.svg": Self.logoSVG])
        defer { site.remove() }
        try site.build()
        let ico = try #require(IcoFile.read(Data(contentsOf: site.output.appendingPathComponent("favicon.ico"))))
        #expect(ico.map(\.size) == [16, 32, 48])
        for image in ico {
            #expect(image.png.prefix(8) == Data([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
            let file = site.root.appendingPathComponent("ico-\(image.size).png")
            try image.png.write(to: file)
            let header = try Vips.probe(file.path).get()
            #expect(header.width == image.size && header.height == image.size)
        }
        for (path, size, alpha) in [("icon-32.png", 32, true), ("apple-touch-icon.png", 180, false),
                                    ("icon-192.png", 192, true), ("icon-512.png", 512, true)] {
            let header = try Vips.probe(site.output.appendingPathComponent(path).path).get()
            #expect(header.width == size && header.height == size, "\(path)")
            #expect(header.hasAlpha == alpha, "\(path)")
        }
        // The logo, wider than tall, is whole and centred: the icon's corners are clear, its middle is the logo's.
        let icon = site.output.appendingPathComponent("icon-512.png").path
        let middle = try #require(Vips.pixel(icon, x: 256, y: 256))
        #expect(abs(middle[0] - 0x1b) < 3 && abs(middle[2] - 0x8a) < 3, "\(middle)")
        // The touch icon stands on the page's background, not on black.
        let corner = try #require(Vips.pixel(site.output.appendingPathComponent("apple-touch-icon.png").path, x: 2, y: 2))
        #expect(corner.allSatisfy { $0 > 250 }, "\(corner)")

        let manifest = try #require(JSONSerialization.jsonObject(with: Data(contentsOf: site.output.appendingPathComponent("site.webmanifest"))) as? [String: Any])
        #expect(manifest["name"] as? String == "Site d’essai")
        #expect(manifest["short_name"] as? String == "Site d’essai")
        #expect(manifest["theme_color"] as? String == "#1b4f8a")
        #expect(manifest["background_color"] as? String == "#ffffff")
        #expect(manifest["start_url"] as? String == "./")
        let icons = try #require(manifest["icons"] as? [[String: String]])
        #expect(icons.map { $0["src"]! } == ["icon-192.png", "icon-512.png"])
        #expect(icons.map { $0["sizes"]! } == ["192x192", "512x512"])
    }

    @Test func everyPageLinksTheIconsAndTheBrandStyleRelativelyUnderTheBasePath() throws {
        let site = try brandSite("  logo: media/logo.svg\n  shortName: \"Essai\"\n",
                                 files: ["media/logo.svg": Self.logoSVG, "communes/sceaux.md": md("name: Sceaux\ninsee: \"92071\"\nsummary: S\nconvention: {signed: \"2023-04-17\", ends: \"2024-06\"}")])
        defer { site.remove() }
        try site.build()
        let home = try site.page("index.html")
        for link in ["<link rel=\"icon\" href=\"favicon.ico\" sizes=\"16x16 32x32 48x48\">",
                     "<link rel=\"icon\" href=\"icon-32.png\" type=\"image/png\" sizes=\"32x32\">",
                     "<link rel=\"apple-touch-icon\" href=\"apple-touch-icon.png\">",
                     "<link rel=\"manifest\" href=\"site.webmanifest\">",
                     "<link rel=\"stylesheet\" href=\"static/brand.css\">"] {
            #expect(home.contains(link), "\(link)")
        }
        let commune = try site.page("communes/sceaux/index.html")
        #expect(commune.contains("<link rel=\"icon\" href=\"../../favicon.ico\""))
        #expect(commune.contains("<link rel=\"manifest\" href=\"../../site.webmanifest\">"))
        // The logo in the header is named by the site's title.
        #expect(commune.contains("<img class=\"site-logo\" src=\"../../media/logo.svg\" alt=\"Site d’essai\" width=\"120\" height=\"60\">"))
        let manifest = try String(contentsOf: site.output.appendingPathComponent("site.webmanifest"), encoding: .utf8)
        #expect(manifest.contains("\"short_name\" : \"Essai\""))
        // Search engines get the brand's logo for the publisher, which site.yml gives none.
        #expect(home.contains("\"logo\":\"https://example.org/qmi/media/logo.svg\""))
    }

    @Test func aSmallRasterLogoMakesIconsWithAWarningThatTheyAreBlurred() throws {
        let png = TestSite.themes.deletingLastPathComponent().appendingPathComponent("Tests/Fixtures/every-kind/content/media/logo-transparent.png")
        let site = try brandSite("  logo: media/logo.png\n")
        defer { site.remove() }
        try site.write("media/logo.png", data: Data(contentsOf: png))
        let warning = try #require(site.diagnostics().first { $0.field == "brand.logo" })
        #expect(warning.severity == .warning && warning.message.contains("200 × 100") && warning.message.contains("512"))
        try site.build()
        let header = try Vips.probe(site.output.appendingPathComponent("icon-512.png").path).get()
        #expect(header.width == 512 && header.height == 512 && header.hasAlpha)
        // The header shows the logo's processed picture, never the file as given.
        let home = try site.page("index.html")
        #expect(home.contains("<img class=\"site-logo\" src=\"media/logo-200w.png\" alt=\"Site d’essai\" width=\"200\" height=\"100\">"), "\(home)")
    }

    @Test func aSiteWithoutLogoHasNoIconLinksButStillItsColours() throws {
        let site = try TestSite()
        defer { site.remove() }
        try site.build()
        let home = try site.page("index.html")
        #expect(!home.contains("rel=\"icon\"") && !home.contains("rel=\"manifest\""))
        #expect(!site.exists("favicon.ico"))
        let css = try site.page("static/brand.css")
        #expect(css.contains("--brand-primary: #0a4f8a;"))
    }

    @Test func theBrandStyleGivesBothSchemesAndTheFonts() throws {
        let woff2 = Data("wOF2".utf8) + Data(repeating: 0, count: 60)
        let site = try brandSite("  colors: {primary: \"#6b2a7a\", background: \"#fffdf7\"}\n  fonts: {text: media/fonts/texte.woff2}\n")
        defer { site.remove() }
        try site.write("media/fonts/texte.woff2", data: woff2)
        try site.build()
        let css = try site.page("static/brand.css")
        let light = BrandPalette(colors: [.primary: RGB(0x6b, 0x2a, 0x7a), .background: RGB(0xff, 0xfd, 0xf7)], scheme: .light)
        let dark = BrandPalette(colors: [.primary: RGB(0x6b, 0x2a, 0x7a), .background: RGB(0xff, 0xfd, 0xf7)], scheme: .dark)
        let (lightPart, darkPart) = try #require(css.range(of: "@media (prefers-color-scheme: dark)").map { (css[..<$0.lowerBound], css[$0.lowerBound...]) })
        #expect(lightPart.contains("--brand-primary: #6b2a7a;") && lightPart.contains("--brand-background: #fffdf7;"))
        #expect(darkPart.contains("--brand-primary: \(dark.primary.hex);") && darkPart.contains("--brand-background: \(dark.background.hex);"))
        #expect(dark.background.luminance < 0.05 && dark.text.luminance > 0.8)
        #expect(light.onPrimary == RGB(0xff, 0xfd, 0xf7))
        #expect(css.contains("src: url(\"../media/fonts/texte.woff2\") format(\"woff2\")"))
        #expect(!css.contains("http"))
        #expect(site.exists("media/fonts/texte.woff2"))
    }

    @Test func thePrintStylesheetKeepsTheLogo() throws {
        let css = try String(contentsOf: TestSite.themes.appendingPathComponent("default/static/style.css"), encoding: .utf8)
        let print = try #require(css.range(of: "@media print {").map { css[$0.upperBound...] })
        let hidden = try #require(print.split(separator: "\n").first { $0.contains("display: none") })
        #expect(!hidden.contains("site-logo") && !hidden.contains("site-title") && !hidden.contains("site-header"), "\(hidden)")
        #expect(print.contains(".site-logo { display: inline-block;"))
    }

    @Test func theShareCardTakesThePrimaryColourWithReadableText() throws {
        let site = try brandSite("  colors: {primary: \"#6b2a7a\"}\n")
        defer { site.remove() }
        try site.build()
        let card = site.output.appendingPathComponent("partage.jpg").path
        let paper = try #require(Vips.pixel(card, x: 4, y: 4))
        #expect(abs(paper[0] - 0x6b) < 4 && abs(paper[1] - 0x2a) < 4 && abs(paper[2] - 0x7a) < 4, "\(paper)")
        let palette = BrandPalette(colors: [.primary: RGB(0x6b, 0x2a, 0x7a)], scheme: .light)
        #expect(palette.onPrimary.contrast(with: palette.primary) >= 4.5)
    }

    @Test func theIconsAreTheSameBytesEveryBuildWithOrWithoutTheCache() throws {
        let site = try brandSite("  logo: media/logo.svg\n", files: ["media/logo.svg": Self.logoSVG])
        defer { site.remove() }
        try site.build()
        let first = try site.snapshot()
        try FileManager.default.removeItem(at: site.root.appendingPathComponent(".vitrine-cache"))
        let again = site.root.appendingPathComponent("again")
        try SiteBuilder.build(site.request(out: again))
        let second = try site.snapshot(of: again)
        for path in BrandIcons.paths + [BrandStyle.path, ShareCard.path] {
            #expect(first[path] != nil && first[path] == second[path], "\(path)")
        }
    }
}
