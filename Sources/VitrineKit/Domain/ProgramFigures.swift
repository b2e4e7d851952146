/// The program's key figures on the build date, computed from what is published: communes per
/// promotion, conventions per status, experiments per status and per theme, and the totals of
/// indicators whose label and unit agree. Templates show them; nothing is decided there.
public struct ProgramFigures: Sendable, Equatable {
    public let communes: Int
    /// Promotion number → communes; communes without a promotion are left out.
    public let communesByPromotion: [(promotion: Int, count: Int)]
    /// In the order of `ConventionState.Status`, statuses with no convention left out.
    public let conventionsByStatus: [(status: ConventionState.Status, count: Int)]
    public let experiments: Int
    /// In lifecycle order, statuses with no experiment left out.
    public let experimentsByStatus: [(status: Experiment.Status, count: Int)]
    /// Theme slug → experiments, most first then in site.yml's order; themes with none left out.
    public let experimentsByTheme: [(theme: String, count: Int)]
    public let indicatorTotals: [IndicatorTotal]
    /// Calls open on the build date.
    public let openCalls: Int

    public init(_ program: Program) {
        communes = program.communes.count
        let promotions = Dictionary(grouping: program.communes.compactMap(\.promotion), by: { $0 })
        communesByPromotion = promotions.keys.sorted().map { ($0, promotions[$0]!.count) }
        let states = program.communes.compactMap { program.states[$0.origin.slug]?.status }
        conventionsByStatus = ConventionState.Status.allCases.compactMap { s in
            let n = states.lazy.filter { $0 == s }.count
            return n == 0 ? nil : (s, n)
        }
        experiments = program.experiments.count
        experimentsByStatus = Experiment.Status.allCases.compactMap { s in
            let n = program.experiments.lazy.filter { $0.status == s }.count
            return n == 0 ? nil : (s, n)
        }
        let themeOrder = program.config.themes.map(\.slug)
        experimentsByTheme = themeOrder.enumerated()
            .map { (index: $0.offset, theme: $0.element, count: program.experiments(withTheme: $0.element).count) }
            .filter { $0.count > 0 }
            .sorted { ($1.count, $0.index) < ($0.count, $1.index) }
            .map { ($0.theme, $0.count) }
        indicatorTotals = IndicatorTotal.totals(program.experiments)
        openCalls = program.openCalls.count
    }

    public static func == (a: ProgramFigures, b: ProgramFigures) -> Bool {
        a.communes == b.communes && a.experiments == b.experiments && a.openCalls == b.openCalls
            && a.indicatorTotals == b.indicatorTotals
            && a.communesByPromotion.map { "\($0.promotion):\($0.count)" } == b.communesByPromotion.map { "\($0.promotion):\($0.count)" }
            && a.conventionsByStatus.map { "\($0.status):\($0.count)" } == b.conventionsByStatus.map { "\($0.status):\($0.count)" }
            && a.experimentsByStatus.map { "\($0.status):\($0.count)" } == b.experimentsByStatus.map { "\($0.status):\($0.count)" }
            && a.experimentsByTheme.map { "\($0.theme):\($0.count)" } == b.experimentsByTheme.map { "\($0.theme):\($0.count)" }
    }
}
