import Testing
@testable import VitrineKit

/// A feed keeps its `limit` newest items, ties broken by address then guid — the same as
/// sorting every item, though only the newest are sorted.
@Suite struct FeedOrderTests {
    @Test func theNewestAreTheFirstOfAFullSort() {
        var generator = SystemRandomNumberGenerator()
        for round in 0..<20 {
            // Few distinct dates, so that many items tie on the limit-th date.
            let items = (0..<(round * 17 + 5)).map { n in
                FeedItem(title: "T\(n)", path: "p/\(Int.random(in: 0..<30, using: &generator))/", fragment: "",
                         guid: Bool.random(using: &generator) ? "g\(n)" : nil,
                         date: Day(year: 2024, month: 1, day: Int.random(in: 1...6, using: &generator))!,
                         summary: nil, html: "")
            }
            let full = items.sorted { ($0.date, $1.path, $1.guid ?? "") > ($1.date, $0.path, $0.guid ?? "") }.prefix(FeedWriter.limit)
            #expect(Array(FeedWriter.newest(items)).map(\.title) == Array(full).map(\.title), "round \(round)")
        }
    }
}
