import ArgumentParser
import FlyingFox
import FlyingSocks
import Foundation
import VitrineKit

/// `vitrine-serve`: the writers' preview. Builds the site in memory, serves it on 127.0.0.1,
/// rebuilds what an edit of `content/` or the themes changed, and reloads the open page.
@main
struct PreviewCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "vitrine-serve",
        abstract: "Aperçu local du site : reconstruit à chaque modification et recharge la page ouverte.",
        version: VitrineVersion.current)

    /// As the parser's own `main`, with its help and errors put in French.
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var command = command as? AsyncParsableCommand {
                try await command.run()
            } else {
                try command.run()
            }
        } catch {
            CommandLineFrench.exit(fullMessage(for: error), code: exitCode(for: error).rawValue)
        }
    }

    @Option(name: .long, help: ArgumentHelp("Dossier du contenu (par défaut : content/ du projet, cherché depuis le dossier courant vers le haut).", valueName: "dossier"))
    var content: String?

    @Option(name: .long, help: ArgumentHelp("Dossier des thèmes (par défaut : site-templates à côté du contenu).", valueName: "dossier"))
    var themes: String?

    @Option(name: .long, help: ArgumentHelp("Port d'écoute.", valueName: "port"))
    var port: UInt16 = 8000

    @Option(name: .long, help: ArgumentHelp("Adresse d'écoute ; seulement 127.0.0.1 sauf demande explicite.", valueName: "adresse"))
    var host: String = "127.0.0.1"

    @Option(name: .long, help: ArgumentHelp("Date de construction AAAA-MM-JJ (sinon SOURCE_DATE_EPOCH, sinon aujourd'hui dans le fuseau du site).", valueName: "AAAA-MM-JJ"))
    var now: String?

    @Flag(name: .long, inversion: .prefixedNo, help: "Montre les brouillons dans l'aperçu (oui par défaut).")
    var drafts = true

    @Flag(name: .long, help: "Détaille la durée de chaque étape des reconstructions.")
    var verbose = false

    func run() async throws {
        let contentDirectory = content.map { URL(fileURLWithPath: $0) }
            ?? ProjectLocator.root(from: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))?.appendingPathComponent("content")
            ?? URL(fileURLWithPath: "content")
        let day: Day
        do {
            day = try BuildDate.resolve(now, environment: ProcessInfo.processInfo.environment, clock: Date(),
                                        timeZone: BuildDate.siteTimeZone(contentDirectory: contentDirectory))
        } catch {
            throw ValidationError(error.description)
        }
        // Nothing is written: the output folder is only where a `build` would go.
        let request = BuildRequest(contentDirectory: contentDirectory,
                                   themesDirectory: themes.map { URL(fileURLWithPath: $0) },
                                   outputDirectory: URL(fileURLWithPath: "public"), now: day, includeDrafts: drafts)
        let address: sockaddr_in
        do {
            address = try sockaddr_in.inet(ip4: host, port: port)
        } catch {
            throw ValidationError("--host doit être une adresse IPv4 comme 127.0.0.1 ; trouvé « \(host) ».")
        }
        let preview = Preview(request: request, verbose: verbose)
        await preview.startWatching()
        await preview.rebuild()
        await preview.completeOpenData()
        await preview.completeSearchIndex()

        let server = HTTPServer(address: address, logger: .disabled, handler: PreviewHandler(preview: preview))
        let watcher = Task { await preview.watch() }
        defer { watcher.cancel() }
        do {
            try await withThrowingTaskGroup(of: Void.self) { group in
                group.addTask { try await server.run() }
                // The address is given only once the port is ours.
                group.addTask { [host, port] in
                    try await server.waitUntilListening(timeout: 60)
                    say("Aperçu sur http://\(host):\(port)/ — modifiez un fichier, la page se recharge. Ctrl+C pour arrêter.")
                }
                for try await _ in group {}
            }
        } catch let SocketError.failed(_, code, _) {
            FileHandle.standardError.write(Data((ListenFailure.message(errno: code, host: host, port: port) + "\n").utf8))
            throw ExitCode(1)
        }
    }
}

/// Why the preview could not listen, in French, with what to do.
enum ListenFailure {
    static func message(errno code: Int32, host: String, port: UInt16) -> String {
        let other = port == UInt16.max ? 8001 : Int(port) + 1
        switch code {
        case EADDRINUSE:
            return "erreur : le port \(port) est déjà pris (un autre aperçu ou un autre programme l'utilise). "
                + "Arrêtez-le, ou choisissez un autre port : vitrine-serve --port \(other)"
        case EACCES:
            return "erreur : le port \(port) est réservé à l'administrateur. Choisissez un port au-dessus de 1024 : vitrine-serve --port 8000"
        case EADDRNOTAVAIL:
            return "erreur : l'adresse \(host) n'appartient pas à cette machine. Gardez l'adresse par défaut (--host 127.0.0.1)."
        default:
            return "erreur : impossible d'écouter sur \(host):\(port) (\(String(cString: strerror(code)))). Essayez un autre port avec --port."
        }
    }
}

/// Writes a line at once (no buffering), so a log shows each rebuild as it happens.
func say(_ text: String) {
    FileHandle.standardOutput.write(Data((text + "\n").utf8))
}
