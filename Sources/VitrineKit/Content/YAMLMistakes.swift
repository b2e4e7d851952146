import Yams

/// The YAML mistakes writers make, named in their words: a tab, a non-breaking space, a curly
/// quote, a bracket or a quote left open. Each is located where the writer must act (for an
/// unclosed bracket, where it opened); the parser's own words go only to `--verbose`.
enum YAMLMistakes {
    /// Spaces that look like spaces: typed by a French Mac keyboard before « : », or pasted from Word.
    static let invisibleSpaces: Set<Unicode.Scalar> = ["\u{00A0}", "\u{202F}", "\u{2007}"]
    static let curlyQuotes: Set<Character> = ["“", "”", "‘", "’", "„"]

    /// Non-breaking spaces where YAML needs a plain one (indentation, a field's name, after its
    /// colon): YAML reads them as text, so the field would silently get another name. True when
    /// one was reported.
    static func reportInvisibleSpaces(_ yaml: String, to problems: FileProblems) -> Bool {
        var found = false
        for (index, line) in yaml.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            guard let column = invisibleSpaceColumn(in: Array(line.unicodeScalars)) else { continue }
            found = true
            problems.error(at: Spot(line: index + 1, column: column), field: nil,
                           Message("espace insécable à la colonne \(column) (collée depuis un traitement de texte, ou tapée avant « : » sur un Mac) : YAML ne la voit pas comme une espace. Effacez-la et tapez une espace normale.",
                                   en: "non-breaking space at column \(column) (pasted from a word processor, or typed before “:” on a Mac): YAML does not see it as a space. Delete it and type a normal space."))
        }
        return found
    }

    /// The column (from 1) of a non-breaking space in the indentation, the field name or right
    /// after its colon; nil when the line has none there.
    private static func invisibleSpaceColumn(in scalars: [Unicode.Scalar]) -> Int? {
        var i = 0
        while i < scalars.count, scalars[i] == " " || scalars[i] == "-" || invisibleSpaces.contains(scalars[i]) {
            if invisibleSpaces.contains(scalars[i]) { return i + 1 }
            i += 1
        }
        // A field name: letters, digits, `_`, `.`, `-`, then maybe invisible spaces, then a colon.
        let nameStart = i
        while i < scalars.count, scalars[i].properties.isAlphabetic || ("0"..."9").contains(scalars[i])
                || scalars[i] == "_" || scalars[i] == "." || scalars[i] == "-" { i += 1 }
        guard i > nameStart else { return nil }
        if i < scalars.count, invisibleSpaces.contains(scalars[i]) {
            var j = i
            while j < scalars.count, invisibleSpaces.contains(scalars[j]) || scalars[j] == " " { j += 1 }
            if j < scalars.count, scalars[j] == ":" { return i + 1 }
            return nil
        }
        if i + 1 < scalars.count, scalars[i] == ":", invisibleSpaces.contains(scalars[i + 1]) { return i + 2 }
        return nil
    }

    /// A parser error, explained.
    static func report(_ error: YamlError, yaml: String, to problems: FileProblems) {
        let lines = yaml.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let detail = "\(error)"
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            let (at, message) = explain(context: context, problem: problem, mark: mark, lines: lines)
            problems.error(at: at, field: nil, message, detail: detail)
        case .duplicatedKeysInMapping(let duplicates, let context):
            problems.error(context.mark, field: duplicates.first,
                           Message("champ en double : \(duplicates.map { "« \($0) »" }.joined(separator: ", ")). Gardez une seule ligne pour ce champ.",
                                   en: "field given twice: \(duplicates.map { "“\($0)”" }.joined(separator: ", ")). Keep one line for this field."),
                           detail: detail)
        default:
            problems.error(nil, field: nil, Message("en-tête illisible : vérifiez l'indentation, les deux-points et les guillemets.",
                                                    en: "unreadable front matter: check the indentation, the colons and the quotes."),
                           detail: detail)
        }
    }

    private static func explain(context: YamlError.Context?, problem: String, mark yamsMark: Mark,
                                lines: [String]) -> (Spot, Message) {
        let mark = Spot(yamsMark)
        func line(_ n: Int) -> String { n >= 1 && n <= lines.count ? lines[n - 1] : "" }
        // A tab in an indentation, wherever it is, is the cause.
        if let n = lines.firstIndex(where: { $0.prefix(while: { $0 == " " || $0 == "\t" }).contains("\t") }) {
            let column = lines[n].prefix(while: { $0 == " " }).count + 1
            return (Spot(line: n + 1, column: column),
                    Message("tabulation dans l'indentation : YAML n'accepte que des espaces pour décaler une ligne. Remplacez la tabulation par deux espaces.",
                            en: "tab in the indentation: YAML only accepts spaces to indent a line. Replace the tab with two spaces."))
        }
        let contextText = context?.text ?? ""
        if contextText.contains("quoted scalar"), let opened = context.map({ Spot($0.mark) }) {
            let text = line(opened.line)
            let quote = text.dropFirst(opened.column - 1).first.map(String.init) ?? "\""
            let curly = text.contains { curlyQuotes.contains($0) }
            return (opened, Message("le guillemet \(quote) ouvert ici n'est jamais fermé\(curly ? " : la fin de la ligne a un guillemet typographique (“ ” ‘ ’), que YAML ne compte pas" : ""). Fermez la valeur par le même guillemet droit \(quote) sur cette ligne.",
                                    en: "the quote \(quote) opened here is never closed\(curly ? ": the line ends with a typographic quote (“ ” ‘ ’), which YAML does not count" : ""). Close the value with the same straight quote \(quote) on this line."))
        }
        if contextText.contains("flow sequence") || contextText.contains("flow mapping"), let opened = context.map({ Spot($0.mark) }) {
            let (open, close) = contextText.contains("sequence") ? ("[", "]") : ("{", "}")
            return (opened, Message("le « \(open) » ouvert ici n'est jamais fermé : ajoutez « \(close) » à la fin de la liste, sur la même ligne, et séparez les éléments par des virgules.",
                                    en: "the “\(open)” opened here is never closed: add “\(close)” at the end of the list, on the same line, and separate the items with commas."))
        }
        if problem.contains("mapping values are not allowed") {
            let text = line(mark.line)
            let colonIsFieldName = text.prefix(mark.column - 1).allSatisfy { !$0.isWhitespace || $0 == " " }
                && !text.prefix(mark.column - 1).trimmingPrefixSpaces.contains(" ")
            if colonIsFieldName, let previous = (1..<max(1, mark.line)).reversed().first(where: { !line($0).trimmingPrefixSpaces.isEmpty && !line($0).trimmingPrefixSpaces.hasPrefix("#") }),
               !line(previous).contains(":") {
                return (Spot(line: previous, column: 1),
                        Message("cette ligne n'est pas de la forme « nom: valeur » : il manque les deux-points après le nom du champ (ou, pour un texte sur plusieurs lignes, mettez-le entre guillemets droits).",
                                en: "this line is not of the form “name: value”: the colon after the field's name is missing (or, for a text on several lines, put it between straight quotes)."))
            }
            let curly = text.contains { curlyQuotes.contains($0) }
            return (mark, Message(curly
                ? "deux-points suivi d'une espace dans une valeur : les guillemets typographiques (“ ” ‘ ’) ne protègent pas la valeur en YAML. Entourez-la de guillemets droits, \"comme ceci\"."
                : "deux-points suivi d'une espace dans une valeur : YAML croit à un nouveau champ. Entourez toute la valeur de guillemets droits, \"comme ceci\".",
                en: curly
                ? "colon followed by a space in a value: typographic quotes (“ ” ‘ ’) do not protect a value in YAML. Put it between straight quotes, \"like this\"."
                : "colon followed by a space in a value: YAML takes it for a new field. Put the whole value between straight quotes, \"like this\"."))
        }
        if problem.contains("cannot start any token") {
            let character = line(mark.line).dropFirst(mark.column - 1).first.map(String.init) ?? ""
            return (mark, Message("une valeur ne peut pas commencer par « \(character) » en YAML : entourez-la de guillemets droits, \"comme ceci\".",
                                  en: "a value cannot start with “\(character)” in YAML: put it between straight quotes, \"like this\"."))
        }
        if problem.contains("did not find expected key") || problem.contains("expected '-' indicator")
            || problem.contains("block end") {
            return (mark, Message("indentation incohérente : les champs d'un même groupe doivent commencer exactement à la même colonne (mêmes espaces en début de ligne).",
                                  en: "inconsistent indentation: the fields of one group must start at exactly the same column (same spaces at the start of the line)."))
        }
        if problem.contains("could not find expected ':'"), let start = context.map({ Spot($0.mark) }) {
            return (start, Message("il manque les deux-points après le nom du champ (« nom: valeur »), ou un texte sur plusieurs lignes doit être entre guillemets droits.",
                                   en: "the colon after the field's name is missing (“name: value”), or a text on several lines must be between straight quotes."))
        }
        return (mark, Message("l'en-tête ne se lit pas à cet endroit : vérifiez l'indentation, les deux-points (« nom: valeur ») et les guillemets de cette ligne et de la précédente.",
                              en: "the front matter cannot be read here: check the indentation, the colons (“name: value”) and the quotes of this line and the previous one."))
    }
}

private extension StringProtocol {
    var trimmingPrefixSpaces: SubSequence { drop { $0 == " " || $0 == "-" } }
}

/// A place in the YAML text (lines and columns from 1), as Yams marks it or as we find it.
struct Spot {
    let line: Int
    let column: Int

    init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    init(_ mark: Mark) {
        self.init(line: mark.line, column: mark.column)
    }
}
