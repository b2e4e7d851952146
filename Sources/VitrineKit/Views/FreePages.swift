struct HomePage: Equatable {
    let title: String
    let body: BodyView
    let communes: [Card]
    let news: [Card]
    let events: [Card]
    /// The calls open on the build date, soonest deadline first: shown near the top.
    let openCalls: [Card]
    let figures: [KeyFigure]
    let map: MapView?
    /// The latest experiments with measured results, each with its first figure.
    let results: [Card]
    let communesHref: String
    let newsHref: String
    let eventsHref: String
    let programmeHref: String
    let callsHref: String
}

struct FreePage: Equatable {
    let title: String
    let summary: String?
    let accessibility: AccessibilityBlock?
    let legal: LegalBlock?
    let body: BodyView
}

/// The accessibility statement in the order of the State's model; every text is ready to show.
struct AccessibilityBlock: Equatable {
    let status: String
    /// « 72 % des critères du RGAA 4.1 sont respectés. », nil before an audit.
    let rate: String?
    let audited: String?
    let auditor: String?
    /// The non-accessible contents, each kind with its heading, only those that have items.
    let inaccessible: [TitledList]
    /// Said when no kind has items.
    let nothingInaccessible: String?
    /// Technologies, test environment, tools and audited pages, those given.
    let establishment: [TitledList]
    /// The multi-year plan and this year's action plan, those given.
    let plans: [LinkView]
    let contact: FeedbackContact?
}

struct TitledList: Equatable {
    let title: String
    let items: [String]
}

/// How to tell the publisher about an accessibility problem.
struct FeedbackContact: Equatable {
    let email: String?
    let emailHref: String?
    let form: String?
    let phone: String?
    let address: String?
}

struct LegalBlock: Equatable {
    let publisher: SiteConfig.Contact?
    let host: SiteConfig.Contact?
    /// Every credited image of the published pages, by page title.
    let credits: [CreditView]
    /// The data the site's drawings are made from (the map's boundaries), with their licence.
    let dataCredits: [String]
    var hasCredits: Bool { !credits.isEmpty || !dataCredits.isEmpty }
}

struct CreditView: Equatable {
    let credit: String
    let title: String
    let href: String
}

struct NotFoundPage: Equatable {
    let title: String
    let homeHref: String
}

extension PageRenderer {
    /// The home page: its text, every commune, the three latest news and upcoming events.
    func homePage() -> String {
        let path = ""
        let home = program.home
        let page = HomePage(
            title: home?.title ?? config.title,
            body: home.map { body($0.origin.file, illustration: $0.illustration) } ?? BodyView(html: "", illustration: nil),
            communes: program.communes.map { communeCard($0, from: path) },
            news: program.news.prefix(3).map { newsCard($0, from: path) },
            events: program.upcomingEvents.prefix(3).map { eventCard($0, from: path) },
            openCalls: program.openCalls.map { callCard($0, from: path) },
            figures: keyFigures(ProgramFigures(program)),
            map: metropoleMap(from: path),
            results: program.experiments.filter { !$0.indicators.isEmpty }.prefix(3).map { resultCard($0, from: path) },
            communesHref: SitePaths.relative(from: path, to: Paths.communes),
            newsHref: SitePaths.relative(from: path, to: addresses.news),
            eventsHref: SitePaths.relative(from: path, to: addresses.events),
            programmeHref: SitePaths.relative(from: path, to: Paths.programme),
            callsHref: SitePaths.relative(from: path, to: addresses.calls))
        return render("home", path: path, title: page.title, description: home?.summary, page: page,
                      image: home.flatMap { bodies[$0.origin.file]?.firstImage })
    }

    /// An experiment with its first indicator: « Température… : 27,8 °C (−11,7 % par rapport à avant…) ».
    func resultCard(_ e: Experiment, from path: String) -> Card {
        let card = experimentCard(e, from: path)
        let figure = e.indicators.first.map { i -> String in
            let view = indicatorView(i, id: "")
            return strings.format(.figurePart, i.label, view.valueText) + (view.changeText.map { " (\($0))" } ?? "")
        }
        return Card(title: card.title, href: card.href, summary: figure ?? card.summary, meta: card.meta,
                    dateText: nil, dateISO: nil, badge: nil)
    }

    /// A free page; `accessibilite` and `mentions-legales` also carry what site.yml says.
    func freePage(_ p: Page?, path: String, defaultTitle: String) -> String {
        let title = p?.title ?? defaultTitle
        var accessibility: AccessibilityBlock?
        var legal: LegalBlock?
        if path == Paths.accessibility {
            accessibility = accessibilityBlock(config.accessibility)
        }
        if path == Paths.legal {
            legal = LegalBlock(publisher: config.publisher, host: config.host, credits: imageCredits(from: path),
                               dataCredits: [config.language == "en" ? MetropoleMap.creditEnglish : MetropoleMap.credit])
        }
        let page = FreePage(title: title, summary: p?.summary, accessibility: accessibility, legal: legal,
                            body: p.map { body($0.origin.file, illustration: $0.illustration) } ?? BodyView(html: "", illustration: nil))
        return render("page", path: path, title: title, description: p?.summary, page: page,
                      search: p == nil ? nil : pageSearchFilters)
    }

    /// The credits of the images the published pages show, in their header (`credit`) or in
    /// their text (an image's title), each once per page.
    func imageCredits(from path: String) -> [CreditView] {
        // Few pages have credits: their text's are looked up once, not for each of 10,000 items.
        let inText = bodies.filter { !$0.value.credits.isEmpty }.mapValues(\.credits)
        var credits: [CreditView] = []
        var seen = Set<[String]>()
        func add(_ image: ImageRef?, _ title: String, _ origin: Origin) {
            let written = inText[origin.file] ?? []
            guard image?.credit != nil || !written.isEmpty else { return }
            let href = SitePaths.relative(from: path, to: origin.path)
            for credit in [image?.credit].compactMap({ $0 }) + written where seen.insert([credit, title, href]).inserted {
                credits.append(CreditView(credit: credit, title: title, href: href))
            }
        }
        for c in program.communes { add(c.image, c.name, c.origin) }
        for e in program.experiments { add(e.image, e.title, e.origin) }
        for n in program.news { add(n.image, n.title, n.origin) }
        for e in program.events { add(e.image, e.title, e.origin) }
        for c in program.calls { add(c.image, c.title, c.origin) }
        for p in program.pages { add(nil, p.title, p.origin) }
        if let home = program.home { add(nil, config.title, home.origin) }
        return credits.sorted { ($0.title, $0.href, $0.credit) < ($1.title, $1.href, $1.credit) }
    }

    func accessibilityBlock(_ a: AccessibilityStatement) -> AccessibilityBlock {
        let status: String
        switch a.status {
        case .full: status = strings[.a11yStatementFull]
        case .partial: status = strings[.a11yStatementPartial]
        case .none: status = strings[.a11yStatementNone]
        }
        let inaccessible = [(UIText.a11yNonConformities, a.nonConformities), (.a11yDerogations, a.derogations),
                            (.a11yDisproportionateBurden, a.disproportionateBurden)]
            .filter { !$0.1.isEmpty }.map { TitledList(title: strings[$0.0], items: $0.1) }
        let c = a.contact
        return AccessibilityBlock(
            status: status, rate: a.rate.map { strings.format(.a11yRate, numbers.format($0)) },
            audited: a.audited.map(dates.long), auditor: a.auditor,
            inaccessible: inaccessible, nothingInaccessible: inaccessible.isEmpty ? strings[.a11yNothingInaccessible] : nil,
            establishment: [(UIText.a11yTechnologies, a.technologies), (.a11yEnvironment, a.environment),
                            (.a11yTools, a.tools), (.a11yPages, a.pages)]
                .filter { !$0.1.isEmpty }.map { TitledList(title: strings[$0.0], items: $0.1) },
            plans: [(UIText.a11ySchema, a.schema), (.a11yActionPlan, a.actionPlan)]
                .compactMap { key, url in url.map { LinkView(label: strings[key], href: $0) } },
            contact: c.isEmpty ? nil : FeedbackContact(email: c.email, emailHref: c.email.map { "mailto:" + $0 }, form: c.form,
                                                       phone: c.phone, address: c.address))
    }

    func notFoundPage() -> String {
        let links = LinkStyle.rooted(basePath: config.basePath)
        let title = strings[.pageNotFound]
        return render("404", path: "404.html", title: title, description: nil,
                      page: NotFoundPage(title: title, homeHref: links.href("")), links: links)
    }
}
