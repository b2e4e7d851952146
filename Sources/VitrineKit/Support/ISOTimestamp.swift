import Foundation

/// ISO 8601 date-times with the UTC offset the site's zone has at that wall-clock time
/// (`2024-11-21T09:00:00+01:00`, `2024-06-21T09:00:00+02:00`): JSON-LD readers and the open
/// data schema need an instant, and the offset changes with daylight saving.
struct ISOTimestamp {
    let timeZone: TimeZone

    init(timeZone: String) {
        self.timeZone = TimeZone(identifier: timeZone) ?? .gmt
    }

    func format(_ day: Day, hour: Int = 0, minute: Int = 0) -> String {
        let offset = RFC822(timeZone: timeZone).offsetSeconds(day, hour: hour, minute: minute)
        let sign = offset < 0 ? "-" : "+"
        return String(format: "%@T%02d:%02d:00%@%02d:%02d", day.iso, hour, minute, sign, abs(offset) / 3600, abs(offset) % 3600 / 60)
    }

    func format(_ time: LocalDateTime) -> String { format(time.day, hour: time.hour, minute: time.minute) }
}
