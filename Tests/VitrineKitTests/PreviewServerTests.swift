import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing
@testable import VitrineKit

/// `vitrine-serve` as a writer uses it: loopback only, rebuilt page within a second of an edit,
/// errors shown in the browser, and no reload script in what `build` publishes.
@Suite(.serialized) struct PreviewServerTests {
    static let binary = CommandLineTests.binary.deletingLastPathComponent().appendingPathComponent("vitrine-serve")

    /// A short timeout per request: a loaded CI machine may be slow to start the server,
    /// and a request that hangs must not eat the whole wait.
    func get(_ url: String) async throws -> String {
        var request = URLRequest(url: URL(string: url)!)
        request.timeoutInterval = 3
        let (data, _) = try await URLSession.shared.data(for: request)
        return String(decoding: data, as: UTF8.self)
    }

    /// Waits until `condition` holds on the page, up to `seconds`; returns the elapsed time or nil.
    func waitFor(_ url: String, seconds: Double, _ condition: (String) -> Bool) async throws -> Double? {
        let start = Date()
        while Date().timeIntervalSince(start) < seconds {
            if let page = try? await get(url), condition(page) { return Date().timeIntervalSince(start) }
            try await Task.sleep(nanoseconds: 50_000_000)
        }
        return nil
    }

    /// `vitrine-serve` on the site's content at `port`, dated 2026-11-28; the caller stops it.
    static func startPreview(_ site: TestSite, port: Int) throws -> Process {
        let process = Process()
        process.executableURL = binary
        process.arguments = ["--themes", TestSite.themes.path, "--port", String(port), "--now", "2026-11-28"]
        process.currentDirectoryURL = site.root
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        return process
    }

    @Test func servesOnLoopbackRebuildsOnEditAndShowsErrors() async throws {
        try #require(FileManager.default.isExecutableFile(atPath: Self.binary.path), "build the vitrine-serve product first")
        let site = try TestSite(files: ["news/a.md": md("title: Avant\ndate: 2024-01-01\nsummary: S")])
        defer { site.remove() }
        let port = 18_000 + Int(getpid() % 1000)
        let process = try Self.startPreview(site, port: port)
        defer { process.terminate(); process.waitUntilExit() }
        let page = "http://127.0.0.1:\(port)/actualites/a/"

        // The first build happens before the server listens: allow for a slow machine.
        let started = try await waitFor(page, seconds: 90) { $0.contains("<h1>Avant</h1>") }
        try #require(started != nil, "the preview never answered on 127.0.0.1:\(port) (running: \(process.isRunning))")
        let first = try await get(page)
        #expect(first.contains("id=\"vitrine-reload\""))

        try site.write("news/a.md", md("title: Après\ndate: 2024-01-01\nsummary: S"))
        // Tests do not assert on time (the machine may be loaded): the delay is printed, not judged.
        let elapsed = try await waitFor(page, seconds: 10) { $0.contains("<h1>Après</h1>") }
        #expect(elapsed != nil)
        print("vitrine-serve: rebuilt page served \(String(format: "%.2f", elapsed ?? -1)) s after the edit")

        try site.write("news/a.md", md("title: Après\ndate: 2024-02-30\nsummary: S"))
        #expect(try await waitFor(page, seconds: 10) { $0.contains("content/news/a.md:3:7: erreur") } != nil)

        try site.write("news/a.md", md("title: Réparé\ndate: 2024-01-01\nsummary: S"))
        #expect(try await waitFor(page, seconds: 10) { $0.contains("<h1>Réparé</h1>") } != nil)
    }

    @Test func theSearchIndexFollowsAnEditAMomentLater() async throws {
        try #require(FileManager.default.isExecutableFile(atPath: Self.binary.path), "build the vitrine-serve product first")
        try #require(SearchIndexer.locate() != nil, "Pagefind: run scripts/install-pagefind.sh")
        let site = try TestSite(files: ["news/a.md": md("title: Avant\ndate: 2024-01-01\nsummary: S")],
                                siteYML: TestSite.siteYMLWithSearch)
        defer { site.remove() }
        let port = 19_000 + Int(getpid() % 1000)
        let process = try Self.startPreview(site, port: port)
        defer { process.terminate(); process.waitUntilExit() }
        let entry = "http://127.0.0.1:\(port)/pagefind/pagefind-entry.json"
        let started = try await waitFor(entry, seconds: 90) { $0.contains("\"fr\"") }
        try #require(started != nil, "the preview never served its search index")
        let before = try await get(entry)
        #expect(try await get("http://127.0.0.1:\(port)/pagefind/pagefind.js").contains("pagefind"))

        try site.write("news/a.md", md("title: Après\ndate: 2024-01-01\nsummary: S", "Un mot nouveau : héliotrope."))
        let page = try await waitFor("http://127.0.0.1:\(port)/actualites/a/", seconds: 10) { $0.contains("<h1>Après</h1>") }
        let indexed = try await waitFor(entry, seconds: 20) { $0.contains("\"fr\"") && $0 != before }
        #expect(page != nil && indexed != nil)
        print("vitrine-serve: page \(String(format: "%.2f", page ?? -1)) s, search index \(String(format: "%.2f", indexed ?? -1)) s after the edit")
    }

    @Test func servedFilesCarryTheTypeOfTheirAddress() async throws {
        try #require(FileManager.default.isExecutableFile(atPath: Self.binary.path), "build the vitrine-serve product first")
        try #require(SearchIndexer.locate() != nil, "Pagefind: run scripts/install-pagefind.sh")
        let site = try TestSite(files: ["news/a.md": md("title: A\ndate: 2024-01-01\nsummary: S", "![Un bâtiment](../media/photo.jpg)")],
                                siteYML: TestSite.siteYMLWithSearch)
        defer { site.remove() }
        try site.write("media/photo.jpg", data: Data(contentsOf: PhotoTests.fixtures.appendingPathComponent("gps-rotated.jpg")))
        let port = 20_000 + Int(getpid() % 1000)
        let process = try Self.startPreview(site, port: port)
        defer { process.terminate(); process.waitUntilExit() }
        let base = "http://127.0.0.1:\(port)/"
        let started = try await waitFor(base + "pagefind/pagefind-entry.json", seconds: 90) { $0.contains("\"fr\"") }
        try #require(started != nil, "the preview never answered on 127.0.0.1:\(port)")
        func type(_ path: String) async throws -> String? {
            var request = URLRequest(url: URL(string: base + path)!)
            request.timeoutInterval = 3
            let (_, response) = try await URLSession.shared.data(for: request)
            return (response as? HTTPURLResponse)?.value(forHTTPHeaderField: "Content-Type")
        }
        // A photo variant is served from the image cache, whose files have no extension.
        #expect(try await type("media/photo-240w.webp") == "image/webp")
        #expect(try await type("media/photo-240w.jpg") == "image/jpeg")
        #expect(try await type("pagefind/pagefind.js") == "text/javascript; charset=utf-8")
    }

    @Test func buildOutputNeverCarriesTheReloadScript() throws {
        let site = try TestSite(files: BuildTests.files)
        defer { site.remove() }
        try site.build()
        for (path, data) in try site.snapshot() {
            let text = String(decoding: data, as: UTF8.self)
            #expect(!text.contains("vitrine-reload") && !text.contains("__vitrine"), "\(path)")
        }
    }
}
