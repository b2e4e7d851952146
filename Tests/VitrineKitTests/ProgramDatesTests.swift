import Foundation
import Testing
@testable import VitrineKit

/// The program's date rules, which views and feeds only format: upcoming and past events, calls
/// in each state and those announced, the newest date reached, and when an outcome shows.
@Suite struct ProgramDatesTests {
    static let files: [String: String] = [
        "communes/sceaux.md": md("name: Sceaux\ninsee: \"92071\"\nconvention: {signed: \"2026-01-05\", ends: \"2028-06\"}"),
        "communes/meudon.md": md("name: Meudon\ninsee: \"92048\"\nconvention: {signed: \"2027-01-05\", ends: \"2028-06\"}"),
        "events/hier.md": md("title: Hier\nstart: \"2026-11-27\"\ncommunes: [sceaux]"),
        "events/jour-meme.md": md("title: Jour même\nstart: \"2026-11-28T09:00\"\ncommunes: [sceaux]"),
        "events/en-cours.md": md("title: En cours\nstart: \"2026-11-20\"\nend: \"2026-11-30\"\ncommunes: [meudon]"),
        "events/fini-la-veille.md": md("title: Fini la veille\nstart: \"2026-11-20\"\nend: \"2026-11-27\"\ncommunes: [sceaux, meudon]"),
        "events/demain.md": md("title: Demain\nstart: \"2026-11-29\"\ncommunes: [sceaux]"),
        "calls/ouvert-tard.md": md("title: Ouvert tard\nopens: \"2026-11-01\"\ncloses: \"2026-12-31\""),
        "calls/ouvert-tot.md": md("title: Ouvert tôt\nopens: \"2026-10-01\"\ncloses: \"2026-11-28\""),
        "calls/a-venir.md": md("title: À venir\nopens: \"2026-11-29\"\ncloses: \"2027-01-31\""),
        "calls/clos.md": md("title: Clos\nopens: \"2026-01-01\"\ncloses: \"2026-11-27\""),
        "news/une.md": md("title: Une\ndate: \"2026-03-04\"\ncommune: sceaux"),
        "experiments/lancee.md": md("title: Lancée\ncommune: sceaux\nstatus: testing\nstart: \"2026-09-01\"\nsummary: S."),
    ]

    static func program(now: String = "2026-11-28") throws -> Program {
        let site = try TestSite(files: files)
        defer { site.remove() }
        let (content, _) = ContentLoader(contentDirectory: site.content, themesDirectory: TestSite.themes).load()
        return Program(content: try #require(content), now: Day(iso: now)!, includeDrafts: false)
    }

    /// (list, slugs expected on 2026-11-28): an event is upcoming through its last day.
    static let eventCases: [(String, @Sendable (Program) -> [Event], [String])] = [
        ("upcoming, soonest first", { $0.upcomingEvents }, ["en-cours", "jour-meme", "demain"]),
        ("past, most recent first", { $0.pastEvents }, ["hier", "fini-la-veille"]),
        ("a commune's upcoming", { $0.upcomingEvents(of: "sceaux") }, ["jour-meme", "demain"]),
        ("a commune's past", { $0.pastEvents(of: "sceaux") }, ["hier", "fini-la-veille"]),
        ("another commune's upcoming", { $0.upcomingEvents(of: "meudon") }, ["en-cours"]),
        ("another commune's past", { $0.pastEvents(of: "meudon") }, ["fini-la-veille"]),
    ]

    @Test(arguments: eventCases.indices)
    func eventsAreSplitAtTheBuildDate(_ index: Int) throws {
        let (name, list, slugs) = Self.eventCases[index]
        #expect(list(try Self.program()).map(\.origin.slug) == slugs, "\(name)")
    }

    /// (list, slugs expected on 2026-11-28): the opening and closing days are open.
    static let callCases: [(String, @Sendable (Program) -> [CallForApplications], [String])] = [
        ("open, soonest deadline first", { $0.calls(.open) }, ["ouvert-tot", "ouvert-tard"]),
        ("upcoming", { $0.calls(.upcoming) }, ["a-venir"]),
        ("closed", { $0.calls(.closed) }, ["clos"]),
        ("opened (announced in the feed), latest opening first", { $0.openedCalls }, ["ouvert-tard", "ouvert-tot", "clos"]),
    ]

    @Test(arguments: callCases.indices)
    func callsFollowTheBuildDate(_ index: Int) throws {
        let (name, list, slugs) = Self.callCases[index]
        #expect(list(try Self.program()).map(\.origin.slug) == slugs, "\(name)")
    }

    /// (build date, newest date reached): a signature after the build date does not count.
    static let lastChangeCases: [(String, String?)] = [
        ("2026-11-28", "2026-09-01"),
        ("2027-01-05", "2027-01-05"),
        ("2026-01-04", nil),
    ]

    @Test(arguments: lastChangeCases)
    func lastChangeIsTheNewestDateReached(_ c: (String, String?)) throws {
        #expect(try Self.program(now: c.0).lastChange?.iso == c.1, "on \(c.0)")
    }

    /// (status, outcome given, outcome shown): only an experiment that is over shows its outcome.
    static let outcomeCases: [(Experiment.Status, Experiment.Outcome?, Experiment.Outcome?)] = [
        (.candidate, .conclusive, nil),
        (.selected, .conclusive, nil),
        (.testing, .inconclusive, nil),
        (.abandoned, .conclusive, nil),
        (.completed, .conclusive, .conclusive),
        (.completed, .inconclusive, .inconclusive),
        (.scaled, .conclusive, .conclusive),
        (.completed, nil, nil),
    ]

    @Test(arguments: outcomeCases.indices)
    func outcomeShowsOnceTheExperimentIsOver(_ index: Int) {
        let (status, outcome, shown) = Self.outcomeCases[index]
        let e = Experiment(Experiment.Fields(
            origin: Origin(file: "experiments/e.md", path: "experimentations/e/", slug: "e"), title: "E", commune: "sceaux",
            innovator: nil, themes: [], status: status, outcome: outcome, start: nil, end: nil, place: nil, summary: nil,
            image: nil, updated: nil, draft: false, illustration: nil, body: Body(markdown: "", firstLine: 1)))
        #expect(e.shownOutcome == shown, "\(status) \(String(describing: outcome))")
    }
}
