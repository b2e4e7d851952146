import Foundation

/// What one build keeps for the next, so that the preview redoes only what an edit changed.
///
/// Each step asks for a result by name with the inputs it would compute it from; the cached
/// result is used only when those inputs are equal to last time's. A plain `build` has no cache:
/// every step runs in full, and the preview's output is tested to equal it byte for byte.
final class BuildCache: @unchecked Sendable {
    private let lock = NSLock()
    /// Results by name, with the build that computed them.
    private var entries: [String: (input: Any, output: Any, build: Int)] = [:]
    private var build = 0
    private var generations: [String: (value: Any, generation: Int)] = [:]
    private var texts: [String: (text: String, data: Data)] = [:]
    /// Keys and output paths asked for since `beginBuild`: the others belong to deleted or
    /// renamed files.
    private var used: Set<String> = []
    private var usedTexts: Set<String> = []
    /// How many results were computed and how many were reused from an earlier build, since the
    /// last `beginBuild`.
    private(set) var computed = 0
    private(set) var reused = 0

    /// The result for `key`, reused when `input` equals the input it was computed from.
    func value<Input: Equatable, Output>(_ key: String, input: Input, compute: () -> Output) -> Output {
        lock.lock()
        let entry = entries[key]
        let current = build
        used.insert(key)
        lock.unlock()
        if let entry, let previous = entry.input as? Input, previous == input, let output = entry.output as? Output {
            // A result computed earlier in this same build (shared by several feeds) is not a reuse.
            if entry.build != current { lock.withLock { reused += 1 } }
            return output
        }
        let output = compute()
        lock.withLock {
            entries[key] = (input, output, current)
            computed += 1
        }
        return output
    }

    /// A number that changes when `value` does: cheap to compare where the value is large and
    /// shared by many results (the link targets of every Markdown file, the theme).
    func generation<Value: Equatable>(of name: String, _ value: Value) -> Int {
        lock.withLock {
            if let current = generations[name], let previous = current.value as? Value, previous == value {
                return current.generation
            }
            let next = (generations[name]?.generation ?? 0) + 1
            generations[name] = (value, next)
            return next
        }
    }

    /// The last number `generation(of:)` gave for `name`, without comparing a value again.
    func currentGeneration(of name: String) -> Int {
        lock.withLock { generations[name]?.generation ?? 0 }
    }

    /// Content files by the revision of what was decoded from them: a new number, never given
    /// before, each time a file is decoded again. A page that shows files can be reused while their
    /// revisions are the same, without comparing their contents (`PageRenderer.reusing`).
    private var revisions: [String: Int] = [:]
    private var lastRevision = 0

    func newRevision(of file: String) {
        lock.withLock {
            lastRevision += 1
            revisions[file] = lastRevision
        }
    }

    func fileRevisions() -> [String: Int] {
        lock.withLock { revisions }
    }

    /// Pages and feeds (by cache key) that show each revision, and every key recorded: a patch
    /// (`PreviewSession`) renders again the keys that showed a changed file's previous revision.
    /// A key stays listed under revisions it no longer shows: it is then rendered once too often.
    private var shownBy: [Int: Set<String>] = [:]
    private var recorded: Set<String> = []

    func record(_ key: String, shows revisions: [Int]) {
        lock.withLock {
            recorded.insert(key)
            for revision in revisions { shownBy[revision, default: []].insert(key) }
        }
    }

    /// The keys that showed any of `revisions`.
    func keys(showing revisions: [Int]) -> Set<String> {
        lock.withLock { revisions.reduce(into: Set<String>()) { $0.formUnion(shownBy[$1] ?? []) } }
    }

    /// The page and feed keys that declare what they show (others are always rendered by a patch).
    func recordedKeys() -> Set<String> {
        lock.withLock { recorded }
    }

    /// Starts a patch: counts from zero, keeps what the last build used.
    func beginPatch() {
        lock.withLock { computed = 0; reused = 0; build += 1 }
    }

    /// The UTF-8 bytes of an output file's text, reused when the text is the last build's.
    func bytes(_ path: String, _ text: String) -> Data {
        let previous = lock.withLock { () -> (text: String, data: Data)? in
            usedTexts.insert(path)
            return texts[path]
        }
        if let previous, previous.text == text { return previous.data }
        let data = Data(text.utf8)
        lock.withLock { texts[path] = (text, data) }
        return data
    }

    /// The open data files a build left for later: the preview reloads the page first.
    private var pendingOpenData: (() -> [(String, Data)])?

    func deferOpenData(_ make: @escaping () -> [(String, Data)]) {
        lock.withLock { pendingOpenData = make }
    }

    /// The open data files the last build left for later (empty when none).
    func openData() -> [(String, Data)] {
        guard let make = lock.withLock({ () -> (() -> [(String, Data)])? in
            defer { pendingOpenData = nil }
            return pendingOpenData
        }) else { return [] }
        return make()
    }

    /// Starts a build: counts from zero, and what the build does not ask for is dropped at `endBuild`.
    func beginBuild() {
        lock.withLock { computed = 0; reused = 0; used = []; usedTexts = []; build += 1 }
    }

    /// Forgets results and texts the last build did not use (files deleted or renamed since, a
    /// feed item whose title changed). What a build asks for is always kept, so the difference
    /// of the counts is how many are unused at least. Looking through 60,000 entries takes tens
    /// of milliseconds, so a few unused ones are tolerated until they are more than 1 %.
    func endBuild() {
        lock.withLock {
            if entries.count - used.count > Self.tolerated(entries.count) {
                for key in entries.keys.filter({ !used.contains($0) }) { entries[key] = nil }
            }
            if texts.count - usedTexts.count > Self.tolerated(texts.count) {
                for path in texts.keys.filter({ !usedTexts.contains($0) }) { texts[path] = nil }
            }
        }
    }

    static func tolerated(_ count: Int) -> Int { max(16, count / 100) }

    /// Results asked for inside another (a feed's items): kept whenever that one is reused.
    private var inside: [String: [String]] = [:]

    func record(_ key: String, asks keys: [String]) {
        lock.withLock { inside[key] = keys }
    }

    /// Counts `key`'s inner results as used by this build (the result itself was reused).
    func keepInner(_ key: String) {
        lock.withLock { used.formUnion(inside[key] ?? []) }
    }

    /// Counts `key` as used by this build although it is asked for later (deferred work).
    func keep(_ key: String) {
        lock.withLock { _ = used.insert(key) }
    }
}

/// A file's identity and last change, from `stat`: when it is unchanged, so is the file.
struct FileStamp: Equatable {
    let device: UInt64
    let inode: UInt64
    let size: Int64
    let modified: Int64
    let changed: Int64

    init?(path: String) {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        device = UInt64(info.st_dev)
        inode = UInt64(info.st_ino)
        size = Int64(info.st_size)
        // Linux names the times st_mtim and st_ctim, Apple's systems st_mtimespec and st_ctimespec.
        #if canImport(Darwin)
        modified = Int64(info.st_mtimespec.tv_sec) * 1_000_000_000 + Int64(info.st_mtimespec.tv_nsec)
        changed = Int64(info.st_ctimespec.tv_sec) * 1_000_000_000 + Int64(info.st_ctimespec.tv_nsec)
        #else
        modified = Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
        changed = Int64(info.st_ctim.tv_sec) * 1_000_000_000 + Int64(info.st_ctim.tv_nsec)
        #endif
    }
}
