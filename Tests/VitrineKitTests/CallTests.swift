import Foundation
import Testing
@testable import VitrineKit

/// Calls for applications: their state on the build date, their fields' checks, and where they
/// show up (list, home page, feed, calendar, `vitrine new appel`).
@Suite struct CallTests {
    static func d(_ s: String) -> Day { Day(iso: s)! }

    /// (case, opens, closes, build date, expected state). The opening and closing days are open.
    static let stateCases: [(String, String, String, String, CallForApplications.State)] = [
        ("day before opening", "2025-01-20", "2025-02-23", "2025-01-19", .upcoming),
        ("opening day", "2025-01-20", "2025-02-23", "2025-01-20", .open),
        ("between the dates", "2025-01-20", "2025-02-23", "2025-02-01", .open),
        ("closing day is still open", "2025-01-20", "2025-02-23", "2025-02-23", .open),
        ("day after closing", "2025-01-20", "2025-02-23", "2025-02-24", .closed),
        ("long after", "2025-01-20", "2025-02-23", "2026-11-28", .closed),
        ("one-day call, that day", "2026-03-01", "2026-03-01", "2026-03-01", .open),
        ("one-day call, day after", "2026-03-01", "2026-03-01", "2026-03-02", .closed),
        ("across a leap day", "2024-02-28", "2024-02-29", "2024-02-29", .open),
        ("across new year, before", "2026-12-31", "2027-01-15", "2026-12-30", .upcoming),
    ]

    @Test(arguments: stateCases)
    func stateFollowsTheBuildDate(_ c: (String, String, String, String, CallForApplications.State)) {
        let (name, opens, closes, now, expected) = c
        #expect(CallForApplications.state(opens: Self.d(opens), closes: Self.d(closes), on: Self.d(now)) == expected, "\(name)")
    }

    static let commune = md("name: Sceaux\ninsee: \"92071\"")

    static func call(_ fields: String) -> String {
        md("title: Un appel\nsummary: Pour essayer.\n" + fields)
    }

    @Test func closingBeforeOpeningIsALocatedError() throws {
        let site = try TestSite(files: ["calls/a.md": Self.call("opens: \"2026-02-01\"\ncloses: \"2026-01-15\"")])
        defer { site.remove() }
        let errors = site.failures().filter { $0.severity == .error }
        #expect(errors.count == 1)
        #expect(errors.first?.file == "content/calls/a.md")
        #expect(errors.first?.field == "closes")
        #expect(errors.first?.line == 5)
        #expect(errors.first?.message.contains("avant « opens »") == true)
    }

    @Test func missingOrImpossibleDatesAreErrorsNamingTheField() throws {
        let site = try TestSite(files: ["calls/a.md": Self.call("opens: \"2026-02-30\""),
                                        "calls/b.md": Self.call("closes: \"2026-02-01\"\nopens: bientôt")])
        defer { site.remove() }
        let errors = site.failures().filter { $0.severity == .error }
        let a = errors.filter { $0.file == "content/calls/a.md" }.compactMap(\.field).sorted()
        let b = errors.filter { $0.file == "content/calls/b.md" }.compactMap(\.field).sorted()
        #expect(a == ["closes", "opens"])
        #expect(b == ["opens"])
    }

    @Test func unknownCommuneIsAnError() throws {
        let site = try TestSite(files: ["communes/sceaux.md": Self.commune,
                                        "calls/a.md": Self.call("opens: \"2026-11-01\"\ncloses: \"2026-12-01\"\ncommunes: [meudon]")])
        defer { site.remove() }
        let errors = site.failures().filter { $0.severity == .error }
        #expect(errors.map(\.field) == ["communes"])
    }

    @Test func listHomeFeedAndCalendarFollowTheState() throws {
        let site = try TestSite(files: [
            "communes/sceaux.md": Self.commune,
            "calls/ouvert.md": md("title: Appel ouvert\nopens: \"2026-11-01\"\ncloses: \"2026-11-28\"\nurl: \"https://example.org/candidater\"\ncommunes: [sceaux]\nsummary: Ouvert."),
            "calls/futur.md": md("title: Appel futur\nopens: \"2026-11-29\"\ncloses: \"2027-01-31\"\nsummary: Futur."),
            "calls/clos.md": md("title: Appel clos\nopens: \"2025-01-20\"\ncloses: \"2025-02-23\"\nurl: \"https://example.org/vieux\"\nsummary: Clos."),
            "calls/brouillon.md": md("title: Appel en brouillon\nopens: \"2026-11-01\"\ncloses: \"2026-12-01\"\ndraft: true\nsummary: Brouillon."),
        ])
        defer { site.remove() }
        try site.build()
        let list = try site.page("appels/index.html")
        let open = try #require(list.range(of: "Appel ouvert")), upcoming = try #require(list.range(of: "Appel futur"))
        let closed = try #require(list.range(of: "Appel clos"))
        #expect(open.lowerBound < upcoming.lowerBound && upcoming.lowerBound < closed.lowerBound)
        #expect(!list.contains("Appel en brouillon"))
        #expect(!site.exists("appels/brouillon/index.html"))

        // Dates are written with no-break spaces: compared with plain ones.
        let home = try site.page("index.html").replacingOccurrences(of: "\u{A0}", with: " ").replacingOccurrences(of: "\u{202F}", with: " ")
        #expect(home.contains("Appel ouvert"))
        #expect(home.contains("jusqu’au 28 novembre 2026 inclus"))
        #expect(!home.contains("Appel futur") && !home.contains("Appel clos"))

        // A closed call no longer offers to apply.
        #expect(try site.page("appels/ouvert/index.html").contains("https://example.org/candidater"))
        #expect(!(try site.page("appels/clos/index.html")).contains("https://example.org/vieux"))

        let feed = try site.page("feed.xml")
        #expect(feed.contains("Appel ouvert") && feed.contains("Appel clos"))
        #expect(!feed.contains("Appel futur"))   // not open yet: not in the feed

        let calendar = try site.page("events.ics")
        #expect(calendar.contains("UID:ouvert-cloture@example.org"))
        #expect(calendar.contains("DTSTART;VALUE=DATE:20261128"))
        #expect(calendar.contains("UID:futur-cloture@example.org"))
        #expect(!calendar.contains("brouillon"))
    }

    @Test func homeHasNoCallBlockWithoutAnOpenCall() throws {
        let site = try TestSite(files: ["calls/clos.md": md("title: Appel clos\nopens: \"2025-01-20\"\ncloses: \"2025-02-23\"\nsummary: Clos.")])
        defer { site.remove() }
        try site.build()
        #expect(!(try site.page("index.html")).contains("call-highlight"))
    }

    @Test func newAppelMakesADraftThatBuildsAndKnowsItsWords() throws {
        #expect(Scaffold.Kind(word: "appel") == .call)
        #expect(Scaffold.Kind(word: "Appel à projets") == .call)
        let site = try TestSite(files: ["communes/sceaux.md": Self.commune])
        defer { site.remove() }
        let url = try Scaffold.create(.call, title: "Un appel d'essai", contentDirectory: site.content, today: Self.d("2026-11-28"))
        #expect(url.path.hasSuffix("calls/un-appel-d-essai.md"))
        try site.build()
        #expect(!site.exists("appels/un-appel-d-essai/index.html"))   // a draft
        // Published as it is, its sample texts are refused.
        let text = try String(contentsOf: url, encoding: .utf8).replacingOccurrences(of: "draft: true", with: "draft: false")
        try text.write(to: url, atomically: true, encoding: .utf8)
        #expect(site.failures().contains { $0.file == "content/calls/un-appel-d-essai.md" && $0.severity == .error })
    }
}
