import CSupport
import Foundation

extension String {
    /// The text without the leading and trailing characters of `set` (spaces and line breaks by default).
    func trimmed(_ set: CharacterSet = String.spacesAndNewlines) -> String {
        trimmingCharacters(in: set)
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
        let found = withContiguousStorageIfAvailable { haystack in
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

