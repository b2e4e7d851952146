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
    /// The folder of each watch descriptor, to name the files that changed.
    private var watched: [Int32: String] = [:]
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

    /// Returns after something changed (or when the task is cancelled): the paths of the files
    /// that changed, or nil when they are not known (a folder came, events were lost, or the
    /// folders are compared rather than watched).
    mutating func next(isolation: isolated (any Actor)? = #isolation) async -> Set<String>? {
        #if canImport(Glibc)
        if inotify >= 0 {
            var buffer = [UInt8](repeating: 0, count: 64 * 1024)
            while !Task.isCancelled {
                var count = read(inotify, &buffer, buffer.count)
                if count <= 0 {
                    guard await readable?.next(isolation: isolation) != nil else { return nil }
                    continue
                }
                if count > 0 {
                    // An editor's save is often several events within a millisecond (write to a
                    // temporary file, rename): let them land, then drain them. A save spread wider
                    // gives two rebuilds, the second a patch.
                    try? await Task.sleep(nanoseconds: 3_000_000)
                    var changed: Set<String>? = []
                    while count > 0 {
                        changed = changed.flatMap { known in paths(in: buffer[..<count]).map { known.union($0) } }
                        count = read(inotify, &buffer, buffer.count)
                    }
                    if changed == nil { _ = addWatches() }
                    return changed
                }
            }
            return nil
        }
        #endif
        while !Task.isCancelled {
            try? await Task.sleep(nanoseconds: 250_000_000)
            let now = Self.snapshot(folders)
            if now != fingerprint {
                fingerprint = now
                return nil
            }
        }
        return nil
    }

    #if canImport(Glibc)
    /// The files a batch of inotify events names; nil when a folder was created or moved in (it
    /// needs a watch, and what it holds is not listed) or events were lost.
    private func paths(in events: ArraySlice<UInt8>) -> Set<String>? {
        var paths: Set<String> = []
        var offset = events.startIndex
        let header = MemoryLayout<inotify_event>.size
        while offset + header <= events.endIndex {
            let (wd, mask, length) = events[offset..<offset + header].withUnsafeBytes {
                ($0.loadUnaligned(fromByteOffset: 0, as: Int32.self), $0.loadUnaligned(fromByteOffset: 4, as: UInt32.self),
                 $0.loadUnaligned(fromByteOffset: 12, as: UInt32.self))
            }
            if mask & UInt32(IN_Q_OVERFLOW) != 0 { return nil }
            if mask & UInt32(IN_ISDIR) != 0 && mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0 { return nil }
            let nameBytes = events[(offset + header)..<min(offset + header + Int(length), events.endIndex)].prefix { $0 != 0 }
            guard let folder = watched[wd] else { return nil }
            paths.insert(nameBytes.isEmpty ? folder : folder + "/" + String(decoding: nameBytes, as: UTF8.self))
            offset += header + Int(length)
        }
        return paths
    }

    /// Watches every folder under the watched ones (adding a watch twice is harmless); false when
    /// a watched folder itself cannot be watched.
    private mutating func addWatches() -> Bool {
        let mask = UInt32(IN_MODIFY | IN_CLOSE_WRITE | IN_CREATE | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO | IN_ATTRIB
                          | IN_DELETE_SELF | IN_MOVE_SELF)
        for folder in folders {
            let path = folder.standardizedFileURL.path
            let wd = inotify_add_watch(inotify, path, mask)
            guard wd >= 0 else { return false }
            watched[wd] = path
            guard let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isDirectoryKey]) else { continue }
            for case let url as URL in enumerator where (try? url.resourceValues(forKeys: [.isDirectoryKey]))?.isDirectory == true {
                let sub = url.standardizedFileURL.path
                let wd = inotify_add_watch(inotify, sub, mask)
                if wd >= 0 { watched[wd] = sub }
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
