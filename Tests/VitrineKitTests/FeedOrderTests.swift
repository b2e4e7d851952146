import Testing
@testable import VitrineKit

/// A feed keeps its `limit` newest items, ties broken by address then guid — the same as
/// sorting every item, though only the newest are sorted.
@Suite struct FeedOrderTests {
    @Test func theNewestAreTheFirstOfAFullSort() {
        var generator = SplitMix64(seed: 2026)
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

    /// From a list in the program's order (newest first, ties in any order), the candidates
    /// `FeedCatalog.newest` keeps give the same feed as the whole list.
    @Test func theCandidatesGiveTheSameFeedAsTheWholeList() {
        var generator = SplitMix64(seed: 2026)
        for round in 0..<20 {
            let items = (0..<(round * 13 + 3)).map { n in
                FeedItem(title: "T\(n)", path: "p/\(Int.random(in: 0..<40, using: &generator))/", fragment: "", guid: nil,
                         date: Day(year: 2024, month: 1, day: Int.random(in: 1...5, using: &generator))!, summary: nil, html: "")
            }.sorted { $0.date > $1.date }
            let candidates = FeedCatalog.newest(items) { $0.date }
            #expect(candidates.count <= items.count)
            #expect(Array(FeedWriter.newest(candidates)).map(\.title) == Array(FeedWriter.newest(items)).map(\.title), "round \(round)")
        }
    }
}

/// A seeded generator, so that a failing round can be run again (SplitMix64).
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
