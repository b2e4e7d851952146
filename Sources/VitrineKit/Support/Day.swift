import Foundation

/// A civil date (year, month, day) with no time zone: what a writer types as `2024-06-30`.
///
/// The program's rules (signature, two-month termination delay, end of convention) are
/// stated in days, so they are computed on this type rather than on `Date`.
public struct Day: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// Returns nil when the date does not exist (2024-02-30, month 13…).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), year >= 1, day >= 1,
              day <= Day.daysIn(month: month, year: year) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses exactly `YYYY-MM-DD`.
    public init?(iso text: String) {
        // Four, two and two ASCII digits: no sign, no space, no other digits than 0–9.
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.map(\.count) == [4, 2, 2],
              parts.allSatisfy({ $0.allSatisfy { ("0"..."9").contains($0) } }),
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]) else { return nil }
        self.init(year: y, month: m, day: d)
    }

    public static func isLeap(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// The last day of a month: `2024-06` as an end date means 30 June 2024.
    public static func lastDay(ofMonth month: Int, year: Int) -> Day? {
        guard (1...12).contains(month) else { return nil }
        return Day(year: year, month: month, day: daysIn(month: month, year: year))
    }

    /// Calendar-month arithmetic, clamped to the target month's last day
    /// (31 December 2023 + 2 months = 29 February 2024).
    public func adding(months: Int) -> Day {
        let total = year * 12 + (month - 1) + months
        let y = total / 12
        let m = total % 12 + 1
        return Day(year: y, month: m, day: min(day, Day.daysIn(month: m, year: y)))!
    }

    public func adding(days: Int) -> Day {
        Day(julianDayNumber: julianDayNumber + days)
    }

    /// Days since a fixed origin; used for day arithmetic and weekdays.
    var julianDayNumber: Int {
        let a = (14 - month) / 12
        let y = year + 4800 - a
        let m = month + 12 * a - 3
        return day + (153 * m + 2) / 5 + 365 * y + y / 4 - y / 100 + y / 400 - 32045
    }

    init(julianDayNumber jdn: Int) {
        let a = jdn + 32044
        let b = (4 * a + 3) / 146097
        let c = a - 146097 * b / 4
        let d = (4 * c + 3) / 1461
        let e = c - 1461 * d / 4
        let m = (5 * e + 2) / 153
        let dd = e - (153 * m + 2) / 5 + 1
        let mm = m + 3 - 12 * (m / 10)
        let yy = 100 * b + d - 4800 + m / 10
        self.init(year: yy, month: mm, day: dd)!
    }

    /// ISO weekday: 1 = Monday … 7 = Sunday.
    public var isoWeekday: Int { julianDayNumber % 7 + 1 }

    /// `2024-06-30` (written by hand: it runs for every date of every page, and String(format:)
    /// goes through Foundation).
    public var iso: String {
        "\(Self.padded(year, 4))-\(Self.padded(month, 2))-\(Self.padded(day, 2))"
    }

    /// A non-negative number with leading zeros up to `width` digits.
    static func padded(_ n: Int, _ width: Int) -> String {
        let digits = String(n)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }

    public var description: String { iso }

    public static func < (lhs: Day, rhs: Day) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    /// The civil day of an instant in a time zone (for `SOURCE_DATE_EPOCH`).
    public static func of(_ date: Date, in timeZone: TimeZone) -> Day {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let c = calendar.dateComponents([.year, .month, .day], from: date)
        return Day(year: c.year!, month: c.month!, day: c.day!)!
    }
}

/// A local wall-clock moment in the site's time zone: an event's `2024-11-21T09:00`.
public struct LocalDateTime: Hashable, Comparable, Sendable {
    public let day: Day
    public let hour: Int
    public let minute: Int

    public init?(day: Day, hour: Int, minute: Int) {
        guard (0...23).contains(hour), (0...59).contains(minute) else { return nil }
        self.day = day
        self.hour = hour
        self.minute = minute
    }

    /// Parses `YYYY-MM-DDTHH:MM` or `YYYY-MM-DD HH:MM` (seconds `:00` tolerated).
    public init?(iso text: String) {
        let separators: Set<Character> = ["T", " "]
        guard text.count >= 16, separators.contains(text[text.index(text.startIndex, offsetBy: 10)]),
              let day = Day(iso: String(text.prefix(10))) else { return nil }
        let time = text.dropFirst(11).split(separator: ":", omittingEmptySubsequences: false)
        guard time.count == 2 || (time.count == 3 && time[2] == "00"),
              time[0].count == 2, time[1].count == 2,
              let h = Int(time[0]), let m = Int(time[1]) else { return nil }
        self.init(day: day, hour: h, minute: m)
    }

    public static func < (lhs: LocalDateTime, rhs: LocalDateTime) -> Bool {
        (lhs.day, lhs.hour, lhs.minute) < (rhs.day, rhs.hour, rhs.minute)
    }
}
