import Foundation

/// Builds each page's view model and renders it through the theme. A class: every page job
/// captures it, and copying its fields into 13,000 closures showed in profiles.
final class PageRenderer: Sendable {
    let program: Program
    let theme: Theme
    /// Rendered Markdown of each content file, by content path.
    let bodies: [String: RenderedMarkdown]
    let dates: DateText
    let numbers: NumberText
    var strings: Strings { theme.strings }
    var config: SiteConfig { program.config }
    /// Where experiments, news and events are listed (`experimentations/`…).
    var addresses: SectionAddresses { program.addresses }
    /// What every page's layout shares, computed once rather than per page.
    let menuEntries: [SiteConfig.MenuEntry]
    let accessibilityText: String
    let siteFeedTitle: String
    /// JSON-LD of a page about nothing in particular: the publisher alone.
    let publisherJSONLD: String
    /// The brand's logo as published (a photo's processed variant, a drawing as it is) and its size.
    let logo: (path: String, width: Int?, height: Int?)?
    let lightPrimary: String
    let darkBackground: String
    /// Pages of the previous build, reused when their view model is unchanged (the preview's;
    /// `Memo.none` in a plain build).
    let memo: Memo
    /// Header and footer HTML by chrome: a few distinct ones for thousands of pages.
    private let chromes = ChromeCache()
    /// The title cards the rendered pages show, drawn after them (`SiteBuilder.writeShareCards`).
    let shareCards = ShareCardRequests()
    /// Changes when the theme's templates or strings do, which makes every cached page stale.
    let themeGeneration: Int

    init(program: Program, theme: Theme, bodies: [String: RenderedMarkdown], memo: Memo = .none) {
        self.program = program
        self.theme = theme
        self.bodies = bodies
        self.memo = memo
        self.themeGeneration = memo.generation(of: "theme", theme.fingerprint)
        self.dates = DateText(language: program.config.language)
        self.numbers = NumberText(language: program.config.language)
        let config = program.config
        // site.yml's menu, then the free pages that ask for a place (`menu: 5`), in that order.
        menuEntries = config.menu + program.pages.filter { $0.menuOrder != nil }
            .sorted { ($0.menuOrder!, $0.origin.slug) < ($1.menuOrder!, $1.origin.slug) }
            .map { SiteConfig.MenuEntry(label: $0.title, target: $0.origin.path) }
        switch config.accessibility.status {
        case .full: accessibilityText = theme.strings[.accessibilityFull]
        case .partial: accessibilityText = theme.strings[.accessibilityPartial]
        case .none: accessibilityText = theme.strings[.accessibilityNone]
        }
        siteFeedTitle = theme.strings.format(.feedTitle, config.title)
        logo = config.brand.logo.map { src in
            if let photo = program.photos[src] {
                return (photo.defaultVariant.fallback, photo.width, photo.height)
            }
            let size = program.imageSizes[src]
            return (src, size?.width, size?.height)
        }
        lightPrimary = config.brand.palette(.light).primary.hex
        darkBackground = config.brand.palette(.dark).background.hex
        publisherJSONLD = StructuredData.script([StructuredData.publisher(config)].compactMap { $0 })
    }

    /// Site paths of the pages the generator always makes.
    enum Paths {
        static let communes = "communes/"
        static let programme = "programme/"
        static let accessibility = "accessibilite/"
        static let legal = "mentions-legales/"
        static let feed = "feed.xml"
        static let subscribe = "s-abonner/"
        static let openData = "donnees/"
        static let siteMap = "plan-du-site/"
        static let search = "recherche/"
        /// The one script of the site, loaded by the search page only.
        static let searchScript = "static/search.js"
        static let css = "static/style.css"
        static func theme(_ slug: String) -> String { "themes/\(slug)/" }
        /// First folders of the addresses made here (pages, themes, data, theme and media files),
        /// which a free page (`pages/x.md` → `/x/`) cannot take. The accessibility statement and
        /// the legal notice are not among them: a page completes them.
        static func sections(_ addresses: SectionAddresses) -> Set<String> {
            Set([communes, addresses.experiments, addresses.news, addresses.events, addresses.calls, programme, subscribe, openData,
                 siteMap, search, SearchIndexer.folder + "/", theme(""), "data/", css, "media/"].map { String($0.prefix { $0 != "/" }) })
        }
    }

    /// The header and footer partials rendered for one chrome. Each ends without its final line
    /// break: the line of `{{{layout.header}}}` in the base template supplies it. A theme without
    /// them gets empty strings.
    private func renderChrome(_ chrome: SiteChrome) -> (header: String, footer: String) {
        let context = PageContext(chrome: chrome, t: strings.table)
        func partial(_ name: String) -> String {
            guard theme.templateNames.contains(name) else { return "" }
            var html = theme.render(name, context)
            if html.hasSuffix("\n") { html.removeLast() }
            return html
        }
        return (partial("partials/site-header"), partial("partials/site-footer"))
    }

    /// Wraps a page's view model in the layout and renders `template`.
    func render<P: Equatable & TemplateData>(_ template: String, path: String, title: String, description: String?, page: P,
                   ogType: String = "website", image: (src: String, alt: String)? = nil,
                   links: LinkStyle? = nil, extraFeeds: [LinkView] = [], structured: [[String: JSONValue]] = [],
                   search: [SearchFilter]? = nil, script: String? = nil) -> String {
        let links = links ?? .relative(page: path)
        let menu = menuEntries.map { entry in
            let external = entry.target.utf8.contains(UInt8(ascii: ":"))
            return MenuItem(label: entry.label,
                            href: external ? entry.target : links.href(entry.target),
                            current: !external && (path == entry.target
                               || (!entry.target.isEmpty && path.hasPrefix(entry.target))))
        }
        let fullTitle = path.isEmpty ? config.title : "\(title) — \(config.title)"
        // Social networks show raster images only: a page without a photo (a drawing, SVG, is
        // none) shows a card with its title, or the site's.
        let photoShare = image.flatMap { image in program.photos[image.src]?.share.map { (path: $0, alt: image.alt) } }
        let card = photoShare == nil && config.shareCards == .page ? ShareCard.request(page: path, title: title) : nil
        shareCards.set(page: path, card)
        let share = photoShare ?? card.map { (path: $0.path, alt: fullTitle) } ?? (path: ShareCard.path, alt: config.title)
        let chrome = SiteChrome(
            siteTitle: config.title, homeHref: links.href(""), menu: menu,
            accessibilityText: accessibilityText, accessibilityHref: links.href(Paths.accessibility),
            legalHref: links.href(Paths.legal), programmeHref: links.href(Paths.programme),
            subscribeHref: links.href(Paths.subscribe), openDataHref: links.href(Paths.openData),
            siteMapHref: links.href(Paths.siteMap), searchHref: config.search ? links.href(Paths.search) : nil,
            logo: logo.map { LogoView(src: links.href($0.path), width: $0.width, height: $0.height) })
        let (header, footer) = chromes.rendered(chrome) { renderChrome($0) }
        let steps = trail(to: path, title: title)
        let layout = Layout(
            lang: config.language, title: fullTitle,
            description: description ?? config.description ?? config.title,
            canonical: config.absoluteURL(SitePaths.encode(path)),
            cssHref: links.href(Paths.css), brandCSSHref: links.href(BrandStyle.path),
            icons: logo == nil ? nil : SiteIcons(favicon: links.href(BrandIcons.favicon), png32: links.href(BrandIcons.png32),
                                                 appleTouch: links.href(BrandIcons.appleTouch), manifest: links.href(WebManifest.path)),
            themeColor: lightPrimary, themeColorDark: darkBackground,
            feedHref: links.href(Paths.feed), feedTitle: siteFeedTitle,
            feeds: [LinkView(label: siteFeedTitle, href: links.href(Paths.feed))]
                + extraFeeds.map { LinkView(label: $0.label, href: links.href($0.href)) },
            ogType: ogType,
            ogImage: config.absoluteURL(SitePaths.encode(share.path)), ogImageAlt: share.alt,
            ogImageWidth: ImagePlan.standard.shareWidth, ogImageHeight: ImagePlan.standard.shareHeight,
            chrome: chrome, header: header, footer: footer, breadcrumb: steps.map { breadcrumb($0, links: links) },
            indexed: config.search && search != nil, searchFilters: config.search ? search ?? [] : [],
            scriptHref: script.map(links.href), jsonLD: "")
        // The JSON-LD is written only when the page is rendered: the preview compares its source.
        func render() -> String {
            var layout = layout
            layout.jsonLD = jsonLD(structured + (steps.map { [breadcrumbJSONLD($0)] } ?? []))
            return theme.render(template, PageContext(layout: layout, page: page, t: strings.table))
        }
        return memo.value("page:" + path, input: PageInput(template: template, theme: themeGeneration, config: config,
                                                            layout: layout, structured: structured, page: page), compute: render)
    }

    func body(_ file: String, illustration: String?) -> BodyView {
        BodyView(html: bodies[file]?.html ?? "", illustration: illustration)
    }

    func image(_ ref: ImageRef?, from path: String) -> ImageView? {
        ref.map {
            let href = { (target: String) in SitePaths.relative(from: path, to: target) }
            if let photo = program.photos[$0.src] {
                return ImageView(src: href(photo.defaultVariant.fallback), alt: $0.alt, width: photo.width, height: photo.height,
                                 webpSrcset: photo.srcset(href, webp: true), srcset: photo.srcset(href, webp: false),
                                 sizes: photo.sizes, credit: $0.credit)
            }
            let size = program.imageSizes[$0.src]
            return ImageView(src: href($0.src), alt: $0.alt, width: size?.width, height: size?.height, credit: $0.credit)
        }
    }

    /// The image for share cards: the front-matter one, else the body's first.
    func shareImage(_ ref: ImageRef?, file: String) -> (src: String, alt: String)? {
        if let ref { return (ref.src, ref.alt) }
        return bodies[file]?.firstImage
    }

    func themeLinks(_ slugs: [String], from path: String) -> [LinkView] {
        slugs.compactMap { slug in
            config.themeLabel(slug).map { LinkView(label: $0, href: SitePaths.relative(from: path, to: Paths.theme(slug))) }
        }
    }
}

/// What a page's HTML depends on: its template, the theme, and its view model.
private struct PageInput<Page: Equatable>: Equatable {
    let template: String
    let theme: Int
    /// The site's settings: the JSON-LD's publisher comes from them, outside the view model.
    let config: SiteConfig
    let layout: Layout
    let structured: [[String: JSONValue]]
    let page: Page
}

/// Rendered headers and footers by chrome, shared by the threads that render pages.
private final class ChromeCache: @unchecked Sendable {
    private let lock = NSLock()
    private var rendered: [SiteChrome: (header: String, footer: String)] = [:]

    func rendered(_ chrome: SiteChrome, render: (SiteChrome) -> (header: String, footer: String)) -> (header: String, footer: String) {
        if let known = lock.withLock({ rendered[chrome] }) { return known }
        let html = render(chrome)
        lock.withLock { rendered[chrome] = html }
        return html
    }
}
