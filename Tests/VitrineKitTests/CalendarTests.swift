import Testing
@testable import VitrineKit

@Suite struct CalendarTests {
    @Test func textIsEscapedAndLongLinesFoldedOnCharacterBoundaries() {
        #expect(CalendarWriter.text("a,b;c\\d\ne") == "a\\,b\\;c\\\\d\\ne")
        let line = "DESCRIPTION:" + String(repeating: "é", count: 60)
        let folded = CalendarWriter.fold(line)
        let physical = folded.components(separatedBy: "\r\n")
        #expect(physical.count == 2)
        #expect(physical.allSatisfy { $0.utf8.count <= 75 })
        #expect(physical[1].hasPrefix(" "))
        #expect(physical[0] + physical[1].dropFirst() == line)
    }

    @Test func eventsBecomeICSFilesWithAllDayAndTimedEvents() throws {
        let site = try TestSite(files: [
            "events/vivatech.md": md("title: \"Vivatech, Paris; 2024\"\nstart: \"2024-05-22\"\nend: \"2024-05-25\"\nplace: {name: Paris Expo, address: \"1 place de la Porte de Versailles, 75015 Paris\"}\nsummary: \(String(repeating: "Une longue description. ", count: 8))"),
            "events/assises.md": md("title: Assises\nstart: \"2024-11-21T09:00\"\nend: \"2024-11-21T18:00\""),
        ])
        defer { site.remove() }
        try site.build()
        let raw = try site.page("events.ics")
        #expect(raw.components(separatedBy: "\r\n").allSatisfy { $0.utf8.count <= 75 })
        let all = raw.replacingOccurrences(of: "\r\n ", with: "")   // unfolded
        #expect(all.hasPrefix("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"))
        #expect(all.hasSuffix("END:VCALENDAR\r\n"))
        #expect(!all.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
        #expect(all.contains("UID:vivatech@example.org"))
        #expect(all.contains("DTSTAMP:20261128T000000Z"))
        #expect(all.contains("DTSTART;VALUE=DATE:20240522\r\nDTEND;VALUE=DATE:20240526"))
        #expect(all.contains("DTSTART;TZID=Europe/Paris:20241121T090000\r\nDTEND;TZID=Europe/Paris:20241121T180000"))
        #expect(all.contains("BEGIN:VTIMEZONE\r\nTZID:Europe/Paris"))
        #expect(all.contains("SUMMARY:Vivatech\\, Paris\\; 2024"))
        #expect(all.contains("LOCATION:Paris Expo\\, 1 place de la Porte de Versailles\\, 75015 Paris"))
        #expect(all.contains("URL:https://example.org/qmi/evenements/vivatech/"))
        let one = try site.page("evenements/vivatech/vivatech.ics")
        #expect(one.contains("UID:vivatech@example.org") && !one.contains("assises"))
        #expect(try site.page("evenements/vivatech/index.html").contains("href=\"vivatech.ics\""))
    }

    /// RFC 5546: METHOD:PUBLISH needs an ORGANIZER in each event; libical refuses one without.
    @Test func publishMethodComesWithTheOrganizerFromSiteYML() throws {
        let event = ["events/assises.md": md("title: Assises\nstart: \"2024-11-21T09:00\"")]
        let withEmail = TestSite.siteYML.replacingOccurrences(of: "director: \"Le président\"}",
                                                             with: "director: \"Le président\", email: \"contact@example.org\"}")
        let site = try TestSite(files: event, siteYML: withEmail)
        defer { site.remove() }
        try site.build()
        let all = try site.page("events.ics").replacingOccurrences(of: "\r\n ", with: "")
        #expect(all.contains("\r\nMETHOD:PUBLISH\r\n"))
        #expect(all.contains("\r\nORGANIZER;CN=\"Métropole du Grand Paris\":mailto:contact@example.org\r\n"))

        let plain = try TestSite(files: event)
        defer { plain.remove() }
        try plain.build()
        let bare = try plain.page("events.ics")
        #expect(!bare.contains("METHOD:") && !bare.contains("ORGANIZER"))
        #expect(bare.contains("BEGIN:VEVENT") && bare.contains("DTSTART;TZID=Europe/Paris:20241121T090000"))
    }

    @Test func aPublisherEmailThatIsNotOneIsAFrenchErrorWithItsLine() throws {
        let yml = TestSite.siteYML.replacingOccurrences(of: "director: \"Le président\"}",
                                                       with: "director: \"Le président\", email: \"contact at example\"}")
        let site = try TestSite(files: [:], siteYML: yml)
        defer { site.remove() }
        let errors = site.failures().filter { $0.severity == .error }
        #expect(errors.count == 1)
        #expect(errors.first?.field == "publisher.email")
        #expect(errors.first?.line == 7)
        #expect(errors.first?.message.contains("adresse électronique") == true)
    }
}
