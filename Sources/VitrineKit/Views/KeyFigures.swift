/// The program's key figures as the home page and `/programme/` show them: a label, a number,
/// and what it is made of (« 1re promotion : 4 · 2e promotion : 6 »).
struct KeyFigure: Equatable {
    let label: String
    let value: String
    let details: [String]
}

extension PageRenderer {
    func keyFigures(_ figures: ProgramFigures) -> [KeyFigure] {
        func part(_ label: String, _ n: Int) -> String { strings.format(.figurePart, label, numbers.format(n)) }
        var list = [
            KeyFigure(label: strings[.figureCommunes], value: numbers.format(figures.communes),
                      details: figures.communesByPromotion.map { part(strings.format(.figurePromotion, String($0.promotion)), $0.count) }),
            KeyFigure(label: strings[.figureConventions], value: numbers.format(figures.conventionsByStatus.reduce(0) { $0 + $1.count }),
                      details: figures.conventionsByStatus.map { part(label($0.status), $0.count) }),
            KeyFigure(label: strings[.figureExperiments], value: numbers.format(figures.experiments),
                      details: figures.experimentsByStatus.map { part(statusLabel($0.status), $0.count) }),
        ]
        if let top = figures.experimentsByTheme.first, let name = config.themeLabel(top.theme) {
            list.append(KeyFigure(label: strings[.figureThemes], value: numbers.format(figures.experimentsByTheme.count),
                                  details: [strings.format(.figureTopTheme, name, numbers.format(top.count))]))
        }
        list += figures.indicatorTotals.map { total in
            KeyFigure(label: total.label, value: quantity(total.value, total.unit),
                      details: [strings.format(.figureTotalOf, numbers.format(total.experiments))])
        }
        list.append(KeyFigure(label: strings[.figureOpenCalls], value: numbers.format(figures.openCalls), details: []))
        return list
    }
}
