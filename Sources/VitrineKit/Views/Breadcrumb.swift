/// The trail from the home page to the current one (« Accueil › Expérimentations › Soy PV »),
/// shown on every page below the home and given to search engines as a `BreadcrumbList`.
struct Breadcrumb: Hashable {
    let items: [Crumb]
}

/// One step of the trail; the current page has no `href`.
struct Crumb: Hashable {
    let label: String
    let href: String?
}

extension PageRenderer {
    /// A step of a trail: its label and the site path it leads to.
    typealias Step = (label: String, path: String)

    /// The steps from the home page to `path`, which is titled `title`; nil for the home page and
    /// the 404 page (it answers any address). A page under a list's folder goes through that list;
    /// theme pages go through the experiments, since there is no list of themes.
    func trail(to path: String, title: String) -> [Step]? {
        guard !path.isEmpty, path.hasSuffix("/") else { return nil }
        let sections: [(folder: String, list: String, label: String)] = [
            (Paths.communes, Paths.communes, strings[.communesTitle]),
            (addresses.experiments, addresses.experiments, strings[.experimentsTitle]),
            ("themes/", addresses.experiments, strings[.experimentsTitle]),
            (addresses.news, addresses.news, strings[.newsTitle]),
            (addresses.events, addresses.events, strings[.eventsTitle]),
        ]
        var steps: [Step] = [(strings.table["home_link"] ?? "", "")]
        if let section = sections.first(where: { path.hasPrefix($0.folder) }), path != section.list {
            steps.append((section.label, section.list))
        }
        steps.append((title, path))
        return steps
    }

    func breadcrumb(_ steps: [Step], links: LinkStyle) -> Breadcrumb {
        Breadcrumb(items: steps.indices.map { i in
            Crumb(label: steps[i].label, href: i == steps.count - 1 ? nil : links.href(steps[i].path))
        })
    }

    /// The same trail for search engines, with absolute addresses.
    func breadcrumbJSONLD(_ steps: [Step]) -> [String: JSONValue] {
        let items = steps.indices.map { i -> JSONValue in
            ["@type": "ListItem", "position": .number(Double(i + 1)), "name": .string(steps[i].label),
             "item": .string(config.absoluteURL(SitePaths.encode(steps[i].path)))]
        }
        return ["@type": "BreadcrumbList", "itemListElement": .array(items)]
    }
}
