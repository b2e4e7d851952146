import Foundation

/// The content items a piece of work read while it ran (a page, a feed), noted as their fields are
/// read: the preview re-renders, after an edit, what read the edited file, without any list of
/// what each page shows. Items are told apart by the serial of their decoding (`Shared`), a new
/// one each time a file is decoded. Outside `recording`, reading notes nothing.
final class ReadLog: @unchecked Sendable {
    @TaskLocal private static var current: ReadLog?

    /// Serials read, each once; used by one thread (the one `recording` runs on).
    private var serials: Set<Int> = []
    private var last = -1

    /// Runs `work` and returns its result with the serials of the items it read.
    static func recording<T>(_ work: () -> T) -> (T, Set<Int>) {
        let log = ReadLog()
        let result = $current.withValue(log, operation: work)
        return (result, log.serials)
    }

    static func note(_ serial: Int) {
        guard let log = current, log.last != serial else { return }
        log.last = serial
        log.serials.insert(serial)
    }

    private static let counter = NSLock()
    nonisolated(unsafe) private static var lastSerial = 0

    static func nextSerial() -> Int {
        counter.withLock {
            lastSerial += 1
            return lastSerial
        }
    }
}
