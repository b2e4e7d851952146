import Foundation

/// `vitrine new <kind> "Titre"`: a new content file whose front matter lists every field of its
/// kind, each with a French comment saying what to write. The file builds as it is.
public enum Scaffold {
    public enum Kind: String, CaseIterable, Sendable {
        case experiment, news, event, call, commune, page

        /// The kind a writer names, in French or in English (`experimentation` or `experiment`),
        /// with or without accents.
        public init?(word: String) {
            switch Slug.make(word) {
            case "experiment", "experimentation": self = .experiment
            case "news", "actualite": self = .news
            case "event", "evenement": self = .event
            case "call", "appel", "appel-a-projets", "appel-a-experimentations": self = .call
            case "commune": self = .commune
            case "page": self = .page
            default: return nil
            }
        }

        var folder: String {
            switch self {
            case .experiment: return "experiments"
            case .news: return "news"
            case .event: return "events"
            case .call: return "calls"
            case .commune: return "communes"
            case .page: return "pages"
            }
        }
    }

    public enum Failure: Error, CustomStringConvertible {
        case exists(String)
        case emptySlug(String)
        case noCommune
        case communeNeeded([String])
        case unknownCommune(String, [String])
        case io(String)

        public var description: String {
            switch self {
            case .exists(let path): return "\(path) existe déjà : choisissez un autre titre, ou modifiez ce fichier."
            case .emptySlug(let title): return "le titre « \(title) » ne donne aucun nom de fichier : utilisez des lettres ou des chiffres."
            case .noCommune: return "créez d'abord une commune (vitrine new commune \"Nom\") : une expérimentation se rattache à une commune."
            case .communeNeeded(let communes):
                return "précisez la commune d'accueil avec --commune, parmi : \(communes.joined(separator: ", ")) (par exemple --commune \(communes[0]))."
            case .unknownCommune(let given, let communes):
                return "commune inconnue « \(given) » : choisissez parmi \(communes.joined(separator: ", ")) (le nom du fichier dans communes/, sans .md)."
            case .io(let message): return "écriture impossible : \(message)"
            }
        }
    }

    /// Creates the file and returns its path; refuses to overwrite.
    /// - Parameter commune: an experiment's host commune; needed when the site has several, since
    ///   a guessed one would be published as it is if the writer missed it.
    public static func create(_ kind: Kind, title: String, contentDirectory: URL, today: Day,
                              commune: String? = nil) throws(Failure) -> URL {
        let slug = Slug.make(title)
        guard !slug.isEmpty else { throw .emptySlug(title) }
        let folder = contentDirectory.appendingPathComponent(kind.folder)
        let url = folder.appendingPathComponent("\(slug).md")
        let shown = "\(contentDirectory.lastPathComponent)/\(kind.folder)/\(slug).md"
        let fm = FileManager.default
        let existing = (try? fm.contentsOfDirectory(atPath: folder.path)) ?? []
        if existing.contains(where: { $0.hasSuffix(".md") && Slug.make(String($0.dropLast(3))) == slug }) {
            throw .exists(shown)
        }
        let communes = ((try? fm.contentsOfDirectory(atPath: contentDirectory.appendingPathComponent("communes").path)) ?? [])
            .filter { $0.hasSuffix(".md") }.map { Slug.make(String($0.dropLast(3))) }.sorted()
        let text: String
        switch kind {
        case .experiment:
            guard !communes.isEmpty else { throw .noCommune }
            let host: String
            if let commune {
                guard communes.contains(Slug.make(commune)) else { throw .unknownCommune(commune, communes) }
                host = Slug.make(commune)
            } else {
                guard communes.count == 1 else { throw .communeNeeded(communes) }
                host = communes[0]
            }
            text = experiment(title, commune: host, today: today)
        case .news: text = news(title, communes: communes, today: today)
        case .event: text = event(title, communes: communes, today: today)
        case .call: text = call(title, communes: communes, today: today)
        case .commune: text = Self.commune(title)
        case .page: text = page(title)
        }
        do {
            try fm.createDirectory(at: folder, withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url, options: .withoutOverwriting)
        } catch {
            throw .io(error.localizedDescription)
        }
        return url
    }

    static func quoted(_ s: String) -> String {
        "\"" + s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    static func experiment(_ title: String, commune: String, today: Day) -> String {
        """
        ---
        title: \(quoted(title))   # le titre de l'expérimentation
        commune: \(commune)   # la commune d'accueil : le nom de son fichier dans communes/, sans .md
        status: selected   # candidate, selected, testing, completed, scaled ou abandoned
        # outcome: conclusive   # pour une expérimentation terminée : conclusive ou inconclusive
        summary: \(quoted(Sample.experimentSummary))   # affichée dans les listes et les partages
        themes: []   # codes des thèmes de site.yml, par exemple [energie, climat]
        innovator:
          name: \(quoted(Sample.innovatorName))   # qui porte la solution
          kind: startup   # startup, association ou company
          # url: "https://…"   # son site, facultatif
        start: "\(today.iso)"   # date de début AAAA-MM-JJ
        # end: "AAAA-MM-JJ"   # date de fin
        place:
          name: \(quoted(Sample.placeName))
          # address: "Adresse, code postal, commune"
          # lat: 48.85   # latitude, pour la carte (facultatif)
          # lon: 2.35    # longitude
        # image: {src: "media/photo.jpg", alt: "Ce que montre la photo"}
        updated: "\(today.iso)"   # date de la dernière mise à jour
        draft: true   # brouillon : visible dans l'aperçu, pas publié ; passez à false quand c'est prêt
        ---
        ## Le défi

        \(Sample.challenge)

        ## La solution

        \(Sample.solution)

        ## Résultats

        \(Sample.results)

        """
    }

    static func news(_ title: String, communes: [String], today: Day) -> String {
        """
        ---
        title: \(quoted(title))   # le titre de l'actualité
        date: "\(today.iso)"   # date de publication AAAA-MM-JJ ; une date future n'est publiée qu'à cette date
        summary: \(quoted(Sample.newsSummary))   # affichée dans les listes et dans le flux RSS
        # commune: \(communes.first ?? "sceaux")   # la commune concernée, facultatif : \(communes.joined(separator: ", "))
        # image: {src: "media/photo.jpg", alt: "Ce que montre la photo"}
        draft: true   # brouillon : visible dans l'aperçu, pas publié ; passez à false quand c'est prêt
        ---
        \(Sample.newsBody)

        """
    }

    static func event(_ title: String, communes: [String], today: Day) -> String {
        """
        ---
        title: \(quoted(title))   # le nom de l'événement
        start: "\(today.iso)"   # date AAAA-MM-JJ, ou date et heure "AAAA-MM-JJTHH:MM" (heure de Paris)
        # end: "\(today.iso)"   # fin, même format
        summary: \(quoted(Sample.eventSummary))
        place:
          name: \(quoted(Sample.placeName))
          # address: "Adresse, code postal, ville"
        communes: []   # les communes présentes : \(communes.joined(separator: ", "))
        # url: "https://…"   # le site de l'événement
        draft: true   # brouillon : visible dans l'aperçu, pas publié ; passez à false quand c'est prêt
        ---
        \(Sample.eventBody)

        """
    }

    static func call(_ title: String, communes: [String], today: Day) -> String {
        let closes = today.adding(months: 1)
        return """
        ---
        title: \(quoted(title))   # le titre de l'appel à projets ou à expérimentations
        opens: "\(today.iso)"   # ouverture des candidatures AAAA-MM-JJ
        closes: "\(closes.iso)"   # date limite AAAA-MM-JJ, incluse ; l'état (à venir, ouvert, clos) en découle
        summary: \(quoted(Sample.callSummary))   # affichée sur l'accueil tant que l'appel est ouvert
        # url: "https://…"   # où candidater (formulaire, page de l'opérateur)
        communes: []   # les communes concernées, facultatif : \(communes.joined(separator: ", "))
        themes: []   # codes des thèmes de site.yml
        draft: true   # brouillon : visible dans l'aperçu, pas publié ; passez à false quand c'est prêt
        ---
        \(Sample.callBody)

        """
    }

    static func commune(_ name: String) -> String {
        """
        ---
        name: \(quoted(name))   # le nom de la commune
        insee: \(quoted(Sample.insee))   # À REMPLACER : le code INSEE à 5 caractères, entre guillemets
        summary: \(quoted(Sample.communeSummary))
        # department: "Hauts-de-Seine (92)"
        # territory: "Vallée Sud – Grand Paris"   # l'établissement public territorial
        # mayor: "Prénom Nom"
        # district: "Nom du quartier d'innovation"
        promotion: 1   # la promotion du programme
        themes: []   # codes des thèmes de site.yml
        # image: {src: "media/photo.jpg", alt: "Ce que montre la photo"}
        # referents:
        #   elected: {name: "Prénom Nom", role: "Adjoint au maire", since: "AAAA-MM-JJ"}
        #   agent: {name: "Prénom Nom", role: "Chargé de mission", since: "AAAA-MM-JJ"}
        convention:
          # reference: "QMI-2023-…"
          # signed: "AAAA-MM-JJ"   # date de signature ; sans elle, la convention est « En attente de signature »
          ends: "2024-06"   # fin : une date AAAA-MM-JJ ou un mois AAAA-MM (dernier jour du mois)
          # amendments:   # avenants : sans date « signed », ils n'ont pas d'effet
          #   - {requested: "AAAA-MM-JJ", signed: "AAAA-MM-JJ", summary: "Objet de l'avenant", ends: "AAAA-MM-JJ"}
          # termination: {notified: "AAAA-MM-JJ", by: metropole, reason: "…"}   # lettre de résiliation ; by : commune ou metropole
        ---
        \(Sample.communeBody)

        """
    }

    static func page(_ title: String) -> String {
        """
        ---
        title: \(quoted(title))   # le titre de la page
        summary: \(quoted(Sample.pageSummary))
        # menu: 5   # un numéro pour l'ordre dans le menu, facultatif
        ---
        \(Sample.pageBody)

        """
    }
}
