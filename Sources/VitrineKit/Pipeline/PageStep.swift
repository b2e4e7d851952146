import Foundation

/// Step « pages »: every page of the site as a job (its path and how to render it), rendered on
/// every core and written as soon as it is made when publishing.
extension SiteBuilder {
    static func writePages(_ jobs: [(String, () -> String)], notFound: () -> String, into output: inout SiteOutput) {
        output.addMade(jobs, path: \.0) { $0.1() }
        output.add("404.html", notFound())
    }

    /// Every page of the site (or those `only` lets through): its path, and how to render it.
    /// A job is made only for a page let through (a patch keeps a few of 13,000).
    static func pageJobs(_ pages: PageRenderer, _ program: Program,
                         only: ((String) -> Bool)? = nil) -> [(String, () -> String)] {
        typealias Paths = PageRenderer.Paths
        let wanted = only ?? { _ in true }
        var jobs: [(String, () -> String)] = []
        // Each page records, for the preview, the content items it read while it was made.
        func recorded(_ path: String, _ render: @escaping () -> String) -> (String, () -> String) {
            (path, { pages.memo.recording(.page(path), render) })
        }
        func add(_ path: String, _ job: @autoclosure () -> () -> String) {
            if wanted(path) { jobs.append(recorded(path, job())) }
        }
        add("", pages.homePage)
        add(Paths.communes, pages.communeListPage)
        add(Paths.programme, pages.programmePage)
        add(program.addresses.events, pages.eventListPage)
        add(program.addresses.calls, pages.callListPage)
        add(Paths.subscribe, pages.subscribePage)
        add(Paths.openData, pages.openDataPage)
        add(Paths.siteMap, pages.siteMapPage)
        if program.config.search { add(Paths.search, pages.searchPage) }
        // Long lists are cut into pages (site.yml's perPage), each its own job.
        let perPage = program.config.perPage
        // Sorted once for all its pages, and only when one of them is wanted.
        let listPages = (1...Paging(total: program.experiments.count, perPage: perPage).count)
            .filter { wanted(Paging.path(program.addresses.experiments, page: $0)) }
        let listing = listPages.isEmpty ? nil : ExperimentListing(program.experiments)
        for page in listPages {
            jobs.append(recorded(Paging.path(program.addresses.experiments, page: page), { pages.experimentListPage(listing!, page: page) }))
        }
        for page in 1...Paging(total: program.news.count, perPage: perPage).count {
            add(Paging.path(program.addresses.news, page: page), { pages.newsListPage(page: page) })
        }
        for c in program.communes { add(c.origin.path, { pages.communePage(c) }) }
        for e in program.experiments { add(e.origin.path, { pages.experimentPage(e) }) }
        for theme in program.config.themes {
            let (slug, label) = (theme.slug, theme.label)
            let experiments = program.experiments(withTheme: slug)
            for page in 1...Paging(total: experiments.count, perPage: perPage).count {
                add(Paging.path(Paths.theme(slug), page: page), { pages.themePage(slug: slug, label: label, experiments: experiments, page: page) })
            }
        }
        for n in program.news { add(n.origin.path, { pages.newsPage(n) }) }
        for e in program.events { add(e.origin.path, { pages.eventPage(e) }) }
        for c in program.calls { add(c.origin.path, { pages.callPage(c) }) }
        for p in program.pages { add(p.origin.path, { pages.freePage(p, path: p.origin.path, defaultTitle: p.title) }) }
        // The accessibility statement and the legal notice exist even when no Markdown adds to them.
        if !program.pages.contains(where: { $0.origin.path == Paths.accessibility }) {
            add(Paths.accessibility, { pages.freePage(nil, path: Paths.accessibility, defaultTitle: pages.strings[.accessibilityTitle]) })
        }
        if !program.pages.contains(where: { $0.origin.path == Paths.legal }) {
            add(Paths.legal, { pages.freePage(nil, path: Paths.legal, defaultTitle: pages.strings[.legalTitle]) })
        }
        return jobs
    }

    /// Every file a build of `program` writes or copies, known before any is made (pages are
    /// listed, not rendered): what a link written as a site address may lead to.
    static func plannedPaths(_ jobs: [(String, () -> String)], _ pages: PageRenderer, _ program: Program, theme: Theme,
                             bodies: [String: RenderedMarkdown], photos: [String]) -> Set<String> {
        var paths = Set(jobs.map { SiteOutput.pageFile($0.0) })
        paths.insert("404.html")
        paths.formUnion(FeedCatalog(program: program, pages: pages, bodies: bodies).feeds.map(\.path))
        paths.insert("events.ics")
        paths.formUnion(program.events.map(CalendarWriter.eventCalendarPath))
        paths.formUnion(SiteOutput.openDataPaths)
        paths.formUnion(["sitemap.xml", "robots.txt", ShareCard.path, BrandStyle.path])
        if program.config.brand.logo != nil { paths.formUnion(BrandIcons.paths) }
        paths.formUnion(program.media.filter { !MediaImages.isPhoto($0) })
        paths.formUnion(photos)
        paths.formUnion(theme.staticFiles.map { "static/\($0)" })
        return paths
    }
}
