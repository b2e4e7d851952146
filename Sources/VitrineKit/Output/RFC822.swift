import Foundation

/// RFC 822 dates for RSS (`Wed, 08 Mar 2023 00:00:00 +0100`), at local midnight in the site's zone.
struct RFC822 {
    let timeZone: TimeZone
    private static let days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    private static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    func format(_ day: Day, hour: Int = 0, minute: Int = 0) -> String {
        let offset = offsetSeconds(day, hour: hour, minute: minute)
        let sign = offset < 0 ? "-" : "+"
        let hh = abs(offset) / 3600, mm = abs(offset) % 3600 / 60
        return String(format: "%@, %02d %@ %04d %02d:%02d:00 %@%02d%02d",
                      Self.days[day.isoWeekday - 1], day.day, Self.months[day.month - 1], day.year,
                      hour, minute, sign, hh, mm)
    }

    /// The zone's offset from UTC at that local time.
    func offsetSeconds(_ day: Day, hour: Int, minute: Int) -> Int {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let components = DateComponents(year: day.year, month: day.month, day: day.day, hour: hour, minute: minute)
        guard let date = calendar.date(from: components) else { return 0 }
        return timeZone.secondsFromGMT(for: date)
    }
}
