import Foundation
import Testing
@testable import VitrineKit

/// JSON-LD that search engines' validators accept: instants with their offset, articles with an
/// author, a modification date and an image, a publisher with a logo, places with coordinates.
@Suite struct StructuredDataTests {
    static let siteYML = TestSite.siteYML.replacingOccurrences(
        of: "director: \"Le président\"}",
        with: "director: \"Le président\", logo: {src: media/logo.svg, alt: \"Métropole\"}}")

    /// The JSON-LD objects of a built page, by `@type`.
    static func things(_ site: TestSite, _ path: String) throws -> [String: [String: Any]] {
        let page = try site.page(path)
        let script = try #require(page.components(separatedBy: "<script type=\"application/ld+json\">").last?.components(separatedBy: "</script>").first)
        let graph = (try JSONSerialization.jsonObject(with: Data(script.utf8)) as! [String: Any])["@graph"] as! [[String: Any]]
        return Dictionary(graph.map { ($0["@type"] as! String, $0) }, uniquingKeysWith: { a, _ in a })
    }

    @Test func eventTimesCarryTheSiteZoneOffsetOnEachSideOfDaylightSaving() throws {
        let site = try TestSite(files: [
            // Daylight saving ends on 27 October 2024 at 3:00.
            "events/before.md": md("title: Avant\nstart: \"2024-10-26T09:00\"\nend: \"2024-10-27T01:30\""),
            "events/after.md": md("title: Après\nstart: \"2024-10-27T09:00\"\nend: \"2024-10-27T18:00\""),
            "events/allday.md": md("title: Journée\nstart: \"2024-10-27\""),
        ], siteYML: Self.siteYML)
        defer { site.remove() }
        try site.write("media/logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>")
        try site.build()
        let before = try Self.things(site, "evenements/before/index.html")["Event"]!
        #expect(before["startDate"] as? String == "2024-10-26T09:00:00+02:00")
        #expect(before["endDate"] as? String == "2024-10-27T01:30:00+02:00")
        let after = try Self.things(site, "evenements/after/index.html")["Event"]!
        #expect(after["startDate"] as? String == "2024-10-27T09:00:00+01:00")
        #expect(after["image"] as? String == "https://example.org/qmi/media/logo.svg")
        #expect(try Self.things(site, "evenements/allday/index.html")["Event"]?["startDate"] as? String == "2024-10-27")
    }

    @Test func newsArticleHasAuthorPublisherImageAndModificationDate() throws {
        let site = try TestSite(files: [
            "news/a.md": md("title: A\ndate: \"2024-01-05\"\nimage: {src: media/photo.svg, alt: Photo}"),
            "news/b.md": md("title: B\ndate: \"2024-01-06\""),
        ], siteYML: Self.siteYML)
        defer { site.remove() }
        try site.write("media/logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>")
        try site.write("media/photo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>")
        try site.build()
        let things = try Self.things(site, "actualites/a/index.html")
        let article = try #require(things["NewsArticle"])
        #expect((article["author"] as? [String: String])?["@id"] == "https://example.org/qmi/#editeur")
        #expect((article["publisher"] as? [String: String])?["@id"] == "https://example.org/qmi/#editeur")
        #expect(article["dateModified"] as? String == "2024-01-05")
        #expect(article["image"] as? String == "https://example.org/qmi/media/photo.svg")
        #expect(things["GovernmentOrganization"]?["logo"] as? String == "https://example.org/qmi/media/logo.svg")
        // Without an image of its own, the article shows the publisher's logo.
        #expect(try Self.things(site, "actualites/b/index.html")["NewsArticle"]?["image"] as? String == "https://example.org/qmi/media/logo.svg")
    }

    @Test func placesWithCoordinatesHaveGeo() throws {
        let site = try TestSite(files: [
            "communes/sceaux.md": md("name: Sceaux\ninsee: \"92071\""),
            "experiments/x.md": md("title: X\ncommune: sceaux\nstatus: testing\nplace: {name: Parc, lat: 48.77, lon: 2.29}"),
            "events/e.md": md("title: E\nstart: \"2024-05-02\"\nplace: {name: Salle, address: \"1 rue Y\", lat: 48.8, lon: 2.3}"),
        ])
        defer { site.remove() }
        try site.build()
        let place = try #require(try Self.things(site, "experimentations/x/index.html")["Place"])
        #expect((place["geo"] as? [String: Any])?["latitude"] as? Double == 48.77)
        let location = try #require(try Self.things(site, "evenements/e/index.html")["Event"]?["location"] as? [String: Any])
        #expect((location["geo"] as? [String: Any])?["longitude"] as? Double == 2.3)
    }

    @Test func aMissingLogoIsAnErrorOnSiteYML() throws {
        let site = try TestSite(files: [:], siteYML: Self.siteYML)
        defer { site.remove() }
        let errors = site.failures().filter { $0.severity == .error }
        #expect(errors.contains { $0.field == "publisher.logo.src" && $0.file == "content/site.yml" && $0.line == 7 && $0.message.contains("media/logo.svg") })
    }
}
