import Foundation

/// A « Construction en cours… » line on the terminal when a build takes more than a second;
/// nothing at all when the output is a file or a CI log.
final class Progress: @unchecked Sendable {
    private let timer: DispatchSourceTimer?
    private let lock = NSLock()
    private var shown = false

    init(enabled: Bool) {
        guard enabled, isatty(STDERR_FILENO) == 1 else {
            timer = nil
            return
        }
        let start = Date()
        let timer = DispatchSource.makeTimerSource(queue: .global())
        self.timer = timer
        timer.schedule(deadline: .now() + 1, repeating: 0.5)
        timer.setEventHandler { [weak self] in
            guard let self else { return }
            self.lock.lock()
            defer { self.lock.unlock() }
            self.shown = true
            let line = String(format: "\rConstruction en cours… %.0f s", Date().timeIntervalSince(start))
            FileHandle.standardError.write(Data(line.utf8))
        }
        timer.resume()
    }

    /// Stops and clears the line, before the summary is printed.
    func finish() {
        guard let timer else { return }
        timer.cancel()
        lock.lock()
        defer { lock.unlock() }
        if shown { FileHandle.standardError.write(Data("\r\u{1B}[2K".utf8)) }
    }
}
