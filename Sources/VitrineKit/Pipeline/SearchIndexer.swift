import Foundation

/// Runs Pagefind on the staging folder, before the swap: the search index is part of the site,
/// so an indexing failure fails the build and leaves the published site as it was.
public enum SearchIndexer {
    /// The pinned version, installed by scripts/install-pagefind.sh.
    public static let version = "1.5.2"
    /// Where the index goes, under the site root.
    static let folder = "pagefind"
    /// The search page's file: a site whose output has it has search on.
    public static let pageFile = "recherche/index.html"
    /// Files of Pagefind's own interfaces, which Vitrine does not use (it has its own, accessible one).
    static let unusedFiles = ["pagefind-ui.js", "pagefind-ui.css", "pagefind-modular-ui.js", "pagefind-modular-ui.css",
                              "pagefind-component-ui.js", "pagefind-component-ui.css", "pagefind-highlight.js"]

    /// How to run Pagefind: `VITRINE_PAGEFIND` (a command), else the project's `.pagefind/` venv found
    /// upward from the running program or the current folder, else `pagefind` on the PATH; nil when
    /// none is there. Called where the world comes in (`BuildRequest`'s default).
    public static func locate(environment: [String: String] = ProcessInfo.processInfo.environment,
                              executable: URL? = Bundle.main.executableURL,
                              currentDirectory: URL = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)) -> [String]? {
        let fm = FileManager.default
        if let command = environment["VITRINE_PAGEFIND"]?.split(separator: " ").map(String.init), !command.isEmpty {
            return command
        }
        for start in [executable?.deletingLastPathComponent(), currentDirectory].compactMap({ $0 }) {
            var folder = start.standardizedFileURL
            while true {
                let python = folder.appendingPathComponent(".pagefind/bin/python")
                if fm.isExecutableFile(atPath: python.path) { return [python.path, "-m", "pagefind"] }
                let parent = folder.deletingLastPathComponent()
                if parent.path == folder.path { break }
                folder = parent
            }
        }
        for dir in (environment["PATH"] ?? "").split(separator: ":") {
            let candidate = "\(dir)/pagefind"
            if fm.isExecutableFile(atPath: candidate) { return [candidate] }
        }
        return nil
    }

    /// The message when search is on and Pagefind is not installed.
    static let missing = Message("la recherche du site (/recherche/) a besoin de Pagefind \(version), introuvable : lancez scripts/install-pagefind.sh (ou scripts/setup-and-build.sh), ou installez-le avec pip install 'pagefind[bin]==\(version)' et indiquez la commande dans VITRINE_PAGEFIND ; pour un site sans recherche, écrivez search: false dans site.yml.", en: "the site's search (/recherche/) needs Pagefind \(version), which was not found: run scripts/install-pagefind.sh (or scripts/setup-and-build.sh), or install it with pip install 'pagefind[bin]==\(version)' and give the command in VITRINE_PAGEFIND; for a site without search, write search: false in site.yml.")

    /// The index of pages held in memory (the preview's): written to a folder of their own,
    /// indexed there, and read back as site paths (`pagefind/pagefind.js`) → bytes; nil on failure.
    public static func index(pages: [String: Data], command: [String], language: String) -> [String: Data]? {
        let fm = FileManager.default
        let site = fm.temporaryDirectory.appendingPathComponent("vitrine-search-\(UUID().uuidString)")
        defer { try? fm.removeItem(at: site) }
        do {
            for (path, data) in pages where path.hasSuffix(".html") {
                let url = site.appendingPathComponent(path)
                try fm.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try data.write(to: url)
            }
        } catch {
            return nil
        }
        guard index(site: site, command: command, language: language) == nil else { return nil }
        let root = site.appendingPathComponent(folder)
        var files: [String: Data] = [:]
        for case let relative as String in fm.enumerator(atPath: root.path) ?? FileManager.DirectoryEnumerator() {
            var isFolder: ObjCBool = false
            let url = root.appendingPathComponent(relative)
            if fm.fileExists(atPath: url.path, isDirectory: &isFolder), !isFolder.boolValue, let data = fm.contents(atPath: url.path) {
                files["\(folder)/\(relative)"] = data
            }
        }
        return files
    }

    /// Whether a site path belongs to the search index.
    public static func isIndexFile(_ sitePath: String) -> Bool { sitePath.hasPrefix(folder + "/") }

    /// Indexes the HTML pages of `site` in the site's language (French stemming on a French site).
    /// Returns what went wrong, or nil.
    static func index(site: URL, command: [String], language: String) -> Message? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: command[0])
        process.arguments = Array(command.dropFirst()) + ["--site", site.path, "--output-subdir", folder,
                                                         "--force-language", language, "--silent"]
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = errors
        do {
            try process.run()
        } catch {
            return Message("Pagefind n'a pas pu être lancé (\(command.joined(separator: " "))) : \(error.localizedDescription).", en: "Pagefind could not be started (\(command.joined(separator: " "))): \(error.localizedDescription).")
        }
        let output = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let detail = output.trimmingCharacters(in: .whitespacesAndNewlines).suffix(600)
            return Message("l'index de la recherche n'a pas pu être construit (Pagefind, code \(process.terminationStatus)) : \(detail)", en: "the search index could not be built (Pagefind, code \(process.terminationStatus)): \(detail)")
        }
        for file in unusedFiles {
            try? FileManager.default.removeItem(at: site.appendingPathComponent(folder).appendingPathComponent(file))
        }
        return nil
    }
}
