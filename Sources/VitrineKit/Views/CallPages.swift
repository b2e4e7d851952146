/// Calls for applications: their page, their list, and the card the home page shows.
struct CallPage: Equatable {
    let title: String
    let summary: String?
    let state: Badge
    let opensText: String
    let opensISO: String
    let closesText: String
    let closesISO: String
    let url: String?
    let communes: [LinkView]
    let themes: [LinkView]
    let image: ImageView?
    let body: BodyView
}

struct CallListPage: Equatable {
    let title: String
    let calendarHref: String
    /// Open, then upcoming, then closed; empty groups left out.
    let groups: [Group]
}

extension PageRenderer {
    func callStateLabel(_ state: CallForApplications.State) -> String {
        switch state {
        case .upcoming: return strings[.callUpcoming]
        case .open: return strings[.callOpen]
        case .closed: return strings[.callClosed]
        }
    }

    /// « Ouvert », with the date that matters in that state: the deadline, the opening or the closing.
    func callBadge(_ c: CallForApplications) -> Badge {
        let state = program.state(of: c)
        let detail: String
        switch state {
        case .upcoming: detail = strings.format(.callOpensOn, dates.long(c.opens))
        case .open: detail = strings.format(.callClosesOn, dates.long(c.closes))
        case .closed: detail = strings.format(.callClosedOn, dates.long(c.closes))
        }
        return Badge(code: "call_\(state.rawValue)", label: callStateLabel(state), detail: detail, prefix: strings[.callStatePrefix])
    }

    func callCard(_ c: CallForApplications, from path: String) -> Card {
        Card(title: c.title, href: SitePaths.relative(from: path, to: c.origin.path), summary: c.summary,
             meta: nil, dateText: strings.format(.fromTo, dates.long(c.opens), dates.long(c.closes)),
             dateISO: c.opens.iso, badge: callBadge(c))
    }

    func callPage(_ c: CallForApplications) -> String {
        let path = c.origin.path
        let page = CallPage(
            title: c.title, summary: c.summary, state: callBadge(c),
            opensText: dates.long(c.opens), opensISO: c.opens.iso, closesText: dates.long(c.closes), closesISO: c.closes.iso,
            url: program.state(of: c) == .closed ? nil : c.url,
            communes: c.communes.compactMap(program.commune).map { LinkView(label: $0.name, href: SitePaths.relative(from: path, to: $0.origin.path)) },
            themes: themeLinks(c.themes, from: path), image: image(c.image, from: path),
            body: body(c.origin.file, illustration: c.illustration))
        return render("call", path: path, title: c.title, description: c.summary, page: page,
                      image: shareImage(c.image, file: c.origin.file), search: searchFilters(c))
    }

    func callListPage() -> String {
        let path = addresses.calls
        let title = strings[.callsTitle]
        let order: [CallForApplications.State] = [.open, .upcoming, .closed]
        let groups = order.compactMap { state -> Group? in
            let items = program.calls(state)
            guard !items.isEmpty else { return nil }
            // « Appels ouverts » as a heading; the badge keeps « Ouvert ».
            let label = strings.table["calls_group_\(state.rawValue)"] ?? callStateLabel(state)
            return Group(id: "appels-\(state.rawValue)", label: label, count: items.count,
                         items: items.map { callCard($0, from: path) })
        }
        return render("calls", path: path, title: title, description: nil,
                      page: CallListPage(title: title, calendarHref: SitePaths.relative(from: path, to: "events.ics"), groups: groups))
    }

    func searchFilters(_ c: CallForApplications) -> [SearchFilter] {
        filed([(SearchKey.kind, [strings[.searchKindCall]]), (SearchKey.commune, c.communes.compactMap(program.commune).map(\.name)),
               (SearchKey.theme, c.themes.compactMap(config.themeLabel))])
    }
}
