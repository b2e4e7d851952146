import Foundation
import Testing
@testable import VitrineKit

/// No page makes the visitor's browser contact another host: no fonts, CDN, analytics or embeds.
@Suite struct PrivacyTests {
    /// Attributes that make a browser fetch something on its own (links the visitor follows are fine).
    static let loading = try! NSRegularExpression(
        pattern: #"<(script|img|iframe|link|source|video|audio|embed|object|track)\b[^>]*\b(src|href|data|srcset|poster)\s*=\s*"([^"]*)""#,
        options: [.caseInsensitive])

    static func thirdPartyLoads(in html: String) -> [String] {
        var found: [String] = []
        for m in loading.matches(in: html, range: NSRange(html.startIndex..., in: html)) {
            let tag = String(html[Range(m.range(at: 0), in: html)!])
            let url = String(html[Range(m.range(at: 3), in: html)!])
            // <link rel="canonical|alternate"> only names an address; it loads nothing.
            if tag.lowercased().hasPrefix("<link"), tag.contains("rel=\"canonical\"") || tag.contains("rel=\"alternate\"") { continue }
            if url.hasPrefix("//") || url.lowercased().hasPrefix("http:") || url.lowercased().hasPrefix("https:") {
                found.append(tag)
            }
        }
        if html.range(of: #"url\(\s*['"]?(https?:)?//"#, options: .regularExpression) != nil { found.append("CSS url()") }
        if html.contains("@import") { found.append("@import") }
        return found
    }

    @Test func theScannerCatchesWhatItMust() {
        #expect(Self.thirdPartyLoads(in: #"<script src="https://cdn.example.com/x.js"></script>"#).count == 1)
        #expect(Self.thirdPartyLoads(in: #"<link rel="stylesheet" href="//fonts.example.com/css">"#).count == 1)
        #expect(Self.thirdPartyLoads(in: #"<img alt="" src="http://tracker.example/p.gif">"#).count == 1)
        #expect(Self.thirdPartyLoads(in: #"<a href="https://www.openstreetmap.org/">carte</a><link rel="canonical" href="https://example.org/">"#).isEmpty)
    }

    @Test func noBuiltPageOrStylesheetLoadsFromAnotherHost() throws {
        let site = try TestSite(files: BuildTests.files.merging([
            "experiments/x.md": md("title: X\ncommune: sceaux\nstatus: testing\nsummary: S\nplace: {name: Parvis, lat: 48.7, lon: 2.3}\ninnovator: {name: A, url: \"https://example.com\"}",
                                   "Voir [le site](https://example.com/page) et ![Un schéma](../media/parvis.svg)"),
        ]) { $1 })
        defer { site.remove() }
        try site.build()
        let files = try site.snapshot()
        var scanned = 0
        for (path, data) in files where path.hasSuffix(".html") || path.hasSuffix(".css") {
            let text = String(decoding: data, as: UTF8.self)
            #expect(Self.thirdPartyLoads(in: text).isEmpty, "\(path): \(Self.thirdPartyLoads(in: text))")
            scanned += 1
        }
        #expect(scanned > 15)
        // The map is a link to OpenStreetMap, never an embed.
        #expect(try site.page("experimentations/x/index.html").contains("<a href=\"https://www.openstreetmap.org/?mlat=48.7&amp;mlon=2.3#map=18/48.7/2.3\">"))
    }

    @Test func theHomePageWeighsUnderFiftyKilobytesWithoutImages() throws {
        let site = try TestSite(files: BuildTests.files)
        defer { site.remove() }
        try site.build()
        let html = try Data(contentsOf: site.output.appendingPathComponent("index.html")).count
        let css = try Data(contentsOf: site.output.appendingPathComponent("static/style.css")).count
        #expect(html + css < 50_000)
        #expect(!(try site.page("index.html")).contains("<script src"))
    }
}
