/// A list cut into pages of `perPage` items: the first page at the list's own address, the next
/// ones at `page/2/`, `page/3/`… under it (the addresses Hugo and Jekyll use).
struct Paging: Equatable {
    let total: Int
    /// 0 puts every item on one page.
    let perPage: Int

    /// How many pages the list takes; an empty list still has its first page.
    var count: Int {
        perPage <= 0 || total == 0 ? 1 : (total + perPage - 1) / perPage
    }

    /// Positions of the items shown on `page` (numbered from 1).
    func items(on page: Int) -> Range<Int> {
        guard perPage > 0 else { return 0..<total }
        let start = min((page - 1) * perPage, total)
        return start..<min(start + perPage, total)
    }

    /// Site path of page `page` of the list at `base` (`experiments/` → `experiments/page/2/`).
    static func path(_ base: String, page: Int) -> String {
        page == 1 ? base : "\(base)page/\(page)/"
    }

    /// Whether `file` (`experiments/page/2/index.html`, `themes/climat/page/3/index.html`) is a
    /// later page of a list rather than an item's page (an experiment named « page » is
    /// `experiments/page/index.html`).
    static func isLaterPage(_ file: String) -> Bool {
        let parts = file.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count >= 4, parts[parts.count - 1] == "index.html", parts[parts.count - 3] == "page" else { return false }
        let number = parts[parts.count - 2]
        return !number.isEmpty && number.allSatisfy { $0.isASCII && $0.isNumber }
    }

    /// The page numbers a pager shows around `current`: the first, the last, and two on each
    /// side of the current one; nil where numbers are left out (a single page is shown rather
    /// than hidden behind « … »).
    func shown(around current: Int) -> [Int?] {
        var numbers: [Int?] = []
        for page in 1...count where page == 1 || page == count || abs(page - current) <= 2 {
            if let last = numbers.last, let last, page > last + 1 { numbers.append(page == last + 2 ? last + 1 : nil) }
            numbers.append(page)
        }
        return numbers
    }
}

/// The links between the pages of a list.
struct PagerView: Equatable {
    let previous: LinkView?
    let next: LinkView?
    let pages: [PagerLink]
}

struct PagerLink: Equatable {
    /// « 3 »; empty for a gap.
    let number: String
    /// « Page 3 », the link's name for screen readers.
    let label: String
    let href: String
    let current: Bool
    let gap: Bool
}

extension PageRenderer {
    /// The pager of page `page` of a list at `base`; nil when the list fits on one page.
    func pager(_ paging: Paging, base: String, page: Int) -> PagerView? {
        guard paging.count > 1 else { return nil }
        let here = Paging.path(base, page: page)
        func link(_ number: Int) -> String { SitePaths.relative(from: here, to: Paging.path(base, page: number)) }
        let pages = paging.shown(around: page).map { number -> PagerLink in
            guard let number else { return PagerLink(number: "", label: "", href: "", current: false, gap: true) }
            return PagerLink(number: String(number), label: strings.format(.pageNumber, String(number)),
                             href: link(number), current: number == page, gap: false)
        }
        return PagerView(
            previous: page > 1 ? LinkView(label: strings[.pagePrevious], href: link(page - 1)) : nil,
            next: page < paging.count ? LinkView(label: strings[.pageNext], href: link(page + 1)) : nil,
            pages: pages)
    }

    /// A list's title on its later pages: « Expérimentations (page 2 sur 5) ».
    func pagedTitle(_ title: String, _ paging: Paging, page: Int) -> String {
        page == 1 ? title : strings.format(.pageTitle, title, String(page), String(paging.count))
    }

    var perPage: Int { config.perPage }
}
