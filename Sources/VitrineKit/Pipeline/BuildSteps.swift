import Foundation

/// What the steps made: the site, every diagnostic, and what the preview patches from.
struct GeneratedSite {
    var output: SiteOutput?
    var log: DiagnosticLog
    var config: SiteConfig?
    /// The steps' results when the site was made without error.
    var made: MadeSite?
}

/// The results of a build's steps, which the preview keeps to patch the next one (`PreviewPatch`).
struct MadeSite: Sendable {
    let loader: ContentLoader
    let content: SiteContent
    let program: Program
    let theme: Theme
    let markdown: MarkdownStep
    let bodies: [String: RenderedMarkdown]
    /// The program's consistency warnings, which a patch makes again.
    let consistency: DiagnosticLog
    /// Where share cards are cached: a patched title gets its card.
    let imageCache: ImageCache
}

extension SiteBuilder {
    /// The steps, in order: load → program → Markdown → pages → feeds, calendars, data → files.
    /// - Parameter memo: what the previous build left to reuse (the preview's); `.none` makes everything.
    /// - Parameter sink: the staging folder of a publish, where files are written as they are made.
    static func generate(_ request: BuildRequest, memo: Memo, sink: StagingSink?, watch: inout Stopwatch) -> GeneratedSite {
        // Load: the content as written, and the theme.
        let loader = ContentLoader(contentDirectory: request.contentDirectory, displayName: request.contentDirectory.lastPathComponent,
                                   themesDirectory: request.themesDirectory)
        var (loaded, log) = loader.load(memo: memo)
        watch.lap("lecture du contenu")
        guard let content = loaded else { return GeneratedSite(output: nil, log: log, config: nil) }
        guard let theme = loadTheme(request, content.config, log: &log) else {
            return GeneratedSite(output: nil, log: log, config: content.config)
        }

        // Program: what is published on the build date, the photos, the consistency warnings.
        let imagePlan = ImagePlan.load(theme: theme.directory, displayName: themeName(request, content.config), log: &log)
        var program = Program(content: content, now: request.now, includeDrafts: request.includeDrafts)
        let photos = processPhotos(program.media, plan: imagePlan, request: request, loader: loader, memo: memo)
        log.append(contentsOf: photos.log)
        program.photos = photos.images
        let consistency = ConsistencyCheck.warnings(for: program) { loader.path($0.file) }
        log.append(contentsOf: consistency)
        watch.lap("thème, règles du programme et photos (libvips)")

        // Markdown: every body, with its links resolved; then the addresses links lead to.
        let markdown = MarkdownStep(program, loader: loader, memo: memo, creditLabel: theme.strings.table["image_credit"] ?? "Photo :")
        let bodies = markdown.renderAll(log: &log)
        checkImages(program, loader: loader, log: &log)
        checkBrandFiles(program.config.brand, media: Set(program.media), contentDirectory: loader.contentDirectory,
                        site: loader.path("site.yml"), log: &log)
        let pages = PageRenderer(program: program, theme: theme, bodies: bodies, memo: memo)
        // Listed once: what links may lead to, then what is rendered.
        let jobs = pageJobs(pages, program)
        log.append(contentsOf: SiteAddressCheck.run(bodies: bodies, menu: program.config.menu, loader: loader) {
            plannedPaths(jobs, pages, program, theme: theme, bodies: bodies, photos: photos.files.map(\.0))
        })
        watch.lap("Markdown (cmark)")
        guard !log.hasErrors else { return GeneratedSite(output: nil, log: log, config: content.config) }

        // Pages, then feeds, calendars and data.
        var output = SiteOutput(memo: memo, sink: sink)
        writePages(jobs, notFound: pages.notFoundPage, into: &output)
        watch.lap("pages (gabarits)")
        writeFeeds(FeedCatalog(program: program, pages: pages, bodies: bodies).feeds, pages: pages, memo: memo, into: &output)
        writeCalendars(pages, program, into: &output)
        for (path, bytes) in memo.later(openDataKey, openDataMaker(pages, program, memo: memo)) { output.add(path, data: bytes) }
        writeSitemap(program, into: &output)
        watch.lap("flux, agendas, données, plan du site")

        // Files: media, photos, share card, brand, the theme's static files.
        copyFiles(request, program, theme: theme, photos: photos, loader: loader, into: &output, log: &log)
        let imageCache = ImageCache(for: request)
        writeShareCards(pages.shareCards, pages: jobs.map(\.0), config: program.config, loader: loader, cache: imageCache,
                        memo: memo, into: &output, log: &log)
        let made = MadeSite(loader: loader, content: content, program: program, theme: theme, markdown: markdown,
                            bodies: bodies, consistency: consistency, imageCache: imageCache)
        return GeneratedSite(output: output, log: log, config: content.config, made: made)
    }

    /// The theme named in site.yml, with every interface string the pipeline formats.
    static func loadTheme(_ request: BuildRequest, _ config: SiteConfig, log: inout DiagnosticLog) -> Theme? {
        let themeDir = request.themesDirectory.appendingPathComponent(config.theme)
        let themeName = themeName(request, config)
        let (loadedTheme, themeLog) = Theme.load(directory: themeDir, language: config.language, displayName: themeName)
        log.append(contentsOf: themeLog)
        guard let theme = loadedTheme else { return nil }
        for key in theme.strings.missing(UIText.allCases.map(\.rawValue)) {
            log.error("\(themeName)/i18n/\(config.language).yml", field: key, Message("texte d'interface « \(key) » manquant.", en: "interface string “\(key)” is missing."))
        }
        return theme
    }

    /// How the theme is named in messages (`site-templates/default`).
    static func themeName(_ request: BuildRequest, _ config: SiteConfig) -> String {
        "\(request.themesDirectory.lastPathComponent)/\(config.theme)"
    }

    /// The photos of media/, processed (or taken from the image cache) with the theme's plan; in
    /// the preview, made again only when one of their files or the plan changed.
    static func processPhotos(_ media: [String], plan: ImagePlan, request: BuildRequest, loader: ContentLoader,
                              memo: Memo) -> MediaImages.Output {
        let images = MediaImages(contentDirectory: request.contentDirectory, cache: ImageCache(for: request), plan: plan)
        let photos = media.filter(MediaImages.isPhoto)
        let stamps = photos.map { PhotoStamp(path: $0, stamp: FileStamp(path: request.contentDirectory.path + "/" + $0)) }
        return memo.value("photos", input: PhotoInput(stamps: stamps, plan: plan)) {
            images.process(photos, displayName: loader.path)
        }
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

    /// Media files as they are, photos as their processed variants (never the files writers gave),
    /// the brand's files and the theme's static files.
    static func copyFiles(_ request: BuildRequest, _ program: Program, theme: Theme, photos: MediaImages.Output,
                          loader: ContentLoader, into output: inout SiteOutput, log: inout DiagnosticLog) {
        let config = program.config
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
        writeBrand(config, request: request, loader: loader, cache: imageCache, into: &output, log: &log)
        let themeDir = request.themesDirectory.appendingPathComponent(config.theme)
        for file in theme.staticFiles {
            output.copy(themeDir.appendingPathComponent("static").appendingPathComponent(file), to: "static/\(file)")
        }
    }
}

private struct PhotoStamp: Equatable {
    let path: String
    let stamp: FileStamp?
}

private struct PhotoInput: Equatable {
    let stamps: [PhotoStamp]
    let plan: ImagePlan
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
