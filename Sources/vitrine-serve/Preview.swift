import Foundation
import VitrineKit

/// The preview's state: the last build's output or its errors, and a version that changes
/// with each rebuild so that open pages know when to reload.
actor Preview {
    let request: BuildRequest
    private(set) var version = 0
    private(set) var diagnostics: [Diagnostic] = []
    private var fingerprint: [String: [Int]] = [:]

    init(request: BuildRequest) {
        self.request = request
    }

    var outputDirectory: URL { request.outputDirectory }
    /// The site's base path (`/qmi/`) from the last good build; pages are served under it too.
    private(set) var basePath = "/"
    /// The site's language, which the messages follow.
    private(set) var language = "fr"

    func rebuild() {
        let started = Date()
        do {
            let report = try SiteBuilder.build(request)
            diagnostics = report.warnings
            basePath = report.basePath
            language = report.language
            say(String(format: "Reconstruit : %d pages en %.2f s, %d avertissement(s).", report.pages,
                         Date().timeIntervalSince(started), report.warnings.count))
        } catch {
            diagnostics = error.diagnostics
            language = error.language
            for d in error.diagnostics { say(d.description(in: language)) }
            say("Échec de la construction : l'aperçu affiche les erreurs jusqu'à leur correction.")
        }
        for d in diagnostics where d.severity == .warning { say(d.description(in: language)) }
        version += 1
        fingerprint = Self.snapshot([request.contentDirectory, request.themesDirectory])
    }

    var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    /// Polls the watched folders' file list, sizes and dates four times a second.
    func watch() async {
        while !Task.isCancelled {
            try? await Task.sleep(nanoseconds: 250_000_000)
            let now = Self.snapshot([request.contentDirectory, request.themesDirectory])
            if now != fingerprint { rebuild() }
        }
    }

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
