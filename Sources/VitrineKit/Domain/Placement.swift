/// Where an item stands in the program's lists on the build date: whether it is published, the
/// date it sorts and is listed by (lists, feeds, sitemap), the groups that list it. `Program`
/// makes its lists from these facts alone, so an edit that keeps an item's placement moves it in
/// no list: the preview patches it in (`Program.replacing`) and re-renders what read it.
struct Placement: Equatable {
    let published: Bool
    let date: Day?
    let commune: String?
    let themes: Set<String>
    /// The experiments' lists by status (`ExperimentListing`) and their counts group by it.
    let status: Experiment.Status?
}

extension Program {
    /// No draft, and nothing updated after the build date, unless drafts are shown (a writer's preview).
    static func isPublished(_ e: Experiment, on now: Day, includeDrafts: Bool) -> Bool {
        includeDrafts || (!e.draft && (e.updated.map { $0 <= now } ?? true))
    }

    /// No draft, and no news dated after the build date, unless drafts are shown.
    static func isPublished(_ n: NewsItem, on now: Day, includeDrafts: Bool) -> Bool {
        includeDrafts || (!n.draft && n.date <= now)
    }

    func placement(of e: Experiment) -> Placement {
        Placement(published: Self.isPublished(e, on: now, includeDrafts: includeDrafts), date: e.date, commune: e.commune,
                  themes: Set(e.themes), status: e.status)
    }

    func placement(of n: NewsItem) -> Placement {
        Placement(published: Self.isPublished(n, on: now, includeDrafts: includeDrafts), date: n.date, commune: n.commune,
                  themes: [], status: nil)
    }
}
