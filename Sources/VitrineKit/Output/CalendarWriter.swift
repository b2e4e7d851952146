import Foundation

/// iCalendar (RFC 5545) files for events: CRLF lines folded at 75 octets, escaped texts, a stable
/// UID per event, DTSTAMP from the build date, all-day events as dates, timed ones in Europe/Paris.
/// `METHOD:PUBLISH` (RFC 5546) requires an ORGANIZER in each event: both come with the publisher's
/// e-mail in site.yml; without one the calendar is a plain RFC 5545 file, with no METHOD.
struct CalendarWriter {
    let config: SiteConfig
    let now: Day
    /// Place a tool's name and the site in PRODID, as the RFC asks.
    var productID: String { "-//Vitrine//\(config.title)//\(config.language.uppercased())" }

    static func eventCalendarPath(_ e: Event) -> String { "\(e.origin.path)\(e.origin.slug).ics" }

    /// A call's closing day, as an all-day entry of the site's calendar: applicants see the deadline in their agenda.
    struct Deadline {
        let call: CallForApplications
        /// « Clôture de l'appel : … », in the site's language.
        let title: String
    }

    func calendar(_ events: [Event], deadlines: [Deadline] = [], name: String) -> String {
        var lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:\(Self.text(productID))", "CALSCALE:GREGORIAN"]
        if organizer != nil { lines.append("METHOD:PUBLISH") }
        lines.append("X-WR-CALNAME:\(Self.text(name))")
        let parisTimes = config.timezone == "Europe/Paris"
        if parisTimes && events.contains(where: { if case .time = $0.start { return true } else { return false } }) {
            lines += Self.parisTimeZone
        }
        for e in events { lines += event(e, parisTimes: parisTimes) }
        for d in deadlines { lines += deadline(d) }
        lines.append("END:VCALENDAR")
        return lines.map(Self.fold).joined(separator: "\r\n") + "\r\n"
    }

    /// The publisher as ORGANIZER, when site.yml gives its e-mail. A parameter value cannot
    /// hold a double quote (§3.2): the name is quoted, its own quotes become apostrophes.
    var organizer: String? {
        guard let publisher = config.publisher, let email = publisher.email else { return nil }
        let name = publisher.name.replacingOccurrences(of: "\"", with: "'")
        return "ORGANIZER;CN=\"\(name)\":mailto:\(email)"
    }

    private func event(_ e: Event, parisTimes: Bool) -> [String] {
        let host = URL(string: config.baseURL)?.host ?? "vitrine"
        let pageURL = config.absoluteURL(SitePaths.encode(e.origin.path))
        var lines = ["BEGIN:VEVENT", "UID:\(e.origin.slug)@\(host)", "DTSTAMP:\(Self.compact(now))T000000Z"]
        switch e.start {
        case .day(let start):
            lines.append("DTSTART;VALUE=DATE:\(Self.compact(start))")
            // DTEND of an all-day event is exclusive: the day after the last one.
            lines.append("DTEND;VALUE=DATE:\(Self.compact(e.lastDay.adding(days: 1)))")
        case .time(let start):
            lines.append(dateTime("DTSTART", start, parisTimes: parisTimes))
            switch e.end {
            case .time(let end)?: lines.append(dateTime("DTEND", end, parisTimes: parisTimes))
            case .day(let end)?: lines.append(dateTime("DTEND", LocalDateTime(day: end.adding(days: 1), hour: 0, minute: 0)!, parisTimes: parisTimes))
            case nil: break
            }
        }
        if let organizer { lines.append(organizer) }
        lines.append("SUMMARY:\(Self.text(e.title))")
        if let place = e.place {
            lines.append("LOCATION:\(Self.text([place.name, place.address].compactMap { $0 }.joined(separator: ", ")))")
        }
        lines.append("URL:\(pageURL)")
        let description = [e.summary, pageURL].compactMap { $0 }.joined(separator: "\n")
        lines.append("DESCRIPTION:\(Self.text(description))")
        lines.append("END:VEVENT")
        return lines
    }

    private func deadline(_ d: Deadline) -> [String] {
        let host = URL(string: config.baseURL)?.host ?? "vitrine"
        let c = d.call
        let pageURL = config.absoluteURL(SitePaths.encode(c.origin.path))
        var lines = ["BEGIN:VEVENT", "UID:\(c.origin.slug)-cloture@\(host)", "DTSTAMP:\(Self.compact(now))T000000Z",
                     "DTSTART;VALUE=DATE:\(Self.compact(c.closes))", "DTEND;VALUE=DATE:\(Self.compact(c.closes.adding(days: 1)))"]
        if let organizer { lines.append(organizer) }
        lines.append("SUMMARY:\(Self.text(d.title))")
        // A deadline takes no time in the agenda: it does not show the day as busy.
        lines.append("TRANSP:TRANSPARENT")
        lines.append("URL:\(pageURL)")
        lines.append("DESCRIPTION:\(Self.text([c.summary, pageURL].compactMap { $0 }.joined(separator: "\n")))")
        lines.append("END:VEVENT")
        return lines
    }

    private func dateTime(_ name: String, _ t: LocalDateTime, parisTimes: Bool) -> String {
        let local = String(format: "%@T%02d%02d00", Self.compact(t.day), t.hour, t.minute)
        if parisTimes { return "\(name);TZID=Europe/Paris:\(local)" }
        // Another zone: convert to UTC rather than ship a time zone definition we cannot check.
        let offset = RFC822(timeZone: TimeZone(identifier: config.timezone) ?? .gmt).offsetSeconds(t.day, hour: t.hour, minute: t.minute)
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = .gmt
        let local0 = calendar.date(from: DateComponents(year: t.day.year, month: t.day.month, day: t.day.day, hour: t.hour, minute: t.minute))!
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: local0.addingTimeInterval(TimeInterval(-offset)))
        return String(format: "%@:%04d%02d%02dT%02d%02d00Z", name, c.year!, c.month!, c.day!, c.hour!, c.minute!)
    }

    static func compact(_ d: Day) -> String { String(format: "%04d%02d%02d", d.year, d.month, d.day) }

    /// TEXT value escaping (RFC 5545 §3.3.11).
    static func text(_ s: String) -> String {
        var out = ""
        for c in s {
            switch c {
            case "\\": out += "\\\\"
            case ";": out += "\\;"
            case ",": out += "\\,"
            case "\n", "\r\n": out += "\\n"
            default: out.append(c)
            }
        }
        return out
    }

    /// Folds a content line at 75 octets, never inside a UTF-8 sequence (§3.1).
    static func fold(_ line: String) -> String {
        let bytes = Array(line.utf8)
        guard bytes.count > 75 else { return line }
        var parts: [String] = []
        var start = 0
        var limit = 75
        while start < bytes.count {
            var end = min(start + limit, bytes.count)
            // Back up to a character boundary: continuation bytes are 10xxxxxx.
            while end < bytes.count && end > start && bytes[end] & 0xC0 == 0x80 { end -= 1 }
            parts.append(String(decoding: bytes[start..<end], as: UTF8.self))
            start = end
            limit = 74   // continuation lines start with a space, which counts
        }
        return parts.joined(separator: "\r\n ")
    }

    /// Europe/Paris since 1996: CET in winter, CEST from the last Sunday of March to the last of October.
    static let parisTimeZone = [
        "BEGIN:VTIMEZONE", "TZID:Europe/Paris",
        "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", "TZNAME:CEST", "DTSTART:19810329T020000",
        "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
        "BEGIN:STANDARD", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "TZNAME:CET", "DTSTART:19961027T030000",
        "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD",
        "END:VTIMEZONE",
    ]
}
