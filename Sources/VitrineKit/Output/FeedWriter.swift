/// The RSS 2.0 feed: news and experiments, newest first, full HTML with absolute links.
struct FeedItem {
    let title: String
    let path: String
    let date: Day
    let summary: String?
    let html: String
}

struct FeedWriter {
    let config: SiteConfig
    let rfc822: RFC822

    /// - Parameters:
    ///   - path: the feed's own site path (`feed.xml`), for `atom:link rel="self"`.
    ///   - buildDate: `lastBuildDate`, from the build date so that two builds are identical.
    func write(title: String, description: String, path: String, linkPath: String, items: [FeedItem], buildDate: Day) -> String {
        let sorted = items.sorted { ($0.date, $1.path) > ($1.date, $0.path) }
        var x = """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:content="http://purl.org/rss/1.0/modules/content/">
        <channel>
        <title>\(XMLText.escape(title))</title>
        <link>\(XMLText.escape(config.absoluteURL(linkPath)))</link>
        <description>\(XMLText.escape(description))</description>
        <language>\(config.language == "fr" ? "fr-FR" : "en")</language>
        <lastBuildDate>\(rfc822.format(buildDate))</lastBuildDate>
        <atom:link href="\(XMLText.escape(config.absoluteURL(path)))" rel="self" type="application/rss+xml"/>

        """
        for item in sorted {
            let url = config.absoluteURL(SitePaths.encode(item.path))
            x += """
            <item>
            <title>\(XMLText.escape(item.title))</title>
            <link>\(XMLText.escape(url))</link>
            <guid isPermaLink="true">\(XMLText.escape(url))</guid>
            <pubDate>\(rfc822.format(item.date))</pubDate>
            <description>\(XMLText.escape(item.summary ?? item.title))</description>
            <content:encoded>\(XMLText.escape(AbsoluteLinks.rewrite(item.html, pageURL: url)))</content:encoded>
            </item>

            """
        }
        x += "</channel>\n</rss>\n"
        return x
    }
}
