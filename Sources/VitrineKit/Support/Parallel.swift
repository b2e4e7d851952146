import Foundation

/// Runs independent work on every core. Results keep the input order, so the output of a
/// parallel build is the same as a sequential one.
enum Parallel {
    static func map<T, R>(_ items: [T], _ transform: (T) -> R) -> [R] {
        guard items.count > 1 else { return items.map(transform) }
        return withoutActuallyEscaping(transform) { transform in
            let results = UnsafeMutableBufferPointer<R?>.allocate(capacity: items.count)
            results.initialize(repeating: nil)
            defer { results.deallocate() }
            let box = Unchecked(items: items, transform: transform, results: results)
            // Chunks rather than single items: less scheduling for many small jobs.
            let count = items.count
            let chunk = max(1, count / (ProcessInfo.processInfo.activeProcessorCount * 8))
            let chunks = (count + chunk - 1) / chunk
            DispatchQueue.concurrentPerform(iterations: chunks) { c in
                for i in (c * chunk)..<min(count, (c + 1) * chunk) {
                    box.results[i] = box.transform(box.items[i])
                }
            }
            return results.map { $0! }
        }
    }

    /// Each index is written by exactly one iteration, so sharing the buffer is safe.
    private struct Unchecked<T, R>: @unchecked Sendable {
        let items: [T]
        let transform: (T) -> R
        let results: UnsafeMutableBufferPointer<R?>
    }
}
