import Foundation
import Testing
@testable import VitrineKit

/// An item's placement in the program's lists, from which the preview decides whether an edit
/// can be patched in; and the reads a page records, from which it decides what to make again.
@Suite struct PlacementTests {
    static func d(_ s: String) -> Day { Day(iso: s)! }

    static func experiment(_ change: (inout Experiment.Fields) -> Void = { _ in }) -> Experiment {
        var fields = Experiment.Fields(
            origin: Origin(file: "experiments/e.md", path: "experimentations/e/", slug: "e"), title: "E", commune: "sceaux",
            innovator: nil, themes: ["energie", "climat"], status: .testing, outcome: nil, start: d("2026-01-05"), end: nil,
            place: nil, summary: "S.", image: nil, updated: nil, draft: false, illustration: nil, body: Body(markdown: "Texte.", firstLine: 5))
        change(&fields)
        return Experiment(fields)
    }

    static let program: Program = {
        let config = SiteConfig(title: "T", baseURL: "https://example.org/", language: "fr", timezone: "Europe/Paris", theme: "default",
                                accessibility: AccessibilityStatement(), themes: [], menu: [], unsafeMarkdown: false, perPage: 20)
        let content = SiteContent(config: config, communes: [], experiments: [experiment()], news: [], events: [], pages: [],
                                  media: [], imageSizes: [:])
        return Program(content: content, now: d("2026-11-28"), includeDrafts: false)
    }()

    /// (edit, whether the experiment keeps its placement, so that the preview patches it in).
    static let cases: [(String, @Sendable (inout Experiment.Fields) -> Void, Bool)] = [
        ("title", { $0.title = "Autre" }, true),
        ("summary and text", { $0.summary = "Autre."; $0.body = Body(markdown: "Autre texte.", firstLine: 5) }, true),
        ("outcome and place", { $0.outcome = .conclusive; $0.place = Place(name: "Parvis", address: nil, latitude: 48.7, longitude: 2.3) }, true),
        ("themes in another order", { $0.themes = ["climat", "energie"] }, true),
        ("status: listed in another group", { $0.status = .completed }, false),
        ("start: sorted elsewhere", { $0.start = d("2025-01-05") }, false),
        ("updated: sorted by it", { $0.updated = d("2026-02-01") }, false),
        ("updated after the build date: held back", { $0.updated = d("2026-12-01") }, false),
        ("draft", { $0.draft = true }, false),
        ("commune", { $0.commune = "bagneux" }, false),
        ("a theme less", { $0.themes = ["energie"] }, false),
    ]

    @Test(arguments: cases.indices)
    func anEditKeepsThePlacementOnlyWhenNoListMoves(_ index: Int) {
        let (name, change, kept) = Self.cases[index]
        let edited = Self.experiment(change)
        #expect((Self.program.placement(of: Self.experiment()) == Self.program.placement(of: edited)) == kept, "\(name)")
        #expect((Self.program.replacing(edited) != nil) == kept, "\(name)")
    }

    @Test func aRecordingNotesTheItemsReadAndNothingOutsideIt() {
        let read = Self.experiment(), unread = Self.experiment()
        let (title, serials) = ReadLog.recording { read.title }
        #expect(title == "E")
        #expect(serials == [read.serial])
        #expect(read.serial != unread.serial)
        let (_, none) = ReadLog.recording { _ = read == unread }
        #expect(none.isEmpty)
    }
}
