/// Where a piece of content came from, and where it is published.
public struct Origin: Sendable, Hashable {
    /// Path relative to the content folder, e.g. `experiments/soy-pv.md`.
    public let file: String
    /// Output path relative to the site root, with a trailing slash (`experiments/soy-pv/`), or "" for home.
    public let path: String
    public let slug: String

    public init(file: String, path: String, slug: String) {
        self.file = file
        self.path = path
        self.slug = slug
    }
}

/// An image given in front matter; `src` is relative to the content folder (`media/x.svg`).
public struct ImageRef: Sendable, Equatable {
    public var src: String
    public var alt: String
    /// Who made it, and under what licence (« Ville de Sceaux, CC BY 4.0 »): shown under the
    /// image and listed on the legal notice, as French law expects of credits.
    public var credit: String? = nil
}

public struct Place: Sendable, Equatable {
    public var name: String
    public var address: String?
    public var latitude: Double?
    public var longitude: Double?
}

/// The Markdown body of a file, with the line where it starts in the file.
public struct Body: Sendable, Equatable {
    public var markdown: String
    public var firstLine: Int

    public init(markdown: String, firstLine: Int) {
        self.markdown = markdown
        self.firstLine = firstLine
    }
}

public struct Person: Sendable, Equatable {
    public var name: String
    public var role: String?
    public var since: Day?
}

public struct Commune: Sendable, Equatable {

    /// The fields as decoded from the file.
    public struct Fields: Sendable, Equatable {
        public var origin: Origin
        public var name: String
        public var insee: String
        public var department: String?
        public var territory: String?
        public var mayor: String?
        public var district: String?
        public var promotion: Int?
        public var themes: [String]
        public var summary: String?
        public var image: ImageRef?
        public var illustration: String?
        public var elected: Person?
        public var agent: Person?
        public var convention: Convention?
        public var body: Body
    }

    /// One box for all the fields, shared by every copy: items are copied at each sort, filter
    /// and list (thousands of times per build), and a copy is then one reference count instead
    /// of one per field. Copies of one decoded file compare equal at once.
    private let shared: Shared<Fields>

    init(_ fields: Fields) {
        shared = Shared(fields)
    }

    public var origin: Origin { shared.value.origin }
    public var name: String { shared.value.name }
    public var insee: String { shared.value.insee }
    public var department: String? { shared.value.department }
    public var territory: String? { shared.value.territory }
    public var mayor: String? { shared.value.mayor }
    public var district: String? { shared.value.district }
    public var promotion: Int? { shared.value.promotion }
    public var themes: [String] { shared.value.themes }
    public var summary: String? { shared.value.summary }
    public var image: ImageRef? { shared.value.image }
    public var illustration: String? { shared.value.illustration }
    public var elected: Person? { shared.value.elected }
    public var agent: Person? { shared.value.agent }
    public var convention: Convention? { shared.value.convention }
    public var body: Body { shared.value.body }

    public static func == (a: Commune, b: Commune) -> Bool { Shared.same(a.shared, b.shared) }

    /// Which decoding of its file this is: what a page that read it recorded (`ReadLog`).
    var serial: Int { shared.serial }
}

public struct Experiment: Sendable, Equatable {
    public enum Status: String, Sendable, CaseIterable {
        case candidate, selected, testing, completed, scaled, abandoned
    }

    public enum Outcome: String, Sendable, CaseIterable {
        case conclusive, inconclusive
    }

    public enum InnovatorKind: String, Sendable, CaseIterable {
        case startup, association, company
    }

    public struct Innovator: Sendable, Equatable {
        public var name: String
        public var url: String?
        public var kind: InnovatorKind?
    }

    /// The date a feed or a list sorts it by: last update, else start.
    public var date: Day? { updated ?? start }

    /// The outcome as shown to readers: only once the experiment is over (completed or scaled).
    public var shownOutcome: Outcome? {
        status == .completed || status == .scaled ? outcome : nil
    }

    /// The fields as decoded from the file.
    public struct Fields: Sendable, Equatable {
        public var origin: Origin
        public var title: String
        public var commune: String
        public var innovator: Innovator?
        public var themes: [String]
        public var status: Status
        public var outcome: Outcome?
        public var start: Day?
        public var end: Day?
        public var place: Place?
        public var summary: String?
        public var image: ImageRef?
        public var updated: Day?
        public var draft: Bool
        public var illustration: String?
        /// Measured results (`indicators:`), in the file's order.
        public var indicators: [Indicator] = []
        public var body: Body
        /// Line of `start`, for the consistency warning.
        public var startLine: Int?
    }

    /// One box for all the fields, shared by every copy: items are copied at each sort, filter
    /// and list (thousands of times per build), and a copy is then one reference count instead
    /// of one per field. Copies of one decoded file compare equal at once.
    private let shared: Shared<Fields>

    init(_ fields: Fields) {
        shared = Shared(fields)
    }

    public var origin: Origin { shared.value.origin }
    public var title: String { shared.value.title }
    public var commune: String { shared.value.commune }
    public var innovator: Innovator? { shared.value.innovator }
    public var themes: [String] { shared.value.themes }
    public var status: Status { shared.value.status }
    public var outcome: Outcome? { shared.value.outcome }
    public var start: Day? { shared.value.start }
    public var end: Day? { shared.value.end }
    public var place: Place? { shared.value.place }
    public var summary: String? { shared.value.summary }
    public var image: ImageRef? { shared.value.image }
    public var updated: Day? { shared.value.updated }
    public var draft: Bool { shared.value.draft }
    public var illustration: String? { shared.value.illustration }
    public var indicators: [Indicator] { shared.value.indicators }
    public var body: Body { shared.value.body }
    public var startLine: Int? { shared.value.startLine }

    public static func == (a: Experiment, b: Experiment) -> Bool { Shared.same(a.shared, b.shared) }

    /// Which decoding of its file this is: what a page that read it recorded (`ReadLog`).
    var serial: Int { shared.serial }
}

public struct NewsItem: Sendable, Equatable {

    /// The fields as decoded from the file.
    public struct Fields: Sendable, Equatable {
        public var origin: Origin
        public var title: String
        public var date: Day
        public var commune: String?
        public var summary: String?
        public var image: ImageRef?
        public var draft: Bool
        public var illustration: String?
        public var body: Body
    }

    /// One box for all the fields, shared by every copy: items are copied at each sort, filter
    /// and list (thousands of times per build), and a copy is then one reference count instead
    /// of one per field. Copies of one decoded file compare equal at once.
    private let shared: Shared<Fields>

    init(_ fields: Fields) {
        shared = Shared(fields)
    }

    public var origin: Origin { shared.value.origin }
    public var title: String { shared.value.title }
    public var date: Day { shared.value.date }
    public var commune: String? { shared.value.commune }
    public var summary: String? { shared.value.summary }
    public var image: ImageRef? { shared.value.image }
    public var draft: Bool { shared.value.draft }
    public var illustration: String? { shared.value.illustration }
    public var body: Body { shared.value.body }

    public static func == (a: NewsItem, b: NewsItem) -> Bool { Shared.same(a.shared, b.shared) }

    /// Which decoding of its file this is: what a page that read it recorded (`ReadLog`).
    var serial: Int { shared.serial }
}

public struct Event: Sendable, Equatable {
    /// An event starts on a day, or at a time on a day (Europe/Paris wall clock).
    public enum Moment: Sendable, Equatable, Comparable {
        case day(Day)
        case time(LocalDateTime)

        public var day: Day {
            switch self {
            case .day(let d): return d
            case .time(let t): return t.day
            }
        }

        public static func < (lhs: Moment, rhs: Moment) -> Bool {
            switch (lhs, rhs) {
            case (.time(let a), .time(let b)): return a < b
            default: return lhs.day < rhs.day
            }
        }
    }

    public var origin: Origin
    public var title: String
    public var start: Moment
    public var end: Moment?
    public var place: Place?
    public var url: String?
    public var communes: [String]
    public var summary: String?
    public var image: ImageRef?
    public var draft: Bool
    public var illustration: String?
    public var body: Body

    /// Last day of the event.
    public var lastDay: Day { end?.day ?? start.day }

    /// Not over on `now`: an event is upcoming through its last day.
    public func isUpcoming(on now: Day) -> Bool { lastDay >= now }
}

/// A free page (accessibility statement, legal notice…), published at `/<slug>/`.
public struct Page: Sendable, Equatable {
    public var origin: Origin
    public var title: String
    public var summary: String?
    public var menuOrder: Int?
    public var illustration: String?
    public var body: Body
}

/// The home page's text.
public struct HomeText: Sendable, Equatable {
    public var origin: Origin
    public var title: String?
    public var summary: String?
    public var illustration: String?
    public var body: Body
}

/// A value held in a shared, immutable box (see `Experiment`), whose reads are noted by the
/// work being recorded (`ReadLog`): that is how the preview knows which pages show an item.
final class Shared<Value: Sendable>: Sendable {
    private let stored: Value
    /// Which decoding this is (`ReadLog.nextSerial`).
    let serial: Int

    init(_ value: Value) {
        stored = value
        serial = ReadLog.nextSerial()
    }

    var value: Value {
        ReadLog.note(serial)
        return stored
    }

    /// Whether two boxes hold equal values, without noting a read.
    static func same(_ a: Shared, _ b: Shared) -> Bool where Value: Equatable {
        a === b || a.stored == b.stored
    }
}
