/// `sitemap.xml`: every page, with `lastmod` from the content's own dates (never the clock).
struct SitemapWriter {
    let config: SiteConfig

    func write(_ entries: [(path: String, lastmod: Day?)]) -> String {
        var x = """
        <?xml version="1.0" encoding="UTF-8"?>
        <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">

        """
        for entry in entries.sorted(by: { $0.path < $1.path }) {
            x += "<url><loc>\(XMLText.escape(config.absoluteURL(SitePaths.encode(entry.path))))</loc>"
            if let lastmod = entry.lastmod { x += "<lastmod>\(lastmod.iso)</lastmod>" }
            x += "</url>\n"
        }
        x += "</urlset>\n"
        return x
    }
}
