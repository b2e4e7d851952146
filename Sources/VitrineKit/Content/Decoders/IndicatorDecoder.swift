import Yams

/// `indicators:` of an experiment: its measured results, each checked like any other field.
extension FieldReader {
    func indicators(_ key: String = "indicators") -> [Indicator] {
        objects(key).compactMap { i in
            defer { i.warnUnknownKeys() }
            let label = i.text("label", required: true, expected: Message("ce que l'on mesure, par exemple « Consommation d'électricité »", en: "what is measured, for example “Electricity use”"))
            let unit = i.text("unit")
            var value = i.number("value")
            let before = i.number("before")
            let target = i.number("target")
            var date = i.day("date")
            let source = i.text("source")
            var points: [Indicator.Point] = []
            for p in i.objects("series") {   // read once: a wrong type is reported once
                let day = p.day("date", required: true)
                let v = p.number("value", required: true)
                p.warnUnknownKeys()
                guard let day, let v else { continue }
                if let last = points.last, day <= last.date {
                    problems.error(p.value("date")?.mark ?? p.mark, field: p.name("date"),
                                   Message("« \(p.name("date")) » (\(day)) doit venir après la mesure précédente (\(last.date)) : écrivez les mesures dans l'ordre des dates, une par date.",
                                           en: "“\(p.name("date"))” (\(day)) must come after the previous measure (\(last.date)): write the measures in date order, one per date."))
                    continue
                }
                points.append(Indicator.Point(date: day, value: v))
            }
            if value == nil, let last = points.last {
                value = last.value
                date = date ?? last.date
            }
            if value == nil, !i.has("value"), !i.has("series") {
                problems.error(i.mark, field: i.name("value"),
                               Message("« \(i.name("value")) » manque : donnez la valeur mesurée (un nombre), ou une série de mesures « series ».",
                                       en: "“\(i.name("value"))” is missing: give the measured value (a number), or a series of measures “series”."))
            }
            guard let label, let value else { return nil }
            return Indicator(label: label, value: value, unit: unit, before: before, target: target, date: date,
                             source: source, series: points)
        }
    }

    /// A number as YAML writes it (`4200`, `12.5`, `-3`). « 12,5 » or « 4 200 » are explained:
    /// writers type numbers the French way.
    func number(_ key: String, required: Bool = false) -> Double? {
        let expected = Message("un nombre écrit avec des chiffres et un point pour les décimales, par exemple 4200 ou 12.5",
                               en: "a number written with digits and a point for decimals, for example 4200 or 12.5")
        guard let (text, mark) = located(key, required: required, expected: expected) else { return nil }
        if let value = Double(text), value.isFinite, !text.contains(where: { $0.isLetter && $0 != "e" && $0 != "E" }) {
            return value
        }
        // The likeliest mistake first: a unit typed in the value, then the French decimal comma, then a thousands space.
        let hint: (fr: String, en: String)?
        if text.contains(where: \.isLetter) || text.contains("%") {
            hint = (" (l'unité va dans « unit »)", " (the unit goes in “unit”)")
        } else if text.contains(",") {
            hint = (" (la virgule décimale s'écrit avec un point : 12.5)", " (decimals take a point: 12.5)")
        } else if text.contains(" ") || text.contains("\u{A0}") || text.contains("\u{202F}") {
            hint = (" (sans espace entre les milliers : 4200)", " (no space between thousands: 4200)")
        } else {
            hint = nil
        }
        problems.error(mark, field: name(key),
                       Message("« \(name(key)) » doit être \(expected.fr) ; trouvé « \(text) »\(hint?.fr ?? "").",
                               en: "“\(name(key))” must be \(expected.en); found “\(text)”\(hint?.en ?? "")."))
        return nil
    }
}
