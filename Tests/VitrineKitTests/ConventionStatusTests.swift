import Testing
@testable import VitrineKit

/// The convention's status at dates around each boundary (art. 2, 5 and 6).
@Suite struct ConventionStatusTests {
    static func d(_ s: String) -> Day { Day(iso: s)! }

    static let base = Convention(signed: d("2023-04-17"), ends: Day.lastDay(ofMonth: 6, year: 2024)!)

    static func with(_ change: (inout Convention) -> Void) -> Convention {
        var c = base
        change(&c)
        return c
    }

    static let extended = with {
        $0.amendments = [Amendment(requested: d("2024-03-01"), signed: d("2024-05-15"), summary: "Prolongation", ends: d("2024-12-31"))]
    }
    static let unsignedAmendment = with {
        $0.amendments = [Amendment(requested: d("2024-03-01"), signed: nil, summary: "Prolongation", ends: d("2024-12-31"))]
    }
    /// Notified 31 December 2023: effective 29 February 2024 (2024 is a leap year), before the June end.
    static let terminatedEndOfMonth = with {
        $0.termination = Termination(notified: d("2023-12-31"), by: .metropole)
    }
    static let curedInTime = with {
        $0.termination = Termination(notified: d("2023-12-31"), by: .metropole, cured: d("2024-02-29"))
    }
    static let curedTooLate = with {
        $0.termination = Termination(notified: d("2023-12-31"), by: .metropole, cured: d("2024-03-01"))
    }
    /// Effective 2024-07-15, after the end date: the end comes first.
    static let terminationAfterEnd = with {
        $0.termination = Termination(notified: d("2024-05-15"), by: .commune)
    }

    static let cases: [(String, Convention, String, ConventionState.Status, String?)] = [
        ("day before signature", base, "2023-04-16", .unsigned, nil),
        ("day of signature", base, "2023-04-17", .inForce, nil),
        ("day after signature", base, "2023-04-18", .inForce, nil),
        ("never signed", with { $0.signed = nil }, "2030-01-01", .unsigned, nil),
        ("day before the month-end date", base, "2024-06-29", .inForce, nil),
        ("end date given as a month is its last day", base, "2024-06-30", .expired, "2024-06-30"),
        ("after the end", base, "2026-11-28", .expired, "2024-06-30"),
        ("signed amendment extends the end", extended, "2024-07-01", .inForce, nil),
        ("signed amendment: new end reached", extended, "2024-12-31", .expired, "2024-12-31"),
        ("amendment not yet signed on the date", extended, "2024-05-14", .inForce, nil),
        ("before the amendment's signature, original end applies", extended, "2024-06-30", .inForce, nil),
        ("unsigned amendment has no effect", unsignedAmendment, "2024-07-01", .expired, "2024-06-30"),
        ("day before the letter", terminatedEndOfMonth, "2023-12-30", .inForce, nil),
        ("day of the letter", terminatedEndOfMonth, "2023-12-31", .terminationNotified, "2024-02-29"),
        ("day before effective (clamped to 29 Feb)", terminatedEndOfMonth, "2024-02-28", .terminationNotified, "2024-02-29"),
        ("effective day", terminatedEndOfMonth, "2024-02-29", .terminated, "2024-02-29"),
        ("after effective", terminatedEndOfMonth, "2024-03-01", .terminated, "2024-02-29"),
        ("cured on the effective date", curedInTime, "2024-03-01", .inForce, nil),
        ("cured, seen before the cure date", curedInTime, "2024-02-28", .terminationNotified, "2024-02-29"),
        ("cured after the effective date", curedTooLate, "2024-03-02", .terminated, "2024-02-29"),
        ("termination effective after the end: still in force", terminationAfterEnd, "2024-06-01", .inForce, nil),
        ("termination effective after the end: expires", terminationAfterEnd, "2024-06-30", .expired, "2024-06-30"),
    ]

    @Test(arguments: cases.indices)
    func statusAtEachBoundary(_ index: Int) {
        let (name, convention, now, status, date) = Self.cases[index]
        let state = convention.state(on: Self.d(now))
        #expect(state.status == status, "\(name)")
        #expect(state.statusDate?.iso == date, "\(name)")
    }

    @Test func amendmentsAreSplitIntoInEffectAndPending() {
        let early = Self.extended.state(on: Self.d("2024-05-14"))
        #expect(early.amendmentsInEffect.isEmpty && early.amendmentsPending.count == 1)
        #expect(early.ends.iso == "2024-06-30")
        let late = Self.extended.state(on: Self.d("2024-05-15"))
        #expect(late.amendmentsInEffect.count == 1 && late.amendmentsPending.isEmpty)
        #expect(late.ends.iso == "2024-12-31")
    }

    @Test func aSignatureCountsOnlyFromItsDate() {
        #expect(Self.base.state(on: Self.d("2023-04-16")).signed == nil)
        #expect(Self.base.state(on: Self.d("2023-04-17")).signed?.iso == "2023-04-17")
    }

    @Test func aTerminationEffectiveAfterTheEndDoesNotEndTheConvention() {
        let after = Self.terminationAfterEnd.state(on: Self.d("2024-07-20"))
        #expect(after.terminationEffective?.iso == "2024-07-15")
        #expect(!after.terminationEndsConvention)
        let before = Self.terminatedEndOfMonth.state(on: Self.d("2024-01-10"))
        #expect(before.terminationEndsConvention)
        #expect(!Self.base.state(on: Self.d("2024-01-10")).terminationEndsConvention)
    }

    @Test func monthArithmeticClampsToTheLastDay() {
        #expect(Self.d("2023-12-31").adding(months: 2).iso == "2024-02-29")
        #expect(Self.d("2022-12-31").adding(months: 2).iso == "2023-02-28")
        #expect(Self.d("2024-08-31").adding(months: 2).iso == "2024-10-31")
        #expect(Self.d("2024-11-30").adding(months: 2).iso == "2025-01-30")
    }
}
