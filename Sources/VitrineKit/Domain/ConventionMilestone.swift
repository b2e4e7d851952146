/// A dated fact of a convention as known on a date: what its timeline lists, and, once it has
/// happened, what its feed announces.
public struct ConventionMilestone: Sendable, Equatable {
    /// In the order the timeline lists facts of the same day.
    public enum Kind: Sendable, Equatable {
        /// The signature, listed ahead (as planned) while it is after the date.
        case signed
        case amendmentRequested(Amendment)
        /// Only once signed: an amendment signed after the date is still pending.
        case amendmentSigned(Amendment)
        /// Only once the letter is sent.
        case terminationNotified(Termination)
        /// The obligations were met in time, as known on the date.
        case terminationCured
        /// The day a termination ends the convention (it takes effect before the end).
        case terminationEffective
        /// The end in force, when no termination comes first.
        case end

        var rank: Int {
            switch self {
            case .signed: return 0
            case .amendmentRequested: return 1
            case .amendmentSigned: return 2
            case .terminationNotified: return 3
            case .terminationCured: return 4
            case .terminationEffective: return 5
            case .end: return 6
            }
        }

        /// A fact followers are told about when it happens (signature, amendment, termination letter).
        public var isAnnounced: Bool {
            switch self {
            case .signed, .amendmentSigned, .terminationNotified: return true
            default: return false
            }
        }
    }

    public let day: Day
    public let kind: Kind
    /// After the date: planned, not happened yet.
    public let upcoming: Bool
}

extension Convention {
    /// Every dated fact known on `now`, in date order (facts of one day in `Kind` order).
    func milestones(on now: Day, endsInForce end: Day, terminationEffective: Day?) -> [ConventionMilestone] {
        var facts: [(Day, ConventionMilestone.Kind)] = []
        if let signed { facts.append((signed, .signed)) }
        for a in amendments {
            if let requested = a.requested { facts.append((requested, .amendmentRequested(a))) }
            if let signed = a.signed, signed <= now { facts.append((signed, .amendmentSigned(a))) }
        }
        if let termination, let notified = termination.notified, notified <= now {
            facts.append((notified, .terminationNotified(termination)))
            if let cured = termination.cured, termination.isCured(on: now) { facts.append((cured, .terminationCured)) }
        }
        if let effective = terminationEffective, effective < end {
            facts.append((effective, .terminationEffective))
        } else {
            facts.append((end, .end))
        }
        return facts.sorted { ($0.0, $0.1.rank) < ($1.0, $1.1.rank) }
            .map { ConventionMilestone(day: $0.0, kind: $0.1, upcoming: $0.0 > now) }
    }
}
