import Foundation

struct ReferentView: Equatable {
    let role: String
    let name: String
    let since: String?
}

struct CommunePage: Equatable {
    let name: String
    let summary: String?
    let facts: [Fact]
    let image: ImageView?
    let themes: [LinkView]
    let hasConvention: Bool
    let reference: String?
    let badge: Badge?
    let supportEnded: String?
    let timeline: [TimelineRow]
    let pendingAmendments: [String]
    let referents: [ReferentView]
    let experimentGroups: [Group]
    let news: [Card]
    let upcomingEvents: [Card]
    let pastEvents: [Card]
    let feedHref: String
    /// The Métropole zoomed on the commune; nil when its INSEE code is not one of the Métropole's.
    let map: MapView?
    let body: BodyView
}

struct CommuneListPage: Equatable {
    let title: String
    let communes: [Card]
}

struct OverviewRow: Equatable {
    let name: String
    let href: String
    let promotion: String
    let badge: Badge?
    /// Each count with its column's header, which a phone shows beside it (the table stacks).
    let counts: [Fact]
    let total: String
}

struct ProgrammePage: Equatable {
    let title: String
    let statusHeaders: [String]
    let rows: [OverviewRow]
    let totals: [Fact]
    let total: String
    let communeCount: String
    let nowText: String
    let figures: [KeyFigure]
}

extension PageRenderer {
    func communeCard(_ c: Commune, from path: String) -> Card {
        let state = program.states[c.origin.slug]
        let meta = [c.department, c.district].compactMap { $0 }.joined(separator: " · ")
        return Card(title: c.name, href: SitePaths.relative(from: path, to: c.origin.path), summary: c.summary,
                    meta: meta.isEmpty ? nil : meta, dateText: nil, dateISO: nil, badge: state.map(badge(for:)))
    }

    /// A commune's page: the commune, its experiments, its news and its events.
    func communePage(_ c: Commune) -> String {
        let path = c.origin.path
        let slug = c.origin.slug
        let state = program.states[slug]
        var facts: [Fact] = []
        let t = strings.table
        if let mayor = c.mayor { facts.append(Fact(term: t["mayor"] ?? "", value: mayor)) }
        if let district = c.district { facts.append(Fact(term: t["district"] ?? "", value: district)) }
        if let department = c.department { facts.append(Fact(term: t["department"] ?? "", value: department)) }
        if let territory = c.territory { facts.append(Fact(term: t["territory"] ?? "", value: territory)) }
        if let promotion = c.promotion { facts.append(Fact(term: t["promotion"] ?? "", value: "\(promotion)")) }
        facts.append(Fact(term: t["insee"] ?? "", value: c.insee))

        let referents = [(c.elected, "referent_elected"), (c.agent, "referent_agent")].compactMap { person, key in
            person.map { p in
                ReferentView(role: [t[key], p.role].compactMap { $0 }.joined(separator: " — "), name: p.name,
                             since: p.since.map { strings.format(.since, dates.long($0)) })
            }
        }
        let experiments = program.experiments(of: slug)
        let page = CommunePage(
            name: c.name, summary: c.summary, facts: facts, image: image(c.image, from: path),
            themes: themeLinks(c.themes, from: path), hasConvention: c.convention != nil,
            reference: c.convention?.reference, badge: state.map(badge(for:)),
            supportEnded: state?.status == .expired ? strings[.supportEnded] : nil,
            timeline: state.map(timeline) ?? [],
            pendingAmendments: state.map(pendingAmendments) ?? [],
            referents: referents,
            experimentGroups: experimentGroups(experiments, from: path, showCommune: false),
            news: program.news(of: slug).map { newsCard($0, from: path) },
            upcomingEvents: program.upcomingEvents(of: slug).map { eventCard($0, from: path) },
            pastEvents: program.pastEvents(of: slug).map { eventCard($0, from: path) },
            feedHref: SitePaths.relative(from: path, to: FeedCatalog.communeFeedPath(slug)),
            map: metropoleMap(from: path, focus: c),
            body: body(c.origin.file, illustration: c.illustration))
        let feed = LinkView(label: strings.format(.feedCommuneTitle, c.name, config.title), href: FeedCatalog.communeFeedPath(slug))
        return render("commune", path: path, title: c.name, description: c.summary, page: page,
                      image: shareImage(c.image, file: c.origin.file), extraFeeds: [feed], search: searchFilters(c))
    }

    func communeListPage() -> String {
        let path = Paths.communes
        let title = strings[.communesTitle]
        return render("communes", path: path, title: title, description: nil,
                      page: CommuneListPage(title: title, communes: program.communes.map { communeCard($0, from: path) }))
    }

    /// Every commune with its status and its experiments counted per status; totals for the program.
    func programmePage() -> String {
        let path = Paths.programme
        let statuses = Experiment.Status.allCases
        var totals = [Int](repeating: 0, count: statuses.count)
        let rows = program.communes.map { c -> OverviewRow in
            let mine = program.experiments(of: c.origin.slug)
            let counts = statuses.enumerated().map { i, s -> Int in
                let n = mine.filter { $0.status == s }.count
                totals[i] += n
                return n
            }
            return OverviewRow(name: c.name, href: SitePaths.relative(from: path, to: c.origin.path),
                               promotion: c.promotion.map(String.init) ?? "—",
                               badge: program.states[c.origin.slug].map(badge(for:)),
                               counts: zip(statuses, counts).map { Fact(term: statusLabel($0), value: numbers.format($1)) },
                               total: numbers.format(mine.count))
        }
        let title = strings[.programmeTitle]
        let page = ProgrammePage(title: title, statusHeaders: statuses.map(statusLabel), rows: rows,
                                 totals: zip(statuses, totals).map { Fact(term: statusLabel($0), value: numbers.format($1)) }, total: numbers.format(program.experiments.count),
                                 communeCount: numbers.format(program.communes.count), nowText: dates.long(program.now),
                                 figures: keyFigures(ProgramFigures(program)))
        return render("programme", path: path, title: title, description: nil, page: page)
    }
}
