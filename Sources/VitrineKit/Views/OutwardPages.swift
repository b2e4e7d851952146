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
    /// The schema the file follows: the national one, or the one published beside it.
    let schema: LinkView?
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
        let latest = program.lastChange
        let files = openDataFiles.map { file in
            DataFile(name: file.name, href: SitePaths.relative(from: path, to: file.path), format: file.format,
                     description: file.description,
                     schema: file.schema.map { LinkView(label: $0.label, href: $0.url.contains(":") ? $0.url : SitePaths.relative(from: path, to: $0.url)) },
                     fields: file.columns.map { Fact(term: $0, value: dataFieldMeaning($0)) })
        }
        let title = strings[.openDataTitle]
        return render("open-data", path: path, title: title, description: nil,
                      page: OpenDataPage(title: title, updated: latest.map(dates.long), updatedISO: latest?.iso, files: files),
                      structured: openDataFiles.compactMap { datasetJSONLD($0, modified: latest) })
    }

    /// What a column of an open data file means, in the site's language.
    func dataFieldMeaning(_ column: String) -> String {
        strings.table["data_field_\(column)"] ?? ""
    }
}
