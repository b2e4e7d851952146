/// Where a convention stands at a given date, computed from its facts (art. 2, 5 and 6).
public struct ConventionState: Sendable, Equatable {
    public enum Status: String, Sendable, CaseIterable {
        case unsigned
        case inForce = "in_force"
        case terminationNotified = "termination_notified"
        case terminated
        case expired
    }

    public let status: Status
    /// The end date in force: the original one, or the latest signed amendment's.
    public let ends: Day
    /// The date shown with the status: effective termination (notified or reached), or end date reached.
    public let statusDate: Day?
    /// Amendments signed on or before the date, oldest first.
    public let amendmentsInEffect: [Amendment]
    /// Amendments not signed yet, or signed after the date: no effect (« en cours de signature »).
    public let amendmentsPending: [Amendment]
    /// Effective date of a termination that was notified and not cured in time.
    public let terminationEffective: Day?
    /// The signature, once it counts: dated on or before the date (a later date is only planned).
    public let signed: Day?
    /// Every dated fact known on the date, in date order: the convention's timeline.
    public let milestones: [ConventionMilestone]

    /// The facts that have happened and that followers hear about (signature, amendments signed,
    /// termination letters): the convention's feed items.
    public var announcements: [ConventionMilestone] {
        milestones.filter { !$0.upcoming && $0.kind.isAnnounced }
    }

    /// Whether that termination ends the convention: it takes effect before the end in force.
    /// One effective on or after the end has no effect, the convention expires first.
    public var terminationEndsConvention: Bool {
        terminationEffective.map { $0 < ends } ?? false
    }
}

extension Convention {
    /// The convention's state on `now`.
    public func state(on now: Day) -> ConventionState {
        let inEffect = amendments.filter { $0.signed.map { $0 <= now } ?? false }
            .sorted { $0.signed! < $1.signed! }
        let pending = amendments.filter { !($0.signed.map { $0 <= now } ?? false) }
        let end = inEffect.last(where: { $0.ends != nil })?.ends ?? ends

        // A termination counts once its letter is sent (on or before now), unless the defaulting
        // party met its obligations within the two months (and that is known by now).
        var terminationDate: Day?
        if let termination, let notified = termination.notified, notified <= now,
           let effective = termination.effective, !termination.isCured(on: now) {
            terminationDate = effective
        }

        // A date is "reached" on that day: the convention stops being in force on it.
        let status: ConventionState.Status
        var statusDate: Day?
        let signedByNow = signed.flatMap { $0 <= now ? $0 : nil }
        if signedByNow == nil {
            status = .unsigned
        } else if let t = terminationDate, t < end {
            status = now >= t ? .terminated : .terminationNotified
            statusDate = t
        } else if now >= end {
            status = .expired
            statusDate = end
        } else {
            status = .inForce
        }
        return ConventionState(status: status, ends: end, statusDate: statusDate,
                               amendmentsInEffect: inEffect, amendmentsPending: pending,
                               terminationEffective: terminationDate, signed: signedByNow,
                               milestones: milestones(on: now, endsInForce: end, terminationEffective: terminationDate))
    }
}
