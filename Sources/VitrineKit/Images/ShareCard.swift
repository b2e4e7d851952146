import Foundation

/// The share image of a page that has no photo: a 1200 × 630 card drawn by libvips in the brand's
/// colours, with the page's title and, under it, the site's. The site's own card (`partage.jpg`)
/// stands for the home page, the 404 page, and every page when `shareCards: site`. Cards are
/// cached like photos, by their text, colours and the plan: a rebuild draws only new titles.
enum ShareCard {
    /// The site's card.
    static let path = "partage.jpg"
    /// DejaVu (Debian's fonts-dejavu-core, installed by the setup script).
    static let font = "DejaVu Sans Bold 64"
    static let bylineFont = "DejaVu Sans 30"

    /// A card to draw: the page it stands for, and what it says. It goes beside the page's
    /// `index.html`.
    struct Request: Sendable, Hashable {
        let page: String
        let title: String
        var path: String { page + ShareCard.path }
    }

    /// The card of the page at `pagePath` (a folder address); nil for the home page and the pages
    /// that are files (404), which show the site's card.
    static func request(page pagePath: String, title: String) -> Request? {
        guard !pagePath.isEmpty, pagePath.hasSuffix("/") else { return nil }
        return Request(page: pagePath, title: title)
    }

    /// A card's bytes: drawn now, or the cache's file to copy.
    enum Drawn {
        case data(Data)
        case file(URL)
    }

    /// In the brand's primary colour, the text in the colour a button's label has on it: the
    /// brand check holds that pair to 4.5:1 (with the theme's colours, white on #0a4f8a: 8.6:1).
    static func draw(title: String, byline: String?, palette: BrandPalette, plan: ImagePlan,
                     cache: ImageCache) -> Result<Drawn, ImageFailure> {
        let (paper, ink) = (palette.primary.packed, palette.onPrimary.packed)
        let request = "card \(title)\n\(byline ?? "")\n\(font) \(bylineFont) \(paper) \(ink) \(plan.fingerprint) v2"
        let key = cache.key(source: "share card", request: request)
        if let entry = cache.entry(key) { return .success(.file(entry.url)) }
        return Vips.card(title: title, byline: byline, font: font, bylineFont: bylineFont,
                         width: plan.shareWidth, height: plan.shareHeight, paper: paper, ink: ink,
                         quality: plan.jpegQuality).map { data in
            cache.write(key, Vips.Encoded(data: data, width: plan.shareWidth, height: plan.shareHeight))
                .map(Drawn.file) ?? .data(data)
        }
    }
}

/// The cards the rendered pages asked for, gathered while pages render in parallel.
final class ShareCardRequests: @unchecked Sendable {
    private let lock = NSLock()
    private var requests: [String: ShareCard.Request] = [:]

    /// What the page at `page` shows: `request`, or nil when it shows a photo or the site's card.
    func set(page: String, _ request: ShareCard.Request?) {
        lock.withLock { requests[page] = request }
    }

    /// The requests of `pages` (the pages of this build), by path: the same order every build.
    func requests(for pages: some Sequence<String>) -> [ShareCard.Request] {
        lock.withLock { pages.compactMap { requests[$0] } }.sorted { $0.page < $1.page }
    }
}
