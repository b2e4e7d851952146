/// Step « Markdown »: every published body through cmark, with links relative to its own page.
/// In the preview, a body is rendered again only when its text, its page or the link targets changed.
struct MarkdownStep: Sendable {
    let renderer: MarkdownRenderer
    /// Every published content file with its Markdown.
    let sources: [(Origin, Body)]
    let loader: ContentLoader
    let memo: Memo
    /// Stands for the link targets in each body's memo input: comparing them 12,000 times would be slow.
    let targets: Int

    init(_ program: Program, loader: ContentLoader, memo: Memo, creditLabel: String) {
        var sources: [(Origin, Body)] = []
        if let home = program.home { sources.append((home.origin, home.body)) }
        sources += program.communes.map { ($0.origin, $0.body) }
        sources += program.experiments.map { ($0.origin, $0.body) }
        sources += program.news.map { ($0.origin, $0.body) }
        sources += program.events.map { ($0.origin, $0.body) }
        sources += program.calls.map { ($0.origin, $0.body) }
        sources += program.pages.map { ($0.origin, $0.body) }
        let targets = LinkTargets(pages: Dictionary(uniqueKeysWithValues: sources.map { ($0.0.file, $0.0.path) }),
                                  media: Set(program.media), unpublished: program.heldBack,
                                  imageSizes: program.imageSizes, invalid: program.invalidFiles,
                                  baseURL: program.config.baseURL, photos: program.photos)
        self.renderer = MarkdownRenderer(targets: targets, allowRawHTML: program.config.unsafeMarkdown,
                                         language: program.config.language, creditLabel: creditLabel)
        self.sources = sources
        self.loader = loader
        self.memo = memo
        self.targets = memo.generation(of: "link targets", targets)
    }

    /// Every body, by content path, on every core.
    func renderAll(log: inout DiagnosticLog) -> [String: RenderedMarkdown] {
        let rendered = Parallel.map(sources) { render($0, $1) }
        var bodies: [String: RenderedMarkdown] = [:]
        for ((origin, _), (html, fileLog)) in zip(sources, rendered) {
            bodies[origin.file] = html
            log.append(contentsOf: fileLog)
        }
        return bodies
    }

    /// One file's body, with its own diagnostics.
    func render(_ origin: Origin, _ body: Body) -> (RenderedMarkdown, DiagnosticLog) {
        let input = MarkdownInput(text: body.markdown, firstLine: body.firstLine, path: origin.path, targets: targets,
                                  unsafe: renderer.allowRawHTML, language: renderer.language, creditLabel: renderer.creditLabel)
        return memo.value("markdown:" + origin.file, input: input) {
            var fileLog = DiagnosticLog()
            let html = renderer.render(body, file: origin.file, displayFile: loader.path(origin.file),
                                       links: .relative(page: origin.path), log: &fileLog)
            return (html, fileLog)
        }
    }
}

/// What a file's rendered Markdown is made from. An unchanged file keeps the text it was decoded
/// with, which compares equal at once.
private struct MarkdownInput: Equatable {
    let text: String
    let firstLine: Int
    let path: String
    let targets: Int
    let unsafe: Bool
    let language: String
    let creditLabel: String
}
