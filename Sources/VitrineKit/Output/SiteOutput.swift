import CSupport
import Foundation

/// Everything a build produces. In memory (the preview, `check`, tests), or written as it is made
/// into the staging folder of a publish (`build`), so that a large site is never held whole.
public struct SiteOutput: Sendable {
    /// Generated files held in memory, by site path (`communes/sceaux/index.html`).
    public private(set) var files: [String: Data] = [:]
    /// Files copied as they are: site path → source file.
    public private(set) var copies: [String: URL] = [:]
    /// Generated files already written to `sink`.
    public private(set) var written: Set<String> = []

    /// The last build's bytes, reused for texts that did not change (the preview's rebuilds).
    let memo: Memo
    /// Where files go as soon as they are made, when publishing.
    let sink: StagingSink?

    public init() { memo = .none; sink = nil }

    init(memo: Memo, sink: StagingSink? = nil) {
        self.memo = memo
        self.sink = sink
    }

    /// The open data files, which the preview makes after the pages.
    public static let openDataPaths = ["data/experiments.csv", "data/experiments-complements.csv",
                                       "data/experiments-complements.schema.json", "data/experiments.json",
                                       "data/experiments.schema.json", "data/experiments.geojson",
                                       "data/communes.json", "data/communes.schema.json",
                                       "data/indicators.csv", "data/indicators.schema.json"]

    /// Every generated file's site path, in memory or written.
    public var generatedPaths: [String] { Array(files.keys) + written }

    public mutating func add(_ path: String, _ text: String) {
        add(path, data: memo.value("bytes:" + path, input: text) { Data(text.utf8) })
    }

    public mutating func add(_ path: String, data: Data) {
        if let sink {
            sink.write(path, data)
            written.insert(path)
        } else {
            files[path] = data
        }
    }

    /// Makes the texts of `items` on every core. When publishing, each is written as soon as it is
    /// made, so that a large site's pages or feeds are never held all at once; otherwise they are
    /// kept, in order, by the site path `path` gives (a page's folder gets its `index.html`).
    mutating func addMade<Item>(_ items: [Item], path: (Item) -> String, make: (Item) -> String) {
        let sink = sink
        let texts = Parallel.map(items) { item -> String? in
            let text = make(item)
            guard let sink else { return text }
            sink.write(Self.pageFile(path(item)), Data(text.utf8))
            return nil
        }
        for (item, text) in zip(items, texts) {
            if let text { add(Self.pageFile(path(item)), text) } else { written.insert(Self.pageFile(path(item))) }
        }
    }

    /// A page at a site path with a trailing slash is written as its `index.html`.
    static func pageFile(_ sitePath: String) -> String {
        sitePath.isEmpty || sitePath.hasSuffix("/") ? sitePath + "index.html" : sitePath
    }

    public mutating func copy(_ source: URL, to path: String) {
        copies[path] = source
    }
}

/// The staging folder of a publish, written from any thread: folders are made once each, and the
/// first write failure is kept for the publisher to report.
final class StagingSink: @unchecked Sendable {
    let root: URL
    private let lock = NSLock()
    private var folders: Set<String> = [""]
    private var failure: String?

    init(root: URL) {
        self.root = root
    }

    var firstFailure: String? { lock.withLock { failure } }

    func write(_ path: String, _ data: Data) {
        if let slash = path.lastIndex(of: "/") { makeFolder(String(path[..<slash])) }
        let code = data.withUnsafeBytes { vitrine_write_file(root.path + "/" + path, $0.baseAddress, $0.count) }
        if code != 0 { fail("\(path): \(String(cString: strerror(code)))") }
    }

    /// Makes a folder and its parents, each once.
    private func makeFolder(_ folder: String) {
        if lock.withLock({ folders.contains(folder) }) { return }
        if let slash = folder.lastIndex(of: "/") { makeFolder(String(folder[..<slash])) }
        if mkdir(root.path + "/" + folder, 0o777) != 0 && errno != EEXIST {
            fail("\(folder): \(String(cString: strerror(errno)))")
            return
        }
        lock.withLock { _ = folders.insert(folder) }
    }

    private func fail(_ message: String) {
        lock.withLock { if failure == nil { failure = message } }
    }
}
