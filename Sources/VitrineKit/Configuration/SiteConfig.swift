/// `site.yml`: what the whole site shares.
public struct SiteConfig: Sendable, Equatable {
    public struct Contact: Sendable, Equatable {
        public var name: String
        public var address: String?
        public var phone: String?
        public var director: String?
        /// The publisher's address for calendar invitations (iCalendar ORGANIZER).
        public var email: String?
        /// The publisher's logo under media/, for search engines (JSON-LD `logo`).
        public var logo: ImageRef?
        /// Line of `logo` in site.yml, for the missing-file error.
        public var logoLine: Int?
    }

    /// A theme of the program (`themes: {energie: "Transition énergétique"}`).
    public struct Theme: Sendable, Equatable {
        public var slug: String
        public var label: String
    }

    public struct MenuEntry: Sendable, Equatable {
        public var label: String
        /// Site-root path (`communes/`), or an absolute http(s) URL.
        public var target: String
    }

    public var title: String
    public var description: String?
    /// Always ends with a slash: `https://example.org/qmi/`.
    public var baseURL: String
    public var language: String
    public var timezone: String
    public var theme: String
    public var publisher: Contact?
    public var host: Contact?
    /// The accessibility statement's data; the footer's mention is its derived status.
    public var accessibility: AccessibilityStatement
    /// Theme slugs and labels, in file order.
    public var themes: [Theme]
    public var menu: [MenuEntry]
    public var unsafeMarkdown: Bool
    /// How many items a list page shows (experiments, news, a theme's experiments) before the
    /// next page; 0 puts every item on one page.
    public var perPage: Int
    /// Whether the site has a search page (`recherche/`, indexed by Pagefind) and a search form.
    public var search: Bool = true
    /// The site's own logo, colours and fonts (`brand`), with the icons made from the logo.
    public var brand = Brand()
    /// Which share image a page without a photo of its own gets (`shareCards`).
    public var shareCards: ShareCards = .page

    /// `page`: a card with the page's title (made once, then taken from the image cache); `site`:
    /// the site's one card for every such page, for sites that would rather not store one per page.
    public enum ShareCards: String, Sendable, CaseIterable { case page, site }

    /// Items per list page when site.yml does not say: a page stays light on a phone.
    public static let defaultPerPage = 20

    /// The publisher's logo for search engines: `publisher.logo`, else the brand's logo.
    public var publisherLogo: ImageRef? {
        guard let publisher else { return nil }
        return publisher.logo ?? brand.logo.map { ImageRef(src: $0, alt: publisher.name) }
    }

    public func themeLabel(_ slug: String) -> String? {
        themes.first { $0.slug == slug }?.label
    }

    /// The path part of baseURL (`/qmi/`), where the site is served.
    public var basePath: String {
        guard let schemeEnd = baseURL.range(of: "://") else { return "/" }
        let rest = baseURL[schemeEnd.upperBound...]
        guard let slash = rest.firstIndex(of: "/") else { return "/" }
        return String(rest[slash...])
    }

    /// Absolute URL of a site path (`communes/sceaux/` → `https://example.org/qmi/communes/sceaux/`).
    public func absoluteURL(_ path: String) -> String {
        baseURL + path
    }
}
