/// The search page (`recherche/`): a form with a visible label and filters, rendered here so that
/// it reads without JavaScript; `static/search.js` runs the query through Pagefind's index and
/// announces the count. The only page that loads a script.
struct SearchPage: Equatable {
    let title: String
    let siteMapHref: String
    let filters: [SearchFilterChoice]
}

/// A filter of the search form: its key in the index, its label, and the values to choose from.
struct SearchFilterChoice: Equatable {
    let key: String
    let label: String
    let options: [String]
}

/// What a page is filed under in the search index, as Pagefind metadata (`data-pagefind-meta`):
/// Pagefind 1.5.2 writes the values of its own filters (`data-pagefind-filter`) in hash-map order,
/// different at each run, which would break reproducible builds; page metadata comes out the same.
struct SearchFilter: Equatable {
    let key: String
    let value: String

    static let separator = "|"
}

extension PageRenderer {
    /// The keys of the index's filters, which the form's fields are named after.
    enum SearchKey {
        static let kind = "type"
        static let commune = "commune"
        static let theme = "theme"
        static let status = "statut"
    }

    func searchPage() -> String {
        let path = Paths.search
        let t = strings.table
        let filters = [
            SearchFilterChoice(key: SearchKey.kind, label: t["search_filter_kind"] ?? "",
                               options: [.searchKindCommune, .searchKindExperiment, .searchKindNews, .searchKindEvent, .searchKindPage].map { strings[$0] }),
            SearchFilterChoice(key: SearchKey.commune, label: t["search_filter_commune"] ?? "", options: program.communes.map(\.name)),
            SearchFilterChoice(key: SearchKey.theme, label: t["search_filter_theme"] ?? "", options: config.themes.map(\.label)),
            SearchFilterChoice(key: SearchKey.status, label: t["search_filter_status"] ?? "",
                               options: Experiment.Status.allCases.map(statusLabel)),
        ]
        let title = strings[.searchTitle]
        return render("search", path: path, title: title, description: nil,
                      page: SearchPage(title: title, siteMapHref: SitePaths.relative(from: path, to: Paths.siteMap), filters: filters),
                      script: Paths.searchScript)
    }

    /// What a page is filed under, one value list per key; several values are joined by
    /// `SearchFilter.separator` (static/search.js splits them).
    func filed(_ pairs: [(String, [String])]) -> [SearchFilter] {
        pairs.filter { !$0.1.isEmpty }.map { SearchFilter(key: $0.0, value: $0.1.joined(separator: SearchFilter.separator)) }
    }

    func searchFilters(_ c: Commune) -> [SearchFilter] {
        filed([(SearchKey.kind, [strings[.searchKindCommune]]), (SearchKey.commune, [c.name]),
               (SearchKey.theme, c.themes.compactMap(config.themeLabel))])
    }

    func searchFilters(_ e: Experiment) -> [SearchFilter] {
        filed([(SearchKey.kind, [strings[.searchKindExperiment]]), (SearchKey.status, [statusLabel(e.status)]),
               (SearchKey.commune, [program.commune(e.commune)?.name].compactMap { $0 }),
               (SearchKey.theme, e.themes.compactMap(config.themeLabel))])
    }

    func searchFilters(_ n: NewsItem) -> [SearchFilter] {
        filed([(SearchKey.kind, [strings[.searchKindNews]]),
               (SearchKey.commune, [n.commune.flatMap(program.commune)?.name].compactMap { $0 })])
    }

    func searchFilters(_ e: Event) -> [SearchFilter] {
        filed([(SearchKey.kind, [strings[.searchKindEvent]]), (SearchKey.commune, e.communes.compactMap(program.commune).map(\.name))])
    }

    var pageSearchFilters: [SearchFilter] { [SearchFilter(key: SearchKey.kind, value: strings[.searchKindPage])] }
}
