import Foundation

/// What a pipeline step may reuse: each result is asked for by name with the inputs it is made
/// from. A plain build passes `Memo.none`, which makes everything (and never even builds the
/// inputs); the preview passes a `BuildCache`. Each step has this one code path for both.
class Memo: @unchecked Sendable {
    /// Makes everything, keeps nothing: `build` and `check`.
    static let none = Memo()

    /// The result for `key`, made by `compute` unless an equal `input` made it last time.
    func value<Input: Equatable, Output>(_ key: String, input: @autoclosure () -> Input, compute: () -> Output) -> Output {
        compute()
    }

    /// A number that changes when `value` does: a cheap input for results that depend on a value
    /// large and shared by many of them (the link targets, the theme).
    func generation<Value: Equatable>(of name: String, _ value: @autoclosure () -> Value) -> Int { 0 }

    /// Makes an output (a page, a feed) and, in the preview, records the content items it read
    /// (`ReadLog`), so that an edit makes again only what read the edited file.
    func recording<T>(_ output: MadeOutput, _ make: () -> T) -> T { make() }

    /// Work a build does now and the preview after showing the edited page (the open data files);
    /// `key` names the result it asks for, which the preview keeps meanwhile.
    func later(_ key: String, _ work: @escaping @Sendable () -> [(String, Data)]) -> [(String, Data)] { work() }
}

/// A file the preview makes from content items: a page (by site path) or a feed.
enum MadeOutput: Hashable, Sendable {
    case page(String)
    case feed(String)
}

/// The preview's memo: what one build keeps for the next, so that the preview redoes only what
/// an edit changed. Tested to give, byte for byte, what a full build gives.
final class BuildCache: Memo, @unchecked Sendable {
    private let lock = NSLock()
    /// Results by name, with the build that made them.
    private var entries: [String: (input: Any, output: Any, build: Int)] = [:]
    private var build = 0
    /// Keys asked for since `beginBuild`: the others belong to deleted or renamed files.
    private var used: Set<String> = []
    private var generations: [String: (value: Any, generation: Int)] = [:]
    /// How many results were made and how many reused since the last `beginBuild` or `beginPatch`.
    private(set) var computed = 0
    private(set) var reused = 0

    override func value<Input: Equatable, Output>(_ key: String, input makeInput: @autoclosure () -> Input,
                                                  compute: () -> Output) -> Output {
        let input = makeInput()
        let (entry, current) = lock.withLock { () -> ((input: Any, output: Any, build: Int)?, Int) in
            used.insert(key)
            return (entries[key], build)
        }
        if let entry, let previous = entry.input as? Input, previous == input, let output = entry.output as? Output {
            // A result made earlier in this same build (shared by several feeds) is not a reuse.
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

    override func generation<Value: Equatable>(of name: String, _ makeValue: @autoclosure () -> Value) -> Int {
        let value = makeValue()
        return lock.withLock {
            if let current = generations[name], let previous = current.value as? Value, previous == value {
                return current.generation
            }
            let next = (generations[name]?.generation ?? 0) + 1
            generations[name] = (value, next)
            return next
        }
    }

    /// Who read what: outputs by the serial of each item they read (`ReadLog`).
    private let readers = Readers()

    override func recording<T>(_ output: MadeOutput, _ make: () -> T) -> T {
        let (result, read) = ReadLog.recording(make)
        readers.record(output, read: read)
        return result
    }

    /// The outputs that read any of `serials`, and every output recorded since the last build.
    func outputs(reading serials: [Int]) -> (stale: Set<MadeOutput>, recorded: Dictionary<MadeOutput, Set<Int>>.Keys) {
        readers.outputs(reading: serials)
    }

    /// How many items `output` read when it was last made.
    func readCount(_ output: MadeOutput) -> Int {
        readers.readCount(output)
    }

    /// Pages a patch left for after the edited page is shown (they sum up the whole site), until
    /// the preview has served them made again: they add up across patches, so that a patch whose
    /// later work is dropped for a newer one's never leaves a page behind.
    private var owed: Set<String> = []

    func owe(_ pages: some Sequence<String>) {
        lock.withLock { owed.formUnion(pages) }
    }

    var owedPages: Set<String> {
        lock.withLock { owed }
    }

    /// The pages the preview now serves made again.
    func paid(_ pages: some Sequence<String>) {
        lock.withLock { owed.subtract(pages) }
    }

    /// The open data files and owed pages, made after the edited page is shown
    /// (`PreviewSession.completeOpenData`).
    private var pending: (@Sendable () -> [(String, Data)])?

    override func later(_ key: String, _ work: @escaping @Sendable () -> [(String, Data)]) -> [(String, Data)] {
        lock.withLock {
            pending = work
            used.insert(key)
        }
        return []
    }

    /// The work `later` put aside, done now (empty when none).
    func doLaterWork() -> [(String, Data)] {
        let work = lock.withLock { () -> (@Sendable () -> [(String, Data)])? in
            defer { pending = nil }
            return pending
        }
        return work?() ?? []
    }

    /// Starts a patch: counts from zero, keeps what the last build used.
    func beginPatch() {
        lock.withLock { computed = 0; reused = 0; build += 1 }
    }

    /// Starts a build: counts from zero; what the build does not ask for is dropped at `endBuild`,
    /// and who read what is recorded anew.
    func beginBuild() {
        lock.withLock { computed = 0; reused = 0; used = []; build += 1; owed = [] }
        readers.reset()
    }

    /// Forgets results the last build did not use (files deleted or renamed since, a feed item
    /// whose title changed). Looking through 60,000 entries takes tens of milliseconds, so a few
    /// unused ones are tolerated until they are more than 1 %.
    func endBuild() {
        lock.withLock {
            if entries.count - used.count > Self.tolerated(entries.count) {
                for key in entries.keys.filter({ !used.contains($0) }) { entries[key] = nil }
            }
        }
    }

    static func tolerated(_ count: Int) -> Int { max(16, count / 100) }
}

/// Outputs by the items they read. An output stays listed under items it no longer reads until
/// the next full build: it is then made once too often, never once too few.
private final class Readers: @unchecked Sendable {
    private let lock = NSLock()
    private var bySerial: [Int: Set<MadeOutput>] = [:]
    /// What each output read when last recorded: made again, it mostly reads the same items, and
    /// only the new ones are indexed (a page that reads 10,000 experiments adds one after an edit).
    private var reads: [MadeOutput: Set<Int>] = [:]

    func record(_ output: MadeOutput, read: Set<Int>) {
        let before = lock.withLock { reads[output] }
        let new = before.map { read.subtracting($0) } ?? read
        lock.withLock {
            reads[output] = read
            for serial in new { bySerial[serial, default: []].insert(output) }
        }
    }

    func outputs(reading serials: [Int]) -> (stale: Set<MadeOutput>, recorded: Dictionary<MadeOutput, Set<Int>>.Keys) {
        lock.withLock { (serials.reduce(into: Set<MadeOutput>()) { $0.formUnion(bySerial[$1] ?? []) }, reads.keys) }
    }

    func readCount(_ output: MadeOutput) -> Int {
        lock.withLock { reads[output]?.count ?? 0 }
    }

    func reset() {
        lock.withLock { bySerial = [:]; reads = [:] }
    }
}
