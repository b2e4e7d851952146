import Foundation

/// The argument parser writes its help and its errors in English. Its fixed words are put in
/// French here, so that a writer reads `vitrine --help` in the site's language; what the parser
/// does not let us reach (the layout) stays as it is.
public enum CommandLineFrench {
    /// Whole phrases first, then headings: the order matters where one contains another.
    private static let phrases: [(String, String)] = [
        ("Show help information.", "Affiche cette aide."),
        ("Show the version.", "Affiche la version."),
        ("for detailed help.", "pour l'aide détaillée d'une commande."),
        ("OVERVIEW:", "PRÉSENTATION :"),
        ("USAGE:", "UTILISATION :"),
        ("ARGUMENTS:", "ARGUMENTS :"),
        ("OPTIONS:", "OPTIONS :"),
        ("SUBCOMMANDS:", "COMMANDES :"),
        ("(default)", "(par défaut)"),
        ("(default: ", "(par défaut : "),
        ("(default as flag: ", "(par défaut si l'option est seule : "),
        ("; default: ", " ; par défaut : "),
        ("(values: ", "(valeurs : "),
        ("Usage: ", "Utilisation : "),
        ("Help:  ", "Aide : "),
        ("Error: ", "Erreur : "),
    ]

    /// Messages with a quoted part: the English pattern and the French sentence around `$1`, `$2`.
    private static let patterns: [(NSRegularExpression, String)] = [
        (#"See '([^']+) <subcommand>'"#, "Voir « $1 <commande> »"),
        (#"See '([^']+)' for more information\."#, "Voir « $1 » pour en savoir plus."),
        (#"<subcommand>"#, "<commande>"),
        (#"Missing expected argument '([^']+)'"#, "argument manquant : « $1 »"),
        (#"Unexpected argument '([^']+)'"#, "argument en trop : « $1 »"),
        (#"Unexpected arguments? (.+)$"#, "arguments en trop : $1"),
        (#"Unknown option '([^']+)'\. Did you mean '([^']+)'\?"#, "option inconnue « $1 ». Vouliez-vous dire « $2 » ?"),
        (#"Unknown option '([^']+)'"#, "option inconnue « $1 »"),
        (#"Missing value for '([^']+)'"#, "valeur manquante pour « $1 »"),
        (#"The value '([^']*)' is invalid for '([^']+)'"#, "la valeur « $1 » ne convient pas pour « $2 »"),
        (#"Unknown subcommand '?([^'\s]+)'?"#, "commande inconnue « $1 »"),
    ].map { (try! NSRegularExpression(pattern: $0.0, options: [.anchorsMatchLines]), $0.1) }

    /// Ends a command the way the parser's own `main` does — its message in French, on standard
    /// output for help and version (`code` 0), else on standard error — with `code`.
    public static func exit(_ parserMessage: String, code: Int32) -> Never {
        let message = translate(parserMessage)
        if !message.isEmpty {
            let stream = code == 0 ? FileHandle.standardOutput : FileHandle.standardError
            stream.write(Data((message + "\n").utf8))
        }
        Foundation.exit(code)
    }

    public static func translate(_ text: String) -> String {
        var result = text
        for (english, french) in phrases {
            result = result.replacingOccurrences(of: english, with: french)
        }
        for (regex, template) in patterns {
            let range = NSRange(result.startIndex..., in: result)
            result = regex.stringByReplacingMatches(in: result, range: range, withTemplate: template)
        }
        return result
    }
}
