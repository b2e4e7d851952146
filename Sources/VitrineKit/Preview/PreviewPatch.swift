import Foundation

/// What the preview keeps of its last good build, to patch it after an edit instead of going
/// over the whole site again.
struct PreviewState: Sendable {
    let made: MadeSite
    let output: SiteOutput
    /// The build's diagnostics but the program's consistency warnings, which a patch makes again.
    let fileLog: DiagnosticLog
    /// How many pages the site has (a patch changes none).
    let pageCount: Int
}

/// The patch: when the only files changed are experiments or news whose edit keeps their
/// placement (`Placement`: published, date, commune, themes, status), only those files are
/// decoded and rendered again, and only the pages and feeds that read them while they were made
/// (`ReadLog`). Anything else — or any error — and the preview does a whole (incremental)
/// rebuild instead. Tested to give, byte for byte, what a full build gives.
enum PreviewPatch {
    /// - Parameter summary: a page that read more items than this sums up the site: it is made
    ///   with the open data, after the edited page is shown.
    static func apply(_ changed: Set<String>, to last: PreviewState, cache: BuildCache, summary: Int = Int.max,
                      watch: inout Stopwatch) -> (PreviewState, DiagnosticLog)? {
        let made = last.made
        var content = made.content
        var program = made.program
        let loader = made.loader
        // An editor's swap and backup files: hidden names, or files made and removed since.
        let known = Set(content.experiments.map(\.origin.file) + content.news.map(\.origin.file))
        let changed = changed.filter { file in
            !(file.split(separator: "/").last?.hasPrefix(".") ?? false)
                && (known.contains(file) || FileManager.default.fileExists(atPath: loader.contentDirectory.path + "/" + file))
        }
        guard !changed.isEmpty else { return nil }
        var log = DiagnosticLog()
        var readBefore: [Int] = []
        var edited: [(Origin, Body)] = []
        let config = content.config
        let references = KnownReferences(communes: Set(content.communes.map(\.origin.slug)), themes: Set(config.themes.map(\.slug)))
        // An image that is not in media/ is an error: the rebuild reports it.
        let media = Set(content.media)
        for file in changed.sorted() {
            let parts = file.split(separator: "/")
            guard parts.count == 2, file.hasSuffix(".md"), let kind = ContentKind(rawValue: String(parts[0])),
                  kind == .experiments || kind == .news else { return nil }
            let (item, fileLog) = loader.decode(kind: kind, file: file, slug: Slug.make(String(parts[1].dropLast(3))), known: references,
                                                knownGeneration: cache.generation(of: "known references", references),
                                                language: config.language, addresses: content.addresses, memo: cache)
            guard !fileLog.hasErrors else { return nil }
            log.append(contentsOf: fileLog)
            switch item {
            case .experiment(let e):
                guard let i = content.experiments.firstIndex(where: { $0.origin.file == file }), let patched = program.replacing(e),
                      SiteBuilder.imageIsInMedia(e.image, media) else { return nil }
                readBefore.append(content.experiments[i].serial)
                program = patched
                content.experiments[i] = e
                edited.append((e.origin, e.body))
            case .news(let n):
                guard let i = content.news.firstIndex(where: { $0.origin.file == file }), let patched = program.replacing(n),
                      SiteBuilder.imageIsInMedia(n.image, media) else { return nil }
                readBefore.append(content.news[i].serial)
                program = patched
                content.news[i] = n
                edited.append((n.origin, n.body))
            default:
                return nil
            }
        }

        watch.lap("lecture")
        // Markdown of the changed files; links point where they did (no file added, removed or held back).
        var bodies = made.bodies
        for (origin, body) in edited {
            let (html, markdownLog) = made.markdown.render(origin, body)
            guard !markdownLog.hasErrors else { return nil }
            log.append(contentsOf: markdownLog)
            bodies[origin.file] = html
        }

        watch.lap("Markdown")
        // Made again: what read an edited item last time, and what never recorded its reads.
        let (stale, recorded) = cache.outputs(reading: readBefore)
        func needed(_ output: MadeOutput) -> Bool { stale.contains(output) || !recorded.contains(output) }
        let pages = PageRenderer(program: program, theme: made.theme, bodies: bodies, memo: cache)
        var output = last.output
        // The pages that sum up the whole site (home and its map, site map, legal notice…) come a
        // moment after the edited page and those near it, with the open data.
        // Sorted by what they read last time, before making any of them records it anew.
        let (jobs, later) = SiteBuilder.pageJobs(pages, program) { needed(.page($0)) }
            .reduce(into: ([(String, () -> String)](), [String]())) { sorted, job in
                if cache.readCount(.page(job.0)) <= summary { sorted.0.append(job) } else { sorted.1.append(job.0) }
            }
        cache.owe(later)
        output.addMade(jobs, path: \.0) { $0.1() }
        SiteBuilder.writeShareCards(pages.shareCards, pages: jobs.map(\.0), siteCard: false, config: program.config,
                                    loader: loader, cache: made.imageCache, memo: cache, into: &output, log: &log)
        watch.lap("pages")
        let feeds = FeedCatalog(program: program, pages: pages, bodies: bodies).feeds.filter { needed(.feed($0.path)) }
        SiteBuilder.writeFeeds(feeds, pages: pages, memo: cache, into: &output)
        let openData = SiteBuilder.openDataMaker(pages, program, memo: cache)
        _ = cache.later(SiteBuilder.openDataKey) { [program] in
            let owed = cache.owedPages
            let jobs = SiteBuilder.pageJobs(pages, program) { owed.contains($0) }
            return Parallel.map(jobs) { (SiteOutput.pageFile($0.0), Data($0.1().utf8)) } + openData()
        }
        watch.lap("flux")

        // Diagnostics: the changed files' own, the others' as they were, the program's anew.
        let displayed = Set(changed.map(loader.path))
        let fileLog = DiagnosticLog(last.fileLog.entries.filter { !displayed.contains($0.file) } + log.entries)
        let consistency = ConsistencyCheck.warnings(for: program) { loader.path($0.file) }
        let patched = MadeSite(loader: loader, content: content, program: program, theme: made.theme, markdown: made.markdown,
                               bodies: bodies, consistency: consistency, imageCache: made.imageCache)
        let state = PreviewState(made: patched, output: output, fileLog: fileLog, pageCount: last.pageCount)
        watch.lap("diagnostics")
        return (state, DiagnosticLog(fileLog.entries + consistency.entries))
    }
}
