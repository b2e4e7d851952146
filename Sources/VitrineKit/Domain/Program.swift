/// The program as it stands on the build date: what is published, and each convention's state.
public struct Program: Sendable {
    public let now: Day
    public let config: SiteConfig
    public let home: HomeText?
    public let communes: [Commune]
    public private(set) var experiments: [Experiment]
    public private(set) var news: [NewsItem]
    public let events: [Event]
    /// Calls for applications, latest opening first.
    public let calls: [CallForApplications]
    public let pages: [Page]
    public let media: [String]
    public let imageSizes: [String: ImageDimensions]
    /// The photos of media/ as published (`MediaImages`), by source path; set by the build once
    /// they are processed.
    public internal(set) var photos: [String: ResponsiveImage] = [:]
    public let states: [String: ConventionState]
    /// Content files left out of this build (drafts, dated after the build date).
    public let heldBack: Set<String>
    /// Content files that failed validation (the build fails; links to them are not reported again).
    public let invalidFiles: Set<String>
    /// The address folders of experiments, news and events (`experimentations/`…).
    public let addresses: SectionAddresses

    /// Keeps what is published on `now`, unless `includeDrafts` (a writer's preview): no drafts,
    /// no news dated after the build date, no experiment whose `updated` is after it.
    /// Events are published ahead of time: announcing them is the point.
    public init(content: SiteContent, now: Day, includeDrafts: Bool) {
        self.now = now
        self.config = content.config
        self.home = content.home
        self.media = content.media
        self.imageSizes = content.imageSizes
        self.addresses = content.addresses
        let bySlug = { (a: Origin, b: Origin) in a.slug < b.slug }
        communes = content.communes.sorted { bySlug($0.origin, $1.origin) }
        self.includeDrafts = includeDrafts
        experiments = content.experiments
            .filter { Self.isPublished($0, on: now, includeDrafts: includeDrafts) }
            .sorted { ($0.date ?? now, $1.origin.slug) > ($1.date ?? now, $0.origin.slug) }
        news = content.news
            .filter { Self.isPublished($0, on: now, includeDrafts: includeDrafts) }
            .sorted { ($0.date, $1.origin.slug) > ($1.date, $0.origin.slug) }
        events = content.events
            .filter { includeDrafts || !$0.draft }
            .sorted { ($0.start, $0.origin.slug) < ($1.start, $1.origin.slug) }
        calls = content.calls
            .filter { includeDrafts || !$0.draft }
            .sorted { ($0.opens, $1.origin.slug) > ($1.opens, $0.origin.slug) }
        pages = content.pages.sorted { bySlug($0.origin, $1.origin) }
        communeIndex = Dictionary(communes.enumerated().map { ($1.origin.slug, $0) }, uniquingKeysWith: { a, _ in a })
        let published = Set(experiments.map(\.origin.file) + news.map(\.origin.file) + events.map(\.origin.file)
            + calls.map(\.origin.file))
        let all = content.experiments.map(\.origin.file) + content.news.map(\.origin.file) + content.events.map(\.origin.file)
            + content.calls.map(\.origin.file)
        heldBack = Set(all).subtracting(published)
        invalidFiles = content.invalidFiles
        var states: [String: ConventionState] = [:]
        for commune in communes {
            if let convention = commune.convention { states[commune.origin.slug] = convention.state(on: now) }
        }
        self.states = states
        experimentsByCommune = Dictionary(grouping: experiments, by: \.commune)
        var byTheme: [String: [Experiment]] = [:]
        for e in experiments { for theme in Set(e.themes) { byTheme[theme, default: []].append(e) } }
        experimentsByTheme = byTheme
        newsByCommune = Dictionary(grouping: news.filter { $0.commune != nil }, by: { $0.commune! })
    }

    let includeDrafts: Bool
    private let communeIndex: [String: Int]
    private var experimentsByCommune: [String: [Experiment]]
    private var newsByCommune: [String: [NewsItem]]
    private var experimentsByTheme: [String: [Experiment]]

    /// A commune's published experiments, in the order of `experiments` (newest first).
    public func experiments(of commune: String) -> [Experiment] { experimentsByCommune[commune] ?? [] }
    /// The published experiments of a theme, in the order of `experiments`.
    public func experiments(withTheme slug: String) -> [Experiment] { experimentsByTheme[slug] ?? [] }
    /// A commune's published news, newest first.
    public func news(of commune: String) -> [NewsItem] { newsByCommune[commune] ?? [] }

    /// The program with `new` in place of the published experiment of the same file, when its
    /// placement is the same (nil otherwise): every list keeps its items in their order. The
    /// preview's patch (`PreviewPatch`).
    func replacing(_ new: Experiment) -> Program? {
        guard let i = experiments.firstIndex(where: { $0.origin.file == new.origin.file }) else { return nil }
        let old = experiments[i]
        guard placement(of: old) == placement(of: new),
              let j = experimentsByCommune[old.commune]?.firstIndex(where: { $0.origin.file == new.origin.file }) else { return nil }
        var program = self
        program.experiments[i] = new
        program.experimentsByCommune[old.commune]![j] = new
        for theme in Set(new.themes) {
            guard let k = experimentsByTheme[theme]?.firstIndex(where: { $0.origin.file == new.origin.file }) else { return nil }
            program.experimentsByTheme[theme]![k] = new
        }
        return program
    }

    /// The same for a news item.
    func replacing(_ new: NewsItem) -> Program? {
        guard let i = news.firstIndex(where: { $0.origin.file == new.origin.file }) else { return nil }
        let old = news[i]
        guard placement(of: old) == placement(of: new) else { return nil }
        var program = self
        program.news[i] = new
        if let commune = old.commune {
            guard let j = newsByCommune[commune]?.firstIndex(where: { $0.origin.file == new.origin.file }) else { return nil }
            program.newsByCommune[commune]![j] = new
        }
        return program
    }

    public func commune(_ slug: String) -> Commune? { communeIndex[slug].map { communes[$0] } }

    /// A call's state on the build date.
    public func state(of call: CallForApplications) -> CallForApplications.State { call.state(on: now) }
    /// Calls open on the build date, the soonest deadline first: the home page shows them first.
    public var openCalls: [CallForApplications] {
        calls.filter { $0.state(on: now) == .open }.sorted { ($0.closes, $0.origin.slug) < ($1.closes, $1.origin.slug) }
    }
    /// The calls in `state` on the build date: open ones as `openCalls`, others latest opening first.
    public func calls(_ state: CallForApplications.State) -> [CallForApplications] {
        state == .open ? openCalls : calls.filter { $0.state(on: now) == state }
    }
    /// Calls whose opening day is reached (open or closed): news for the site's feed.
    public var openedCalls: [CallForApplications] { calls.filter { $0.state(on: now) != .upcoming } }

    /// Whether an event is not over on the build date (it counts as upcoming through its last day).
    public func isUpcoming(_ event: Event) -> Bool { event.isUpcoming(on: now) }
    /// Events not over on the build date, soonest first.
    public var upcomingEvents: [Event] { events.filter(isUpcoming) }
    /// Events over, most recent first.
    public var pastEvents: [Event] { events.filter { !isUpcoming($0) }.reversed() }
    /// A commune's events, soonest first.
    public func events(of commune: String) -> [Event] { events.filter { $0.communes.contains(commune) } }
    /// A commune's events not over on the build date, soonest first.
    public func upcomingEvents(of commune: String) -> [Event] { events(of: commune).filter(isUpcoming) }
    /// A commune's events over, most recent first.
    public func pastEvents(of commune: String) -> [Event] { events(of: commune).filter { !isUpcoming($0) }.reversed() }

    /// The newest date of the program reached on the build date: an experiment's update or start,
    /// a news item, a convention's signature (nil when there is none).
    public var lastChange: Day? {
        (experiments.compactMap(\.date) + news.map(\.date) + communes.compactMap { $0.convention?.signed })
            .filter { $0 <= now }.max()
    }
}
