/// Shared pieces of every view model: the layout around each page, cards, badges.
/// View models carry finished text (dates formatted, URLs resolved): templates only display them.

/// What a page template reads: `layout`, `page` and `t`. The layout and the page are held by
/// reference: a view model found by a tag is handed on as a `TemplateValue`, and one held by value
/// would be copied into a box of its own at each `{{page.…}}` or `{{layout.…}}` tag.
struct PageContext: TemplateData {
    private let layout: TemplateValue
    private let page: TemplateValue?
    private let t: TemplateValue

    init(layout: Layout, page: some TemplateData, t: [String: String]) {
        self.layout = .view(ViewReference(layout))
        self.page = .view(ViewReference(page))
        self.t = .view(t)
    }

    /// The context of the header and footer partials: the chrome as `layout`, no page.
    init(chrome: SiteChrome, t: [String: String]) {
        layout = .view(ViewReference(chrome))
        page = nil
        self.t = .view(t)
    }

    var templateValue: TemplateValue? { .view(self) }

    private static let layoutID = TemplateKey("layout").id, pageID = TemplateKey("page").id, tID = TemplateKey("t").id

    func field(_ key: TemplateKey) -> TemplateValue? {
        switch key.id {
        case Self.layoutID: layout
        case Self.pageID: page
        case Self.tID: t
        default: nil
        }
    }
}

/// A view model that templates read through a reference (see `PageContext`).
final class ViewReference<View: TemplateData>: TemplateData {
    private let view: View

    init(_ view: View) {
        self.view = view
    }

    var templateValue: TemplateValue? { .view(self) }

    func field(_ key: TemplateKey) -> TemplateValue? {
        view.field(key)
    }
}

struct Layout: Equatable {
    let lang: String
    /// The `<title>`: page title, then site title.
    let title: String
    let description: String
    let canonical: String
    let cssHref: String
    /// The brand's colours and fonts as CSS custom properties (`BrandStyle`), after the theme's CSS.
    let brandCSSHref: String
    /// The icons made from the brand's logo; nil when site.yml gives no logo.
    let icons: SiteIcons?
    /// The browser's colour around the page (`<meta name="theme-color">`), light and dark.
    let themeColor: String
    let themeColorDark: String
    let feedHref: String
    let feedTitle: String
    /// Every feed this page belongs to, for `<link rel="alternate">`.
    let feeds: [LinkView]
    let ogType: String
    /// A 1200 × 630 JPEG: cropped from the page's photo, else the site's card (`ShareCard`).
    let ogImage: String
    let ogImageAlt: String
    let ogImageWidth: Int
    let ogImageHeight: Int
    /// What the header and footer show; its fields are also read here (`layout.menu`…) by themes
    /// whose base template shows them itself.
    let chrome: SiteChrome
    var siteTitle: String { chrome.siteTitle }
    var homeHref: String { chrome.homeHref }
    var menu: [MenuItem] { chrome.menu }
    var accessibilityText: String { chrome.accessibilityText }
    var accessibilityHref: String { chrome.accessibilityHref }
    var legalHref: String { chrome.legalHref }
    var programmeHref: String { chrome.programmeHref }
    var subscribeHref: String { chrome.subscribeHref }
    var openDataHref: String { chrome.openDataHref }
    var siteMapHref: String { chrome.siteMapHref }
    var searchHref: String? { chrome.searchHref }
    /// The site's header and footer (`partials/site-header`, `partials/site-footer`), already
    /// rendered from `chrome`.
    let header: String
    let footer: String
    /// The trail from the home page; nil on the home page.
    let breadcrumb: Breadcrumb?
    /// Whether the search index takes this page (`data-pagefind-body`), and what it files it under.
    let indexed: Bool
    let searchFilters: [SearchFilter]
    /// The page's script: the search page's only.
    let scriptHref: String?
    /// Already escaped for a `<script>` element.
    var jsonLD: String
}

/// What the site's header and footer show: its title, its menu, and the links every page
/// carries. Thousands of pages share one chrome (the same links from the same depth, the same
/// menu entry current), so `PageRenderer` renders each distinct one once; the partials see it as
/// `layout` and the interface strings as `t`, nothing of the page.
struct SiteChrome: Hashable {
    let siteTitle: String
    let homeHref: String
    let menu: [MenuItem]
    let accessibilityText: String
    let accessibilityHref: String
    let legalHref: String
    let programmeHref: String
    let subscribeHref: String
    let openDataHref: String
    let siteMapHref: String
    /// Where the header's search form goes; nil when the site has no search.
    let searchHref: String?
    /// The brand's logo, named by the site's title; nil without `brand.logo`.
    let logo: LogoView?
}

struct LogoView: Hashable {
    let src: String
    let width: Int?
    let height: Int?
}

/// Where a page finds the site's icons and web manifest, relative to it.
struct SiteIcons: Equatable {
    let favicon: String
    let png32: String
    let appleTouch: String
    let manifest: String
}

struct MenuItem: Hashable {
    let label: String
    let href: String
    let current: Bool
}

struct Badge: Equatable {
    /// Machine code, also the CSS class suffix (`in_force`).
    let code: String
    let label: String
    /// « effective le 29 février 2024 », « depuis le 30 juin 2024 »…
    let detail: String?
    /// What the badge is the status of, for screen readers (« État de l'appel : »); nil: a convention's.
    var prefix: String? = nil
}

struct Card: Equatable {
    let title: String
    let href: String
    let summary: String?
    let meta: String?
    let dateText: String?
    let dateISO: String?
    let badge: Badge?
}

struct Group: Equatable {
    let id: String
    let label: String
    let count: Int
    let items: [Card]
}

/// « Sceaux (12) »: a link and how many items it leads to.
struct CountLink: Equatable {
    let label: String
    let href: String
    let count: Int
}

struct ImageView: Equatable {
    let src: String
    let alt: String
    let width: Int?
    let height: Int?
    /// For a photo (`ResponsiveImage`): its widths in WebP and in the fallback format, and the
    /// layout's `sizes`; nil for a drawing (SVG), shown as it is.
    var webpSrcset: String? = nil
    var srcset: String? = nil
    var sizes: String? = nil
    /// « Ville de Sceaux, CC BY 4.0 », shown under the image.
    var credit: String? = nil
}

struct LinkView: Equatable {
    let label: String
    let href: String
}

/// The body of a content file, rendered, with the notice that says what is illustrative.
struct BodyView: Equatable {
    let html: String
    let illustration: String?
}

/// A term and its value, for description lists (« Maire : Philippe Laurent »).
struct Fact: Equatable {
    let term: String
    let value: String
}
