/// A call for applications (« appel à projets », « appel à expérimentations »): innovators apply
/// between its opening and closing dates. Its state is computed at the build date, like a
/// convention's status.
public struct CallForApplications: Sendable, Equatable {
    public enum State: String, Sendable, CaseIterable {
        /// Not open yet: announced ahead of its opening day.
        case upcoming
        /// Applications accepted: from the opening day to the closing day, both included.
        case open
        /// Past its closing day.
        case closed
    }

    public var origin: Origin
    public var title: String
    public var opens: Day
    /// The deadline: applications are accepted until the end of that day.
    public var closes: Day
    /// Where to apply (a form, a page of the operator).
    public var url: String?
    public var communes: [String]
    public var themes: [String]
    public var summary: String?
    public var image: ImageRef?
    public var draft: Bool
    public var illustration: String?
    public var body: Body

    /// The state on `now`. The opening and closing days count as open: a call that closes on
    /// 23 February 2025 still takes applications that day.
    public func state(on now: Day) -> State {
        Self.state(opens: opens, closes: closes, on: now)
    }

    /// The rule on its own, for the tests and for anyone who has only the dates.
    public static func state(opens: Day, closes: Day, on now: Day) -> State {
        if now < opens { return .upcoming }
        if now <= closes { return .open }
        return .closed
    }
}
