import CSupport
import Foundation

/// Writes a finished build beside the output folder, then swaps it in: a failed or interrupted
/// build never touches the published folder.
public struct OutputPublisher: Sendable {
    public let outputDirectory: URL
    /// Marks a folder as Vitrine's output, so that only such a folder is ever replaced.
    public static let marker = ".vitrine-output"

    public init(outputDirectory: URL) {
        self.outputDirectory = outputDirectory.standardizedFileURL
    }

    public enum PublishError: Error, CustomStringConvertible {
        case notAnOutputFolder(String)
        case io(String)

        public var message: Message {
            switch self {
            case .notAnOutputFolder:
                return Message("ce dossier n'est ni vide ni une sortie de Vitrine ; il n'est pas remplacé. Choisissez un autre --out.",
                               en: "this folder is neither empty nor a Vitrine output; it is not replaced. Choose another --out.")
            case .io(let message):
                return Message("erreur d'écriture : \(message)", en: "write error: \(message)")
            }
        }

        public var description: String { message.fr }
    }

    struct WriteFailure: Error, LocalizedError {
        let message: String
        var errorDescription: String? { message }
    }

    var parent: URL { outputDirectory.deletingLastPathComponent() }
    var name: String { outputDirectory.lastPathComponent }
    var stagingPrefix: String { ".\(name).vitrine-" }

    /// Refuses to replace a folder that holds something else than a previous build.
    public func checkReplaceable() throws(PublishError) {
        let fm = FileManager.default
        var isDir: ObjCBool = false
        guard fm.fileExists(atPath: outputDirectory.path, isDirectory: &isDir) else { return }
        guard isDir.boolValue else { throw .notAnOutputFolder(outputDirectory.path) }
        let entries = (try? fm.contentsOfDirectory(atPath: outputDirectory.path)) ?? []
        if entries.isEmpty || entries.contains(Self.marker) { return }
        throw .notAnOutputFolder(outputDirectory.path)
    }

    /// Makes the empty staging folder beside the output folder, where a build writes as it goes.
    func stage() throws(PublishError) -> StagingSink {
        try checkReplaceable()
        removeLeftovers()
        let staging = parent.appendingPathComponent("\(stagingPrefix)new-\(getpid())")
        do {
            try FileManager.default.createDirectory(at: staging, withIntermediateDirectories: true)
        } catch {
            throw .io(error.localizedDescription)
        }
        return StagingSink(root: staging)
    }

    /// Removes the staging folder of a build that will not be published.
    func abandon(_ sink: StagingSink) {
        vitrine_remove_tree(sink.root.path)
    }

    /// Completes the staging folder — the build wrote its files there as it made them — with the
    /// copied files and the marker, then swaps it in. No per-file fsync: the swap is what makes
    /// the build all-or-nothing, and the site can always be built again.
    func publish(staged sink: StagingSink, copies: [String: URL]) throws(PublishError) {
        let fm = FileManager.default
        let staging = sink.root
        do {
            if let failure = sink.firstFailure { throw WriteFailure(message: failure) }
            // Folders first, each once; then the files side by side, copied by the kernel (a
            // thousand photo variants went through Foundation's copy one by one in a second).
            let sorted = copies.sorted(by: { $0.key < $1.key })
            for folder in Set(sorted.map { SitePaths.folder(of: $0.key) }).sorted() where !folder.isEmpty {
                try fm.createDirectory(at: staging.appendingPathComponent(folder), withIntermediateDirectories: true)
            }
            let failures = Parallel.map(sorted) { path, source -> String? in
                let code = vitrine_copy_file(source.path, staging.appendingPathComponent(path).path)
                return code == 0 ? nil : "\(path): \(String(cString: strerror(code)))"
            }
            if let failure = failures.compactMap({ $0 }).first { throw WriteFailure(message: failure) }
            try Data("Dossier produit par Vitrine : il est remplacé à chaque construction.\n".utf8)
                .write(to: staging.appendingPathComponent(Self.marker))
        } catch {
            abandon(sink)
            throw .io(error.localizedDescription)
        }
        try swap(staging)
    }

    /// Puts the staging folder in place of the output folder.
    private func swap(_ staging: URL) throws(PublishError) {
        let fm = FileManager.default
        guard fm.fileExists(atPath: outputDirectory.path) else {
            do { try fm.moveItem(at: staging, to: outputDirectory) } catch { throw .io(error.localizedDescription) }
            return
        }
        let old = retiredName()
        // Linux: exchange both names in one system call, so the output folder always exists.
        if vitrine_rename_exchange(staging.path, outputDirectory.path) == 0 {
            Self.discard(rename(staging.path, old.path) == 0 ? old : staging)
            return
        }
        do {
            try fm.moveItem(at: outputDirectory, to: old)
            try fm.moveItem(at: staging, to: outputDirectory)
            Self.discard(old)
        } catch {
            throw .io(error.localizedDescription)
        }
    }

    /// Removes what an interrupted build left beside the output folder.
    public func removeLeftovers() {
        let fm = FileManager.default
        guard let siblings = try? fm.contentsOfDirectory(atPath: parent.path) else { return }
        for entry in siblings where entry.hasPrefix(stagingPrefix) {
            // `.public.vitrine-new-1234`: a build still running (another process) keeps its folder.
            // `.public.vitrine-old-1234-…` is a site swapped out: its build no longer needs it.
            let parts = entry.dropFirst(stagingPrefix.count).split(separator: "-")
            if parts.first == "new", parts.count == 2, let pid = Int32(parts[1]), pid != getpid(),
               kill(pid, 0) == 0 || errno == EPERM {
                continue
            }
            // Renamed first: a staging name may be taken again by a build with the same number.
            let leftover = parent.appendingPathComponent(entry)
            let retired = parts.first == "old" ? leftover : retiredName()
            if retired == leftover || rename(leftover.path, retired.path) == 0 {
                Self.discard(retired)
            } else {
                vitrine_remove_tree(leftover.path)
            }
        }
    }

    /// A name for a folder on its way out that no build takes, even one given this process's number again.
    private func retiredName() -> URL {
        parent.appendingPathComponent("\(stagingPrefix)old-\(getpid())-\(DispatchTime.now().uptimeNanoseconds)")
    }

    /// Removes a folder nothing publishes any more (the previous site, once swapped out) in the
    /// background: with the file system's `discard` option each deleted file waits for the disk
    /// (13,800 files: 2.5–2.9 s on a quiet machine, 73 s beside two compilations), and the new
    /// site is already in place. A removal cut short is finished by the next build (`removeLeftovers`).
    static func discard(_ folder: URL) {
        if vitrine_remove_tree_detached(folder.path) != 0 { vitrine_remove_tree(folder.path) }
    }
}
