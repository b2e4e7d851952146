/// An experiment's indicators as key figures, a chart drawn at build time (inline SVG, no
/// script) with a text alternative stating the result, and the same data as a table
/// (RGAA 1.6 and 1.9: the chart is an image whose information is also given as text).
struct IndicatorView: Equatable {
    let id: String
    let label: String
    let valueText: String
    let dateText: String?
    let dateISO: String?
    /// « −25 % par rapport à avant (5 600 kWh) ».
    let changeText: String?
    let targetText: String?
    let source: String?
    /// The SVG, `role="img"`, named by `alt`; nil when there is nothing to compare.
    let chart: String?
    /// What the chart shows, in one sentence.
    let alt: String
    let valueHeader: String
    let rows: [IndicatorRow]
}

struct IndicatorRow: Equatable {
    let term: String
    let value: String
}

extension PageRenderer {
    /// « 4 200 kWh », « 12,5 % ».
    func quantity(_ value: Double, _ unit: String?) -> String {
        let number = numbers.format(value, decimals: 2).replacingOccurrences(of: "-", with: "\u{2212}")
        guard let unit, !unit.isEmpty else { return number }
        return number + "\u{00A0}" + unit
    }

    /// « −25 % », « +3,5 % ».
    func percent(_ fraction: Double) -> String {
        let value = numbers.format(abs(fraction) * 100, decimals: 1)
        let sign = fraction < 0 ? "\u{2212}" : fraction > 0 ? "+" : ""
        return sign + value + (config.language == "en" ? "%" : "\u{202F}%")
    }

    func indicatorViews(_ e: Experiment) -> [IndicatorView] {
        e.indicators.enumerated().map { index, i in indicatorView(i, id: "indicateur-\(index + 1)") }
    }

    func indicatorView(_ i: Indicator, id: String) -> IndicatorView {
        let value = quantity(i.value, i.unit)
        let when = i.date.map(dates.long)
        let change = i.change.map { strings.format(.indicatorChange, percent($0), quantity(i.before!, i.unit)) }
        let target = i.target.map { strings.format(.indicatorTargetText, quantity($0, i.unit)) }
        var rows: [IndicatorRow] = []
        if let before = i.before { rows.append(IndicatorRow(term: strings[.indicatorBefore], value: quantity(before, i.unit))) }
        if i.series.count >= 2 {
            rows += i.series.map { IndicatorRow(term: dates.long($0.date), value: quantity($0.value, i.unit)) }
        } else {
            rows.append(IndicatorRow(term: when ?? strings[.indicatorAfter], value: value))
        }
        if let t = i.target { rows.append(IndicatorRow(term: strings[.indicatorTarget], value: quantity(t, i.unit))) }
        // The sentence a screen reader hears for the chart: the result, not a description of shapes.
        var alt: String
        if i.series.count >= 2, let first = i.series.first, let last = i.series.last {
            alt = strings.format(.indicatorAltSeries, i.label, quantity(first.value, i.unit), dates.long(first.date),
                                 quantity(last.value, i.unit), dates.long(last.date), numbers.format(i.series.count))
        } else {
            alt = when.map { strings.format(.indicatorAltValue, i.label, value, $0) }
                ?? strings.format(.indicatorAltValueUndated, i.label, value)
        }
        if let before = i.before { alt += " " + strings.format(.indicatorAltBefore, quantity(before, i.unit)) }
        if let c = i.change { alt += " (" + percent(c) + ")" }
        if let target { alt += " " + target + "." }
        let chart: String?
        if i.series.count >= 2 {
            chart = IndicatorChart.line(i, id: id, alt: alt, label: { quantity($0, i.unit) }, day: dates.long,
                                        beforeLabel: strings[.indicatorBefore], targetLabel: strings[.indicatorTarget])
        } else if i.before != nil {
            chart = IndicatorChart.bars(i, id: id, alt: alt, label: { quantity($0, i.unit) },
                                        names: (strings[.indicatorBefore], when ?? strings[.indicatorAfter], strings[.indicatorTarget]))
        } else {
            chart = nil
        }
        return IndicatorView(id: id, label: i.label, valueText: value, dateText: when, dateISO: i.date?.iso, changeText: change,
                             targetText: target, source: i.source, chart: chart, alt: alt,
                             valueHeader: i.unit.map { strings.format(.indicatorValueIn, $0) } ?? strings[.indicatorValue], rows: rows)
    }
}

/// The SVG drawings. Sizes are in the viewBox's units; the figure scales with the page, and is
/// narrow enough that its text stays readable on a phone (about 15 px at 390 px). Text in the
/// drawing repeats what the table says; the before bar is hatched, the target dashed, so that
/// nothing is told by colour alone.
enum IndicatorChart {
    static let width = 420.0

    private static func n(_ x: Double) -> String {
        let r = (x * 10).rounded() / 10
        return r == r.rounded() ? String(Int(r)) : String(r)
    }

    private static func open(_ id: String, height: Double, alt: String) -> String {
        """
        <svg class="chart" viewBox="0 0 \(n(width)) \(n(height))" width="\(n(width))" height="\(n(height))" role="img" aria-labelledby="\(id)-alt" focusable="false">
        <title id="\(id)-alt">\(HTMLText.escape(alt))</title>
        <defs><pattern id="\(id)-hachures" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="8" height="8" class="chart-before-bg"/><line x1="0" y1="0" x2="0" y2="8" class="chart-hatch"/></pattern></defs>
        """
    }

    /// Before, after and target as horizontal bars.
    static func bars(_ i: Indicator, id: String, alt: String, label: (Double) -> String,
                     names: (before: String, after: String, target: String)) -> String {
        var rows: [(String, Double, String)] = []
        if let b = i.before { rows.append((names.before, b, "chart-before")) }
        rows.append((names.after, i.value, "chart-after"))
        if let t = i.target { rows.append((names.target, t, "chart-target")) }
        let maximum = max(rows.map { abs($0.1) }.max() ?? 1, 1e-9)
        // Each row: its name above, the bar below with its value after it.
        let rowHeight = 56.0, left = 4.0, span = 270.0
        let height = rowHeight * Double(rows.count) + 4
        var svg = open(id, height: height, alt: alt)
        for (k, (name, value, style)) in rows.enumerated() {
            let y = Double(k) * rowHeight
            let length = max(2, span * abs(value) / maximum)
            let fill = style == "chart-before" ? " fill=\"url(#\(id)-hachures)\"" : ""
            svg += "\n<text x=\"\(n(left))\" y=\"\(n(y + 18))\" class=\"chart-text\">\(HTMLText.escape(name))</text>"
            svg += "\n<rect x=\"\(n(left))\" y=\"\(n(y + 25))\" width=\"\(n(length))\" height=\"24\" class=\"\(style)\"\(fill)/>"
            svg += "\n<text x=\"\(n(left + length + 8))\" y=\"\(n(y + 43))\" class=\"chart-text chart-value\">\(HTMLText.escape(label(value)))</text>"
        }
        return svg + "\n</svg>"
    }

    /// The series as a line with its points; baseline and target as labelled horizontal lines.
    static func line(_ i: Indicator, id: String, alt: String, label: (Double) -> String, day: (Day) -> String,
                     beforeLabel: String, targetLabel: String) -> String {
        let points = i.series
        let values = points.map(\.value) + [i.before, i.target].compactMap { $0 }
        var low = min(0, values.min()!), high = max(values.max()!, 0)
        if high == low { high = low + 1 }
        high += (high - low) * 0.1
        if low < 0 { low -= (high - low) * 0.1 }
        let height = 250.0, top = 24.0, bottom = 196.0, left = 8.0, right = width - 8
        let first = points.first!.date.julianDayNumber, last = points.last!.date.julianDayNumber
        let x = { (d: Day) in left + (right - left) * Double(d.julianDayNumber - first) / Double(max(1, last - first)) }
        let y = { (v: Double) in bottom - (bottom - top) * (v - low) / (high - low) }
        var svg = open(id, height: height, alt: alt)
        svg += "\n<line x1=\"\(n(left))\" y1=\"\(n(y(0)))\" x2=\"\(n(right))\" y2=\"\(n(y(0)))\" class=\"chart-axis\"/>"
        for (value, name, style) in [(i.before, beforeLabel, "chart-baseline"), (i.target, targetLabel, "chart-goal")] {
            guard let value else { continue }
            svg += "\n<line x1=\"\(n(left))\" y1=\"\(n(y(value)))\" x2=\"\(n(right))\" y2=\"\(n(y(value)))\" class=\"\(style)\"/>"
            svg += "\n<text x=\"\(n(left))\" y=\"\(n(y(value) - 6))\" class=\"chart-text\">\(HTMLText.escape(name + " : " + label(value)))</text>"
        }
        let path = points.map { "\(n(x($0.date))),\(n(y($0.value)))" }.joined(separator: " ")
        svg += "\n<polyline points=\"\(path)\" class=\"chart-line\"/>"
        for p in points { svg += "\n<circle cx=\"\(n(x(p.date)))\" cy=\"\(n(y(p.value)))\" r=\"5\" class=\"chart-point\"/>" }
        let end = points.last!
        // The last value's label goes on the side the line does not come from.
        let falling = points.count >= 2 && points[points.count - 2].value > end.value
        svg += "\n<text x=\"\(n(right))\" y=\"\(n(y(end.value) + (falling ? 26 : -12)))\" text-anchor=\"end\" class=\"chart-text chart-value\">\(HTMLText.escape(label(end.value)))</text>"
        svg += "\n<text x=\"\(n(left))\" y=\"\(n(height - 14))\" class=\"chart-text\">\(HTMLText.escape(day(points.first!.date)))</text>"
        svg += "\n<text x=\"\(n(right))\" y=\"\(n(height - 14))\" text-anchor=\"end\" class=\"chart-text\">\(HTMLText.escape(day(end.date)))</text>"
        return svg + "\n</svg>"
    }
}
