/// The facts of a commune's engagement convention, as the writers entered them.
/// What they mean at a given date is `ConventionStatus`'s business.
public struct Convention: Sendable, Equatable {
    public var reference: String?
    /// Signature by both parties (art. 2); nil while not signed.
    public var signed: Day?
    /// End date; a `YYYY-MM` value is the last day of that month.
    public var ends: Day
    public var amendments: [Amendment]
    public var termination: Termination?
    /// File lines of facts, for consistency warnings.
    public var lines: Lines

    public struct Lines: Sendable, Equatable {
        public var signed: Int?
        public var ends: Int?
        public var cured: Int?
        public init(signed: Int? = nil, ends: Int? = nil, cured: Int? = nil) {
            self.signed = signed
            self.ends = ends
            self.cured = cured
        }
    }

    public init(reference: String? = nil, signed: Day?, ends: Day,
                amendments: [Amendment] = [], termination: Termination? = nil, lines: Lines = Lines()) {
        self.reference = reference
        self.signed = signed
        self.ends = ends
        self.amendments = amendments
        self.termination = termination
        self.lines = lines
    }
}

/// An amendment (avenant, art. 5): it changes nothing until dated and signed by both parties.
public struct Amendment: Sendable, Equatable {
    public var requested: Day?
    public var signed: Day?
    public var summary: String
    /// The new end date it sets, if it changes the duration.
    public var ends: Day?
    public var line: Int?

    public init(requested: Day? = nil, signed: Day?, summary: String, ends: Day? = nil, line: Int? = nil) {
        self.requested = requested
        self.signed = signed
        self.summary = summary
        self.ends = ends
        self.line = line
    }
}

/// A termination letter (résiliation, art. 6).
public struct Termination: Sendable, Equatable {
    public enum Party: String, Sendable, CaseIterable {
        case commune, metropole
    }

    /// Date the registered letter was sent. Nil only when a writer gave a cure date alone.
    public var notified: Day?
    public var by: Party?
    public var reason: String?
    /// Date the defaulting party met its obligations.
    public var cured: Day?
    public var line: Int?

    public init(notified: Day?, by: Party? = nil, reason: String? = nil, cured: Day? = nil, line: Int? = nil) {
        self.notified = notified
        self.by = by
        self.reason = reason
        self.cured = cured
        self.line = line
    }

    /// Two calendar months after the letter, clamped to the month's end (art. 6).
    public var effective: Day? { notified?.adding(months: 2) }

    /// Cured in time, as known on `now`: the obligations were met on or before the effective date.
    public func isCured(on now: Day) -> Bool {
        guard let cured, let effective else { return false }
        return cured <= effective && cured <= now
    }
}
