import Testing
@testable import VitrineKit

/// A convention's dated facts as known on a date: which the timeline lists, which are still
/// ahead, and which the feeds announce. Computed in Domain, only formatted by views and feeds.
@Suite struct ConventionMilestoneTests {
    typealias S = ConventionStatusTests
    static func d(_ s: String) -> Day { S.d(s) }

    /// Same day: an amendment signed the day a termination letter is sent, and the signature day
    /// of a second amendment signed the same day as the first.
    static let busyDay = S.with {
        $0.amendments = [Amendment(signed: d("2024-01-10"), summary: "Budget"), Amendment(signed: d("2024-01-10"), summary: "Lieu")]
        $0.termination = Termination(notified: d("2024-01-10"), by: .commune)
    }

    /// (case, convention, build date, timeline as "day kind", with " ahead" for upcoming facts, announcements).
    static let cases: [(String, Convention, String, [String], [String])] = [
        ("before the signature: signature and end are ahead", S.base, "2023-04-16",
         ["2023-04-17 signed ahead", "2024-06-30 end ahead"], []),
        ("signature day: signed, announced", S.base, "2023-04-17",
         ["2023-04-17 signed", "2024-06-30 end ahead"], ["2023-04-17 signed"]),
        ("end day: reached, never announced", S.base, "2024-06-30",
         ["2023-04-17 signed", "2024-06-30 end"], ["2023-04-17 signed"]),
        ("amendment requested, not signed yet: the original end", S.extended, "2024-05-14",
         ["2023-04-17 signed", "2024-03-01 requested Prolongation", "2024-06-30 end ahead"], ["2023-04-17 signed"]),
        ("amendment signed: listed, announced, its end in force", S.extended, "2024-05-15",
         ["2023-04-17 signed", "2024-03-01 requested Prolongation", "2024-05-15 amendment Prolongation", "2024-12-31 end ahead"],
         ["2023-04-17 signed", "2024-05-15 amendment Prolongation"]),
        ("unsigned amendment: only its request", S.unsignedAmendment, "2030-01-01",
         ["2023-04-17 signed", "2024-03-01 requested Prolongation", "2024-06-30 end"], ["2023-04-17 signed"]),
        ("day before the letter: nothing of it", S.terminatedEndOfMonth, "2023-12-30",
         ["2023-04-17 signed", "2024-06-30 end ahead"], ["2023-04-17 signed"]),
        ("letter sent: its effective day replaces the end", S.terminatedEndOfMonth, "2023-12-31",
         ["2023-04-17 signed", "2023-12-31 notified", "2024-02-29 effective ahead"], ["2023-04-17 signed", "2023-12-31 notified"]),
        ("termination effective", S.terminatedEndOfMonth, "2024-02-29",
         ["2023-04-17 signed", "2023-12-31 notified", "2024-02-29 effective"], ["2023-04-17 signed", "2023-12-31 notified"]),
        ("cure not known yet", S.curedInTime, "2024-02-28",
         ["2023-04-17 signed", "2023-12-31 notified", "2024-02-29 effective ahead"], ["2023-04-17 signed", "2023-12-31 notified"]),
        ("cured in time: the end again", S.curedInTime, "2024-03-01",
         ["2023-04-17 signed", "2023-12-31 notified", "2024-02-29 cured", "2024-06-30 end ahead"],
         ["2023-04-17 signed", "2023-12-31 notified"]),
        ("cured too late: no cure listed", S.curedTooLate, "2024-03-02",
         ["2023-04-17 signed", "2023-12-31 notified", "2024-02-29 effective"], ["2023-04-17 signed", "2023-12-31 notified"]),
        ("termination effective after the end: the end comes first", S.terminationAfterEnd, "2024-06-01",
         ["2023-04-17 signed", "2024-05-15 notified", "2024-06-30 end ahead"], ["2023-04-17 signed", "2024-05-15 notified"]),
        ("same day: amendments in file order, then the letter", busyDay, "2024-01-10",
         ["2023-04-17 signed", "2024-01-10 amendment Budget", "2024-01-10 amendment Lieu", "2024-01-10 notified", "2024-03-10 effective ahead"],
         ["2023-04-17 signed", "2024-01-10 amendment Budget", "2024-01-10 amendment Lieu", "2024-01-10 notified"]),
        ("never signed: only the end", S.with { $0.signed = nil }, "2024-01-01", ["2024-06-30 end ahead"], []),
    ]

    static func text(_ m: ConventionMilestone) -> String {
        let kind: String
        switch m.kind {
        case .signed: kind = "signed"
        case .amendmentRequested(let a): kind = "requested \(a.summary)"
        case .amendmentSigned(let a): kind = "amendment \(a.summary)"
        case .terminationNotified: kind = "notified"
        case .terminationCured: kind = "cured"
        case .terminationEffective: kind = "effective"
        case .end: kind = "end"
        }
        return "\(m.day.iso) \(kind)" + (m.upcoming ? " ahead" : "")
    }

    @Test(arguments: cases.indices)
    func timelineAndAnnouncementsFollowTheDate(_ index: Int) {
        let (name, convention, now, timeline, announced) = Self.cases[index]
        let state = convention.state(on: Self.d(now))
        #expect(state.milestones.map(Self.text) == timeline, "\(name)")
        #expect(state.announcements.map(Self.text) == announced, "\(name)")
    }
}
