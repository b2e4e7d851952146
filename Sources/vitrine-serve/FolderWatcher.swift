import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Waits for a change under some folders: Linux inotify where it works (a change is seen at
/// once, at no cost while nothing changes), otherwise a comparison of the files' sizes and dates
/// four times a second.
struct FolderWatcher {
    let folders: [URL]
    private var fingerprint: [String: [Int]] = [:]
    #if canImport(Glibc)
    private var inotify: Int32 = -1
    /// Ticks when the inotify descriptor has something to read (Dispatch waits on it: no polling).
    private var readable: AsyncStream<Void>.Iterator?
    #endif

    init(folders: [URL]) {
        self.folders = folders
        #if canImport(Glibc)
        inotify = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        if inotify >= 0 && !addWatches() {
            // No watch on a watched folder (missing, or the system's watch limit): compare instead.
            close(inotify)
            inotify = -1
        }
        if inotify >= 0 {
            let fd = inotify
            let stream = AsyncStream<Void>(bufferingPolicy: .bufferingNewest(1)) { continuation in
                let source = ReadSource(DispatchSource.makeReadSource(fileDescriptor: fd, queue: .global()))
                source.source.setEventHandler { continuation.yield() }
                source.source.resume()
                continuation.onTermination = { _ in source.source.cancel() }
            }
            readable = stream.makeAsyncIterator()
        }
        #endif
        if !usesInotify { fingerprint = Self.snapshot(folders) }
    }

    private var usesInotify: Bool {
        #if canImport(Glibc)
        return inotify >= 0
        #else
        return false
        #endif
    }

    /// Returns after something changed (or when the task is cancelled).
    mutating func next(isolation: isolated (any Actor)? = #isolation) async {
        #if canImport(Glibc)
        if inotify >= 0 {
            var buffer = [UInt8](repeating: 0, count: 64 * 1024)
            while !Task.isCancelled {
                var count = read(inotify, &buffer, buffer.count)
                if count <= 0 {
                    guard await readable?.next(isolation: isolation) != nil else { return }
                    continue
                }
                if count > 0 {
                    // An editor's save is often several events: let them land, then drain them.
                    try? await Task.sleep(nanoseconds: 10_000_000)
                    var newFolder = false
                    while count > 0 {
                        newFolder = newFolder || Self.createsFolder(buffer[..<count])
                        count = read(inotify, &buffer, buffer.count)
                    }
                    if newFolder { _ = addWatches() }
                    return
                }
            }
            return
        }
        #endif
        while !Task.isCancelled {
            try? await Task.sleep(nanoseconds: 250_000_000)
            let now = Self.snapshot(folders)
            if now != fingerprint {
                fingerprint = now
                return
            }
        }
    }

    #if canImport(Glibc)
    /// Whether a batch of inotify events holds a folder created or moved in, which needs a watch.
    private static func createsFolder(_ events: ArraySlice<UInt8>) -> Bool {
        var offset = events.startIndex
        let header = MemoryLayout<inotify_event>.size
        while offset + header <= events.endIndex {
            let (mask, length) = events[offset..<offset + header].withUnsafeBytes {
                ($0.loadUnaligned(fromByteOffset: 4, as: UInt32.self), $0.loadUnaligned(fromByteOffset: 12, as: UInt32.self))
            }
            if mask & UInt32(IN_ISDIR) != 0 && mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0 { return true }
            offset += header + Int(length)
        }
        return false
    }

    /// Watches every folder under the watched ones (adding a watch twice is harmless); false when
    /// a watched folder itself cannot be watched.
    private func addWatches() -> Bool {
        let mask = UInt32(IN_MODIFY | IN_CLOSE_WRITE | IN_CREATE | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO | IN_ATTRIB
                          | IN_DELETE_SELF | IN_MOVE_SELF)
        for folder in folders {
            guard inotify_add_watch(inotify, folder.path, mask) >= 0 else { return false }
            guard let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isDirectoryKey]) else { continue }
            for case let url as URL in enumerator where (try? url.resourceValues(forKeys: [.isDirectoryKey]))?.isDirectory == true {
                _ = inotify_add_watch(inotify, url.path, mask)
            }
        }
        return true
    }
    #endif

    static func snapshot(_ folders: [URL]) -> [String: [Int]] {
        var result: [String: [Int]] = [:]
        let fm = FileManager.default
        for folder in folders {
            guard let enumerator = fm.enumerator(at: folder, includingPropertiesForKeys: [.contentModificationDateKey, .fileSizeKey]) else { continue }
            for case let url as URL in enumerator {
                let values = try? url.resourceValues(forKeys: [.contentModificationDateKey, .fileSizeKey])
                result[url.path] = [Int((values?.contentModificationDate?.timeIntervalSince1970 ?? 0) * 1000), values?.fileSize ?? -1]
            }
        }
        return result
    }
}

/// A Dispatch read source shared with the stream's termination handler (cancelling a source is
/// safe from any thread).
private final class ReadSource: @unchecked Sendable {
    let source: any DispatchSourceRead
    init(_ source: any DispatchSourceRead) { self.source = source }
}
