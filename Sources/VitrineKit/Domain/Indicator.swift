/// A measured result of an experiment, as its writers declare it: a value with its unit, what it
/// was before (the baseline), what was aimed at, when and by whom it was measured, and
/// optionally the measures over time.
public struct Indicator: Sendable, Equatable {
    public struct Point: Sendable, Equatable {
        public var date: Day
        public var value: Double
    }

    public var label: String
    /// The latest value: given, or the last of the series.
    public var value: Double
    public var unit: String?
    /// The value before the experiment, which the result is compared with.
    public var before: Double?
    public var target: Double?
    /// When `value` was measured (else the last point's date).
    public var date: Day?
    public var source: String?
    /// Measures in date order (the decoder refuses them out of order).
    public var series: [Point]

    /// The change from `before` to `value`, as a fraction (-0.25 for a quarter less); nil
    /// without a baseline, or from a baseline of 0 (no percentage of nothing).
    public var change: Double? {
        guard let before, before != 0 else { return nil }
        return (value - before) / abs(before)
    }

    /// Whether a chart says more than the figure: a series, or a value to compare with its baseline.
    public var hasChart: Bool { series.count >= 2 || before != nil }
}

/// The program's results added up: indicators of several experiments that share a label and a
/// unit (« Tonnes de CO₂ évitées », « t »), the only ones whose sum means something.
public struct IndicatorTotal: Sendable, Equatable {
    public let label: String
    public let unit: String
    public let value: Double
    public let experiments: Int

    /// Totals of indicators found in at least two experiments with the same label and unit.
    public static func totals(_ experiments: [Experiment]) -> [IndicatorTotal] {
        var sums: [String: (label: String, unit: String, value: Double, count: Int)] = [:]
        for e in experiments {
            for i in e.indicators {
                guard let unit = i.unit else { continue }
                let key = "\(i.label)\u{0}\(unit)"
                var entry = sums[key] ?? (i.label, unit, 0, 0)
                entry.value += i.value
                entry.count += 1
                sums[key] = entry
            }
        }
        return sums.values.filter { $0.count >= 2 }
            .sorted { ($0.label, $0.unit) < ($1.label, $1.unit) }
            .map { IndicatorTotal(label: $0.label, unit: $0.unit, value: $0.value, experiments: $0.count) }
    }
}
