/// A published open data file, as the open-data page lists it and its Dataset JSON-LD
/// describes it to harvesters (data.gouv.fr) and search engines.
struct OpenDataFile {
    let name: String
    /// Site path of the file.
    let path: String
    /// Shown on the page.
    let format: String
    let mediaType: String
    /// The Dataset's name; nil for a file that is not a dataset of its own (the calendar).
    let title: String?
    let description: String
    /// The schema it follows: an absolute URL (national schema) or a site path (published beside it).
    let schema: (label: String, url: String)?
    /// The national schema it conforms to, for `conformsTo`.
    let conformsTo: String?
    let columns: [String]
    /// First and last days its records speak of.
    let coverage: (first: Day, last: Day)?
}

extension PageRenderer {
    var openDataFiles: [OpenDataFile] {
        let t = strings.table
        let experimentDays = program.experiments.flatMap { [$0.start, $0.end, $0.updated].compactMap { $0 } }
        let conventionDays = program.states.values.flatMap { [$0.signed, $0.ends].compactMap { $0 } }
        func span(_ days: [Day]) -> (Day, Day)? { days.min().flatMap { first in days.max().map { (first, $0) } } }
        let experiments = span(experimentDays)
        func file(_ key: String, _ name: String, format: String, type: String, schema: (String, String)?,
                  conformsTo: String? = nil, columns: [String] = [], coverage: (Day, Day)?) -> OpenDataFile {
            OpenDataFile(name: name, path: "data/\(name)", format: format, mediaType: type, title: t["data_name_\(key)"],
                         description: t["data_\(key)"] ?? "", schema: schema.map { (label: $0.0, url: $0.1) },
                         conformsTo: conformsTo, columns: columns, coverage: coverage)
        }
        let national = "« \(ExperimentsData.schemaName) » \(ExperimentsData.schemaVersion) (schema.data.gouv.fr)"
        return [
            file("experiments_csv", "experiments.csv", format: "CSV (RFC 4180, UTF-8)", type: "text/csv",
                 schema: (national, ExperimentsData.schemaPage), conformsTo: ExperimentsData.schemaURL,
                 columns: ExperimentsData.schemaColumns.map(\.name), coverage: experiments),
            file("experiments_complements_csv", "experiments-complements.csv", format: "CSV (RFC 4180, UTF-8)", type: "text/csv",
                 schema: ("Table Schema", "data/experiments-complements.schema.json"),
                 columns: ExperimentsData.complementColumns.map(\.name), coverage: experiments),
            file("experiments_json", "experiments.json", format: "JSON", type: "application/json",
                 schema: ("JSON Schema", "data/experiments.schema.json"), coverage: experiments),
            file("experiments_geojson", "experiments.geojson", format: "GeoJSON (RFC 7946)", type: "application/geo+json",
                 schema: nil, coverage: experiments),
            file("communes_json", "communes.json", format: "JSON", type: "application/json",
                 schema: ("JSON Schema", "data/communes.schema.json"),
                 columns: ["signed", "status", "ends", "termination_effective", "termination_ends_convention",
                           "amendments_in_effect", "amendments_pending"],
                 coverage: span(conventionDays)),
            file("indicators_csv", "indicators.csv", format: "CSV (RFC 4180, UTF-8)", type: "text/csv",
                 schema: ("Table Schema", "data/indicators.schema.json"),
                 columns: IndicatorsData.columns.map(\.name), coverage: experiments),
            OpenDataFile(name: "events.ics", path: "events.ics", format: "iCalendar (RFC 5545)", mediaType: "text/calendar",
                         title: nil, description: t["data_events_ics"] ?? "", schema: nil, conformsTo: nil, columns: [], coverage: nil),
        ]
    }
}
