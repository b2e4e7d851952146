import ArgumentParser
import Foundation
import VitrineKit

@main
struct Vitrine: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "vitrine",
        abstract: "Générateur de site statique pour les communes du programme Quartiers Métropolitains d'Innovation.",
        subcommands: [Build.self, Check.self, New.self],
        defaultSubcommand: Build.self)
}

/// Options shared by the commands that read content.
struct SiteOptions: ParsableArguments {
    @Option(name: .long, help: "Dossier du contenu.")
    var content: String = "content"

    @Option(name: .long, help: "Dossier des thèmes (par défaut : site-templates à côté du contenu).")
    var themes: String?

    @Option(name: .long, help: "Date de construction AAAA-MM-JJ (sinon SOURCE_DATE_EPOCH, sinon aujourd'hui).")
    var now: String?

    @Flag(name: .long, help: "Publie aussi les brouillons et les contenus datés après la date de construction.")
    var drafts = false

    @Flag(name: .long, help: "Les avertissements font aussi échouer (code de sortie 1).")
    var strict = false

    @Flag(name: .shortAndLong, help: "N'affiche que les erreurs.")
    var quiet = false

    @Flag(name: .shortAndLong, help: "Détaille le résumé de la construction.")
    var verbose = false

    func request(out: String) throws -> BuildRequest {
        let day = try BuildDate.resolve(now, environment: ProcessInfo.processInfo.environment, clock: Date())
        return BuildRequest(contentDirectory: URL(fileURLWithPath: content),
                            themesDirectory: themes.map { URL(fileURLWithPath: $0) },
                            outputDirectory: URL(fileURLWithPath: out), now: day, includeDrafts: drafts)
    }
}

struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Construit le site dans le dossier de sortie.")

    @OptionGroup var site: SiteOptions

    @Option(name: .long, help: "Dossier de sortie, remplacé seulement si la construction réussit.")
    var out: String = "public"

    func run() throws {
        let started = Date()
        let request = try site.request(out: out)
        let console = Console(quiet: site.quiet, verbose: site.verbose)
        console.verbose("Contenu : \(request.contentDirectory.path), thèmes : \(request.themesDirectory.path), "
            + "sortie : \(request.outputDirectory.path), date : \(request.now), brouillons : \(request.includeDrafts ? "oui" : "non").")
        if site.strict {
            // Warnings count as errors: look before writing anything.
            let (log, language) = SiteBuilder.check(request)
            if !log.entries.isEmpty {
                console.report(log.sorted, language: language)
                console.failure(errors: log.errors.count, warnings: log.warnings.count, outputKept: out, language: language)
                throw ExitCode(1)
            }
        }
        let progress = Progress(enabled: !site.quiet)
        do {
            let report = try SiteBuilder.build(request)
            progress.finish()
            console.report(report.warnings, language: report.language)
            let seconds = String(format: "%.2f s", Date().timeIntervalSince(started))
            if report.language == "en" {
                console.info("Site built in \(out)/: \(report.pages) pages, \(report.files) files, "
                    + "\(report.warnings.count) warning(s), build date \(request.now), \(seconds).")
            } else {
                console.info("Site construit dans \(out)/ : \(report.pages) pages, \(report.files) fichiers, "
                    + "\(report.warnings.count) avertissement(s), date de construction \(request.now), \(seconds).")
                console.info("Dont : \(report.summary).")
            }
            console.verbose("Étapes : " + report.steps.map { String(format: "%@ %.2f s", $0.0, $0.1) }.joined(separator: ", ") + ".")
        } catch {
            progress.finish()
            console.report(error.diagnostics, language: error.language)
            let errors = error.diagnostics.filter { $0.severity == .error }.count
            console.failure(errors: errors, warnings: error.diagnostics.count - errors, outputKept: out, language: error.language)
            throw ExitCode(1)
        }
    }
}

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Vérifie le contenu, les références et les liens sans rien écrire (pour la CI avant publication).")

    @OptionGroup var site: SiteOptions

    func run() throws {
        let request = try site.request(out: "public")
        let console = Console(quiet: site.quiet, verbose: site.verbose)
        let (log, language) = SiteBuilder.check(request)
        console.report(log.sorted, language: language)
        let failed = log.hasErrors || (site.strict && !log.entries.isEmpty)
        if failed {
            console.failure(errors: log.errors.count, warnings: log.warnings.count, outputKept: nil, language: language)
            throw ExitCode(1)
        }
        console.info(language == "en" ? "Content checked: no error, \(log.warnings.count) warning(s)."
                                       : "Contenu vérifié : aucune erreur, \(log.warnings.count) avertissement(s).")
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

struct New: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Crée un fichier de contenu prêt à remplir (experiment, news, event, commune, page).")

    @Argument(help: "Type de contenu : experiment, news, event, commune ou page.")
    var kind: String

    @Argument(help: "Le titre, entre guillemets.")
    var title: String

    @Option(name: .long, help: "Dossier du contenu.")
    var content: String = "content"

    func run() throws {
        guard let kind = Scaffold.Kind(rawValue: kind) else {
            throw ValidationError("type inconnu « \(kind) » : experiment, news, event, commune ou page.")
        }
        let today = try BuildDate.resolve(nil, environment: ProcessInfo.processInfo.environment, clock: Date())
        do {
            let url = try Scaffold.create(kind, title: title, contentDirectory: URL(fileURLWithPath: content), today: today)
            print("Créé : \(content)/\(kind.rawValue == "news" ? "news" : kind.rawValue + "s")/\(url.lastPathComponent)")
        } catch {
            printError("erreur : \(error.description)")
            throw ExitCode(1)
        }
    }
}
