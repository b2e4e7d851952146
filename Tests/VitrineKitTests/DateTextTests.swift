import Testing
@testable import VitrineKit

@Suite struct DateTextTests {
    let fr = DateText(language: "fr")
    let en = DateText(language: "en")

    @Test func frenchDatesWriteTheFirstAsPremier() {
        #expect(fr.long(Day(iso: "2024-06-01")!) == "1er\u{A0}juin\u{A0}2024")
        #expect(fr.long(Day(iso: "2023-02-14")!) == "14\u{A0}février\u{A0}2023")
    }

    @Test func weekdayAndTime() {
        let t = LocalDateTime(iso: "2023-02-14T14:30")!
        #expect(fr.withTime(t) == "mardi 14\u{A0}février\u{A0}2023 à 14\u{A0}h\u{A0}30")
        #expect(fr.time(LocalDateTime(iso: "2024-11-21 09:00")!) == "9\u{A0}h")
        #expect(en.long(Day(iso: "2024-06-01")!) == "1\u{A0}June\u{A0}2024")
    }

    @Test func invalidDatesAreRejected() {
        #expect(Day(iso: "2024-02-30") == nil)
        #expect(Day(iso: "2023-02-29") == nil)
        #expect(Day(iso: "2024-02-29") != nil)
        #expect(Day(iso: "24-02-01") == nil)
        // Exactly four, two and two ASCII digits.
        for text in ["2024-2-01", "2024-02-1", "+024-02-01", "2024-02-01 ", "2024-0２-01", "2024--02-01", "2024/02/01", "20240201"] {
            #expect(Day(iso: text) == nil, "\(text)")
        }
        #expect(Day(iso: "0001-01-01") != nil)
        #expect(LocalDateTime(iso: "2024-01-01T25:00") == nil)
    }
}

@Suite struct NumberTextTests {
    @Test func frenchNumbersGroupThousandsAndUseADecimalComma() {
        let fr = NumberText(language: "fr")
        #expect(fr.format(1234.5) == "1\u{202F}234,5")
        #expect(fr.format(1_234_567) == "1\u{202F}234\u{202F}567")
        #expect(fr.format(999) == "999")
        #expect(fr.format(-12000) == "-12\u{202F}000")
        #expect(fr.format(2.0) == "2")
        #expect(fr.format(0.25, decimals: 2) == "0,25")
        #expect(NumberText(language: "en").format(1234.5) == "1,234.5")
    }
}
