import Yams

extension Scaffold {
    /// The sample texts `vitrine new` writes for the writer to replace. They are written and
    /// recognised from this one list, so that a sample left in place is never published.
    public enum Sample {
        static let experimentSummary = "Une phrase qui résume la solution testée."
        static let innovatorName = "Nom de la structure"
        static let placeName = "Nom du lieu"
        static let newsSummary = "Une phrase qui résume l'actualité."
        static let eventSummary = "Une phrase qui présente l'événement."
        static let communeSummary = "Une phrase sur la participation de la commune au programme."
        static let pageSummary = "Une phrase qui résume la page."
        static let callSummary = "Une phrase qui dit qui peut candidater et pour quoi."
        static let insee = "00000"

        static let challenge = "Quel problème de la commune cette solution veut-elle résoudre ?"
        static let solution = "Ce que l'on teste, où et avec qui."
        static let results = "Ce que l'expérimentation a montré (à compléter à la fin du test)."
        static let newsBody = "Le texte de l'actualité."
        static let eventBody = "La présentation de l'événement."
        static let communeBody = "La participation de la commune au programme."
        static let pageBody = "Le texte de la page."
        static let callBody = "Le cahier des charges : ce que cherche la commune, qui peut candidater, comment les projets sont choisis."

        /// Field values that only a scaffold writes.
        static let fieldValues: Set<String> = [experimentSummary, innovatorName, placeName, newsSummary, eventSummary,
                                               communeSummary, pageSummary, callSummary, insee]
        /// Lines of Markdown that only a scaffold writes.
        static let bodyLines: Set<String> = [challenge, solution, results, newsBody, eventBody, communeBody, pageBody, callBody]
        /// Each sample line up to its first non-ASCII character: a line equal to a sample (the same
        /// text, however its accents are encoded) contains these bytes.
        static let bodyLineStarts: [String] = bodyLines.map { String(decoding: $0.utf8.prefix { $0 < 0x80 }, as: UTF8.self) }
    }
}

/// Refuses to publish a scaffold's sample texts: a file switched to `draft: false` (or a commune
/// or page, which have no draft) must have had them replaced.
enum SampleTextCheck {
    static func run(_ reader: FieldReader, body: Body) {
        let problems = reader.problems
        visit(.mapping(reader.mapping), path: "", problems: problems)
        // A sample line is in the body only if the start of its text is: most bodies are passed
        // over without being cut into lines (that cut was a tenth of a 10,000-experiment build).
        guard Scaffold.Sample.bodyLineStarts.contains(where: { body.markdown.utf8.contains(bytes: $0) }) else { return }
        var line = body.firstLine
        for text in body.markdown.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = String(text).trimmed()
            if Scaffold.Sample.bodyLines.contains(trimmed) {
                problems.log.error(problems.file, line: line,
                                   Message("texte d'exemple « \(trimmed) » laissé tel quel : remplacez-le par votre texte avant de publier (ou gardez draft: true).",
                                           en: "sample text “\(trimmed)” left as it is: replace it with your own text before publishing (or keep draft: true)."))
            }
            line += 1
        }
    }

    private static func visit(_ node: Node, path: String, problems: FileProblems) {
        switch node {
        case .scalar(let scalar):
            guard Scaffold.Sample.fieldValues.contains(scalar.string) else { return }
            problems.error(node.mark, field: path,
                           Message("« \(path) » a encore sa valeur d'exemple « \(scalar.string) » : écrivez la vraie valeur avant de publier (ou gardez draft: true).",
                                   en: "“\(path)” still has its sample value “\(scalar.string)”: write the real value before publishing (or keep draft: true)."))
        case .mapping(let mapping):
            for (key, value) in mapping {
                guard case .scalar(let k) = key else { continue }
                visit(value, path: path.isEmpty ? k.string : "\(path).\(k.string)", problems: problems)
            }
        case .sequence(let sequence):
            for item in sequence { visit(item, path: path, problems: problems) }
        case .alias:
            break
        }
    }
}
