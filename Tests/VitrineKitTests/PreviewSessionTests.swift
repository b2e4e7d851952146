import Foundation
import Testing
@testable import VitrineKit

/// The preview rebuilds only what an edit changed: its output must still be, byte for byte,
/// what a full build of the same content gives — after each kind of edit.
@Suite struct PreviewSessionTests {
    /// A full build of the content as it is now, in memory.
    func fullBuild(_ site: TestSite) -> SiteOutput? {
        SiteBuilder.generate(site.request()).0
    }

    func expectSame(_ preview: SiteOutput?, _ full: SiteOutput?, _ step: String) {
        guard let preview, let full else {
            Issue.record("\(step): a build failed")
            return
        }
        #expect(preview.files.keys.sorted() == full.files.keys.sorted(), "\(step): not the same files")
        let different = full.files.keys.filter { preview.files[$0] != full.files[$0] }.sorted()
        #expect(different.isEmpty, "\(step): files differ from a full build: \(different)")
        #expect(preview.copies == full.copies, "\(step): copied files differ")
    }

    /// Makes sure the file's `stat` changes even within one clock tick.
    func edit(_ site: TestSite, _ path: String, _ change: (String) -> String) throws {
        let url = site.content.appendingPathComponent(path)
        let text = try String(contentsOf: url, encoding: .utf8)
        try site.write(path, change(text))
    }

    @Test func everyKindOfEditGivesWhatAFullBuildGives() throws {
        let site = try TestSite(files: BuildTests.files)
        defer { site.remove() }
        let session = PreviewSession(request: site.request())
        let first = session.rebuild()
        expectSame(first.output, fullBuild(site), "first build")
        #expect(first.reused == 0)

        // Nothing changed: everything is reused, nothing computed.
        let again = session.rebuild()
        #expect(again.computed == 0)
        #expect(again.reused > 0)
        expectSame(again.output, fullBuild(site), "no change")

        // An experiment's title: its page, the lists and feeds it is in — and nothing else.
        try edit(site, "experiments/soy-pv.md") { $0.replacingOccurrences(of: "title: Soy PV", with: "title: Soy PV renommé") }
        let renamed = session.rebuild()
        expectSame(renamed.output, fullBuild(site), "experiment title")
        #expect(String(decoding: renamed.output!.files["experiments/soy-pv/index.html"]!, as: UTF8.self).contains("Soy PV renommé"))
        #expect(String(decoding: renamed.output!.files["experiments/index.html"]!, as: UTF8.self).contains("Soy PV renommé"))
        #expect(String(decoding: renamed.output!.files["feed.xml"]!, as: UTF8.self).contains("Soy PV renommé"))
        #expect(renamed.reused > renamed.computed)

        // A body edit, a commune's name (on its experiments' pages), a new file, a removed file,
        // a draft, an error then its fix: each time the same as a full build.
        try edit(site, "news/annonce.md") { $0 + "\nUn paragraphe de plus.\n" }
        expectSame(session.rebuild().output, fullBuild(site), "news body")
        try edit(site, "experiments/soy-pv.md") { $0 + "\nUn résultat de plus.\n" }
        expectSame(session.rebuild().output, fullBuild(site), "experiment body")
        try edit(site, "communes/sceaux.md") { $0.replacingOccurrences(of: "name: Sceaux", with: "name: Sceaux-la-Ville") }
        expectSame(session.rebuild().output, fullBuild(site), "commune name")
        try site.write("news/nouvelle.md", md("title: Nouvelle\ndate: \"2024-02-01\"\ncommune: sceaux", "Voir [l'annonce](annonce.md)."))
        expectSame(session.rebuild().output, fullBuild(site), "new file")
        try FileManager.default.removeItem(at: site.content.appendingPathComponent("news/nouvelle.md"))
        expectSame(session.rebuild().output, fullBuild(site), "removed file")
        try edit(site, "news/annonce.md") { $0.replacingOccurrences(of: "summary: Le début.", with: "summary: Le début.\ndraft: true") }
        expectSame(session.rebuild().output, fullBuild(site), "draft")
        try edit(site, "site.yml") { $0.replacingOccurrences(of: "Métropole du Grand Paris", with: "Métropole") }
        let publisher = session.rebuild()
        expectSame(publisher.output, fullBuild(site), "publisher in site.yml")
        #expect(!String(decoding: publisher.output!.files["experiments/soy-pv/index.html"]!, as: UTF8.self).contains("Grand Paris"))
        try edit(site, "experiments/soy-pv.md") { $0.replacingOccurrences(of: "commune: sceaux", with: "commune: nulle-part") }
        let broken = session.rebuild()
        #expect(broken.output == nil)
        #expect(broken.diagnostics.contains { $0.severity == .error && $0.file == "content/experiments/soy-pv.md" })
        try edit(site, "experiments/soy-pv.md") { $0.replacingOccurrences(of: "commune: nulle-part", with: "commune: sceaux") }
        expectSame(session.rebuild().output, fullBuild(site), "fixed")
    }

    @Test func theDataFilesFollowThePages() throws {
        let site = try TestSite(files: BuildTests.files)
        defer { site.remove() }
        let session = PreviewSession(request: site.request())
        let pages = session.rebuildPages()
        #expect(pages.output?.files["experiments/soy-pv/index.html"] != nil)
        #expect(pages.output?.files["data/experiments.csv"] == nil)
        let data = session.completeOpenData()
        let full = try #require(fullBuild(site))
        #expect(data.keys.sorted() == ["data/communes.json", "data/experiments.csv", "data/experiments.geojson", "data/experiments.json"])
        for (path, bytes) in data { #expect(full.files[path] == bytes, "\(path)") }
        #expect(session.completeOpenData().isEmpty)
    }

    @Test func aThemeEditRendersEveryPageAgain() throws {
        let themes = FileManager.default.temporaryDirectory.appendingPathComponent("vitrine-theme-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: TestSite.themes, to: themes)
        defer { try? FileManager.default.removeItem(at: themes) }
        let site = try TestSite(files: BuildTests.files)
        defer { site.remove() }
        var request = site.request()
        request.themesDirectory = themes
        let session = PreviewSession(request: request)
        _ = session.rebuild()
        let base = themes.appendingPathComponent("default/templates/base.mustache")
        let text = try String(contentsOf: base, encoding: .utf8)
        try Data(text.replacingOccurrences(of: "<body>", with: "<body class=\"modifie\">").utf8).write(to: base)
        let result = session.rebuild()
        let pages = result.output!.files.filter { $0.key.hasSuffix(".html") }
        #expect(!pages.isEmpty)
        #expect(pages.allSatisfy { String(decoding: $0.value, as: UTF8.self).contains("<body class=\"modifie\">") })
        expectSame(result.output, SiteBuilder.generate(request).0, "theme edit")
    }
}
