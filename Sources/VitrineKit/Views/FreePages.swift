struct HomePage: Equatable {
    let title: String
    let body: BodyView
    let communes: [Card]
    let news: [Card]
    let events: [Card]
    let communesHref: String
    let newsHref: String
    let eventsHref: String
    let programmeHref: String
}

struct FreePage: Equatable {
    let title: String
    let summary: String?
    let accessibility: AccessibilityBlock?
    let legal: LegalBlock?
    let body: BodyView
}

struct AccessibilityBlock: Equatable {
    let status: String
    let audited: String?
}

struct LegalBlock: Equatable {
    let publisher: SiteConfig.Contact?
    let host: SiteConfig.Contact?
}

struct NotFoundPage: Equatable {
    let title: String
    let homeHref: String
}

extension PageRenderer {
    /// The home page: its text, every commune, the three latest news and upcoming events.
    func homePage() -> String {
        reusing("", shows: {
            Shown(files: [program.home.map { revision($0.origin) } ?? -2] + program.communes.map { revision($0.origin) } + [-1]
                + program.news.prefix(3).flatMap { [revision($0.origin), communeRevision($0.commune)] } + [-1]
                + program.upcomingEvents.prefix(3).map { revision($0.origin) })
        }, build: buildHomePage)
    }

    private func buildHomePage() -> String {
        let path = ""
        let home = program.home
        let page = HomePage(
            title: home?.title ?? config.title,
            body: home.map { body($0.origin.file, illustration: $0.illustration) } ?? BodyView(html: "", illustration: nil),
            communes: program.communes.map { communeCard($0, from: path) },
            news: program.news.prefix(3).map { newsCard($0, from: path) },
            events: program.upcomingEvents.prefix(3).map { eventCard($0, from: path) },
            communesHref: SitePaths.relative(from: path, to: Paths.communes),
            newsHref: SitePaths.relative(from: path, to: addresses.news),
            eventsHref: SitePaths.relative(from: path, to: addresses.events),
            programmeHref: SitePaths.relative(from: path, to: Paths.programme))
        return render("home", path: path, title: page.title, description: home?.summary, page: page,
                      image: home.flatMap { bodies[$0.origin.file]?.firstImage })
    }

    /// A free page; `accessibilite` and `mentions-legales` also carry what site.yml says.
    func freePage(_ p: Page?, path: String, defaultTitle: String) -> String {
        let title = p?.title ?? defaultTitle
        var accessibility: AccessibilityBlock?
        var legal: LegalBlock?
        if path == Paths.accessibility {
            let status: String
            switch config.accessibilityStatus {
            case .full: status = strings[.a11yStatementFull]
            case .partial: status = strings[.a11yStatementPartial]
            case .none: status = strings[.a11yStatementNone]
            }
            accessibility = AccessibilityBlock(status: status, audited: config.accessibilityAudited.map(dates.long))
        }
        if path == Paths.legal {
            legal = LegalBlock(publisher: config.publisher, host: config.host)
        }
        let page = FreePage(title: title, summary: p?.summary, accessibility: accessibility, legal: legal,
                            body: p.map { body($0.origin.file, illustration: $0.illustration) } ?? BodyView(html: "", illustration: nil))
        return render("page", path: path, title: title, description: p?.summary, page: page)
    }

    func notFoundPage() -> String {
        let links = LinkStyle.rooted(basePath: config.basePath)
        let title = strings[.pageNotFound]
        return render("404", path: "404.html", title: title, description: nil,
                      page: NotFoundPage(title: title, homeHref: links.href("")), links: links)
    }
}
