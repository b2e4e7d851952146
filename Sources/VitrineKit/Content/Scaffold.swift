import Foundation

/// `vitrine new <kind> "Titre"`: a new content file whose front matter lists every field of its
/// kind, each with a French comment saying what to write. The file builds as it is.
public enum Scaffold {
    public enum Kind: String, CaseIterable, Sendable {
        case experiment, news, event, commune, page

        var folder: String {
            switch self {
            case .experiment: return "experiments"
            case .news: return "news"
            case .event: return "events"
            case .commune: return "communes"
            case .page: return "pages"
            }
        }
    }

    public enum Failure: Error, CustomStringConvertible {
        case exists(String)
        case emptySlug(String)
        case noCommune
        case io(String)

        public var description: String {
            switch self {
            case .exists(let path): return "\(path) existe déjà : choisissez un autre titre, ou modifiez ce fichier."
            case .emptySlug(let title): return "le titre « \(title) » ne donne aucun nom de fichier : utilisez des lettres ou des chiffres."
            case .noCommune: return "créez d'abord une commune (vitrine new commune \"Nom\") : une expérimentation se rattache à une commune."
            case .io(let message): return "écriture impossible : \(message)"
            }
        }
    }

    /// Creates the file and returns its path; refuses to overwrite.
    public static func create(_ kind: Kind, title: String, contentDirectory: URL, today: Day) throws(Failure) -> URL {
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
            guard let commune = communes.first else { throw .noCommune }
            text = experiment(title, commune: commune, communes: communes, today: today)
        case .news: text = news(title, communes: communes, today: today)
        case .event: text = event(title, communes: communes, today: today)
        case .commune: text = commune(title)
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

    static func experiment(_ title: String, commune: String, communes: [String], today: Day) -> String {
        """
        ---
        title: \(quoted(title))   # le titre de l'expérimentation
        commune: \(commune)   # À VÉRIFIER : la commune d'accueil, parmi \(communes.joined(separator: ", "))
        status: selected   # candidate, selected, testing, completed, scaled ou abandoned
        # outcome: conclusive   # pour une expérimentation terminée : conclusive ou inconclusive
        summary: "Une phrase qui résume la solution testée."   # affichée dans les listes et les partages
        themes: []   # codes des thèmes de site.yml, par exemple [energie, climat]
        innovator:
          name: "Nom de la structure"   # qui porte la solution
          kind: startup   # startup, association ou company
          # url: "https://…"   # son site, facultatif
        start: "\(today.iso)"   # date de début AAAA-MM-JJ
        # end: "AAAA-MM-JJ"   # date de fin
        place:
          name: "Nom du lieu"
          # address: "Adresse, code postal, commune"
          # lat: 48.85   # latitude, pour la carte (facultatif)
          # lon: 2.35    # longitude
        # image: {src: "media/photo.jpg", alt: "Ce que montre la photo"}
        updated: "\(today.iso)"   # date de la dernière mise à jour
        draft: true   # brouillon : visible dans l'aperçu, pas publié ; passez à false quand c'est prêt
        ---
        ## Le défi

        Quel problème de la commune cette solution veut-elle résoudre ?

        ## La solution

        Ce que l'on teste, où et avec qui.

        ## Résultats

        Ce que l'expérimentation a montré (à compléter à la fin du test).

        """
    }

    static func news(_ title: String, communes: [String], today: Day) -> String {
        """
        ---
        title: \(quoted(title))   # le titre de l'actualité
        date: "\(today.iso)"   # date de publication AAAA-MM-JJ ; une date future n'est publiée qu'à cette date
        summary: "Une phrase qui résume l'actualité."   # affichée dans les listes et dans le flux RSS
        # commune: \(communes.first ?? "sceaux")   # la commune concernée, facultatif : \(communes.joined(separator: ", "))
        # image: {src: "media/photo.jpg", alt: "Ce que montre la photo"}
        draft: true   # brouillon : visible dans l'aperçu, pas publié ; passez à false quand c'est prêt
        ---
        Le texte de l'actualité.

        """
    }

    static func event(_ title: String, communes: [String], today: Day) -> String {
        """
        ---
        title: \(quoted(title))   # le nom de l'événement
        start: "\(today.iso)"   # date AAAA-MM-JJ, ou date et heure "AAAA-MM-JJTHH:MM" (heure de Paris)
        # end: "\(today.iso)"   # fin, même format
        summary: "Une phrase qui présente l'événement."
        place:
          name: "Nom du lieu"
          # address: "Adresse, code postal, ville"
        communes: []   # les communes présentes : \(communes.joined(separator: ", "))
        # url: "https://…"   # le site de l'événement
        draft: true   # brouillon : visible dans l'aperçu, pas publié ; passez à false quand c'est prêt
        ---
        La présentation de l'événement.

        """
    }

    static func commune(_ name: String) -> String {
        """
        ---
        name: \(quoted(name))   # le nom de la commune
        insee: "00000"   # À REMPLACER : le code INSEE à 5 caractères, entre guillemets
        summary: "Une phrase sur la participation de la commune au programme."
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
        La participation de la commune au programme.

        """
    }

    static func page(_ title: String) -> String {
        """
        ---
        title: \(quoted(title))   # le titre de la page
        summary: "Une phrase qui résume la page."
        # menu: 5   # un numéro pour l'ordre dans le menu, facultatif
        ---
        Le texte de la page.

        """
    }
}
