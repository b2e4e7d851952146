import Foundation
import VitrineKit

/// Writes what the build says: diagnostics on standard error, coloured only on a terminal
/// and never when `NO_COLOR` is set.
struct Console {
    let quiet: Bool
    let isVerbose: Bool
    let colour: Bool

    init(quiet: Bool, verbose: Bool = false, environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.quiet = quiet
        self.isVerbose = verbose && !quiet
        let noColour = environment["NO_COLOR"].map { !$0.isEmpty } ?? false
        colour = !noColour && isatty(STDERR_FILENO) == 1 && environment["TERM"] != "dumb"
    }

    /// Messages in the site's language (French unless site.yml says `language: en`).
    func report(_ diagnostics: [Diagnostic], language: String) {
        for d in diagnostics where !(quiet && d.severity == .warning) {
            let code = d.severity == .error ? "31" : "33"
            let text = d.description(in: language)
            printError(colour ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text)
            if isVerbose, let detail = d.detail {
                printError("    (" + (language == "en" ? "parser: " : "lecteur YAML : ") + detail.replacingOccurrences(of: "\n", with: " ") + ")")
            }
        }
    }

    func failure(errors: Int, warnings: Int, outputKept: String?, language: String) {
        var text: String
        if language == "en" {
            text = "Failed: \(errors) error(s), \(warnings) warning(s)."
            if let outputKept { text += " The folder \(outputKept)/ was not changed." }
        } else {
            text = "Échec : \(errors) erreur(s), \(warnings) avertissement(s)."
            if let outputKept { text += " Le dossier \(outputKept)/ n'a pas été modifié." }
        }
        printError(colour ? "\u{1B}[1;31m\(text)\u{1B}[0m" : text)
    }

    func info(_ text: String) {
        if !quiet { print(text) }
    }

    func verbose(_ text: String) {
        if isVerbose { print(text) }
    }
}

func printError(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
}
