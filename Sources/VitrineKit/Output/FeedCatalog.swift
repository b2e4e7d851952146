/// Which feeds the site has and what goes in each: the whole site, each commune, each theme.
/// Items are news, experiments (dated by `updated`, else `start`) and convention milestones,
/// so that followers hear when a commune's status changes.
struct FeedCatalog {
    let program: Program
    let pages: PageRenderer
    let bodies: [String: RenderedMarkdown]

    struct Feed {
        let path: String
        let title: String
        let description: String
        let linkPath: String
        /// Made on demand: a patch makes again only the feeds that read an edited file.
        let items: () -> [FeedItem]
    }

    static func communeFeedPath(_ slug: String) -> String { "communes/\(slug)/feed.xml" }
    static func themeFeedPath(_ slug: String) -> String { "themes/\(slug)/feed.xml" }

    var feeds: [Feed] {
        let strings = pages.strings
        let config = program.config
        let program = program
        var feeds = [Feed(path: PageRenderer.Paths.feed, title: config.title,
                          description: config.description ?? config.title, linkPath: "",
                          items: { newsItems(Self.newest(program.news, \.date)) + experimentItems(Self.newest(program.experiments, \.date))
                              + program.communes.flatMap(milestones) + callItems(program.openedCalls) })]
        for c in program.communes {
            let slug = c.origin.slug
            feeds.append(Feed(path: Self.communeFeedPath(slug), title: strings.format(.feedCommuneTitle, c.name, config.title),
                              description: c.summary ?? c.name, linkPath: c.origin.path,
                              items: { newsItems(Self.newest(program.news(of: slug), \.date))
                                  + experimentItems(Self.newest(program.experiments(of: slug), \.date)) + milestones(c) }))
        }
        for theme in config.themes {
            let (slug, label) = (theme.slug, theme.label)
            feeds.append(Feed(path: Self.themeFeedPath(slug), title: strings.format(.feedThemeTitle, label, config.title),
                              description: label, linkPath: PageRenderer.Paths.theme(slug),
                              items: { experimentItems(Self.newest(program.experiments(withTheme: slug), \.date)) }))
        }
        return feeds
    }

    /// The items of a list sorted newest first (the program's order) that can be among a feed's
    /// `FeedWriter.limit` newest: the first `limit` with a date, and every other of the same day
    /// as the last of them (ties are broken by address, which the program's order is not).
    /// Making feed items of a whole site to keep 50 was most of a large feed's time.
    static func newest<T>(_ list: [T], _ date: (T) -> Day?) -> [T] {
        var kept: [T] = []
        var dated = 0
        var boundary: Day?
        for item in list {
            guard let day = date(item) else { continue }
            if let boundary, day < boundary { break }
            kept.append(item)
            dated += 1
            if dated == FeedWriter.limit { boundary = day }
        }
        return kept
    }

    func newsItems(_ news: [NewsItem]) -> [FeedItem] {
        news.map { FeedItem(title: $0.title, path: $0.origin.path, fragment: "", guid: nil, date: $0.date,
                            summary: $0.summary, html: bodies[$0.origin.file]?.html ?? "") }
    }

    func experimentItems(_ experiments: [Experiment]) -> [FeedItem] {
        experiments.compactMap { e in
            e.date.map { FeedItem(title: e.title, path: e.origin.path, fragment: "", guid: nil, date: $0,
                                  summary: e.summary, html: bodies[e.origin.file]?.html ?? "") }
        }
    }

    /// Calls for applications, dated by their opening (or their announcement, for one not open
    /// yet), their deadline in the title and the text.
    func callItems(_ calls: [CallForApplications]) -> [FeedItem] {
        let strings = pages.strings, dates = pages.dates
        return calls.map { c in
            let period = strings.format(.callFeedText, dates.long(c.opens), dates.long(c.closes))
            let summary = [c.summary, period].compactMap { $0 }.joined(separator: " ")
            return FeedItem(title: "\(c.title) (\(strings.format(.callClosesOn, dates.long(c.closes))))", path: c.origin.path,
                            fragment: "", guid: nil, date: c.opens, summary: summary,
                            html: "<p>\(HTMLText.escape(period))</p>\n" + (bodies[c.origin.file]?.html ?? ""))
        }
    }

    /// The convention's announcements on the build date (`ConventionState.announcements`).
    func milestones(_ c: Commune) -> [FeedItem] {
        guard let conv = c.convention, let state = program.states[c.origin.slug] else { return [] }
        let strings = pages.strings
        let dates = pages.dates
        let base = program.config.absoluteURL(c.origin.path)
        func item(_ kind: String, _ day: Day, _ title: String, _ text: String) -> FeedItem {
            let escaped = HTMLText.escape(text)
            return FeedItem(title: title, path: c.origin.path, fragment: "#convention-titre",
                            guid: "\(base)#convention-\(kind)-\(day.iso)", date: day, summary: text,
                            html: "<p>\(escaped)</p>")
        }
        var amendmentsOnDay: [Day: Int] = [:]
        return state.announcements.compactMap { m in
            switch m.kind {
            case .signed:
                return item("signature", m.day, strings.format(.feedMilestoneSignedTitle, c.name),
                            strings.format(.feedMilestoneSignedText, c.name, dates.long(m.day), dates.long(conv.ends)))
            case .amendmentSigned(let a):
                // A second amendment signed the same day gets its own guid (`avenant-2`).
                let n = (amendmentsOnDay[m.day] ?? 0) + 1
                amendmentsOnDay[m.day] = n
                return item(n == 1 ? "avenant" : "avenant-\(n)", m.day, strings.format(.feedMilestoneAmendmentTitle, c.name),
                            strings.format(.feedMilestoneAmendmentText, dates.long(m.day), a.summary))
            case .terminationNotified(let t):
                return item("resiliation", m.day, strings.format(.feedMilestoneTerminationTitle, c.name),
                            strings.format(.feedMilestoneTerminationText, dates.long(m.day), dates.long(t.effective ?? m.day)))
            default:
                return nil
            }
        }
    }
}
