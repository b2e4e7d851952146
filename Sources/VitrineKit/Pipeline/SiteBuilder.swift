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

/// The build as named steps (`BuildSteps`): load → program → Markdown → pages → feeds,
/// calendars, data → publish atomically. `build`, `check` and the preview run the same steps;
/// only the preview passes a memo that keeps results for the next build.
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
        let made = generate(request, memo: .none, sink: sink, watch: &watch)
        let (output, log, config) = (made.output, made.log, made.config)
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
        let made = generate(request, memo: .none, sink: nil, watch: &watch)
        return (made.output, made.log)
    }

    /// Checks without writing: every diagnostic, and the site's language for the messages.
    /// Also warns about sample values left in site.yml (`SampleSettings`): a check is what a
    /// publishing job runs, while a build may well be of an example or a test site.
    public static func check(_ request: BuildRequest, sampleSettings: Bool = true) -> (log: DiagnosticLog, language: String) {
        var watch = Stopwatch()
        let made = generate(request, memo: .none, sink: nil, watch: &watch)
        var log = made.log
        let config = made.config
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
}
