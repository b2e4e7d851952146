/// The site map page (`plan-du-site/`): every page of sitemap.xml but the later pages of long
/// lists, grouped as a citizen looks for them. RGAA 12.1 asks for a second way to find a page
/// besides the menu.
struct SiteMapPage: Equatable {
    let title: String
    let sections: [SiteMapSection]
}

/// A heading and its links, in groups (experiments by commune, news by year) or in one group
/// without a label.
struct SiteMapSection: Equatable {
    let id: String
    let title: String
    let groups: [SiteMapGroup]
}

struct SiteMapGroup: Equatable {
    let label: String?
    let links: [LinkView]
}

extension PageRenderer {
    func siteMapPage() -> String {
        let path = Paths.siteMap
        func link(_ label: String, _ target: String) -> LinkView {
            LinkView(label: label, href: SitePaths.relative(from: path, to: target))
        }
        let t = strings.table
        var main = [link(t["home_link"] ?? "", ""), link(strings[.communesTitle], Paths.communes),
                    link(strings[.experimentsTitle], addresses.experiments), link(strings[.newsTitle], addresses.news),
                    link(strings[.eventsTitle], addresses.events), link(strings[.callsTitle], addresses.calls),
                    link(strings[.programmeTitle], Paths.programme),
                    link(strings[.subscribeTitle], Paths.subscribe), link(strings[.openDataTitle], Paths.openData)]
        main.append(link(strings[.siteMapTitle], Paths.siteMap))
        if config.search { main.append(link(strings[.searchTitle], Paths.search)) }
        let experimentGroups = program.communes.compactMap { c -> SiteMapGroup? in
            let experiments = program.experiments(of: c.origin.slug)
            guard !experiments.isEmpty else { return nil }
            return SiteMapGroup(label: c.name, links: experiments.map { link($0.title, $0.origin.path) })
        }
        // Newest year first, as the news list shows them.
        let years = Dictionary(grouping: program.news, by: { $0.date.year })
        let newsGroups = years.keys.sorted(by: >).map { year in
            SiteMapGroup(label: String(year), links: years[year]!.map { link($0.title, $0.origin.path) })
        }
        var others = program.pages.map { link($0.title, $0.origin.path) }
        if !program.pages.contains(where: { $0.origin.path == Paths.accessibility }) {
            others.append(link(strings[.accessibilityTitle], Paths.accessibility))
        }
        if !program.pages.contains(where: { $0.origin.path == Paths.legal }) {
            others.append(link(strings[.legalTitle], Paths.legal))
        }
        func plain(_ links: [LinkView]) -> [SiteMapGroup] { [SiteMapGroup(label: nil, links: links)] }
        let sections = [
            SiteMapSection(id: "principales", title: t["site_map_main"] ?? "", groups: plain(main)),
            SiteMapSection(id: "communes", title: strings[.communesTitle],
                           groups: plain(program.communes.map { link($0.name, $0.origin.path) })),
            SiteMapSection(id: "experimentations", title: t["site_map_experiments"] ?? "", groups: experimentGroups),
            SiteMapSection(id: "themes", title: t["site_map_themes"] ?? "",
                           groups: plain(config.themes.map { link($0.label, Paths.theme($0.slug)) })),
            SiteMapSection(id: "actualites", title: t["site_map_news"] ?? "", groups: newsGroups),
            SiteMapSection(id: "evenements", title: strings[.eventsTitle],
                           groups: plain(program.events.map { link($0.title, $0.origin.path) })),
            SiteMapSection(id: "appels", title: strings[.callsTitle],
                           groups: plain(program.calls.map { link($0.title, $0.origin.path) })),
            SiteMapSection(id: "autres", title: t["site_map_others"] ?? "", groups: plain(others)),
        ].filter { $0.groups.contains { !$0.links.isEmpty } }
        let title = strings[.siteMapTitle]
        return render("site-map", path: path, title: title, description: nil,
                      page: SiteMapPage(title: title, sections: sections))
    }
}
