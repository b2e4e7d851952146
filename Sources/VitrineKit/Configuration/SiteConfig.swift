/// `site.yml`: what the whole site shares.
public struct SiteConfig: Sendable {
    public enum AccessibilityStatus: String, Sendable, CaseIterable {
        case full, partial, none
    }

    public struct Contact: Sendable, Equatable {
        public var name: String
        public var address: String?
        public var phone: String?
        public var director: String?
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
    public var accessibilityStatus: AccessibilityStatus
    public var accessibilityAudited: Day?
    /// Theme slugs and labels, in file order.
    public var themes: [(slug: String, label: String)]
    public var menu: [MenuEntry]
    public var unsafeMarkdown: Bool

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
