/// Dates written out for readers, in the site's language: « 1er juin 2024 », « mardi 14 février 2023 à 14 h 30 ».
///
/// Written by hand rather than through ICU because French wants « 1er » (ICU gives « 1 juin »)
/// and because the output must not depend on the machine's locale data.
public struct DateText: Sendable {
    public let language: String

    public init(language: String) {
        self.language = language
    }

    private static let frMonths = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet",
                                   "août", "septembre", "octobre", "novembre", "décembre"]
    private static let enMonths = ["January", "February", "March", "April", "May", "June", "July",
                                   "August", "September", "October", "November", "December"]
    private static let frWeekdays = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
    private static let enWeekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

    private var isFrench: Bool { language != "en" }

    /// « 14 février 2023 », « 1er juin 2024 »; "14 February 2023".
    public func long(_ day: Day) -> String {
        if isFrench {
            let d = day.day == 1 ? "1er" : String(day.day)
            return "\(d)\u{00A0}\(Self.frMonths[day.month - 1])\u{00A0}\(day.year)"
        }
        return "\(day.day)\u{00A0}\(Self.enMonths[day.month - 1])\u{00A0}\(day.year)"
    }

    /// « mardi 14 février 2023 »
    public func withWeekday(_ day: Day) -> String {
        let names = isFrench ? Self.frWeekdays : Self.enWeekdays
        return "\(names[day.isoWeekday - 1]) \(long(day))"
    }

    /// « 14 h 30 », « 9 h »; "2:30 pm" style is avoided: "14:30".
    public func time(_ t: LocalDateTime) -> String {
        if isFrench {
            return t.minute == 0 ? "\(t.hour)\u{00A0}h" : "\(t.hour)\u{00A0}h\u{00A0}\(twoDigits(t.minute))"
        }
        return "\(twoDigits(t.hour)):\(twoDigits(t.minute))"
    }

    /// « mardi 14 février 2023 à 14 h 30 »
    public func withTime(_ t: LocalDateTime) -> String {
        "\(withWeekday(t.day)) \(isFrench ? "à" : "at") \(time(t))"
    }

    private func twoDigits(_ n: Int) -> String { n < 10 ? "0\(n)" : String(n) }
}
