import Foundation

/// JSON-LD for search engines: the publisher on every page, and the page's own thing
/// (an Event, a NewsArticle, a Place). Escaped so that no value can close the `<script>` element.
enum StructuredData {
    static func script(_ objects: [[String: Any]]) -> String {
        let graph: [String: Any] = ["@context": "https://schema.org", "@graph": objects]
        guard let data = try? JSONSerialization.data(withJSONObject: graph, options: [.sortedKeys, .withoutEscapingSlashes]),
              let json = String(data: data, encoding: .utf8) else { return "" }
        return escapeForScript(json)
    }

    /// `<`, `>` and `&` become JSON unicode escapes: `</script>` or `<!--` in a value cannot end the element.
    static func escapeForScript(_ json: String) -> String {
        var out = ""
        out.reserveCapacity(json.utf8.count)
        for c in json.unicodeScalars {
            switch c {
            case "<": out += "\\u003c"
            case ">": out += "\\u003e"
            case "&": out += "\\u0026"
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }

    static func publisher(_ config: SiteConfig) -> [String: Any]? {
        guard let p = config.publisher else { return nil }
        var o: [String: Any] = ["@type": "GovernmentOrganization", "@id": config.baseURL + "#editeur", "name": p.name, "url": config.baseURL]
        if let address = p.address { o["address"] = address }
        if let phone = p.phone { o["telephone"] = phone }
        return o
    }

    static func place(_ p: Place) -> [String: Any] {
        var o: [String: Any] = ["@type": "Place", "name": p.name]
        if let address = p.address { o["address"] = address }
        if let lat = p.latitude, let lon = p.longitude {
            o["geo"] = ["@type": "GeoCoordinates", "latitude": lat, "longitude": lon]
        }
        return o
    }
}

extension PageRenderer {
    /// The JSON-LD of a page: the publisher, plus `thing` when the page is about one.
    func jsonLD(_ thing: [String: Any]?) -> String {
        guard let thing else { return publisherJSONLD }
        return StructuredData.script([StructuredData.publisher(config), thing].compactMap { $0 })
    }

    func newsJSONLD(_ n: NewsItem) -> [String: Any] {
        var o: [String: Any] = ["@type": "NewsArticle", "headline": n.title, "datePublished": n.date.iso,
                                "url": config.absoluteURL(n.origin.path), "inLanguage": config.language]
        if let summary = n.summary { o["description"] = summary }
        if config.publisher != nil { o["publisher"] = ["@id": config.baseURL + "#editeur"] }
        if let image = shareImage(n.image, file: n.origin.file) { o["image"] = config.absoluteURL(SitePaths.encode(image.src)) }
        return o
    }

    func eventJSONLD(_ e: Event) -> [String: Any] {
        var o: [String: Any] = ["@type": "Event", "name": e.title, "startDate": iso(e.start),
                                "url": config.absoluteURL(e.origin.path), "eventStatus": "https://schema.org/EventScheduled"]
        if let end = e.end { o["endDate"] = iso(end) }
        if let summary = e.summary { o["description"] = summary }
        if let place = e.place {
            o["location"] = StructuredData.place(place)
            o["eventAttendanceMode"] = "https://schema.org/OfflineEventAttendanceMode"
        }
        if config.publisher != nil { o["organizer"] = ["@id": config.baseURL + "#editeur"] }
        return o
    }

    func experimentJSONLD(_ e: Experiment) -> [String: Any]? {
        guard let place = e.place else { return nil }
        var o = StructuredData.place(place)
        o["description"] = e.title
        return o
    }
}
