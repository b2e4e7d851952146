import Foundation

/// The preview's builds. The site stays in memory (nothing is written), and each rebuild reuses
/// what the previous one made from unchanged inputs: files whose `stat` did not change are not
/// decoded again, Markdown is not rendered again while its text and the link targets are the
/// same, and a page is rendered again only when its view model differs. The output is the same
/// as a full build's, byte for byte (tested).
public final class PreviewSession: Sendable {
    public let request: BuildRequest
    private let cache = BuildCache()
    /// The last good build, which a patch starts from.
    private let last = Locked<PreviewState?>(nil)

    /// A page that read more items than this sums up the site (home and its map, site map,
    /// legal notice): after an edit, it is made a moment after the edited page, with the open data.
    let summary: Int

    public init(request: BuildRequest, summary: Int = 200) {
        self.request = request
        self.summary = summary
    }

    public struct Result: Sendable {
        /// The site, or nil when the content has errors.
        public let output: SiteOutput?
        /// Errors and warnings, sorted.
        public let diagnostics: [Diagnostic]
        public let language: String
        /// The path the site is served under (`/qmi/`).
        public let basePath: String
        public let pages: Int
        /// Results computed this time (decoded files, Markdown, pages, feeds) and reused ones.
        public let computed: Int
        public let reused: Int
        public let seconds: Double
        /// Whether the edit was patched in (`PreviewPatch`) rather than the site rebuilt.
        public let patched: Bool
        /// How long each named step took (shown by `vitrine-serve --verbose`).
        public let steps: [(String, Double)]
    }

    /// Builds again, everything included.
    public func rebuild(changed: Set<String>? = nil) -> Result {
        let result = rebuildPages(changed: changed)
        guard var output = result.output else { return result }
        let later = completeOpenData()
        output.add(openData: later)
        served(later)
        return result.with(output)
    }

    /// Builds again but the open data files (CSV, JSON, GeoJSON), which every title edit changes
    /// and which are slow to write for a large site: the preview shows the edited page first, then
    /// adds them with `completeOpenData`.
    ///
    /// - Parameter changed: the content files changed since the last build (relative to the content
    ///   folder), when the watcher knows them: an edit that moves an experiment or a news item in no
    ///   list is then patched in (`PreviewPatch`) without going over the whole site.
    public func rebuildPages(changed: Set<String>? = nil) -> Result {
        let started = DispatchTime.now()
        func seconds() -> Double { Double(DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1e9 }
        if let changed, let previous = last.value {
            cache.beginPatch()
            var watch = Stopwatch()
            if let (state, log) = PreviewPatch.apply(changed, to: previous, cache: cache, summary: summary, watch: &watch) {
                last.value = state
                let config = state.made.content.config
                return Result(output: state.output, diagnostics: log.sorted, language: config.language, basePath: config.basePath,
                              pages: state.pageCount, computed: cache.computed, reused: cache.reused, seconds: seconds(),
                              patched: true, steps: watch.laps)
            }
        }
        cache.beginBuild()
        var watch = Stopwatch()
        let generated = SiteBuilder.generate(request, memo: cache, sink: nil, watch: &watch)
        let good = generated.log.hasErrors ? nil : generated.output
        let pageCount = good?.files.keys.filter { $0.hasSuffix(".html") }.count ?? 0
        if let good, let made = generated.made {
            cache.endBuild()
            let fileLog = DiagnosticLog(generated.log.entries.filter { !made.consistency.entries.contains($0) })
            last.value = PreviewState(made: made, output: good, fileLog: fileLog, pageCount: pageCount)
        } else {
            last.value = nil
        }
        watch.lap("mise en cache")
        let config = generated.config
        return Result(output: good, diagnostics: generated.log.sorted, language: config?.language ?? "fr",
                      basePath: config?.basePath ?? "/", pages: pageCount,
                      computed: cache.computed, reused: cache.reused, seconds: seconds(), patched: false, steps: watch.laps)
    }

    /// The open data files `rebuildPages` left out, and the pages it left for later, by file path.
    public func completeOpenData() -> [String: Data] {
        Dictionary(cache.doLaterWork(), uniquingKeysWith: { _, last in last })
    }

    /// Says that the files of `completeOpenData` are now served: the pages among them are no longer
    /// owed. Files dropped for a newer build's are not: that build's later work makes them.
    public func served(_ files: [String: Data]) {
        cache.paid(cache.owedPages.filter { files[SiteOutput.pageFile($0)] != nil })
    }
}

extension PreviewSession.Result {
    func with(_ output: SiteOutput) -> Self {
        Self(output: output, diagnostics: diagnostics, language: language, basePath: basePath, pages: pages,
             computed: computed, reused: reused, seconds: seconds, patched: patched, steps: steps)
    }
}

extension SiteOutput {
    /// Adds files made after the rest of the site (the preview's open data).
    public mutating func add(openData files: [String: Data]) {
        for (path, data) in files.sorted(by: { $0.key < $1.key }) { add(path, data: data) }
    }
}

/// A value read and written from several threads under a lock.
final class Locked<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: Value

    init(_ value: Value) { stored = value }

    var value: Value {
        get { lock.withLock { stored } }
        set { lock.withLock { stored = newValue } }
    }
}
