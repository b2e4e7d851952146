import Foundation

/// What a build is asked to do. The clock and the folders come from outside.
public struct BuildRequest: Sendable {
    public var contentDirectory: URL
    /// Folder holding themes (`site-templates/`); the theme named in site.yml is taken from it.
    public var themesDirectory: URL
    public var outputDirectory: URL
    public var now: Day
    public var includeDrafts: Bool
    /// Where processed photos are kept across builds (`.vitrine-cache/` beside the content folder
    /// by default); nil keeps nothing.
    public var cacheDirectory: URL?
    /// How to run Pagefind for the search index; nil when it is not installed (an error if the
    /// site has search on).
    public var pagefind: [String]?

    public init(contentDirectory: URL, themesDirectory: URL? = nil, outputDirectory: URL, now: Day,
                includeDrafts: Bool = false, cacheDirectory: URL? = nil, pagefind: [String]? = SearchIndexer.locate()) {
        self.pagefind = pagefind
        self.contentDirectory = contentDirectory
        self.themesDirectory = themesDirectory
            ?? contentDirectory.standardizedFileURL.deletingLastPathComponent().appendingPathComponent("site-templates")
        self.outputDirectory = outputDirectory
        self.now = now
        self.includeDrafts = includeDrafts
        self.cacheDirectory = cacheDirectory
            ?? contentDirectory.standardizedFileURL.deletingLastPathComponent().appendingPathComponent(".vitrine-cache")
    }
}

/// What a successful build reports.
public struct BuildReport: Sendable {
    public let pages: Int
    public let files: Int
    public let warnings: [Diagnostic]
    /// Pages per kind of content (`communes`, `experiments`, …), feeds, calendars, copied files.
    public let counts: [(String, Int)]
    /// The path the site is served under (`/qmi/`), from baseURL.
    public let basePath: String
    /// How long each named step took, in seconds (shown with `--verbose`; never in the output).
    public let steps: [(String, Double)]
    /// The site's language, which the messages follow.
    public let language: String

    /// « 4 communes, 3 expérimentations, … » for the end-of-build summary.
    public var summary: String {
        counts.filter { $0.1 > 0 }.map { "\($0.1) \($0.0)" }.joined(separator: ", ")
    }
}

/// The build as named steps: load content → load theme → apply the program's rules →
/// render Markdown → render pages → feeds, sitemap, data → publish atomically.
public enum SiteBuilder {
    /// Builds and publishes; on any error, throws every diagnostic and leaves the output folder as it was.
    @discardableResult
    public static func build(_ request: BuildRequest) throws(BuildFailure) -> BuildReport {
        let publisher = OutputPublisher(outputDirectory: request.outputDirectory)
        // Pages are written into a staging folder as they are rendered (a large site is never
        // held whole in memory); the output folder is replaced only once everything succeeded.
        let sink: StagingSink
        do {
            sink = try publisher.stage()
        } catch {
            throw BuildFailure(diagnostics: [Diagnostic(.error, file: request.outputDirectory.path, error.message)])
        }
        var watch = Stopwatch()
        let (output, log, config) = generateWithConfig(request, watch: &watch, sink: sink)
        guard let output, let config, !log.hasErrors else {
            publisher.abandon(sink)
            throw BuildFailure(diagnostics: log.sorted, language: config?.language ?? "fr")
        }
        if let problem = indexSearch(request, config, staging: sink.root) {
            publisher.abandon(sink)
            throw BuildFailure(diagnostics: log.sorted + [Diagnostic(.error, file: request.contentDirectory.lastPathComponent + "/site.yml",
                                                                     field: "search", problem)], language: config.language)
        }
        watch.lap("index de la recherche (Pagefind)")
        do {
            try publisher.publish(staged: sink, copies: output.copies)
            // Pages, feeds and data were written as they were made (their steps include it).
            watch.lap("copies et mise en place")
        } catch {
            throw BuildFailure(diagnostics: log.sorted + [Diagnostic(.error, file: request.outputDirectory.path, error.message)],
                               language: config.language)
        }
        let paths = output.generatedPaths
        let pages = paths.filter { $0.hasSuffix(".html") }.count
        func count(_ prefix: String) -> Int {
            paths.filter { $0.hasPrefix(prefix) && $0.hasSuffix("/index.html") && $0 != prefix + "index.html"
                && !Paging.isLaterPage($0) }.count
        }
        let addresses = SectionAddresses.read(themesDirectory: request.themesDirectory, config: config).0
        let counts: [(String, Int)] = [
            ("communes", count("communes/")), ("expérimentations", count(addresses.experiments)),
            ("actualités", count(addresses.news)), ("événements", count(addresses.events)), ("thèmes", count("themes/")),
            ("flux RSS", paths.filter { $0.hasSuffix(".xml") && $0 != "sitemap.xml" }.count),
            ("agendas .ics", paths.filter { $0.hasSuffix(".ics") }.count),
            ("fichiers copiés", output.copies.count),
        ]
        return BuildReport(pages: pages, files: paths.count + output.copies.count, warnings: log.warnings.sorted(),
                           counts: counts, basePath: config.basePath, steps: watch.laps, language: config.language)
    }

    /// Everything but the writing: the output in memory and every diagnostic.
    public static func generate(_ request: BuildRequest) -> (SiteOutput?, DiagnosticLog) {
        var watch = Stopwatch()
        let (output, log, _) = generateWithConfig(request, watch: &watch)
        return (output, log)
    }

    /// Checks without writing: every diagnostic, and the site's language for the messages.
    /// Also warns about sample values left in site.yml (`SampleSettings`): a check is what a
    /// publishing job runs, while a build may well be of an example or a test site.
    public static func check(_ request: BuildRequest, sampleSettings: Bool = true) -> (log: DiagnosticLog, language: String) {
        var watch = Stopwatch()
        var (_, log, config) = generateWithConfig(request, watch: &watch)
        if sampleSettings {
            log.append(contentsOf: SampleSettings.warnings(contentDirectory: request.contentDirectory,
                                                           displayName: request.contentDirectory.lastPathComponent))
        }
        if config?.search == true && request.pagefind == nil {
            log.error(request.contentDirectory.lastPathComponent + "/site.yml", field: "search", SearchIndexer.missing)
        }
        return (log, config?.language ?? "fr")
    }

    /// Indexes the staged site when search is on; what went wrong, or nil.
    static func indexSearch(_ request: BuildRequest, _ config: SiteConfig, staging: URL) -> Message? {
        guard config.search else { return nil }
        guard let command = request.pagefind else { return SearchIndexer.missing }
        return SearchIndexer.index(site: staging, command: command, language: config.language)
    }

    /// - Parameter cache: what the previous build left to reuse (the preview's); nil builds everything.
    /// - Parameter sink: the staging folder of a publish, where files are written as they are made.
    static func generateWithConfig(_ request: BuildRequest, watch: inout Stopwatch, cache: BuildCache? = nil,
                                   sink: StagingSink? = nil) -> (SiteOutput?, DiagnosticLog, SiteConfig?) {
        var state: PreviewState?
        return generateWithConfig(request, watch: &watch, cache: cache, sink: sink, state: &state)
    }

    /// - Parameter state: with a cache, what the preview keeps to patch the next build (`PreviewSession`).
    static func generateWithConfig(_ request: BuildRequest, watch: inout Stopwatch, cache: BuildCache?,
                                   sink: StagingSink?, state: inout PreviewState?) -> (SiteOutput?, DiagnosticLog, SiteConfig?) {
        let contentName = request.contentDirectory.lastPathComponent
        let loader = ContentLoader(contentDirectory: request.contentDirectory, displayName: contentName,
                                   themesDirectory: request.themesDirectory)
        var (content, log) = loader.load(cache: cache)
        watch.lap("lecture du contenu")
        guard let content else { return (nil, log, nil) }

        let themeDir = request.themesDirectory.appendingPathComponent(content.config.theme)
        let themeName = "\(request.themesDirectory.lastPathComponent)/\(content.config.theme)"
        let (loadedTheme, themeLog) = Theme.load(directory: themeDir, language: content.config.language, displayName: themeName)
        log.append(contentsOf: themeLog)
        guard let theme = loadedTheme else { return (nil, log, content.config) }
        for key in theme.strings.missing(UIText.allCases.map(\.rawValue)) {
            log.error("\(themeName)/i18n/\(content.config.language).yml", field: key, Message("texte d'interface « \(key) » manquant.", en: "interface string “\(key)” is missing."))
        }

        let imagePlan = ImagePlan.load(theme: themeDir, displayName: themeName, log: &log)
        var program = Program(content: content, now: request.now, includeDrafts: request.includeDrafts)
        let photos = processPhotos(program.media, plan: imagePlan, request: request, loader: loader, cache: cache)
        log.append(contentsOf: photos.log)
        program.photos = photos.images
        let consistency = ConsistencyCheck.warnings(for: program) { loader.path($0.file) }
        log.append(contentsOf: consistency)

        watch.lap("thème, règles du programme et photos (libvips)")
        let sources = markdownSources(program)
        let markdown = markdownRenderer(program, sources: sources, creditLabel: theme.strings.table["image_credit"] ?? "Photo :")
        let bodies = renderBodies(sources, program, loader: loader, log: &log, cache: cache, renderer: markdown)
        let pages = PageRenderer(program: program, theme: theme, bodies: bodies, cache: cache)
        // Listed once: what links may lead to, then what is rendered.
        let jobs = pageJobs(pages, program)
        log.append(contentsOf: SiteAddressCheck.run(bodies: bodies, menu: program.config.menu, loader: loader) {
            plannedPaths(jobs, pages, program, theme: theme, bodies: bodies, photos: photos.files.map(\.0))
        })
        watch.lap("Markdown (cmark)")
        guard !log.hasErrors else { return (nil, log, content.config) }

        var output = SiteOutput(cache: cache, sink: sink)
        writePages(jobs, notFound: pages.notFoundPage, into: &output)
        watch.lap("pages (gabarits)")
        writeFeedsAndData(pages, program, bodies: bodies, into: &output, cache: cache)
        watch.lap("flux, agendas, données, plan du site")
        // Photos are published as their processed variants, never as the files writers gave.
        for file in program.media where !MediaImages.isPhoto(file) {
            output.copy(request.contentDirectory.appendingPathComponent(file), to: file)
        }
        for (path, bytes) in photos.files {
            switch bytes {
            case .data(let data): output.add(path, data: data)
            case .file(let cached): output.copy(cached, to: path)
            }
        }
        let imageCache = ImageCache(for: request)
        writeShareCards(pages.shareCards, pages: jobs.map(\.0), config: content.config, loader: loader, cache: imageCache,
                        into: &output, log: &log)
        writeBrand(content.config, request: request, loader: loader, cache: imageCache, into: &output, log: &log)
        for file in theme.staticFiles {
            output.copy(themeDir.appendingPathComponent("static").appendingPathComponent(file), to: "static/\(file)")
        }
        if let cache {
            state = PreviewState(loader: loader, content: content, program: program, theme: theme, bodies: bodies,
                                 markdown: markdown, targetsGeneration: cache.currentGeneration(of: "link targets"),
                                 sharedGeneration: pages.sharedGeneration, output: output, imageCache: imageCache,
                                 fileLog: DiagnosticLog(log.entries.filter { !consistency.entries.contains($0) }))
        }
        return (output, log, content.config)
    }

    /// The photos of media/, processed (or taken from the image cache); in the preview, made
    /// again only when one of their files changed.
    static func processPhotos(_ media: [String], plan: ImagePlan, request: BuildRequest, loader: ContentLoader,
                              cache: BuildCache?) -> MediaImages.Output {
        let images = MediaImages(contentDirectory: request.contentDirectory,
                                 cache: ImageCache(for: request),
                                 plan: plan)
        let photos = media.filter(MediaImages.isPhoto)
        guard let cache, !photos.isEmpty else { return images.process(photos, displayName: loader.path) }
        let stamps = photos.map { PhotoStamp(path: $0, stamp: FileStamp(path: request.contentDirectory.path + "/" + $0)) }
        return cache.value("photos", input: PhotoInput(stamps: stamps, plan: plan)) { images.process(photos, displayName: loader.path) }
    }

    /// Every published content file with its Markdown.
    static func markdownSources(_ program: Program) -> [(Origin, Body)] {
        var sources: [(Origin, Body)] = []
        if let home = program.home { sources.append((home.origin, home.body)) }
        sources += program.communes.map { ($0.origin, $0.body) }
        sources += program.experiments.map { ($0.origin, $0.body) }
        sources += program.news.map { ($0.origin, $0.body) }
        sources += program.events.map { ($0.origin, $0.body) }
        sources += program.calls.map { ($0.origin, $0.body) }
        sources += program.pages.map { ($0.origin, $0.body) }
        return sources
    }

    /// The Markdown renderer of a build: what links may point to, and the site's settings.
    static func markdownRenderer(_ program: Program, sources: [(Origin, Body)], creditLabel: String) -> MarkdownRenderer {
        let targets = LinkTargets(pages: Dictionary(uniqueKeysWithValues: sources.map { ($0.0.file, $0.0.path) }),
                                  media: Set(program.media), unpublished: program.heldBack,
                                  imageSizes: program.imageSizes, invalid: program.invalidFiles,
                                  baseURL: program.config.baseURL, photos: program.photos)
        return MarkdownRenderer(targets: targets, allowRawHTML: program.config.unsafeMarkdown,
                                language: program.config.language, creditLabel: creditLabel)
    }

    /// One file's Markdown, rendered with links relative to its page; with a cache, reused while
    /// the file's revision and the link targets are unchanged.
    static func renderBody(_ origin: Origin, _ body: Body, renderer: MarkdownRenderer, loader: ContentLoader,
                           cache: BuildCache?, revision: Int, targetsGeneration: Int) -> (RenderedMarkdown, DiagnosticLog) {
        func render() -> (RenderedMarkdown, DiagnosticLog) {
            var fileLog = DiagnosticLog()
            let html = renderer.render(body, file: origin.file, displayFile: loader.path(origin.file),
                                       links: .relative(page: origin.path), log: &fileLog)
            return (html, fileLog)
        }
        guard let cache else { return render() }
        // The file's revision stands for its body: comparing 12,000 texts took a tenth of a rebuild.
        let input = MarkdownInput(revision: revision, firstLine: body.firstLine, path: origin.path,
                                  targets: targetsGeneration, unsafe: renderer.allowRawHTML, language: renderer.language,
                                  creditLabel: renderer.creditLabel)
        return cache.value("markdown:" + origin.file, input: input, compute: render)
    }

    /// Markdown of every published file (`sources`), rendered once, with links relative to its own page.
    static func renderBodies(_ sources: [(Origin, Body)], _ program: Program, loader: ContentLoader, log: inout DiagnosticLog,
                             cache: BuildCache?, renderer: MarkdownRenderer) -> [String: RenderedMarkdown] {
        let targetsGeneration = cache?.generation(of: "link targets", renderer.targets) ?? 0
        let revisions = cache?.fileRevisions() ?? [:]
        let rendered = Parallel.map(sources) { origin, body in
            renderBody(origin, body, renderer: renderer, loader: loader, cache: cache,
                       revision: revisions[origin.file] ?? -1, targetsGeneration: targetsGeneration)
        }
        var bodies: [String: RenderedMarkdown] = [:]
        for ((origin, _), (html, fileLog)) in zip(sources, rendered) {
            bodies[origin.file] = html
            log.append(contentsOf: fileLog)
        }
        checkImages(program, loader: loader, log: &log)
        checkBrandFiles(program.config.brand, media: Set(program.media), contentDirectory: loader.contentDirectory,
                        site: loader.path("site.yml"), log: &log)
        return bodies
    }

    /// What a file's rendered Markdown depends on besides its text.
    private struct MarkdownInput: Equatable {
        /// The revision of the file the body comes from (`BuildCache.newRevision`).
        let revision: Int
        let firstLine: Int
        let path: String
        let targets: Int
        let unsafe: Bool
        let language: String
        let creditLabel: String
    }

    /// Whether a front-matter image is one of the files under media/ (no image is fine).
    static func imageIsInMedia(_ image: ImageRef?, _ media: Set<String>) -> Bool {
        image.map { media.contains($0.src) } ?? true
    }

    /// Front-matter images must exist under media/.
    static func checkImages(_ program: Program, loader: ContentLoader, log: inout DiagnosticLog) {
        let media = Set(program.media)
        var refs: [(Origin, ImageRef)] = []
        refs += program.communes.compactMap { c in c.image.map { (c.origin, $0) } }
        refs += program.experiments.compactMap { e in e.image.map { (e.origin, $0) } }
        refs += program.news.compactMap { n in n.image.map { (n.origin, $0) } }
        refs += program.events.compactMap { e in e.image.map { (e.origin, $0) } }
        refs += program.calls.compactMap { c in c.image.map { (c.origin, $0) } }
        if let publisher = program.config.publisher, let logo = publisher.logo, !imageIsInMedia(logo, media) {
            log.error(loader.path("site.yml"), line: publisher.logoLine, field: "publisher.logo.src",
                      Message("« publisher.logo.src » : le fichier « \(logo.src) » n'existe pas ; mettez le logo dans media/ et écrivez media/nom-du-fichier.", en: "“publisher.logo.src”: the file “\(logo.src)” does not exist; put the logo in media/ and write media/file-name."))
        }
        for (origin, image) in refs where !imageIsInMedia(image, media) {
            log.error(loader.path(origin.file), field: "image.src",
                      Message("« image.src » : le fichier « \(image.src) » n'existe pas ; mettez l'image dans media/ et écrivez media/nom-du-fichier.", en: "“image.src”: the file “\(image.src)” does not exist; put the image in media/ and write media/file-name."))
        }
    }

    static func writePages(_ jobs: [(String, () -> String)], notFound: () -> String, into output: inout SiteOutput) {
        // Each page goes to disk as soon as it is rendered when publishing, on every core.
        let sink = output.sink
        let html = Parallel.map(jobs) { path, render -> String? in
            let page = render()
            guard let sink else { return page }
            sink.write(SiteOutput.pageFile(path), Data(page.utf8))
            return nil
        }
        for ((path, _), page) in zip(jobs, html) {
            if let page { output.addPage(path, page) } else { output.recordWritten(path) }
        }
        output.add("404.html", notFound())
    }

    /// Every page of the site (or those `only` lets through): its path, and how to render it.
    /// A job is made only for a page let through (a patch keeps a few of 13,000).
    static func pageJobs(_ pages: PageRenderer, _ program: Program,
                         only: ((String) -> Bool)? = nil) -> [(String, () -> String)] {
        typealias Paths = PageRenderer.Paths
        let wanted = only ?? { _ in true }
        var jobs: [(String, () -> String)] = []
        func add(_ path: String, _ job: @autoclosure () -> () -> String) {
            if wanted(path) { jobs.append((path, job())) }
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
            jobs.append((Paging.path(program.addresses.experiments, page: page), { pages.experimentListPage(listing!, page: page) }))
        }
        for page in 1...Paging(total: program.news.count, perPage: perPage).count {
            add(Paging.path(program.addresses.news, page: page), { pages.newsListPage(page: page) })
        }
        for c in program.communes { add(c.origin.path, { pages.communePage(c) }) }
        for e in program.experiments { add(e.origin.path, { pages.experimentPage(e) }) }
        for (slug, label) in program.config.themes {
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

    /// A feed in the preview: made again only when a file its items come from changed; an item's
    /// encoded content is reused while the item is the same.
    static func previewFeed(_ feed: FeedCatalog.Feed, pages: PageRenderer, writer: FeedWriter, cache: BuildCache) -> String {
        defer { cache.keepInner("feed:" + feed.path) }   // its items stay cached while it is reused
        return pages.reusingFeed(feed.path, sources: feed.sources) {
            let items = FeedWriter.newest(feed.items)
            cache.record("feed:" + feed.path, asks: items.map { "feed item:" + $0.key })
            let encoded = Dictionary(items.map { item in
                (item.key, cache.value("feed item:" + item.key, input: FeedItemInput(item: item, base: writer.config.baseURL)) {
                    writer.encodedContent(item)
                })
            }, uniquingKeysWith: { first, _ in first })
            return writer.write(title: feed.title, description: feed.description, path: feed.path, linkPath: feed.linkPath,
                                items: items, content: { encoded[$0.key]! }, buildDate: pages.program.now)
        }
    }

    static func feedWriter(_ config: SiteConfig) -> FeedWriter {
        FeedWriter(config: config, rfc822: RFC822(timeZone: TimeZone(identifier: config.timezone) ?? TimeZone(identifier: "Europe/Paris")!))
    }

    static func writeFeedsAndData(_ pages: PageRenderer, _ program: Program, bodies: [String: RenderedMarkdown],
                                  into output: inout SiteOutput, cache: BuildCache? = nil) {
        let config = program.config
        let writer = feedWriter(config)
        let feeds = FeedCatalog(program: program, pages: pages, bodies: bodies).feeds
        let xml: [String]
        if let cache {
            xml = Parallel.map(feeds) { previewFeed($0, pages: pages, writer: writer, cache: cache) }
        } else {
            let kept = feeds.map { FeedWriter.newest($0.items) }
            // Each item's content is encoded once, though it is in several feeds. Told apart by
            // `key` (milestones by their guid, pages by address, title and date), not by hashing
            // their HTML: String hashing normalizes every character.
            var unique: [String: FeedItem] = [:]
            for items in kept { for item in items { unique[item.key] = item } }
            let keys = unique.keys.sorted()
            let encoded = Dictionary(uniqueKeysWithValues: zip(keys, Parallel.map(keys) { writer.encodedContent(unique[$0]!) }))
            xml = Parallel.map(Array(zip(feeds, kept))) { feed, items in
                writer.write(title: feed.title, description: feed.description, path: feed.path, linkPath: feed.linkPath,
                             items: items, content: { encoded[$0.key]! }, buildDate: program.now)
            }
        }
        for (feed, text) in zip(feeds, xml) { output.add(feed.path, text) }

        let calendars = CalendarWriter(config: config, now: program.now)
        let deadlines = program.calls.map {
            CalendarWriter.Deadline(call: $0, title: pages.strings.format(.callDeadlineTitle, pages.dates.long($0.closes), $0.title))
        }
        output.add("events.ics", calendars.calendar(program.events, deadlines: deadlines, name: config.title))
        for e in program.events {
            output.add(CalendarWriter.eventCalendarPath(e), calendars.calendar([e], name: e.title))
        }

        if let cache {
            deferOpenData(pages, program, cache: cache)
        } else {
            for (path, bytes) in openDataFiles(openData(pages, program)) { output.add(path, data: bytes) }
        }

        // lastmod from the content's own dates; the home page takes the newest of them.
        let dated: [String: Day] = Dictionary(
            program.news.map { ($0.origin.path, $0.date) } + program.experiments.compactMap { e in e.date.map { (e.origin.path, $0) } },
            uniquingKeysWith: { a, _ in a })
        let latest = dated.values.max()
        let sitemap = output.generatedPaths.filter { $0.hasSuffix("index.html") }.map { file -> (path: String, lastmod: Day?) in
            let path = String(file.dropLast("index.html".count))
            return (path, dated[path] ?? (path.isEmpty ? latest : nil))
        }
        output.add("sitemap.xml", SitemapWriter(config: config).write(sitemap))
        output.add("robots.txt", "User-agent: *\nAllow: /\nSitemap: \(config.absoluteURL("sitemap.xml"))\n")
    }
}

/// The open data files, by site path, in `SiteOutput.openDataPaths` order.
private struct OpenData {
    let files: [(String, Data)]
}

/// What the open data files are made from.
private struct OpenDataInput: Equatable {
    let experiments: [Experiment]
    let communes: [Commune]
    let config: SiteConfig
    let now: Day
    let theme: Int
}

private struct PhotoStamp: Equatable {
    let path: String
    let stamp: FileStamp?
}

/// The photos are made again when a file or the theme's plan changes.
private struct PhotoInput: Equatable {
    let stamps: [PhotoStamp]
    let plan: ImagePlan
}

private struct FeedItemInput: Equatable {
    let item: FeedItem
    let base: String
}

extension SiteBuilder {
    /// The files are made side by side (about two seconds of work at 10,000 experiments).
    fileprivate static func openData(_ pages: PageRenderer, _ program: Program) -> OpenData {
        let experiments = ExperimentsData(program: program, label: pages.statusLabel)
        let base = program.config.baseURL
        let makers: [() -> Data] = [
            { Data(experiments.csv(ExperimentsData.schemaColumns).utf8) },
            { Data(experiments.csv(ExperimentsData.complementColumns).utf8) },
            { Data(OpenDataSchemas.complements(describe: pages.dataFieldMeaning).prettyBytes) },
            { experiments.json() },
            { Data(OpenDataSchemas.experiments(baseURL: base).prettyBytes) },
            { experiments.geoJSON() },
            { CommunesData.json(program: program, label: pages.label) },
            { Data(OpenDataSchemas.communes(baseURL: base).prettyBytes) },
            { Data(IndicatorsData.csv(program).utf8) },
            { Data(IndicatorsData.schema(describe: pages.dataFieldMeaning).prettyBytes) },
        ]
        let files = Parallel.map(Array(makers.indices)) { makers[$0]() }
        return OpenData(files: Array(zip(SiteOutput.openDataPaths, files)))
    }

    fileprivate static func openDataFiles(_ data: OpenData) -> [(String, Data)] {
        data.files
    }

    /// Only the preview has a cache: it shows the edited page first, the data files follow
    /// (`BuildCache.openData`).
    static func deferOpenData(_ pages: PageRenderer, _ program: Program, cache: BuildCache) {
        let input = OpenDataInput(experiments: program.experiments, communes: program.communes, config: program.config,
                                  now: program.now, theme: pages.themeGeneration)
        cache.keep("open data")
        cache.deferOpenData { openDataFiles(cache.value("open data", input: input) { openData(pages, program) }) }
    }
}

/// Times the named steps of a build.
struct Stopwatch {
    private var last = DispatchTime.now()
    private(set) var laps: [(String, Double)] = []

    mutating func lap(_ name: String) {
        let now = DispatchTime.now()
        laps.append((name, Double(now.uptimeNanoseconds - last.uptimeNanoseconds) / 1e9))
        last = now
    }
}
