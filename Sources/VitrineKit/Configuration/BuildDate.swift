import Foundation

/// The build date: `--now`, else `SOURCE_DATE_EPOCH`, else the clock, as a day in the site's
/// time zone (`timezone` in site.yml). Read at the edge by the commands, never deeper.
public enum BuildDate {
    public struct Invalid: Error, CustomStringConvertible {
        public let description: String
    }

    public static func resolve(_ option: String?, environment: [String: String], clock: Date,
                               timeZone: TimeZone) throws(Invalid) -> Day {
        if let option {
            guard let day = Day(iso: option) else {
                throw Invalid(description: "--now doit être une date AAAA-MM-JJ existante ; trouvé « \(option) ».")
            }
            return day
        }
        if let epoch = environment["SOURCE_DATE_EPOCH"], !epoch.isEmpty {
            guard let seconds = Double(epoch) else {
                throw Invalid(description: "SOURCE_DATE_EPOCH doit être un nombre de secondes ; trouvé « \(epoch) ».")
            }
            return Day.of(Date(timeIntervalSince1970: seconds), in: timeZone)
        }
        return Day.of(clock, in: timeZone)
    }

    /// The time zone site.yml names; Europe/Paris when it names none or cannot be read (the
    /// build then reports why).
    public static func siteTimeZone(contentDirectory: URL) -> TimeZone {
        let paris = TimeZone(identifier: "Europe/Paris")!
        guard let data = FileManager.default.contents(atPath: contentDirectory.appendingPathComponent("site.yml").path),
              let text = SourceText.decode(Array(data)) else { return paris }
        let problems = FileProblems(file: "site.yml", lineOffset: 0)
        guard let config = SiteConfig.decode(yaml: text, problems: problems) else { return paris }
        return TimeZone(identifier: config.timezone) ?? paris
    }
}
