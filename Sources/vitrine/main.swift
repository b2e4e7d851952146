import ArgumentParser
import Foundation
import VitrineKit

@main
struct Vitrine: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "vitrine",
        abstract: "Générateur de site statique pour les communes du programme Quartiers Métropolitains d'Innovation.",
        subcommands: [Build.self],
        defaultSubcommand: Build.self)
}

struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Construit le site dans le dossier de sortie.")

    @Option(name: .long, help: "Dossier du contenu.")
    var content: String = "content"

    @Option(name: .long, help: "Dossier de sortie, remplacé seulement si la construction réussit.")
    var out: String = "public"

    @Option(name: .long, help: "Dossier des thèmes (par défaut : site-templates à côté du contenu).")
    var themes: String?

    @Option(name: .long, help: "Date de construction AAAA-MM-JJ (sinon SOURCE_DATE_EPOCH, sinon aujourd'hui).")
    var now: String?

    @Flag(name: .long, help: "Publie aussi les brouillons et les contenus datés après la date de construction.")
    var drafts = false

    func run() throws {
        let started = Date()
        let day = try BuildDate.resolve(now, environment: ProcessInfo.processInfo.environment, clock: Date())
        let request = BuildRequest(
            contentDirectory: URL(fileURLWithPath: content),
            themesDirectory: themes.map { URL(fileURLWithPath: $0) },
            outputDirectory: URL(fileURLWithPath: out),
            now: day,
            includeDrafts: drafts)
        do {
            let report = try SiteBuilder.build(request)
            for warning in report.warnings { printError(warning.description) }
            let seconds = Date().timeIntervalSince(started)
            print("Site construit dans \(out)/ : \(report.pages) pages, \(report.files) fichiers, "
                + "\(report.warnings.count) avertissement(s), date de construction \(day), "
                + String(format: "%.2f s.", seconds))
        } catch {
            for diagnostic in error.diagnostics { printError(diagnostic.description) }
            let errors = error.diagnostics.filter { $0.severity == .error }.count
            let warnings = error.diagnostics.count - errors
            printError("Échec : \(errors) erreur(s), \(warnings) avertissement(s). Le dossier \(out)/ n'a pas été modifié.")
            throw ExitCode(1)
        }
    }
}

/// The build date: `--now`, else `SOURCE_DATE_EPOCH`, else the clock (all read here, never deeper).
enum BuildDate {
    static func resolve(_ option: String?, environment: [String: String], clock: Date) throws -> Day {
        let paris = TimeZone(identifier: "Europe/Paris")!
        if let option {
            guard let day = Day(iso: option) else {
                throw ValidationError("--now doit être une date AAAA-MM-JJ existante ; trouvé « \(option) ».")
            }
            return day
        }
        if let epoch = environment["SOURCE_DATE_EPOCH"], !epoch.isEmpty {
            guard let seconds = Double(epoch) else {
                throw ValidationError("SOURCE_DATE_EPOCH doit être un nombre de secondes ; trouvé « \(epoch) ».")
            }
            return Day.of(Date(timeIntervalSince1970: seconds), in: paris)
        }
        return Day.of(clock, in: paris)
    }
}

func printError(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
}
