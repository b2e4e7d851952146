import Foundation
#if canImport(Glibc)
import Glibc
#endif
import VitrineKit

/// The preview's state: the last good build in memory, the current errors, and a version that
/// changes with each rebuild so that open pages know when to reload.
actor Preview {
    let session: PreviewSession
    private(set) var version = 0
    private(set) var diagnostics: [Diagnostic] = []
    /// The last build without errors; kept while the content has errors.
    private(set) var output: SiteOutput?
    /// The site's base path (`/qmi/`) from the last good build; pages are served under it too.
    private(set) var basePath = "/"
    /// The site's language, which the messages follow.
    private(set) var language = "fr"

    /// Whether each rebuild's steps are timed in the log.
    let verbose: Bool

    init(request: BuildRequest, verbose: Bool = false) {
        session = PreviewSession(request: request)
        self.verbose = verbose
    }

    var request: BuildRequest { session.request }

    /// - Parameter changed: the files the watcher saw change, when it knows them.
    func rebuild(changed: Set<String>? = nil) {
        let result = session.rebuildPages(changed: changed.flatMap(contentFiles))
        diagnostics = result.diagnostics
        language = result.language
        builds += 1
        if var site = result.output {
            // Until this build's data files and search index are made, the previous ones are served (not a 404).
            if let previous = output {
                site.add(openData: Dictionary(uniqueKeysWithValues: SiteOutput.openDataPaths.compactMap { path in
                    previous.files[path].map { (path, $0) }
                }))
                for (path, data) in previous.files where SearchIndexer.isIndexFile(path) { site.add(path, data: data) }
            }
            output = site
            basePath = result.basePath
            let time = String(format: "%.3f", result.seconds)
            if result.patched {
                say(Message("Mis à jour : \(result.computed) parties refaites en \(time) s (seules les pages et flux qui montrent le fichier modifié), \(warnings) avertissement(s).",
                            en: "Updated: \(result.computed) parts redone in \(time) s (only the pages and feeds showing the edited file), \(warnings) warning(s).").text(language))
            } else {
                say(Message("Reconstruit : \(result.pages) pages en \(time) s (\(result.computed) parties refaites, \(result.reused) reprises), \(warnings) avertissement(s).",
                            en: "Rebuilt: \(result.pages) pages in \(time) s (\(result.computed) parts redone, \(result.reused) reused), \(warnings) warning(s).").text(language))
            }
        } else {
            for d in diagnostics where d.severity == .error { say(d.description(in: language)) }
            say(Message("Échec de la construction : l'aperçu affiche les erreurs jusqu'à leur correction.",
                        en: "Build failed: the preview shows the errors until they are fixed.").text(language))
        }
        for d in diagnostics where d.severity == .warning { say(d.description(in: language)) }
        if verbose {
            say(Message("Étapes : ", en: "Steps: ").text(language)
                + result.steps.map { "\($0.0) \(String(format: "%.3f", $0.1)) s" }.joined(separator: ", ") + ".")
        }
        version += 1
    }

    /// Adds the open data files and the pages that sum up the site, which the last rebuild left
    /// out. They are made off the actor, so the edited page is served meanwhile; when pages came,
    /// open pages reload once more.
    func completeOpenData() async {
        let session = self.session
        let build = builds
        // On a thread of lower priority: the next edit's patch must not wait for a core.
        let data = await withCheckedContinuation { (continuation: CheckedContinuation<[String: Data], Never>) in
            Thread {
                lowerThisThreadsPriority()
                continuation.resume(returning: session.completeOpenData())
            }.start()
        }
        guard build == builds else { return }   // a newer build came meanwhile: its own data will follow
        output?.add(openData: data)
        session.served(data)
        // The pages that sum up the site came after the edited one: open pages reload once more.
        if data.keys.contains(where: { $0.hasSuffix(".html") }) { version += 1 }
    }

    /// Indexes the last build's pages with Pagefind, off the actor and at a lower priority, like
    /// the data files: the edited page is shown first, the search finds it a moment later. Nothing
    /// when the site has no search page or Pagefind is not installed.
    func completeSearchIndex() async {
        guard let output, output.files[SearchIndexer.pageFile] != nil, let command = request.pagefind else { return }
        let build = builds
        let pages = output.files.filter { $0.key.hasSuffix(".html") }
        let language = self.language
        let index = await withCheckedContinuation { (continuation: CheckedContinuation<[String: Data]?, Never>) in
            Thread {
                lowerThisThreadsPriority()
                continuation.resume(returning: SearchIndexer.index(pages: pages, command: command, language: language))
            }.start()
        }
        guard build == builds, let index else { return }   // a newer build's index will follow
        for (path, data) in index { self.output?.add(path, data: data) }
    }

    /// Counts builds, so that data files made for one are not added to a later one.
    private var builds = 0

    private var warnings: Int { diagnostics.filter { $0.severity == .warning }.count }

    var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    /// A file of the site: generated bytes, or the file a copied path comes from.
    func file(_ sitePath: String) -> (data: Data?, source: URL?) {
        guard let output else { return (nil, nil) }
        if let data = output.files[sitePath] { return (data, nil) }
        return (nil, output.copies[sitePath])
    }

    /// The changed paths relative to the content folder; nil when one is elsewhere (a theme).
    private func contentFiles(_ paths: Set<String>) -> Set<String>? {
        let root = request.contentDirectory.standardizedFileURL.path + "/"
        var files: Set<String> = []
        for path in paths {
            guard path.hasPrefix(root) else { return nil }
            files.insert(String(path.dropFirst(root.count)))
        }
        return files
    }

    private var watcher: FolderWatcher?

    /// Starts noticing changes: called before the first build, so that an edit saved while it
    /// runs is not missed.
    func startWatching() {
        watcher = FolderWatcher(folders: [request.contentDirectory, request.themesDirectory])
    }

    /// Rebuilds whenever the content or the themes change.
    func watch() async {
        guard var watcher else { return }
        self.watcher = nil
        while !Task.isCancelled {
            let changed = await watcher.next()
            if Task.isCancelled { return }
            rebuild(changed: changed)
            // Not awaited: the next edit must not wait for the data files (a second or more on a
            // large site); a newer build's data replace these (`completeOpenData` checks).
            Task { await self.completeOpenData() }
            Task { await self.completeSearchIndex() }
        }
    }
}

/// Linux gives each thread its own nice value: this one yields to the preview's other threads.
private func lowerThisThreadsPriority() {
    #if canImport(Glibc)
    _ = setpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0, 10)
    #endif
}
