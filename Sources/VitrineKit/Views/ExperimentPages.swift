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
    let byCommune: [Group]
}

struct ThemePage: Equatable {
    let title: String
    let experiments: [Card]
    let communes: [Card]
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
        guard e.status == .completed || e.status == .scaled, let o = e.outcome else { return nil }
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

    /// Experiments in lifecycle order of status, empty groups left out.
    func experimentGroups(_ list: [Experiment], from path: String, showCommune: Bool) -> [Group] {
        Experiment.Status.allCases.compactMap { status in
            let items = list.filter { $0.status == status }
            guard !items.isEmpty else { return nil }
            return Group(id: "statut-\(status.rawValue)", label: statusLabel(status), count: items.count,
                         items: items.map { experimentCard($0, from: path, showCommune: showCommune) })
        }
    }

    /// An experiment's page. The preview reuses it while what it shows is unchanged — the
    /// experiment, its commune, its rendered Markdown, its image's size, the site's settings, menu
    /// and theme — without building its view model again.
    func experimentPage(_ e: Experiment) -> String {
        guard let cache else { return buildExperimentPage(e) }
        let input = ExperimentPageInput(
            experiment: e, commune: program.commune(e.commune), body: bodies[e.origin.file],
            imageSize: e.image.flatMap { program.imageSizes[$0.src] }, config: config, menu: menuEntries, theme: themeGeneration)
        return cache.value("experiment page:" + e.origin.path, input: input) { buildExperimentPage(e) }
    }

    private func buildExperimentPage(_ e: Experiment) -> String {
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
            body: body(e.origin.file, illustration: e.illustration))
        return render("experiment", path: path, title: e.title, description: e.summary, page: page,
                      ogType: "article", image: shareImage(e.image, file: e.origin.file), structured: experimentJSONLD(e))
    }

    func experimentListPage() -> String {
        let path = Paths.experiments
        let byCommune = program.communes.compactMap { c -> Group? in
            let items = program.experiments(of: c.origin.slug)
            guard !items.isEmpty else { return nil }
            return Group(id: "commune-\(c.origin.slug)", label: c.name, count: items.count,
                         items: items.map { experimentCard($0, from: path, showCommune: false) })
        }
        let title = strings[.experimentsTitle]
        let page = ExperimentListPage(title: title,
                                      byStatus: experimentGroups(program.experiments, from: path, showCommune: true),
                                      byCommune: byCommune)
        return render("experiments", path: path, title: title, description: nil, page: page)
    }

    func themePage(slug: String, label: String) -> String {
        let path = Paths.theme(slug)
        let title = strings.format(.themeTitle, label)
        let page = ThemePage(
            title: title,
            experiments: program.experiments.filter { $0.themes.contains(slug) }.map { experimentCard($0, from: path) },
            communes: program.communes.filter { $0.themes.contains(slug) }.map { communeCard($0, from: path) })
        let feed = LinkView(label: strings.format(.feedThemeTitle, label, config.title), href: FeedCatalog.themeFeedPath(slug))
        return render("theme", path: path, title: title, description: nil, page: page, extraFeeds: [feed])
    }
}

/// Everything an experiment's page is made from (see `experimentPage`).
private struct ExperimentPageInput: Equatable {
    let experiment: Experiment
    let commune: Commune?
    let body: RenderedMarkdown?
    let imageSize: ImageDimensions?
    let config: SiteConfig
    let menu: [SiteConfig.MenuEntry]
    let theme: Int
}
