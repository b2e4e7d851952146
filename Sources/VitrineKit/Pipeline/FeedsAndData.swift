import Foundation

/// Step « feeds, calendars, data »: RSS feeds, iCalendar files, open data and the sitemap, made
/// from the program and the rendered bodies.
extension SiteBuilder {
    static func feedWriter(_ config: SiteConfig) -> FeedWriter {
        FeedWriter(config: config, rfc822: RFC822(timeZone: TimeZone(identifier: config.timezone) ?? TimeZone(identifier: "Europe/Paris")!))
    }

    /// Writes `feeds` (every feed, or those a patch makes again). Each item's content is encoded
    /// once though it is in several feeds, told apart by `key` (milestones by their guid, pages by
    /// address, title and date), not by hashing their HTML: String hashing normalizes every character.
    static func writeFeeds(_ feeds: [FeedCatalog.Feed], pages: PageRenderer, memo: Memo, into output: inout SiteOutput) {
        let config = pages.config, now = pages.program.now
        let writer = feedWriter(config)
        let kept = Parallel.map(feeds) { feed in memo.recording(.feed(feed.path)) { FeedWriter.newest(feed.items()) } }
        var unique: [String: FeedItem] = [:]
        for items in kept { for item in items { unique[item.key] = item } }
        let keys = unique.keys.sorted()
        let encoded = Dictionary(uniqueKeysWithValues: zip(keys, Parallel.map(keys) { key in
            let item = unique[key]!
            return memo.value("feed item:" + key, input: FeedItemInput(item: item, base: config.baseURL)) { writer.encodedContent(item) }
        }))
        // Each feed carries its items' content (9 MB of feeds for 1,000 experiments): written as
        // soon as made when publishing, rather than held all at once.
        output.addMade(Array(zip(feeds, kept)), path: \.0.path) { feed, items in
            memo.value("feed:" + feed.path, input: FeedInput(title: feed.title, description: feed.description, linkPath: feed.linkPath,
                                                            items: items, config: config, now: now)) {
                writer.write(title: feed.title, description: feed.description, path: feed.path, linkPath: feed.linkPath,
                             items: items, content: { encoded[$0.key]! }, buildDate: now)
            }
        }
    }

    /// `events.ics` (events and calls' deadlines) and one calendar per event.
    static func writeCalendars(_ pages: PageRenderer, _ program: Program, into output: inout SiteOutput) {
        let config = program.config
        let calendars = CalendarWriter(config: config, now: program.now)
        let deadlines = program.calls.map {
            CalendarWriter.Deadline(call: $0, title: pages.strings.format(.callDeadlineTitle, pages.dates.long($0.closes), $0.title))
        }
        output.add("events.ics", calendars.calendar(program.events, deadlines: deadlines, name: config.title))
        for e in program.events {
            output.add(CalendarWriter.eventCalendarPath(e), calendars.calendar([e], name: e.title))
        }
    }

    /// `sitemap.xml` of every page written so far, and `robots.txt`. lastmod comes from the
    /// content's own dates; the home page takes the newest of them.
    static func writeSitemap(_ program: Program, into output: inout SiteOutput) {
        let config = program.config
        let dated: [String: Day] = Dictionary(
            program.news.map { ($0.origin.path, $0.date) } + program.experiments.compactMap { e in e.date.map { (e.origin.path, $0) } },
            uniquingKeysWith: { a, _ in a })
        let latest = dated.values.max()
        let sitemap = output.generatedPaths.filter { $0.hasSuffix("index.html") }.map { file -> (path: String, lastmod: Day?) in
            let path = String(file.dropLast("index.html".count))
            return (path, dated[path] ?? (path.isEmpty ? latest : nil))
        }
        output.add("sitemap.xml", SitemapWriter(config: config).write(sitemap))
        output.add("robots.txt", "User-agent: *\nAllow: /\nSitemap: \(config.absoluteURL("sitemap.xml"))\n")
    }

    /// How the open data files are made (about two seconds of work at 10,000 experiments, the
    /// files side by side): a build makes them at once, the preview after the edited page.
    static func openDataMaker(_ pages: PageRenderer, _ program: Program, memo: Memo) -> @Sendable () -> [(String, Data)] {
        let input = OpenDataInput(experiments: program.experiments, communes: program.communes, config: program.config,
                                  now: program.now, theme: pages.themeGeneration)
        return {
            memo.value(openDataKey, input: input) {
                let experiments = ExperimentsData(program: program, label: pages.statusLabel)
                let base = program.config.baseURL
                let makers: [() -> Data] = [
                    { Data(experiments.csv(ExperimentsData.schemaColumns).utf8) },
                    { Data(experiments.csv(ExperimentsData.complementColumns).utf8) },
                    { Data(OpenDataSchemas.complements(describe: pages.dataFieldMeaning).prettyBytes) },
                    { experiments.json() },
                    { Data(OpenDataSchemas.experiments(baseURL: base).prettyBytes) },
                    { experiments.geoJSON() },
                    { CommunesData.json(program: program, label: pages.label) },
                    { Data(OpenDataSchemas.communes(baseURL: base).prettyBytes) },
                    { Data(IndicatorsData.csv(program).utf8) },
                    { Data(IndicatorsData.schema(describe: pages.dataFieldMeaning).prettyBytes) },
                ]
                let files = Parallel.map(Array(makers.indices)) { makers[$0]() }
                return OpenDataFiles(files: Array(zip(SiteOutput.openDataPaths, files)))
            }.files
        }
    }

    /// The open data's memo key, which the preview asks for after the build (`Memo.later`).
    static let openDataKey = "open data"
}

/// The open data files, by site path, in `SiteOutput.openDataPaths` order.
private struct OpenDataFiles {
    let files: [(String, Data)]
}

/// What the open data files are made from.
private struct OpenDataInput: Equatable {
    let experiments: [Experiment]
    let communes: [Commune]
    let config: SiteConfig
    let now: Day
    let theme: Int
}

private struct FeedItemInput: Equatable {
    let item: FeedItem
    let base: String
}

/// What a feed's XML is made from.
private struct FeedInput: Equatable {
    let title: String
    let description: String
    let linkPath: String
    let items: ArraySlice<FeedItem>
    let config: SiteConfig
    let now: Day
}
