import ArgumentParser
import Foundation
import VitrineKit

@main
struct Vitrine: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "vitrine",
        abstract: "Générateur de site statique pour les communes du programme Quartiers Métropolitains d'Innovation.",
        version: VitrineVersion.current,
        subcommands: [Build.self, Check.self, New.self],
        defaultSubcommand: Build.self)

    /// As the parser's own `main`, with its help and errors put in French.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            CommandLineFrench.exit(fullMessage(for: error), code: exitCode(for: error).rawValue)
        }
    }
}

/// Where the project is: `--content` when given, else the nearest `content/site.yml` from the
/// current folder up (like git), else `content` here (whose absence the build explains).
struct Project {
    let root: URL?
    let content: URL

    init(content option: String?) {
        if let option {
            root = nil
            content = URL(fileURLWithPath: option)
        } else if let found = ProjectLocator.root(from: URL(fileURLWithPath: FileManager.default.currentDirectoryPath)) {
            root = found
            content = found.appendingPathComponent("content")
        } else {
            root = nil
            content = URL(fileURLWithPath: "content")
        }
    }

    /// A path of the project (`public`), under the found root when there is one.
    func path(_ relative: String) -> URL {
        root.map { $0.appendingPathComponent(relative) } ?? URL(fileURLWithPath: relative)
    }
}

/// Options shared by the commands that read content.
struct SiteOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Dossier du contenu (par défaut : content/ du projet, cherché depuis le dossier courant vers le haut).", valueName: "dossier"))
    var content: String?

    @Option(name: .long, help: ArgumentHelp("Dossier des thèmes (par défaut : site-templates à côté du contenu).", valueName: "dossier"))
    var themes: String?

    @Option(name: .long, help: ArgumentHelp("Date de construction AAAA-MM-JJ (sinon SOURCE_DATE_EPOCH, sinon aujourd'hui dans le fuseau du site).", valueName: "AAAA-MM-JJ"))
    var now: String?

    @Flag(name: .long, help: "Publie aussi les brouillons et les contenus datés après la date de construction.")
    var drafts = false

    @Flag(name: .long, help: "Les avertissements font aussi échouer (code de sortie 1).")
    var strict = false

    @Flag(name: .shortAndLong, help: "N'affiche que les erreurs.")
    var quiet = false

    @Flag(name: .shortAndLong, help: "Détaille le résumé de la construction et cite les messages d'origine du lecteur YAML.")
    var verbose = false

    func request(out: String?) throws -> BuildRequest {
        let project = Project(content: content)
        let day: Day
        do {
            day = try BuildDate.resolve(now, environment: ProcessInfo.processInfo.environment, clock: Date(),
                                        timeZone: BuildDate.siteTimeZone(contentDirectory: project.content))
        } catch {
            throw ValidationError(error.description)
        }
        return BuildRequest(contentDirectory: project.content,
                            themesDirectory: themes.map { URL(fileURLWithPath: $0) },
                            outputDirectory: out.map { URL(fileURLWithPath: $0) } ?? project.path("public"),
                            now: day, includeDrafts: drafts)
    }
}

struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Construit le site dans le dossier de sortie.")

    @OptionGroup var site: SiteOptions

    @Option(name: .long, help: ArgumentHelp("Dossier de sortie, remplacé seulement si la construction réussit (par défaut : public/ du projet).", valueName: "dossier"))
    var out: String?

    func run() throws {
        let started = Date()
        let request = try site.request(out: out)
        let out = out ?? "public"
        let console = Console(quiet: site.quiet, verbose: site.verbose)
        console.verbose("Contenu : \(request.contentDirectory.path), thèmes : \(request.themesDirectory.path), "
            + "sortie : \(request.outputDirectory.path), date : \(request.now), brouillons : \(request.includeDrafts ? "oui" : "non").")
        if site.strict {
            // Warnings count as errors: look before writing anything.
            let (log, language) = SiteBuilder.check(request, sampleSettings: false)
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
        let request = try site.request(out: nil)
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

struct New: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Crée un fichier de contenu prêt à remplir (experimentation, actualite, evenement, appel, commune, page).")

    @Argument(help: ArgumentHelp("Type de contenu : experimentation, actualite, evenement, appel, commune ou page (ou experiment, news, event, call).", valueName: "type"))
    var kind: String

    @Argument(help: ArgumentHelp("Le titre, entre guillemets.", valueName: "titre"))
    var title: String

    @Option(name: .long, help: ArgumentHelp("Pour une expérimentation : la commune d'accueil (le nom de son fichier dans communes/).", valueName: "commune"))
    var commune: String?

    @Option(name: .long, help: ArgumentHelp("Dossier du contenu (par défaut : content/ du projet, cherché depuis le dossier courant vers le haut).", valueName: "dossier"))
    var content: String?

    func run() throws {
        guard let kind = Scaffold.Kind(word: kind) else {
            throw ValidationError("type inconnu « \(kind) » : experimentation, actualite, evenement, appel, commune ou page.")
        }
        let project = Project(content: content)
        let zone = BuildDate.siteTimeZone(contentDirectory: project.content)
        let today: Day
        do {
            today = try BuildDate.resolve(nil, environment: ProcessInfo.processInfo.environment, clock: Date(), timeZone: zone)
        } catch {
            throw ValidationError(error.description)
        }
        do {
            let url = try Scaffold.create(kind, title: title, contentDirectory: project.content, today: today, commune: commune)
            let shown = project.root.map { root in String(url.path.dropFirst(root.standardizedFileURL.path.count + 1)) } ?? url.path
            print("Créé : \(shown)")
        } catch {
            printError("erreur : \(error.description)")
            throw ExitCode(1)
        }
    }
}
