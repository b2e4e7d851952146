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
    public var body: Body
    /// Line of `start`, for the consistency warning.
    public var startLine: Int?

    /// The date a feed or a list sorts it by: last update, else start.
    public var date: Day? { updated ?? start }
}

public struct NewsItem: Sendable, Equatable {
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
