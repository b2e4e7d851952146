import CSupport
import Foundation

extension String {
    /// The text without the leading and trailing characters of `set`: `trimmingCharacters(in:)`
    /// without going through NSString, which costs more than the rest of a Markdown link's checks.
    func trimmed(_ set: CharacterSet = String.spacesAndNewlines) -> String {
        if PlainSwiftSwitch.plain("trim") { return trimmingCharacters(in: set) }
        let scalars = unicodeScalars
        var start = scalars.startIndex
        var end = scalars.endIndex
        while start < end, set.contains(scalars[start]) { start = scalars.index(after: start) }
        while end > start {
            let before = scalars.index(before: end)
            guard set.contains(scalars[before]) else { break }
            end = before
        }
        return String(Substring(scalars[start..<end]))
    }

    /// Foundation's sets, made once: `CharacterSet.whitespaces` builds a new set at each use.
    static let spacesAndNewlines = CharacterSet.whitespacesAndNewlines
    static let spaces = CharacterSet.whitespaces
}

extension String.UTF8View {
    /// Whether `needle`'s UTF-8 occurs in these bytes: `contains` on the bytes, for the hot paths
    /// where Foundation's character search costs more than the work around it.
    func contains(bytes needle: String) -> Bool {
        // memmem on the string's own bytes: the loop below steps through String indices byte by
        // byte, which was 6 % of a 10,000-experiment build in this function alone (perf).
        let found = PlainSwiftSwitch.plain("memmem") ? nil : withContiguousStorageIfAvailable { haystack in
            needle.utf8.withContiguousStorageIfAvailable { n in
                vitrine_contains_bytes(haystack.baseAddress, haystack.count, n.baseAddress, n.count) != 0
            }
        }
        if let found = found ?? nil { return found }
        let n = Array(needle.utf8)
        guard let first = n.first else { return true }
        var i = startIndex
        while let start = self[i...].firstIndex(of: first) {
            if self[start...].starts(with: n) { return true }
            i = index(after: start)
        }
        return false
    }
}

extension StringProtocol {
    /// `lowercased()`, with ASCII text lowered byte by byte: the standard library's Unicode case
    /// mapping costs thousands of instructions even for `Lien`, and runs for every link and key.
    func fastLowercased() -> String {
        if PlainSwiftSwitch.plain("lower") { return lowercased() }
        guard utf8.allSatisfy({ $0 < 0x80 }) else { return lowercased() }
        return String(decoding: utf8.map { $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") ? $0 + 32 : $0 }, as: UTF8.self)
    }
}
