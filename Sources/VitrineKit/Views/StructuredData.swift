import Foundation

/// JSON-LD for search engines: the publisher on every page, and the page's own thing
/// (an Event, a NewsArticle, a Place). Escaped so that no value can close the `<script>` element.
enum StructuredData {
    static func script(_ objects: [[String: JSONValue]]) -> String {
        let graph: JSONValue = ["@context": "https://schema.org", "@graph": .array(objects.map(JSONValue.object))]
        var json = ""
        graph.write(to: &json)
        return json
    }

    static func publisher(_ config: SiteConfig) -> [String: JSONValue]? {
        guard let p = config.publisher else { return nil }
        var o: [String: JSONValue] = ["@type": "GovernmentOrganization", "@id": .string(config.baseURL + "#editeur"),
                                      "name": .string(p.name), "url": .string(config.baseURL)]
        if let address = p.address { o["address"] = .string(address) }
        if let phone = p.phone { o["telephone"] = .string(phone) }
        return o
    }

    static func place(_ p: Place) -> [String: JSONValue] {
        var o: [String: JSONValue] = ["@type": "Place", "name": .string(p.name)]
        if let address = p.address { o["address"] = .string(address) }
        if let lat = p.latitude, let lon = p.longitude {
            o["geo"] = ["@type": "GeoCoordinates", "latitude": .number(lat), "longitude": .number(lon)]
        }
        return o
    }
}

extension PageRenderer {
    /// The JSON-LD of a page: the publisher, plus what the page is about and its breadcrumb trail.
    func jsonLD(_ things: [[String: JSONValue]]) -> String {
        guard !things.isEmpty else { return publisherJSONLD }
        return StructuredData.script([StructuredData.publisher(config)].compactMap { $0 } + things)
    }

    func newsJSONLD(_ n: NewsItem) -> [String: JSONValue] {
        var o: [String: JSONValue] = ["@type": "NewsArticle", "headline": .string(n.title), "datePublished": .string(n.date.iso),
                                      "url": .string(config.absoluteURL(n.origin.path)), "inLanguage": .string(config.language)]
        if let summary = n.summary { o["description"] = .string(summary) }
        if config.publisher != nil { o["publisher"] = ["@id": .string(config.baseURL + "#editeur")] }
        if let image = shareImage(n.image, file: n.origin.file) { o["image"] = .string(config.absoluteURL(SitePaths.encode(image.src))) }
        return o
    }

    func eventJSONLD(_ e: Event) -> [String: JSONValue] {
        var o: [String: JSONValue] = ["@type": "Event", "name": .string(e.title), "startDate": .string(iso(e.start)),
                                      "url": .string(config.absoluteURL(e.origin.path)), "eventStatus": "https://schema.org/EventScheduled"]
        if let end = e.end { o["endDate"] = .string(iso(end)) }
        if let summary = e.summary { o["description"] = .string(summary) }
        if let place = e.place {
            o["location"] = .object(StructuredData.place(place))
            o["eventAttendanceMode"] = "https://schema.org/OfflineEventAttendanceMode"
        }
        if config.publisher != nil { o["organizer"] = ["@id": .string(config.baseURL + "#editeur")] }
        return o
    }

    func experimentJSONLD(_ e: Experiment) -> [String: JSONValue]? {
        guard let place = e.place else { return nil }
        var o = StructuredData.place(place)
        o["description"] = .string(e.title)
        return o
    }
}
