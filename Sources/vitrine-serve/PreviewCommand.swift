import ArgumentParser
import FlyingFox
import Foundation
import VitrineKit

/// `vitrine-serve`: the writers' preview. Builds the site in memory, serves it on 127.0.0.1,
/// rebuilds what an edit of `content/` or the themes changed, and reloads the open page.
@main
struct PreviewCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "vitrine-serve",
        abstract: "Aperçu local du site : reconstruit à chaque modification et recharge la page ouverte.")

    @Option(name: .long, help: "Dossier du contenu.")
    var content: String = "content"

    @Option(name: .long, help: "Dossier des thèmes (par défaut : site-templates à côté du contenu).")
    var themes: String?

    @Option(name: .long, help: "Port d'écoute.")
    var port: UInt16 = 8000

    @Option(name: .long, help: "Adresse d'écoute ; seulement 127.0.0.1 sauf demande explicite.")
    var host: String = "127.0.0.1"

    @Option(name: .long, help: "Date de construction AAAA-MM-JJ (par défaut : aujourd'hui).")
    var now: String?

    @Flag(name: .long, inversion: .prefixedNo, help: "Montre les brouillons dans l'aperçu (oui par défaut).")
    var drafts = true

    @Flag(name: .long, help: "Détaille la durée de chaque étape des reconstructions.")
    var verbose = false

    func run() async throws {
        let day: Day
        if let now {
            guard let parsed = Day(iso: now) else { throw ValidationError("--now doit être une date AAAA-MM-JJ ; trouvé « \(now) ».") }
            day = parsed
        } else {
            day = Day.of(Date(), in: TimeZone(identifier: "Europe/Paris")!)
        }
        // Nothing is written: the output folder is only where a `build` would go.
        let request = BuildRequest(contentDirectory: URL(fileURLWithPath: content),
                                   themesDirectory: themes.map { URL(fileURLWithPath: $0) },
                                   outputDirectory: URL(fileURLWithPath: "public"), now: day, includeDrafts: drafts)
        let preview = Preview(request: request, verbose: verbose)
        await preview.startWatching()
        await preview.rebuild()
        await preview.completeOpenData()
        await preview.completeSearchIndex()

        let address = try sockaddr_in.inet(ip4: host, port: port)
        let server = HTTPServer(address: address, handler: PreviewHandler(preview: preview))
        let watcher = Task { await preview.watch() }
        defer { watcher.cancel() }
        say("Aperçu sur http://\(host):\(port)/ — modifiez un fichier, la page se recharge. Ctrl+C pour arrêter.")
        try await server.run()
    }
}

/// Writes a line at once (no buffering), so a log shows each rebuild as it happens.
func say(_ text: String) {
    FileHandle.standardOutput.write(Data((text + "\n").utf8))
}
