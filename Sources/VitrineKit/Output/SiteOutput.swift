import Foundation

/// Everything a build produces, held until the build is known to be good.
public struct SiteOutput: Sendable {
    /// Generated files by site path (`communes/sceaux/index.html`).
    public private(set) var files: [String: Data] = [:]
    /// Files copied as they are: site path → source file.
    public private(set) var copies: [String: URL] = [:]

    /// The last build's bytes, reused for texts that did not change (the preview's rebuilds).
    let cache: BuildCache?

    public init() { cache = nil }

    init(cache: BuildCache?) { self.cache = cache }

    public mutating func add(_ path: String, _ text: String) {
        files[path] = cache?.bytes(path, text) ?? Data(text.utf8)
    }

    public mutating func add(_ path: String, data: Data) {
        files[path] = data
    }

    /// A page at a site path with a trailing slash is written as its `index.html`.
    public mutating func addPage(_ sitePath: String, _ html: String) {
        add(sitePath.isEmpty || sitePath.hasSuffix("/") ? sitePath + "index.html" : sitePath, html)
    }

    public mutating func copy(_ source: URL, to path: String) {
        copies[path] = source
    }
}
