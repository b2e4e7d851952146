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
        if let email = p.email { o["email"] = .string(email) }
        if let logo = config.publisherLogo { o["logo"] = .string(config.absoluteURL(SitePaths.encode(logo.src))) }
        return o
    }

    /// A reference to the publisher described on the same page.
    static func publisherRef(_ config: SiteConfig) -> JSONValue? {
        config.publisher.map { _ in ["@id": .string(config.baseURL + "#editeur")] }
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
    /// The JSON-LD of a page: the publisher, plus the things the page is about.
    func jsonLD(_ things: [[String: JSONValue]]) -> String {
        guard !things.isEmpty else { return publisherJSONLD }
        return StructuredData.script([StructuredData.publisher(config)].compactMap { $0 } + things)
    }

    /// The page's image for search engines, else the publisher's logo.
    private func structuredImage(_ ref: ImageRef?, file: String) -> JSONValue? {
        // A photo is published as its variants: its 1200 × 630 share image stands for it.
        (shareImage(ref, file: file)?.src ?? config.publisherLogo?.src).map { src in
            .string(config.absoluteURL(SitePaths.encode(program.photos[src]?.share ?? src)))
        }
    }

    /// An event's moment: a date, or a time with the site zone's offset on that day.
    func structuredMoment(_ m: Event.Moment) -> String {
        switch m {
        case .day(let d): return d.iso
        case .time(let t): return ISOTimestamp(timeZone: config.timezone).format(t)
        }
    }

    func newsJSONLD(_ n: NewsItem) -> [String: JSONValue] {
        // News items are not revised after publication: modified on the day they were published.
        var o: [String: JSONValue] = ["@type": "NewsArticle", "headline": .string(n.title), "datePublished": .string(n.date.iso),
                                      "dateModified": .string(n.date.iso),
                                      "url": .string(config.absoluteURL(n.origin.path)), "inLanguage": .string(config.language)]
        if let summary = n.summary { o["description"] = .string(summary) }
        if let publisher = StructuredData.publisherRef(config) {
            o["publisher"] = publisher
            o["author"] = publisher
        }
        o["image"] = structuredImage(n.image, file: n.origin.file)
        return o
    }

    func eventJSONLD(_ e: Event) -> [String: JSONValue] {
        var o: [String: JSONValue] = ["@type": "Event", "name": .string(e.title), "startDate": .string(structuredMoment(e.start)),
                                      "url": .string(config.absoluteURL(e.origin.path)), "eventStatus": "https://schema.org/EventScheduled"]
        if let end = e.end { o["endDate"] = .string(structuredMoment(end)) }
        o["image"] = structuredImage(e.image, file: e.origin.file)
        if let summary = e.summary { o["description"] = .string(summary) }
        if let place = e.place {
            o["location"] = .object(StructuredData.place(place))
            o["eventAttendanceMode"] = "https://schema.org/OfflineEventAttendanceMode"
        }
        o["organizer"] = StructuredData.publisherRef(config)
        return o
    }

    func experimentJSONLD(_ e: Experiment) -> [String: JSONValue]? {
        guard let place = e.place else { return nil }
        var o = StructuredData.place(place)
        o["description"] = .string(e.title)
        return o
    }
}

extension PageRenderer {
    /// A schema.org Dataset for an open data file, as harvesters and dataset search read it.
    func datasetJSONLD(_ file: OpenDataFile, modified: Day?) -> [String: JSONValue]? {
        guard let name = file.title else { return nil }
        let page = config.absoluteURL(Paths.openData)
        var o: [String: JSONValue] = [
            "@type": "Dataset", "@id": .string(page + "#fichier-\(file.name)"), "name": .string(name),
            "description": .string(file.description), "url": .string(page), "inLanguage": .string(config.language),
            "license": .string(OpenDataLicence.url), "isAccessibleForFree": .bool(true),
            "distribution": [["@type": "DataDownload", "encodingFormat": .string(file.mediaType),
                              "contentUrl": .string(config.absoluteURL(file.path))]],
        ]
        if let modified { o["dateModified"] = .string(modified.iso) }
        if let (first, last) = file.coverage { o["temporalCoverage"] = .string("\(first.iso)/\(last.iso)") }
        if let conformsTo = file.conformsTo { o["conformsTo"] = .string(conformsTo) }
        if let schema = file.schema, !schema.url.contains(":") { o["schemaVersion"] = .string(config.absoluteURL(schema.url)) }
        if let publisher = StructuredData.publisherRef(config) {
            o["publisher"] = publisher
            o["creator"] = publisher
        }
        return o
    }
}
