import Foundation

/// The address folders of experiments, news and events: `experimentations/`, `actualites/`,
/// `evenements/` on a French site. They come from the theme's interface strings
/// (`address_experiments`…), so that a site's addresses speak its language; the content folders
/// keep their names (`content/experiments/`).
public struct SectionAddresses: Sendable, Hashable {
    public var experiments: String
    public var news: String
    public var events: String
    /// Calls for applications (`appels/`).
    public var calls: String = "calls/"

    /// Used when the theme does not say (its missing strings are reported with the others).
    static let fallback = SectionAddresses(experiments: "experiments/", news: "news/", events: "events/", calls: "calls/")

    /// The interface strings that give each folder.
    static let keys = (experiments: "address_experiments", news: "address_news", events: "address_events", calls: "address_calls")

    /// The addresses the theme `config.theme` gives for `config.language`, and what is wrong with them.
    static func read(themesDirectory: URL, config: SiteConfig) -> (SectionAddresses, DiagnosticLog) {
        var ignored = DiagnosticLog()   // an unreadable strings file is reported when the theme loads
        let displayName = "\(themesDirectory.lastPathComponent)/\(config.theme)/i18n/\(config.language).yml"
        let url = themesDirectory.appendingPathComponent(config.theme).appendingPathComponent("i18n/\(config.language).yml")
        let table = Strings.load(url, displayName: displayName, language: config.language, log: &ignored).table
        var log = DiagnosticLog()
        func folder(_ key: String, _ fallback: String) -> String {
            guard let value = table[key] else { return fallback }
            guard !value.isEmpty, Slug.make(value) == value else {
                log.error(displayName, field: key, Message("« \(key) » est le nom de dossier d'une adresse, en minuscules sans accents ni espaces, par exemple « \(Slug.make(value).isEmpty ? "experimentations" : Slug.make(value)) » ; trouvé « \(value) ».", en: "“\(key)” is the folder name of an address, lower case without accents or spaces, for example “\(Slug.make(value).isEmpty ? "experiments" : Slug.make(value))”; found “\(value)”."))
                return fallback
            }
            return value + "/"
        }
        let addresses = SectionAddresses(experiments: folder(keys.experiments, fallback.experiments),
                                         news: folder(keys.news, fallback.news), events: folder(keys.events, fallback.events),
                                         calls: folder(keys.calls, fallback.calls))
        if Set([addresses.experiments, addresses.news, addresses.events, addresses.calls]).count < 4 {
            log.error(displayName, field: keys.experiments, Message("les expérimentations, les actualités, les événements et les appels doivent avoir quatre adresses différentes.", en: "experiments, news, events and calls must have four different addresses."))
        }
        return (addresses, log)
    }

    /// The folder of an item of `kind` (`experimentations/`), or nil for kinds whose folder is fixed.
    func folder(of kind: ContentKind) -> String? {
        switch kind {
        case .experiments: experiments
        case .news: news
        case .events: events
        case .calls: calls
        default: nil
        }
    }
}
