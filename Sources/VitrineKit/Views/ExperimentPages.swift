struct ExperimentPage: Equatable {
    let title: String
    let summary: String?
    let statusLabel: String
    let statusCode: String
    let outcome: String?
    let commune: LinkView?
    let innovator: String?
    let innovatorKind: String?
    let innovatorURL: String?
    let period: String?
    let place: PlaceView?
    let themes: [LinkView]
    let image: ImageView?
    let updated: String?
    let updatedISO: String?
    /// `#resultats` when the body has a « Résultats » section, to reach it from the top.
    let resultsHref: String?
    /// Measured results: key figures, charts and their tables.
    let indicators: [IndicatorView]
    let body: BodyView
}

struct PlaceView: Equatable {
    let name: String
    let address: String?
    let mapHref: String?
}

struct ExperimentListPage: Equatable {
    let title: String
    let byStatus: [Group]
    /// Every experiment again, commune by commune, when the list has one page.
    let byCommune: [Group]
    /// When the list has several pages, on the first: each commune with its count.
    let communeLinks: [CountLink]
    /// Whether this page has the « by commune » section (then a table of contents leads to it).
    let hasCommuneSection: Bool
    let pager: PagerView?
}

struct ThemePage: Equatable {
    let title: String
    let experiments: [Card]
    let communes: [Card]
    let pager: PagerView?
}

extension PageRenderer {
    func statusLabel(_ s: Experiment.Status) -> String {
        switch s {
        case .candidate: return strings[.experimentCandidate]
        case .selected: return strings[.experimentSelected]
        case .testing: return strings[.experimentTesting]
        case .completed: return strings[.experimentCompleted]
        case .scaled: return strings[.experimentScaled]
        case .abandoned: return strings[.experimentAbandoned]
        }
    }

    func outcomeLabel(_ e: Experiment) -> String? {
        guard let o = e.shownOutcome else { return nil }
        return o == .conclusive ? strings[.outcomeConclusive] : strings[.outcomeInconclusive]
    }

    func experimentCard(_ e: Experiment, from path: String, showCommune: Bool = true) -> Card {
        var meta = [statusLabel(e.status)]
        if let outcome = outcomeLabel(e) { meta.append(outcome) }
        if showCommune, let c = program.commune(e.commune) { meta.insert(c.name, at: 0) }
        return Card(title: e.title, href: SitePaths.relative(from: path, to: e.origin.path), summary: e.summary,
                    meta: meta.joined(separator: " · "), dateText: e.start.map(dates.long),
                    dateISO: e.start?.iso, badge: nil)
    }

    /// Experiments in lifecycle order of status, empty groups left out. A group's count is
    /// `totals`' when given (a page of a longer list), else how many it shows.
    func experimentGroups(_ list: some Collection<Experiment>, from path: String, showCommune: Bool,
                          totals: [Experiment.Status: Int]? = nil) -> [Group] {
        Experiment.Status.allCases.compactMap { status in
            let items = list.filter { $0.status == status }
            guard !items.isEmpty else { return nil }
            return Group(id: "statut-\(status.rawValue)", label: statusLabel(status), count: totals?[status] ?? items.count,
                         items: items.map { experimentCard($0, from: path, showCommune: showCommune) })
        }
    }

    /// An experiment's page: its facts, its results, its text.
    func experimentPage(_ e: Experiment) -> String {
        let path = e.origin.path
        let commune = program.commune(e.commune)
        var period: String?
        if let start = e.start {
            period = e.end.map { strings.format(.fromTo, dates.long(start), dates.long($0)) }
                ?? strings.format(.fromOnly, dates.long(start))
        }
        let kind = e.innovator?.kind.map { k -> String in
            switch k {
            case .startup: return strings[.innovatorStartup]
            case .association: return strings[.innovatorAssociation]
            case .company: return strings[.innovatorCompany]
            }
        }
        let place = e.place.map { p in
            PlaceView(name: p.name, address: p.address, mapHref: p.latitude.flatMap { lat in
                p.longitude.map { "https://www.openstreetmap.org/?mlat=\(lat)&mlon=\($0)#map=18/\(lat)/\($0)" }
            })
        }
        let results = bodies[e.origin.file]?.headings.first { ["resultats", "resultat", "results"].contains(Slug.make($0.text)) }
        let page = ExperimentPage(
            title: e.title, summary: e.summary, statusLabel: statusLabel(e.status), statusCode: e.status.rawValue,
            outcome: outcomeLabel(e),
            commune: commune.map { LinkView(label: $0.name, href: SitePaths.relative(from: path, to: $0.origin.path)) },
            innovator: e.innovator?.name, innovatorKind: kind, innovatorURL: e.innovator?.url, period: period,
            place: place, themes: themeLinks(e.themes, from: path), image: image(e.image, from: path),
            updated: e.updated.map(dates.long), updatedISO: e.updated?.iso, resultsHref: results.map { "#\($0.id)" },
            indicators: indicatorViews(e), body: body(e.origin.file, illustration: e.illustration))
        return render("experiment", path: path, title: e.title, description: e.summary, page: page,
                      ogType: "article", image: shareImage(e.image, file: e.origin.file), structured: [experimentJSONLD(e)].compactMap { $0 },
                      search: searchFilters(e))
    }

    /// Page `page` of the experiments list: its experiments grouped by status in lifecycle order.
    /// When the whole list fits on one page, it is also given commune by commune; when it does
    /// not, the first page lists the communes with their count, linking to their pages.
    func experimentListPage(_ listing: ExperimentListing, page: Int) -> String {
        let base = addresses.experiments
        let path = Paging.path(base, page: page)
        let paging = Paging(total: listing.inStatusOrder.count, perPage: perPage)
        let byStatus = experimentGroups(listing.inStatusOrder[paging.items(on: page)], from: path, showCommune: true,
                                        totals: listing.countByStatus)
        var byCommune: [Group] = [], communeLinks: [CountLink] = []
        for c in program.communes {
            let items = program.experiments(of: c.origin.slug)
            guard !items.isEmpty else { continue }
            if paging.count == 1 {
                byCommune.append(Group(id: "commune-\(c.origin.slug)", label: c.name, count: items.count,
                                       items: items.map { experimentCard($0, from: path, showCommune: false) }))
            } else if page == 1 {
                communeLinks.append(CountLink(label: c.name, href: SitePaths.relative(from: path, to: c.origin.path) + "#experimentations-titre",
                                              count: items.count))
            }
        }
        let title = pagedTitle(strings[.experimentsTitle], paging, page: page)
        let list = ExperimentListPage(title: title, byStatus: byStatus, byCommune: byCommune, communeLinks: communeLinks,
                                      hasCommuneSection: !byCommune.isEmpty || !communeLinks.isEmpty, pager: pager(paging, base: base, page: page))
        return render("experiments", path: path, title: title, description: nil, page: list)
    }

    /// Page `page` of a theme: its experiments, and on the first page its communes.
    func themePage(slug: String, label: String, experiments: [Experiment], page: Int) -> String {
        let base = Paths.theme(slug)
        let path = Paging.path(base, page: page)
        let paging = Paging(total: experiments.count, perPage: perPage)
        let title = pagedTitle(strings.format(.themeTitle, label), paging, page: page)
        let themePage = ThemePage(
            title: title,
            experiments: experiments[paging.items(on: page)].map { experimentCard($0, from: path) },
            communes: page > 1 ? [] : program.communes.filter { $0.themes.contains(slug) }.map { communeCard($0, from: path) },
            pager: pager(paging, base: base, page: page))
        let feed = LinkView(label: strings.format(.feedThemeTitle, label, config.title), href: FeedCatalog.themeFeedPath(slug))
        return render("theme", path: path, title: title, description: nil, page: themePage, extraFeeds: [feed])
    }
}

/// The experiments list, sorted once for all its pages: by status in lifecycle order, then as
/// the program sorts them.
struct ExperimentListing {
    let inStatusOrder: [Experiment]
    let countByStatus: [Experiment.Status: Int]

    init(_ experiments: [Experiment]) {
        // One pass, a bucket per status.
        var buckets = [Experiment.Status: [Experiment]]()
        for e in experiments { buckets[e.status, default: []].append(e) }
        inStatusOrder = Experiment.Status.allCases.flatMap { buckets[$0] ?? [] }
        countByStatus = buckets.mapValues(\.count)
    }
}
