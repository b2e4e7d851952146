import Foundation

/// What the preview keeps of its last good build, to patch it after an edit instead of going
/// over the whole site again.
struct PreviewState: Sendable {
    let loader: ContentLoader
    let content: SiteContent
    let program: Program
    let theme: Theme
    let bodies: [String: RenderedMarkdown]
    let markdown: MarkdownRenderer
    let targetsGeneration: Int
    let sharedGeneration: Int?
    let output: SiteOutput
    /// The build's diagnostics but the program's consistency warnings, which a patch makes again.
    let fileLog: DiagnosticLog
    /// How many pages the site has (a patch changes none).
    var pageCount = 0

    func counting(_ pages: Int) -> PreviewState {
        var state = self
        state.pageCount = pages
        return state
    }
}

/// The patch: when the only files changed are experiments or news whose edit moves them in no
/// list (same commune, status, themes, dates, publication — a title, a summary, the text), only
/// those files are decoded and rendered again, and only the pages and feeds that showed them.
/// Anything else — or any error — and the preview does a whole (incremental) rebuild instead.
/// Tested to give, byte for byte, what a full build gives.
enum PreviewPatch {
    static func apply(_ changed: Set<String>, to last: PreviewState, cache: BuildCache,
                      watch: inout Stopwatch) -> (PreviewState, DiagnosticLog)? {
        let revisions = cache.fileRevisions()
        // An editor's swap and backup files: hidden names, or files made and removed since.
        let changed = changed.filter { file in
            !(file.split(separator: "/").last?.hasPrefix(".") ?? false)
                && (revisions[file] != nil || FileManager.default.fileExists(atPath: last.loader.contentDirectory.path + "/" + file))
        }
        guard !changed.isEmpty else { return nil }
        var program = last.program
        var content = last.content
        var log = DiagnosticLog()
        var oldRevisions: [Int] = []
        var edited: [(Origin, Body)] = []
        let config = content.config
        let known = KnownReferences(communes: Set(content.communes.map(\.origin.slug)), themes: Set(config.themes.map(\.slug)))
        let knownGeneration = cache.generation(of: "known references", known)
        // An image that is not in media/ is an error: the rebuild reports it.
        let media = Set(content.media)
        for file in changed.sorted() {
            let parts = file.split(separator: "/")
            guard parts.count == 2, file.hasSuffix(".md"), let kind = ContentKind(rawValue: String(parts[0])),
                  kind == .experiments || kind == .news, let old = revisions[file] else { return nil }
            oldRevisions.append(old)
            let slug = Slug.make(String(parts[1].dropLast(3)))
            let (item, fileLog) = last.loader.decode(kind: kind, file: file, slug: slug, known: known,
                                                      knownGeneration: knownGeneration, language: config.language,
                                                      addresses: content.addresses, cache: cache)
            guard !fileLog.hasErrors else { return nil }
            log.append(contentsOf: fileLog)
            switch item {
            case .experiment(let e):
                guard let patched = program.replacing(e), let i = content.experiments.firstIndex(where: { $0.origin.file == file }),
                      SiteBuilder.imageIsInMedia(e.image, media) else { return nil }
                program = patched
                content.experiments[i] = e
                edited.append((e.origin, e.body))
            case .news(let n):
                guard let patched = program.replacing(n), let i = content.news.firstIndex(where: { $0.origin.file == file }),
                      SiteBuilder.imageIsInMedia(n.image, media) else { return nil }
                program = patched
                content.news[i] = n
                edited.append((n.origin, n.body))
            default:
                return nil
            }
        }

        watch.lap("lecture")
        // Markdown of the changed files; links point where they did (no file added, removed or held back).
        var bodies = last.bodies
        let newRevisions = cache.fileRevisions()
        for (origin, body) in edited {
            let (html, markdownLog) = SiteBuilder.renderBody(origin, body, renderer: last.markdown, loader: last.loader, cache: cache,
                                                             revision: newRevisions[origin.file] ?? -1, targetsGeneration: last.targetsGeneration)
            guard !markdownLog.hasErrors else { return nil }
            log.append(contentsOf: markdownLog)
            bodies[origin.file] = html
        }

        watch.lap("Markdown")
        let pages = PageRenderer(program: program, theme: last.theme, bodies: bodies, cache: cache)
        guard pages.sharedGeneration == last.sharedGeneration else { return nil }
        let stale = cache.keys(showing: oldRevisions)
        let recorded = cache.recordedKeys()
        func needed(_ key: String) -> Bool { stale.contains(key) || !recorded.contains(key) }

        var output = last.output
        let jobs = SiteBuilder.pageJobs(pages, program) { needed("shown:" + $0) }
        for ((path, _), html) in zip(jobs, Parallel.map(jobs) { $0.1() }) { output.addPage(path, html) }
        watch.lap("pages")
        let writer = SiteBuilder.feedWriter(config)
        let feeds = FeedCatalog(program: program, pages: pages, bodies: bodies).feeds.filter { needed("feed:" + $0.path) }
        for (feed, xml) in zip(feeds, Parallel.map(feeds) { SiteBuilder.previewFeed($0, pages: pages, writer: writer, cache: cache) }) {
            output.add(feed.path, xml)
        }
        SiteBuilder.deferOpenData(pages, program, cache: cache)
        watch.lap("flux")

        // Diagnostics: the changed files' own, the others' as they were, the program's anew.
        let displayed = Set(changed.map(last.loader.path))
        let fileLog = DiagnosticLog(last.fileLog.entries.filter { !displayed.contains($0.file) } + log.entries)
        let state = PreviewState(loader: last.loader, content: content, program: program, theme: last.theme, bodies: bodies,
                                 markdown: last.markdown, targetsGeneration: last.targetsGeneration,
                                 sharedGeneration: last.sharedGeneration, output: output, fileLog: fileLog)
        var all = fileLog
        all.append(contentsOf: ConsistencyCheck.warnings(for: program) { last.loader.path($0.file) })
        watch.lap("diagnostics")
        return (state, all)
    }
}
