import Yams

/// Where problems found while decoding one file go, with the file's line offset applied.
final class FileProblems {
    let file: String
    let lineOffset: Int
    /// The site's language, for the typography of texts shown to readers.
    let language: String
    var log = DiagnosticLog()

    init(file: String, lineOffset: Int, language: String = "fr") {
        self.file = file
        self.lineOffset = lineOffset
        self.language = language
    }

    func error(_ mark: Mark?, field: String?, _ message: Message, detail: String? = nil) {
        log.error(file, line: mark.map { $0.line + lineOffset }, column: mark?.column, field: field, message, detail: detail)
    }

    func error(at spot: Spot, field: String?, _ message: Message, detail: String? = nil) {
        log.error(file, line: spot.line + lineOffset, column: spot.column, field: field, message, detail: detail)
    }

    func warning(_ mark: Mark?, field: String?, _ message: Message) {
        log.warning(file, line: mark.map { $0.line + lineOffset }, column: mark?.column, field: field, message)
    }
}

/// Reads typed fields out of a YAML mapping, reporting each mistake with its line and the
/// field's full name (`convention.signed`), and warning about keys nobody asked for.
final class FieldReader {
    let problems: FileProblems
    let mapping: Node.Mapping
    let mark: Mark?
    /// Dotted path of this mapping, empty at the top.
    let path: String
    private var consumed: Set<String> = []

    init(_ mapping: Node.Mapping, mark: Mark?, path: String, problems: FileProblems) {
        self.mapping = mapping
        self.mark = mark
        self.path = path
        self.problems = problems
    }

    /// The top-level reader of a YAML text, or nil (with an error) when it is not a mapping.
    static func top(yaml: String, problems: FileProblems) -> FieldReader? {
        // Read as text by YAML, a non-breaking space would give a field another name, silently.
        if YAMLMistakes.reportInvisibleSpaces(yaml, to: problems) { return nil }
        let node: Node?
        do {
            // No implicit typing (the basic resolver): each field is read as the type its decoder
            // expects, and the default resolver's regular expressions cost more than the rest of
            // the decoding. The encoding is named: Yams's default reads the whole environment at
            // every call to look for an override, which cost more than parsing a front matter.
            node = try Yams.compose(yaml: yaml, .basic, .default, .utf8)
        } catch let error as YamlError {
            YAMLMistakes.report(error, yaml: yaml, to: problems)
            return nil
        } catch {
            problems.error(nil, field: nil, Message("en-tête illisible : vérifiez l'indentation, les deux-points et les guillemets.",
                                                    en: "unreadable front matter: check the indentation, the colons and the quotes."),
                           detail: "\(error)")
            return nil
        }
        guard let node else {
            return FieldReader(Node.Mapping([]), mark: nil, path: "", problems: problems)
        }
        guard case .mapping(let mapping) = node else {
            problems.error(node.mark, field: nil,
                           Message("l'en-tête doit être une liste de champs « nom: valeur » ; trouvé \(Self.kind(of: node).fr).",
                                   en: "the front matter must be a list of “name: value” fields; found \(Self.kind(of: node).en)."))
            return nil
        }
        return FieldReader(mapping, mark: node.mark, path: "", problems: problems)
    }

    func name(_ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }

    /// The value of a key as `mapping[key]` gives it (the last of duplicate keys), from an index
    /// made once: Yams compares the key with every pair, building a node for it, at each lookup.
    func value(_ key: String) -> Node? {
        index[key]
    }

    private lazy var index: [String: Node] = {
        var index: [String: Node] = [:]
        for (key, value) in mapping {
            // A key that `mapping[text]` would find is a scalar equal to the node Yams builds for its text.
            guard case .scalar(let scalar) = key, key == Node(scalar.string, mapping.tag.copy(with: .implicit)) else { continue }
            index[scalar.string] = value
        }
        return index
    }()

    /// The raw node of a key, marking it as known.
    func node(_ key: String) -> Node? {
        consumed.insert(key)
        guard let value = value(key) else { return nil }
        if case .scalar(let s) = value, s.style == .plain, Self.nullSpellings.contains(s.string) {
            return nil
        }
        return value
    }

    /// YAML 1.2's plain null (`key:`, `key: ~`, `key: null`), which means the field is absent.
    static let nullSpellings: Set<String> = ["", "~", "null", "Null", "NULL"]

    func has(_ key: String) -> Bool { node(key) != nil }

    private func missing(_ key: String, _ expected: Message) {
        problems.error(mark, field: name(key), Message("champ obligatoire « \(name(key)) » manquant : \(expected.fr).",
                                                       en: "required field “\(name(key))” is missing: \(expected.en)."))
    }

    private func wrongType(_ key: String, _ node: Node, _ expected: Message) {
        problems.error(node.mark, field: name(key),
                       Message("« \(name(key)) » doit être \(expected.fr) ; trouvé \(Self.kind(of: node).fr).",
                               en: "“\(name(key))” must be \(expected.en); found \(Self.kind(of: node).en)."))
    }

    /// "must be …; found « x »": the messages for a value of the wrong form.
    func invalid(_ key: String, _ mark: Mark?, _ expected: Message, found text: String) {
        problems.error(mark, field: name(key), Message("« \(name(key)) » doit être \(expected.fr) ; trouvé « \(text) ».",
                                                       en: "“\(name(key))” must be \(expected.en); found “\(text)”."))
    }

    static func kind(of node: Node) -> Message {
        switch node {
        case .scalar(let s): return Message("« \(s.string) »", en: "“\(s.string)”")
        case .mapping: return Message("une liste de champs", en: "a list of fields")
        case .sequence: return Message("une liste", en: "a list")
        case .alias: return Message("un alias", en: "an alias")
        }
    }

    static let aText = Message("un texte", en: "a text")
    static let fieldList = Message("une liste de champs « nom: valeur »", en: "a list of “name: value” fields")
    static let textList = Message("une liste de textes", en: "a list of texts")

    /// A text value. Numbers and booleans written without quotes are accepted as their text.
    func string(_ key: String, required: Bool = false, expected: Message = FieldReader.aText) -> String? {
        guard let node = node(key) else {
            if required { missing(key, expected) }
            return nil
        }
        guard case .scalar(let scalar) = node else {
            wrongType(key, node, Self.aText)
            return nil
        }
        return scalar.string
    }

    /// A text shown to readers: the site language's typography applied (« : », apostrophes…).
    func text(_ key: String, required: Bool = false, expected: Message = FieldReader.aText) -> String? {
        string(key, required: required, expected: expected).map { Typography.apply($0, language: problems.language) }
    }

    /// A value with its mark, for checks made by the caller.
    func located(_ key: String, required: Bool = false, expected: Message = FieldReader.aText) -> (String, Mark?)? {
        guard let value = string(key, required: required, expected: expected) else { return nil }
        return (value, self.value(key)?.mark)
    }

    func day(_ key: String, required: Bool = false) -> Day? {
        let expected = Message("une date AAAA-MM-JJ existante", en: "an existing date YYYY-MM-DD")
        guard let (text, mark) = located(key, required: required, expected: expected) else { return nil }
        guard let day = Day(iso: text) else {
            invalid(key, mark, expected, found: text)
            return nil
        }
        return day
    }

    func bool(_ key: String) -> Bool? {
        guard let (text, mark) = located(key) else { return nil }
        switch text.lowercased() {
        case "true", "yes", "oui": return true
        case "false", "no", "non": return false
        default:
            problems.error(mark, field: name(key), Message("« \(name(key)) » doit valoir true ou false ; trouvé « \(text) ».",
                                                           en: "“\(name(key))” must be true or false; found “\(text)”."))
            return nil
        }
    }

    func int(_ key: String, required: Bool = false) -> Int? {
        let expected = Message("un nombre entier", en: "a whole number")
        guard let (text, mark) = located(key, required: required, expected: expected) else { return nil }
        guard let value = Int(text) else {
            invalid(key, mark, expected, found: text)
            return nil
        }
        return value
    }

    func double(_ key: String, in range: ClosedRange<Double>) -> Double? {
        guard let (text, mark) = located(key) else { return nil }
        guard let value = Double(text), range.contains(value) else {
            invalid(key, mark, Message("un nombre entre \(range.lowerBound) et \(range.upperBound)",
                                       en: "a number between \(range.lowerBound) and \(range.upperBound)"), found: text)
            return nil
        }
        return value
    }

    /// One of an enum's raw values; the message lists every allowed value.
    func choice<T: RawRepresentable & CaseIterable>(_ key: String, required: Bool = false) -> T?
    where T.RawValue == String {
        // The usual case first: a valid value, read without building the messages of the others.
        if case .scalar(let scalar)? = value(key), let value = T(rawValue: scalar.string) {
            consumed.insert(key)
            return value
        }
        let allowed = T.allCases.map(\.rawValue)
        let expected = Message(Self.orList(allowed, "ou"), en: Self.orList(allowed, "or"))
        guard let (text, mark) = located(key, required: required,
                                         expected: Message("une valeur parmi \(expected.fr)", en: "one of \(expected.en)")) else {
            return nil
        }
        guard let value = T(rawValue: text) else {
            problems.error(mark, field: name(key), Message("« \(name(key)) » doit valoir \(expected.fr) ; trouvé « \(text) ».",
                                                           en: "“\(name(key))” must be one of \(expected.en); found “\(text)”."))
            return nil
        }
        return value
    }

    static func orList(_ values: [String], _ or: String) -> String {
        guard values.count > 1 else { return values.first ?? "" }
        return values.dropLast().joined(separator: ", ") + " \(or) " + values.last!
    }

    /// A nested mapping (`place: {name: …}`).
    func object(_ key: String, required: Bool = false,
                expected: Message = Message("une liste de champs", en: "a list of fields")) -> FieldReader? {
        guard let node = node(key) else {
            if required { missing(key, expected) }
            return nil
        }
        guard case .mapping(let m) = node else {
            wrongType(key, node, Self.fieldList)
            return nil
        }
        return FieldReader(m, mark: node.mark, path: name(key), problems: problems)
    }

    /// A list of texts; a single text is accepted as a list of one.
    func strings(_ key: String) -> [(String, Mark?)] {
        guard let node = node(key) else { return [] }
        switch node {
        case .scalar(let s): return [(s.string, node.mark)]
        case .sequence(let seq):
            var out: [(String, Mark?)] = []
            for item in seq {
                if case .scalar(let s) = item { out.append((s.string, item.mark)) } else { wrongType(key, item, Self.textList) }
            }
            return out
        default:
            wrongType(key, node, Self.textList)
            return []
        }
    }

    /// A list of mappings (`amendments: [{…}, {…}]`).
    func objects(_ key: String) -> [FieldReader] {
        guard let node = node(key) else { return [] }
        guard case .sequence(let seq) = node else {
            wrongType(key, node, Message("une liste", en: "a list"))
            return []
        }
        return seq.enumerated().compactMap { index, item in
            guard case .mapping(let m) = item else {
                wrongType("\(key)[\(index + 1)]", item, Self.fieldList)
                return nil
            }
            return FieldReader(m, mark: item.mark, path: "\(name(key))[\(index + 1)]", problems: problems)
        }
    }

    /// Mapping entries in file order, for free-form maps such as `themes: {slug: label}`.
    func entries(_ key: String) -> [(key: String, value: Node, mark: Mark?)] {
        guard let node = node(key) else { return [] }
        guard case .mapping(let m) = node else {
            wrongType(key, node, Self.fieldList)
            return []
        }
        return m.compactMap { pair in
            guard case .scalar(let k) = pair.key else { return nil }
            return (k.string, pair.value, pair.key.mark)
        }
    }

    /// Warns about every key that no decoder asked for (a typo, usually).
    func warnUnknownKeys() {
        for (key, _) in mapping {
            guard case .scalar(let k) = key, !consumed.contains(k.string) else { continue }
            let known = consumed.sorted()
            problems.warning(key.mark, field: name(k.string),
                             Message("champ inconnu « \(name(k.string)) », ignoré. Champs possibles : \(known.joined(separator: ", ")).",
                                     en: "unknown field “\(name(k.string))”, ignored. Possible fields: \(known.joined(separator: ", "))."))
        }
    }
}

