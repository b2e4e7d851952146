/// One entry of an RSS feed.
struct FeedItem: Equatable {
    let title: String
    /// Site path of the page the item links to.
    let path: String
    /// Fragment added to the link (`#convention-titre`), for items that are a part of a page.
    let fragment: String
    /// A permanent id when the link is not unique to the item (convention milestones).
    let guid: String?
    let date: Day
    let summary: String?
    let html: String

    /// One item may sit in several feeds (the site's, its commune's, its themes'): its
    /// `content:encoded` is written once per key.
    var key: String { guid ?? path + fragment + "\u{0}" + title + "\u{0}" + date.iso }
}

/// Writes RSS 2.0 with `content:encoded` (full HTML, links made absolute) and `atom:link rel="self"`.
struct FeedWriter {
    let config: SiteConfig
    let rfc822: RFC822
    /// Feed readers poll often: the newest items are enough, and the file stays small.
    static let limit = 50

    /// The items a feed keeps: the newest first, at most `limit`.
    static func newest(_ items: [FeedItem]) -> ArraySlice<FeedItem> {
        var candidates = items
        if items.count > limit {
            // Only items as new as the limit-th newest can be kept: sort those alone (sorting the
            // whole site's items by date and address was most of a large feed's time).
            let threshold = items.map(\.date).sorted(by: >)[limit - 1]
            candidates = items.filter { $0.date >= threshold }
        }
        return candidates.sorted { ($0.date, $1.path, $1.guid ?? "") > ($1.date, $0.path, $0.guid ?? "") }.prefix(limit)
    }

    /// The escaped text of an item's `content:encoded`: its HTML with absolute links.
    func encodedContent(_ item: FeedItem) -> String {
        XMLText.escape(AbsoluteLinks.rewrite(item.html, pageURL: config.absoluteURL(SitePaths.encode(item.path))))
    }

    /// - Parameters:
    ///   - path: the feed's own site path, for `atom:link rel="self"`.
    ///   - items: the feed's items, from `newest`.
    ///   - content: each item's `encodedContent`.
    ///   - buildDate: `lastBuildDate`, from the build date so that two builds are identical.
    func write(title: String, description: String, path: String, linkPath: String, items: ArraySlice<FeedItem>,
               content: (FeedItem) -> String, buildDate: Day) -> String {
        var x = """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:content="http://purl.org/rss/1.0/modules/content/">
        <channel>
        <title>\(XMLText.escape(title))</title>
        <link>\(XMLText.escape(config.absoluteURL(SitePaths.encode(linkPath))))</link>
        <description>\(XMLText.escape(description))</description>
        <language>\(config.language == "fr" ? "fr-FR" : "en")</language>
        <lastBuildDate>\(rfc822.format(buildDate))</lastBuildDate>
        <atom:link href="\(XMLText.escape(config.absoluteURL(path)))" rel="self" type="application/rss+xml"/>

        """
        for item in items {
            let page = config.absoluteURL(SitePaths.encode(item.path))
            let url = page + item.fragment
            let guid = item.guid.map { "<guid isPermaLink=\"false\">\(XMLText.escape($0))</guid>" }
                ?? "<guid isPermaLink=\"true\">\(XMLText.escape(url))</guid>"
            x += """
            <item>
            <title>\(XMLText.escape(item.title))</title>
            <link>\(XMLText.escape(url))</link>
            \(guid)
            <pubDate>\(rfc822.format(item.date))</pubDate>
            <description>\(XMLText.escape(item.summary ?? item.title))</description>
            <content:encoded>\(content(item))</content:encoded>
            </item>

            """
        }
        x += "</channel>\n</rss>\n"
        return x
    }
}
