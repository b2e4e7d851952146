import Foundation

/// Finds the project a command is run from, the way git finds its repository: the nearest folder,
/// from the current one up, that holds `content/site.yml`. A writer may then run `vitrine new`
/// or `check` from `content/news/` and still reach the whole site.
public enum ProjectLocator {
    public static func root(from start: URL) -> URL? {
        var folder = start.standardizedFileURL
        while true {
            let site = folder.appendingPathComponent("content").appendingPathComponent("site.yml")
            if FileManager.default.fileExists(atPath: site.path) { return folder }
            let parent = folder.deletingLastPathComponent()
            if parent.path == folder.path { return nil }
            folder = parent
        }
    }
}
