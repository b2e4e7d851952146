import Yams

/// The kinds of content file, by folder.
public enum ContentKind: String, Sendable, CaseIterable {
    case home, communes, experiments, news, events, calls, pages

    /// Output path of an item of this kind with that slug, in the site's address folders.
    func path(slug: String, in addresses: SectionAddresses) -> String {
        switch self {
        case .home: return ""
        case .pages: return "\(slug)/"
        default: return "\(addresses.folder(of: self) ?? rawValue + "/")\(slug)/"
        }
    }
}

/// One decoded content file.
enum DecodedItem: Sendable {
    case home(HomeText)
    case commune(Commune)
    case experiment(Experiment)
    case news(NewsItem)
    case event(Event)
    case call(CallForApplications)
    case page(Page)
}

extension DecodedItem {
    /// Drafts are held back from a build: they may still hold a scaffold's sample texts.
    var isDraft: Bool {
        switch self {
        case .experiment(let e): return e.draft
        case .news(let n): return n.draft
        case .event(let e): return e.draft
        case .call(let c): return c.draft
        case .home, .commune, .page: return false
        }
    }
}

/// Decodes the front matter of one file into its kind's typed value.
enum ItemDecoder {
    /// Cards in lists show the summary: warn when there is none.
    static func summary(_ r: FieldReader) -> String? {
        let value = r.text("summary")
        if value == nil {
            r.problems.warning(r.mark, field: "summary", Message("pas de « summary » : les listes et les partages afficheront la page sans résumé ; ajoutez une phrase.", en: "no “summary”: lists and shares will show the page without a summary; add a sentence."))
        }
        return value
    }

    static func decode(kind: ContentKind, origin: Origin, reader r: FieldReader, body: Body,
                       known: KnownReferences) -> DecodedItem? {
        defer { r.warnUnknownKeys() }
        let item = decodeFields(kind: kind, origin: origin, reader: r, body: body, known: known)
        if let item, !item.isDraft { SampleTextCheck.run(r, body: body) }
        return item
    }

    private static func decodeFields(kind: ContentKind, origin: Origin, reader r: FieldReader, body: Body,
                                     known: KnownReferences) -> DecodedItem? {
        switch kind {
        case .home:
            return .home(HomeText(origin: origin, title: r.text("title"), summary: r.text("summary"),
                                  illustration: r.text("illustration"), body: body))
        case .communes: return commune(origin, r, body, known).map(DecodedItem.commune)
        case .experiments: return experiment(origin, r, body, known).map(DecodedItem.experiment)
        case .news: return news(origin, r, body, known).map(DecodedItem.news)
        case .events: return event(origin, r, body, known).map(DecodedItem.event)
        case .calls: return call(origin, r, body, known).map(DecodedItem.call)
        case .pages:
            let title = r.text("title", required: true, expected: Message("le titre de la page", en: "the page's title"))
            let summary = r.text("summary")
            let menu = r.int("menu")
            let illustration = r.text("illustration")
            guard let title else { return nil }
            return .page(Page(origin: origin, title: title, summary: summary, menuOrder: menu,
                              illustration: illustration, body: body))
        }
    }

    static func commune(_ origin: Origin, _ r: FieldReader, _ body: Body, _ known: KnownReferences) -> Commune? {
        let name = r.text("name", required: true, expected: Message("le nom de la commune", en: "the commune's name"))
        var insee = r.located("insee", required: true, expected: Message("le code INSEE à 5 caractères, par exemple \"92071\"", en: "the 5-character INSEE code, for example \"92071\""))
        if let (code, mark) = insee, !(code.count == 5 && code.allSatisfy { $0.isASCII && ($0.isNumber || $0 == "A" || $0 == "B") }) {
            r.problems.error(mark, field: "insee", Message("« insee » doit être un code INSEE à 5 caractères, par exemple \"92071\" ; trouvé « \(code) ».", en: "“insee” must be a 5-character INSEE code, for example \"92071\"; found “\(code)”."))
            insee = nil
        }
        let promotion = r.int("promotion")
        var elected: Person?
        var agent: Person?
        if let referents = r.object("referents") {
            elected = person(referents, "elected")
            agent = person(referents, "agent")
            referents.warnUnknownKeys()
        }
        let convention = convention(r)
        let commune = Commune(Commune.Fields(
            origin: origin, name: name ?? "", insee: insee?.0 ?? "", department: r.text("department"),
            territory: r.text("territory"), mayor: r.text("mayor"), district: r.text("district"),
            promotion: promotion, themes: r.themes(known: known), summary: summary(r),
            image: r.image(), illustration: r.text("illustration"),
            elected: elected, agent: agent, convention: convention, body: body))
        guard name != nil, insee != nil else { return nil }
        return commune
    }

    private static func person(_ referents: FieldReader, _ role: String) -> Person? {
        guard let p = referents.object(role) else { return nil }
        defer { p.warnUnknownKeys() }
        guard let name = p.text("name", required: true, expected: Message("le nom du ou de la référente", en: "the contact person's name")) else { return nil }
        return Person(name: name, role: p.text("role"), since: p.day("since"))
    }

    private static func convention(_ r: FieldReader) -> Convention? {
        guard let c = r.object("convention") else { return nil }
        defer { c.warnUnknownKeys() }
        let reference = c.text("reference")
        let signed = c.day("signed")
        let ends = endDate(c, "ends", required: true)
        var amendments: [Amendment] = []
        for a in c.objects("amendments") {
            let requested = a.day("requested")
            let signedOn = a.day("signed")
            let summary = a.text("summary", required: true, expected: Message("l'objet de l'avenant en une phrase", en: "what the amendment changes, in one sentence"))
            let newEnd = endDate(a, "ends", required: false)
            a.warnUnknownKeys()
            if let summary {
                amendments.append(Amendment(requested: requested, signed: signedOn, summary: summary,
                                            ends: newEnd, line: a.mark.map { $0.line + r.problems.lineOffset }))
            }
        }
        var termination: Termination?
        if let t = c.object("termination") {
            let notified = t.day("notified")
            termination = Termination(notified: notified, by: t.choice("by"), reason: t.text("reason"),
                                      cured: t.day("cured"), line: t.mark.map { $0.line + r.problems.lineOffset })
            if !t.has("notified") && !t.has("cured") {
                _ = t.day("notified", required: true)
            }
            t.warnUnknownKeys()
        }
        guard let ends else { return nil }
        let line = { (key: String) in c.value(key)?.mark.map { $0.line + r.problems.lineOffset } }
        let curedLine = c.value("termination").flatMap { node -> Int? in
            if case .mapping(let m) = node { return m["cured"]?.mark.map { $0.line + r.problems.lineOffset } }
            return nil
        }
        return Convention(reference: reference, signed: signed, ends: ends,
                          amendments: amendments, termination: termination,
                          lines: .init(signed: line("signed"), ends: line("ends"), cured: curedLine))
    }

    /// An end date: `YYYY-MM-DD`, or `YYYY-MM` for the last day of that month.
    private static func endDate(_ r: FieldReader, _ key: String, required: Bool) -> Day? {
        let expected = Message("une date AAAA-MM-JJ ou un mois AAAA-MM", en: "a date YYYY-MM-DD or a month YYYY-MM")
        guard let (text, mark) = r.located(key, required: required, expected: expected) else { return nil }
        if let day = Day(iso: text) { return day }
        let parts = text.split(separator: "-")
        if parts.count == 2, parts[0].count == 4, parts[1].count == 2, let y = Int(parts[0]), let m = Int(parts[1]),
           let last = Day.lastDay(ofMonth: m, year: y) {
            return last
        }
        r.invalid(key, mark, expected, found: text)
        return nil
    }

    static func experiment(_ origin: Origin, _ r: FieldReader, _ body: Body, _ known: KnownReferences) -> Experiment? {
        let title = r.text("title", required: true, expected: Message("le titre de l'expérimentation", en: "the experiment's title"))
        let commune = r.communeRef("commune", required: true, known: known)
        var innovator: Experiment.Innovator?
        if let i = r.object("innovator") {
            if let name = i.text("name", required: true, expected: Message("le nom de la structure innovante", en: "the innovator's name")) {
                innovator = .init(name: name, url: i.url("url"), kind: i.choice("kind"))
            }
            i.warnUnknownKeys()
        }
        let themes = r.themes(known: known)
        let status: Experiment.Status? = r.choice("status", required: true)
        let outcome: Experiment.Outcome? = r.choice("outcome")
        let start = r.day("start")
        let end = r.day("end")
        if let start, let end, end < start {
            r.problems.error(r.mapping["end"]?.mark, field: "end", Message("« end » (\(end)) est avant « start » (\(start)).", en: "“end” (\(end)) is before “start” (\(start))."))
        }
        let experiment = Experiment(Experiment.Fields(
            origin: origin, title: title ?? "", commune: commune ?? "", innovator: innovator, themes: themes,
            status: status ?? .candidate, outcome: outcome, start: start, end: end, place: r.place(),
            summary: summary(r), image: r.image(), updated: r.day("updated"),
            draft: r.bool("draft") ?? false, illustration: r.text("illustration"), indicators: r.indicators(), body: body,
            startLine: r.value("start")?.mark.map { $0.line + r.problems.lineOffset }))
        guard title != nil, commune != nil, status != nil else { return nil }
        return experiment
    }

    static func news(_ origin: Origin, _ r: FieldReader, _ body: Body, _ known: KnownReferences) -> NewsItem? {
        let title = r.text("title", required: true, expected: Message("le titre de l'actualité", en: "the news item's title"))
        let date = r.day("date", required: true)
        let item = NewsItem(NewsItem.Fields(origin: origin, title: title ?? "", date: date ?? Day(year: 1, month: 1, day: 1)!,
                            commune: r.communeRef("commune", required: false, known: known),
                            summary: summary(r), image: r.image(), draft: r.bool("draft") ?? false,
                            illustration: r.text("illustration"), body: body))
        guard title != nil, date != nil else { return nil }
        return item
    }

    static func event(_ origin: Origin, _ r: FieldReader, _ body: Body, _ known: KnownReferences) -> Event? {
        let title = r.text("title", required: true, expected: Message("le nom de l'événement", en: "the event's name"))
        let start = moment(r, "start", required: true)
        let end = moment(r, "end", required: false)
        if let start, let end, end < start {
            r.problems.error(r.mapping["end"]?.mark, field: "end", Message("« end » est avant « start ».", en: "“end” is before “start”."))
        }
        let event = Event(origin: origin, title: title ?? "", start: start ?? .day(Day(year: 1, month: 1, day: 1)!),
                          end: end, place: r.place(), url: r.url("url"),
                          communes: r.communeRefs("communes", known: known), summary: summary(r),
                          image: r.image(), draft: r.bool("draft") ?? false,
                          illustration: r.text("illustration"), body: body)
        guard title != nil, start != nil else { return nil }
        return event
    }

    static func call(_ origin: Origin, _ r: FieldReader, _ body: Body, _ known: KnownReferences) -> CallForApplications? {
        let title = r.text("title", required: true, expected: Message("le titre de l'appel", en: "the call's title"))
        let opens = r.day("opens", required: true)
        let closes = r.day("closes", required: true)
        if let opens, let closes, closes < opens {
            r.problems.error(r.mapping["closes"]?.mark, field: "closes", Message("« closes » (\(closes)) est avant « opens » (\(opens)) : l'appel doit ouvrir avant de fermer.", en: "“closes” (\(closes)) is before “opens” (\(opens)): a call must open before it closes."))
        }
        let call = CallForApplications(
            origin: origin, title: title ?? "", opens: opens ?? Day(year: 1, month: 1, day: 1)!,
            closes: closes ?? Day(year: 1, month: 1, day: 1)!, url: r.url("url"),
            communes: r.communeRefs("communes", known: known), themes: r.themes(known: known), summary: summary(r),
            image: r.image(), draft: r.bool("draft") ?? false, illustration: r.text("illustration"), body: body)
        guard title != nil, opens != nil, closes != nil else { return nil }
        return call
    }

    private static func moment(_ r: FieldReader, _ key: String, required: Bool) -> Event.Moment? {
        let expected = Message("une date AAAA-MM-JJ ou une date et une heure AAAA-MM-JJTHH:MM", en: "a date YYYY-MM-DD or a date and time YYYY-MM-DDTHH:MM")
        guard let (text, mark) = r.located(key, required: required, expected: expected) else { return nil }
        if let day = Day(iso: text) { return .day(day) }
        if let time = LocalDateTime(iso: text) { return .time(time) }
        r.invalid(key, mark, expected, found: text)
        return nil
    }
}
