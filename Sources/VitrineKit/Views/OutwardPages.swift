/// Pages that point outward: feeds and calendars to subscribe to, open-data files to download.
struct SubscribePage: Equatable {
    let title: String
    let feeds: [LinkView]
    let calendars: [LinkView]
}

struct DataFile: Equatable {
    let name: String
    let href: String
    let format: String
    let description: String
    let fields: [Fact]
}

struct OpenDataPage: Equatable {
    let title: String
    let updated: String?
    let updatedISO: String?
    let files: [DataFile]
}

extension PageRenderer {
    func subscribePage() -> String {
        reusing(Paths.subscribe, shows: { Shown(files: program.communes.map { revision($0.origin) }) }, build: buildSubscribePage)
    }

    private func buildSubscribePage() -> String {
        let path = Paths.subscribe
        let feeds = [LinkView(label: strings.format(.feedTitle, config.title), href: SitePaths.relative(from: path, to: Paths.feed))]
            + program.communes.map { LinkView(label: $0.name, href: SitePaths.relative(from: path, to: FeedCatalog.communeFeedPath($0.origin.slug))) }
            + config.themes.map { LinkView(label: strings.format(.themeTitle, $0.label), href: SitePaths.relative(from: path, to: FeedCatalog.themeFeedPath($0.slug))) }
        let calendars = [LinkView(label: strings[.eventsTitle], href: SitePaths.relative(from: path, to: "events.ics"))]
        let title = strings[.subscribeTitle]
        return render("subscribe", path: path, title: title, description: nil,
                      page: SubscribePage(title: title, feeds: feeds, calendars: calendars))
    }

    func openDataPage() -> String {
        let path = Paths.openData
        let t = strings.table
        func fields(_ columns: [String]) -> [Fact] {
            columns.map { Fact(term: $0, value: t["data_field_\($0)"] ?? "") }
        }
        let latest = (program.experiments.compactMap(\.date) + program.news.map(\.date)
            + program.communes.compactMap { $0.convention?.signed }).filter { $0 <= program.now }.max()
        let files = [
            DataFile(name: "experiments.csv", href: SitePaths.relative(from: path, to: "data/experiments.csv"), format: "CSV (RFC 4180, UTF-8)",
                     description: t["data_experiments_csv"] ?? "", fields: fields(ExperimentsData.columns)),
            DataFile(name: "experiments.json", href: SitePaths.relative(from: path, to: "data/experiments.json"), format: "JSON",
                     description: t["data_experiments_json"] ?? "", fields: []),
            DataFile(name: "experiments.geojson", href: SitePaths.relative(from: path, to: "data/experiments.geojson"), format: "GeoJSON (RFC 7946)",
                     description: t["data_experiments_geojson"] ?? "", fields: []),
            DataFile(name: "communes.json", href: SitePaths.relative(from: path, to: "data/communes.json"), format: "JSON",
                     description: t["data_communes_json"] ?? "", fields: fields(["status", "ends", "termination_effective", "amendments_in_effect", "amendments_pending"])),
            DataFile(name: "events.ics", href: SitePaths.relative(from: path, to: "events.ics"), format: "iCalendar (RFC 5545)",
                     description: t["data_events_ics"] ?? "", fields: []),
        ]
        let title = strings[.openDataTitle]
        return render("open-data", path: path, title: title, description: nil,
                      page: OpenDataPage(title: title, updated: latest.map(dates.long), updatedISO: latest?.iso, files: files))
    }
}
