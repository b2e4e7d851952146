import Foundation
import Yams

extension SiteConfig {
    /// Decodes `site.yml`; nil when a required field is missing or wrong (problems say which).
    static func decode(yaml: String, problems: FileProblems) -> SiteConfig? {
        guard let r = FieldReader.top(yaml: yaml, problems: problems) else { return nil }
        defer { r.warnUnknownKeys() }
        let language = r.located("language") ?? ("fr", nil)
        let typeset = { (text: String?) in text.map { Typography.apply($0, language: language.0) } }
        let title = typeset(r.string("title", required: true, expected: Message("le nom du site", en: "the site's name")))
        let description = typeset(r.string("description"))
        var baseURL = r.located("baseURL", required: true, expected: Message("l'adresse publique du site, par exemple https://example.org/", en: "the site's public address, for example https://example.org/"))
        if let (url, mark) = baseURL {
            if !(url.hasPrefix("https://") || url.hasPrefix("http://")) || url.dropFirst(8).isEmpty {
                problems.error(mark, field: "baseURL", Message("« baseURL » doit être une adresse http(s) complète, par exemple https://example.org/qmi/ ; trouvé « \(url) ».", en: "“baseURL” must be a full http(s) address, for example https://example.org/qmi/; found “\(url)”."))
                baseURL = nil
            } else if !url.hasSuffix("/") {
                baseURL = (url + "/", mark)
            }
        }
        if !["fr", "en"].contains(language.0) {
            problems.error(language.1, field: "language", Message("« language » doit valoir fr ou en ; trouvé « \(language.0) ».", en: "“language” must be fr or en; found “\(language.0)”."))
        }
        let timezone = r.string("timezone") ?? "Europe/Paris"
        if TimeZone(identifier: timezone) == nil {
            problems.error(r.mapping["timezone"]?.mark, field: "timezone", Message("« timezone » doit être un fuseau horaire comme Europe/Paris ; trouvé « \(timezone) ».", en: "“timezone” must be a time zone like Europe/Paris; found “\(timezone)”."))
        }
        let theme = r.string("theme") ?? "default"
        let publisher = contact(r, "publisher", director: true)
        let host = contact(r, "host", director: false)
        let accessibility = r.object("accessibility").map { AccessibilityStatement.decode($0, language: language.0) } ?? AccessibilityStatement()
        var themes: [SiteConfig.Theme] = []
        for (slug, value, mark) in r.entries("themes") {
            guard case .scalar(let label) = value else {
                problems.error(mark, field: "themes.\(slug)", Message("« themes.\(slug) » doit être un texte (le nom du thème).", en: "“themes.\(slug)” must be a text (the theme's name)."))
                continue
            }
            if Slug.make(slug) != slug {
                problems.error(mark, field: "themes.\(slug)", Message("le code de thème « \(slug) » doit s'écrire en minuscules sans accents ni espaces, par exemple « \(Slug.make(slug)) ».", en: "the theme code “\(slug)” must be lower case without accents or spaces, for example “\(Slug.make(slug))”."))
                continue
            }
            themes.append(SiteConfig.Theme(slug: slug, label: label.string))
        }
        var menu: [MenuEntry] = []
        for item in r.objects("menu") {
            if let label = item.string("label", required: true), let url = item.url("url") {
                let target = url.hasPrefix("/") ? String(url.dropFirst()) : url
                menu.append(MenuEntry(label: label, target: target))
            } else if !item.has("url") {
                _ = item.string("url", required: true, expected: Message("l'adresse de la page, par exemple /communes/", en: "the page's address, for example /communes/"))
            }
            item.warnUnknownKeys()
        }
        var unsafe = false
        if let md = r.object("markdown") {
            unsafe = md.bool("unsafe") ?? false
            md.warnUnknownKeys()
        }
        var perPage = SiteConfig.defaultPerPage
        if let value = r.int("perPage") {
            if value < 0 {
                problems.error(r.mapping["perPage"]?.mark, field: "perPage", Message("« perPage » est le nombre d'éléments par page de liste (0 pour tout mettre sur une page) ; trouvé « \(value) ».", en: "“perPage” is the number of items per list page (0 puts them all on one page); found “\(value)”."))
            } else {
                perPage = value
            }
        }
        let search = r.bool("search") ?? true
        let brand = r.object("brand").map(Brand.decode) ?? Brand()
        let shareCards: SiteConfig.ShareCards = r.choice("shareCards") ?? .page
        guard let title, let baseURL else { return nil }
        var config = SiteConfig(title: title, description: description, baseURL: baseURL.0, language: language.0,
                          timezone: timezone, theme: theme, publisher: publisher, host: host,
                          accessibility: accessibility,
                          themes: themes, menu: menu, unsafeMarkdown: unsafe, perPage: perPage, search: search, brand: brand)
        config.shareCards = shareCards
        return config
    }

    private static func contact(_ r: FieldReader, _ key: String, director: Bool) -> Contact? {
        guard let obj = r.object(key) else { return nil }
        defer { obj.warnUnknownKeys() }
        guard let name = obj.string("name", required: true) else { return nil }
        return Contact(name: name, address: obj.string("address"), phone: obj.string("phone"),
                       director: director ? obj.string("director") : nil,
                       email: director ? email(obj) : nil, logo: director ? obj.image("logo") : nil,
                       logoLine: obj.mapping["logo"]?.mark?.line)
    }

    /// An e-mail address as iCalendar's ORGANIZER needs it: one @, no space, a dot in the domain.
    private static func email(_ obj: FieldReader) -> String? {
        guard let text = obj.string("email") else { return nil }
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        let valid = parts.count == 2 && !parts[0].isEmpty && parts[1].contains(".") && !parts[1].hasPrefix(".")
            && !parts[1].hasSuffix(".") && !text.contains(where: { $0.isWhitespace || "<>\",;:".contains($0) })
        if !valid {
            obj.problems.error(obj.mapping["email"]?.mark ?? obj.mark, field: obj.name("email"),
                               Message("« \(obj.name("email")) » doit être une adresse électronique, par exemple contact@exemple.fr ; trouvé « \(text) ».",
                                       en: "“\(obj.name("email"))” must be an e-mail address, for example contact@example.org; found “\(text)”."))
            return nil
        }
        return text
    }
}
