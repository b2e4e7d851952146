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
        #expect(String(decoding: renamed.output!.files["experimentations/soy-pv/index.html"]!, as: UTF8.self).contains("Soy PV renommé"))
        #expect(String(decoding: renamed.output!.files["experimentations/index.html"]!, as: UTF8.self).contains("Soy PV renommé"))
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
        #expect(!String(decoding: publisher.output!.files["experimentations/soy-pv/index.html"]!, as: UTF8.self).contains("Grand Paris"))
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
        #expect(pages.output?.files["experimentations/soy-pv/index.html"] != nil)
        #expect(pages.output?.files["data/experiments.csv"] == nil)
        let data = session.completeOpenData()
        let full = try #require(fullBuild(site))
        #expect(data.keys.sorted() == ["data/communes.json", "data/communes.schema.json", "data/experiments-complements.csv",
                                        "data/experiments-complements.schema.json", "data/experiments.csv", "data/experiments.geojson",
                                        "data/experiments.json", "data/experiments.schema.json", "data/indicators.csv",
                                        "data/indicators.schema.json"])
        for (path, bytes) in data { #expect(full.files[path] == bytes, "\(path)") }
        #expect(session.completeOpenData().isEmpty)
    }

    @Test func aThemeEditRendersEveryPageAgain() throws {
        let themes = try TestSite.copyOfThemes()
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
        // The header is rendered once per chrome and shared by pages: an edit must still reach all.
        let header = themes.appendingPathComponent("default/templates/partials/site-header.mustache")
        let headerText = try String(contentsOf: header, encoding: .utf8)
        try Data(headerText.replacingOccurrences(of: "<header class=\"site-header\">", with: "<header class=\"site-header modifie\">").utf8).write(to: header)
        let second = session.rebuild()
        let edited = second.output!.files.filter { $0.key.hasSuffix(".html") && $0.key != "404.html" }
        #expect(edited.allSatisfy { String(decoding: $0.value, as: UTF8.self).contains("<header class=\"site-header modifie\">") })
        expectSame(second.output, SiteBuilder.generate(request).0, "header partial edit")
    }

    /// Paged lists, reused by the revisions of the files they show: an edit that moves an
    /// experiment to another page, renames a commune, adds an experiment or an event, or
    /// changes an event's commune must still give what a full build gives.
    @Test func pagedListsFollowEveryEdit() throws {
        var files = BuildTests.files
        files["communes/bagneux.md"] = md("name: Bagneux\ninsee: \"92007\"\nthemes: [climat]\nsummary: Une commune.")
        for (n, status) in ["testing", "candidate", "completed", "candidate", "testing"].enumerated() {
            files["experiments/essai-\(n + 1).md"] = md("title: Essai \(n + 1)\ncommune: \(n % 2 == 0 ? "sceaux" : "bagneux")\nstatus: \(status)\nthemes: [energie, climat]\nsummary: Résumé.")
        }
        for n in 1...4 { files["news/n\(n).md"] = md("title: Nouvelle \(n)\ndate: \"2024-0\(n)-01\"\ncommune: bagneux\nsummary: S.") }
        let site = try TestSite(files: files, siteYML: TestSite.siteYML + "\nperPage: 2\n")
        defer { site.remove() }
        let session = PreviewSession(request: site.request())
        expectSame(session.rebuild().output, fullBuild(site), "first build")
        #expect(session.rebuild().computed == 0)

        // A status group spread over two pages: the first page's experiments stay, its count changes.
        try edit(site, "experiments/essai-1.md") { $0.replacingOccurrences(of: "status: testing", with: "status: candidate") }
        expectSame(session.rebuild().output, fullBuild(site), "three candidates")
        try edit(site, "experiments/essai-4.md") { $0.replacingOccurrences(of: "status: candidate", with: "status: selected") }
        expectSame(session.rebuild().output, fullBuild(site), "two candidates, same first page")
        try edit(site, "experiments/essai-2.md") { $0.replacingOccurrences(of: "status: candidate", with: "status: scaled") }
        expectSame(session.rebuild().output, fullBuild(site), "status moves it to the last page")
        try edit(site, "experiments/essai-3.md") { $0.replacingOccurrences(of: "title: Essai 3", with: "title: Aaa premier") }
        expectSame(session.rebuild().output, fullBuild(site), "title reorders")
        try edit(site, "communes/bagneux.md") { $0.replacingOccurrences(of: "name: Bagneux", with: "name: Bagneux-sur-Bièvre") }
        expectSame(session.rebuild().output, fullBuild(site), "commune name on cards")
        try site.write("experiments/essai-6.md", md("title: Essai 6\ncommune: bagneux\nstatus: selected\nthemes: [climat]\nsummary: Résumé."))
        expectSame(session.rebuild().output, fullBuild(site), "new experiment")
        try site.write("experiments/essai-7.md", md("title: Essai 7\ncommune: bagneux\nstatus: scaled\nthemes: [climat]\nsummary: Résumé."))
        expectSame(session.rebuild().output, fullBuild(site), "new experiment: one page more")
        // Adding a file changes every page's link targets; a theme's length changes without it.
        try edit(site, "experiments/essai-7.md") { $0.replacingOccurrences(of: "themes: [climat]", with: "themes: [energie]") }
        expectSame(session.rebuild().output, fullBuild(site), "a theme one page shorter, same first page")
        try edit(site, "news/n2.md") { $0.replacingOccurrences(of: "commune: bagneux", with: "commune: sceaux") }
        expectSame(session.rebuild().output, fullBuild(site), "news moves to another commune")
        try site.write("events/salon.md", md("title: Salon\nstart: \"2027-05-22\"\ncommunes: [bagneux]\nsummary: Un salon."))
        expectSame(session.rebuild().output, fullBuild(site), "new event")
        try edit(site, "events/salon.md") { $0.replacingOccurrences(of: "communes: [bagneux]", with: "communes: [sceaux]") }
        expectSame(session.rebuild().output, fullBuild(site), "event moves to another commune")
        try FileManager.default.removeItem(at: site.content.appendingPathComponent("experiments/essai-1.md"))
        expectSame(session.rebuild().output, fullBuild(site), "removed experiment")
        try edit(site, "site.yml") { $0.replacingOccurrences(of: "perPage: 2", with: "perPage: 3") }
        expectSame(session.rebuild().output, fullBuild(site), "perPage")
    }

    /// The patch: an edit that moves an item in no list re-renders only what shows it, and must
    /// still equal a full build, diagnostics included; other edits fall back to a rebuild.
    @Test func pagesThatSumUpTheSiteComeRightAfterTheEditedPage() throws {
        var files = BuildTests.files
        for n in 1...5 {
            files["experiments/essai-\(n).md"] = md("title: Essai \(n)\ncommune: sceaux\nstatus: testing\nthemes: [energie]\nstart: \"2024-0\(n)-01\"\nsummary: Résumé.")
        }
        let site = try TestSite(files: files)
        defer { site.remove() }
        // Here a page that read more than 3 items sums up the site (200 in the preview).
        let session = PreviewSession(request: site.request(), summary: 3)
        _ = session.rebuild()
        func text(_ output: SiteOutput?, _ path: String) -> String {
            output?.files[path].map { String(decoding: $0, as: UTF8.self) } ?? ""
        }

        try edit(site, "experiments/essai-3.md") { $0.replacingOccurrences(of: "title: Essai 3", with: "title: Essai trois") }
        let first = session.rebuildPages(changed: ["experiments/essai-3.md"])
        #expect(first.patched)
        #expect(text(first.output, "experimentations/essai-3/index.html").contains("Essai trois"))
        // The site map (it lists every page) is still the previous one…
        #expect(!text(first.output, "plan-du-site/index.html").contains("Essai trois"))
        // …until the later work, here dropped as the preview drops it when a newer edit comes first.
        #expect(text(first.output, "plan-du-site/index.html").contains("Essai 3"))
        _ = session.completeOpenData()

        try edit(site, "experiments/essai-4.md") { $0.replacingOccurrences(of: "title: Essai 4", with: "title: Essai quatre") }
        let second = session.rebuildPages(changed: ["experiments/essai-4.md"])
        #expect(second.patched)
        var output = try #require(second.output)
        let later = session.completeOpenData()
        #expect(later["index.html"] != nil && later["plan-du-site/index.html"] != nil)
        output.add(openData: later)
        session.served(later)
        expectSame(output, fullBuild(site), "the edited pages, then those that sum up the site")
        let siteMap = text(output, "plan-du-site/index.html")
        #expect(siteMap.contains("Essai trois") && siteMap.contains("Essai quatre"))
    }

    @Test func patchedEditsGiveWhatAFullBuildGives() throws {
        var files = BuildTests.files
        files["communes/bagneux.md"] = md("name: Bagneux\ninsee: \"92007\"\nthemes: [climat]\nsummary: Une commune.")
        for (n, status) in ["testing", "candidate", "completed", "candidate", "testing"].enumerated() {
            files["experiments/essai-\(n + 1).md"] = md("title: Essai \(n + 1)\ncommune: \(n % 2 == 0 ? "sceaux" : "bagneux")\nstatus: \(status)\nthemes: [energie, climat]\nstart: \"2024-0\(n + 1)-01\"\nsummary: Résumé.", "Voir [Soy PV](soy-pv.md).")
        }
        for n in 1...4 { files["news/n\(n).md"] = md("title: Nouvelle \(n)\ndate: \"2024-0\(n)-01\"\ncommune: bagneux\nsummary: S.") }
        let site = try TestSite(files: files, siteYML: TestSite.siteYML + "\nperPage: 2\n")
        defer { site.remove() }
        let session = PreviewSession(request: site.request())
        _ = session.rebuild()

        func check(_ file: String, patched: Bool, _ step: String, _ change: (String) -> String) throws {
            try edit(site, file, change)
            let result = session.rebuild(changed: [file])
            #expect(result.patched == patched, "\(step): patched")
            let (full, log) = SiteBuilder.generate(site.request())
            expectSame(result.output, full, step)
            #expect(result.diagnostics == log.sorted, "\(step): diagnostics")
        }
        try check("experiments/essai-3.md", patched: true, "experiment title") { $0.replacingOccurrences(of: "title: Essai 3", with: "title: Essai trois") }
        try check("experiments/essai-2.md", patched: true, "experiment summary and body") {
            $0.replacingOccurrences(of: "summary: Résumé.", with: "summary: Un autre résumé.") + "\n## Résultats\n\nConcluants, voir [ici](soy-pv.md).\n"
        }
        try check("experiments/essai-4.md", patched: true, "experiment outcome and place") {
            $0.replacingOccurrences(of: "status: candidate", with: "status: candidate\noutcome: conclusive\nplace: {name: Parvis, lat: 48.7, lon: 2.3}")
        }
        try check("news/n2.md", patched: true, "news title") { $0.replacingOccurrences(of: "title: Nouvelle 2", with: "title: Nouvelle deux") }
        try check("index.md", patched: false, "the home page's text") { $0 + "\nUn mot de plus.\n" }
        try check("experiments/essai-1.md", patched: false, "status moves it") { $0.replacingOccurrences(of: "status: testing", with: "status: scaled") }
        try check("experiments/essai-5.md", patched: false, "start date reorders") { $0.replacingOccurrences(of: "start: \"2024-05-01\"", with: "start: \"2023-05-01\"") }
        try check("experiments/essai-2.md", patched: false, "themes") { $0.replacingOccurrences(of: "themes: [energie, climat]", with: "themes: [energie]") }
        try check("news/n3.md", patched: false, "news commune") { $0.replacingOccurrences(of: "commune: bagneux", with: "commune: sceaux") }
        try check("communes/bagneux.md", patched: false, "a commune") { $0.replacingOccurrences(of: "name: Bagneux", with: "name: Bagneux-Ville") }
        // An error is reported by the rebuild it falls back to; fixing it patches again from there.
        try edit(site, "experiments/essai-3.md") { $0.replacingOccurrences(of: "title: Essai trois", with: "title:") }
        let broken = session.rebuild(changed: ["experiments/essai-3.md"])
        #expect(!broken.patched && broken.output == nil)
        try check("experiments/essai-3.md", patched: false, "fixed") { $0.replacingOccurrences(of: "title:\n", with: "title: Essai 3\n") }
        try check("experiments/essai-3.md", patched: true, "after the fix") { $0.replacingOccurrences(of: "title: Essai 3", with: "title: Essai 3 bis") }
    }
}
