import Foundation

extension String {
    /// The text without the leading and trailing characters of `set`: `trimmingCharacters(in:)`
    /// without going through NSString, which costs more than the rest of a Markdown link's checks.
    func trimmed(_ set: CharacterSet = .whitespacesAndNewlines) -> String {
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
}
