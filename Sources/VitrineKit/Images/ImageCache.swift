import Foundation

/// Encoded variants kept across builds, outside the output folder (`.vitrine-cache/images/`
/// beside `content/` by default), shared by `build` and `vitrine-serve`. An entry is named by a
/// hash of the source's bytes and of what was asked of it, never by a file time: a rebuild where
/// no photo changed encodes nothing, and gives the same bytes.
struct ImageCache: Sendable {
    let directory: URL?

    /// The cache of a build: `images/` in the request's cache folder.
    init(for request: BuildRequest) {
        directory = request.cacheDirectory?.appendingPathComponent("images")
    }

    init(directory: URL?) {
        self.directory = directory
    }

    func key(source: String, request: String) -> String {
        Digest.sha256(Data((source + "\n" + request).utf8))
    }

    /// An entry's file and size, without reading its bytes: a rebuild copies the file as it is.
    func entry(_ key: String) -> (url: URL, width: Int, height: Int)? {
        guard let directory,
              let size = try? String(contentsOf: directory.appendingPathComponent(key + ".size"), encoding: .utf8) else { return nil }
        let numbers = size.split(separator: " ").compactMap { Int($0) }
        let url = directory.appendingPathComponent(key)
        guard numbers.count == 2, FileManager.default.fileExists(atPath: url.path) else { return nil }
        return (url, numbers[0], numbers[1])
    }

    /// A short text kept under `key` (a photo's header, so that a rebuild need not open it).
    func note(_ key: String) -> String? {
        directory.flatMap { try? String(contentsOf: $0.appendingPathComponent(key + ".note"), encoding: .utf8) }
    }

    func setNote(_ key: String, _ text: String) {
        guard let directory else { return }
        try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try? Data(text.utf8).write(to: directory.appendingPathComponent(key + ".note"), options: .atomic)
    }

    /// An entry with its bytes (small files: cards and icons; photos are copied, see `entry`).
    func read(_ key: String) -> Vips.Encoded? {
        guard let entry = entry(key), let data = FileManager.default.contents(atPath: entry.url.path) else { return nil }
        return Vips.Encoded(data: data, width: entry.width, height: entry.height)
    }

    /// Best effort: a cache that cannot be written only costs time. Returns the entry's file; nil
    /// without a cache folder or when it could not be written.
    @discardableResult
    func write(_ key: String, _ encoded: Vips.Encoded) -> URL? {
        guard let directory else { return nil }
        try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        // The size first, then the bytes under a temporary name moved into place: a reader never
        // sees half an entry.
        let sizeURL = directory.appendingPathComponent(key + ".size")
        let url = directory.appendingPathComponent(key)
        guard (try? Data("\(encoded.width) \(encoded.height)".utf8).write(to: sizeURL, options: .atomic)) != nil,
              (try? encoded.data.write(to: url, options: .atomic)) != nil else { return nil }
        return url
    }
}
