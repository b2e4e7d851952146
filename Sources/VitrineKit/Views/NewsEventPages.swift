struct NewsPage: Equatable {
    let title: String
    let summary: String?
    let dateText: String
    let dateISO: String
    let commune: LinkView?
    let image: ImageView?
    let body: BodyView
}

struct EventPage: Equatable {
    let title: String
    let summary: String?
    let whenText: String
    let startISO: String
    let endISO: String?
    let place: PlaceView?
    let url: String?
    let communes: [LinkView]
    let upcoming: Bool
    let calendarHref: String
    let image: ImageView?
    let body: BodyView
}

struct CardListPage: Equatable {
    let title: String
    let items: [Card]
    let pager: PagerView?
}

struct EventListPage: Equatable {
    let title: String
    let calendarHref: String
    let upcoming: [Card]
    let past: [Card]
}

extension PageRenderer {
    func newsCard(_ n: NewsItem, from path: String) -> Card {
        Card(title: n.title, href: SitePaths.relative(from: path, to: n.origin.path), summary: n.summary,
             meta: n.commune.flatMap { program.commune($0)?.name }, dateText: dates.long(n.date),
             dateISO: n.date.iso, badge: nil)
    }

    func eventCard(_ e: Event, from path: String) -> Card {
        Card(title: e.title, href: SitePaths.relative(from: path, to: e.origin.path), summary: e.summary,
             meta: e.place?.name, dateText: when(e), dateISO: iso(e.start), badge: nil)
    }

    /// « mardi 21 novembre 2024 à 9 h », « le jeudi 11 février 2027, de 14 h à 17 h 30 »,
    /// « du 22 mai 2024 au 25 mai 2024 ».
    func when(_ e: Event) -> String {
        func text(_ m: Event.Moment) -> String {
            switch m {
            case .day(let d): return dates.withWeekday(d)
            case .time(let t): return dates.withTime(t)
            }
        }
        guard let end = e.end, end != e.start else { return text(e.start) }
        if case .time(let a) = e.start, case .time(let b) = end, a.day == b.day {
            return strings.format(.sameDayHours, dates.withWeekday(a.day), dates.time(a), dates.time(b))
        }
        return strings.format(.fromTo, text(e.start), text(end))
    }

    func iso(_ m: Event.Moment) -> String {
        switch m {
        case .day(let d): return d.iso
        case .time(let t): return "\(t.day.iso)T\(t.hour < 10 ? "0" : "")\(t.hour):\(t.minute < 10 ? "0" : "")\(t.minute)"
        }
    }

    func newsPage(_ n: NewsItem) -> String {
        let path = n.origin.path
        let page = NewsPage(
            title: n.title, summary: n.summary, dateText: dates.long(n.date), dateISO: n.date.iso,
            commune: n.commune.flatMap(program.commune).map { LinkView(label: $0.name, href: SitePaths.relative(from: path, to: $0.origin.path)) },
            image: image(n.image, from: path), body: body(n.origin.file, illustration: n.illustration))
        return render("news", path: path, title: n.title, description: n.summary, page: page, ogType: "article",
                      image: shareImage(n.image, file: n.origin.file), structured: [newsJSONLD(n)], search: searchFilters(n))
    }

    /// Page `page` of the news list, newest first.
    func newsListPage(page: Int) -> String {
        let base = addresses.news
        let path = Paging.path(base, page: page)
        let paging = Paging(total: program.news.count, perPage: perPage)
        let title = pagedTitle(strings[.newsTitle], paging, page: page)
        let items = program.news[paging.items(on: page)].map { newsCard($0, from: path) }
        return render("news-list", path: path, title: title, description: nil,
                      page: CardListPage(title: title, items: items, pager: pager(paging, base: base, page: page)))
    }

    func eventPage(_ e: Event) -> String {
        let path = e.origin.path
        let page = EventPage(
            title: e.title, summary: e.summary, whenText: when(e), startISO: iso(e.start), endISO: e.end.map(iso),
            place: e.place.map { PlaceView(name: $0.name, address: $0.address, mapHref: nil) }, url: e.url,
            communes: e.communes.compactMap(program.commune).map { LinkView(label: $0.name, href: SitePaths.relative(from: path, to: $0.origin.path)) },
            upcoming: program.isUpcoming(e),
            calendarHref: SitePaths.relative(from: path, to: CalendarWriter.eventCalendarPath(e)),
            image: image(e.image, from: path),
            body: body(e.origin.file, illustration: e.illustration))
        return render("event", path: path, title: e.title, description: e.summary, page: page,
                      image: shareImage(e.image, file: e.origin.file), structured: [eventJSONLD(e)], search: searchFilters(e))
    }

    func eventListPage() -> String {
        let path = addresses.events
        let title = strings[.eventsTitle]
        return render("events", path: path, title: title, description: nil,
                      page: EventListPage(title: title, calendarHref: SitePaths.relative(from: path, to: "events.ics"),
                                          upcoming: program.upcomingEvents.map { eventCard($0, from: path) },
                                          past: program.pastEvents.map { eventCard($0, from: path) }))
    }
}
