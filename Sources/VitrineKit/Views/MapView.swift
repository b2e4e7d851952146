import Foundation

/// The map of the Métropole, drawn at build time as inline SVG: every commune as a shape, the
/// program's communes linked to their page and marked by their convention's status with a
/// pattern and a text (their link's name), experiments as linked points. No tiles, no script,
/// nothing loaded from elsewhere. A text list beside it says the same.
struct MapView: Equatable {
    let svg: String
    let legend: [MapLegendItem]
    /// On the home page: where the same information is given as text.
    let note: String?
    /// The located experiments, for those who cannot see the map.
    let experiments: [LinkView]
}

struct MapLegendItem: Equatable {
    let code: String
    let label: String
    /// The pattern's reference, or nil for a plain fill.
    let fill: String?
}

extension PageRenderer {
    /// The whole Métropole, or zoomed on `focus` (a commune's page).
    func metropoleMap(from path: String, focus: Commune? = nil) -> MapView? {
        let shapes = MetropoleMap.communes
        let program = self.program
        let inProgram = Dictionary(program.communes.map { ($0.insee, $0) }, uniquingKeysWith: { a, _ in a })
        var box = (0.0, 0.0, MetropoleMap.size.width, MetropoleMap.size.height)
        if let focus {
            guard let shape = MetropoleMap.byInsee[focus.insee] else { return nil }
            let (x0, y0, x1, y1) = shape.bbox
            // The commune with its neighbours around it, never less than about 4 km across.
            let side = max(x1 - x0, y1 - y0, 120) * 1.8
            box = ((x0 + x1 - side) / 2, (y0 + y1 - side) / 2, side, side)
        } else if inProgram.isEmpty {
            return nil
        }
        // What `String(format: "%.0f")` writes (ties to even, "-0" for a small negative), without
        // Foundation's formatter: a map has thousands of points, and it was most of the home page's time.
        func n(_ v: Double) -> String {
            let r = v.rounded(.toNearestOrEven)
            return r == 0 ? (v.sign == .minus ? "-0" : "0") : String(Int(r))
        }
        let title = focus.map { strings.format(.mapTitleCommune, $0.name) } ?? strings[.mapTitle]
        var svg = "<svg class=\"map\" viewBox=\"\(n(box.0)) \(n(box.1)) \(n(box.2)) \(n(box.3))\" role=\"group\" aria-labelledby=\"carte-titre-svg\">"
        svg += "\n<title id=\"carte-titre-svg\">\(HTMLText.escape(title))</title>"
        let stroke = box.2 / 600
        svg += "\n<defs>"
        // One pattern per convention status: lines, dots, cross-hatching — not colour alone.
        svg += "<pattern id=\"motif-in_force\" width=\"\(n(box.2 / 90))\" height=\"\(n(box.2 / 90))\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\"><rect width=\"100%\" height=\"100%\" class=\"map-fill-in_force\"/><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"\(n(box.2 / 90))\" class=\"map-motif\" stroke-width=\"\(n(box.2 / 250))\"/></pattern>"
        svg += "<pattern id=\"motif-expired\" width=\"\(n(box.2 / 80))\" height=\"\(n(box.2 / 80))\" patternUnits=\"userSpaceOnUse\"><rect width=\"100%\" height=\"100%\" class=\"map-fill-expired\"/><circle cx=\"\(n(box.2 / 160))\" cy=\"\(n(box.2 / 160))\" r=\"\(n(box.2 / 400))\" class=\"map-dot\"/></pattern>"
        svg += "<pattern id=\"motif-unsigned\" width=\"\(n(box.2 / 90))\" height=\"\(n(box.2 / 90))\" patternUnits=\"userSpaceOnUse\"><rect width=\"100%\" height=\"100%\" class=\"map-fill-unsigned\"/><line x1=\"0\" y1=\"0\" x2=\"\(n(box.2 / 90))\" y2=\"0\" class=\"map-motif\" stroke-width=\"\(n(box.2 / 250))\"/></pattern>"
        svg += "<pattern id=\"motif-terminated\" width=\"\(n(box.2 / 90))\" height=\"\(n(box.2 / 90))\" patternUnits=\"userSpaceOnUse\"><rect width=\"100%\" height=\"100%\" class=\"map-fill-terminated\"/><path d=\"M0 0L\(n(box.2 / 90)) \(n(box.2 / 90))M\(n(box.2 / 90)) 0L0 \(n(box.2 / 90))\" class=\"map-motif\" stroke-width=\"\(n(box.2 / 300))\"/></pattern>"
        svg += "</defs>"
        svg += "\n<g class=\"map-others\" aria-hidden=\"true\" stroke-width=\"\(String(format: "%.2f", stroke))\">"
        for shape in shapes where inProgram[shape.insee] == nil { svg += "<path d=\"\(shape.path)\"/>" }
        svg += "</g>"
        var statuses = Set<String>()
        svg += "\n<g class=\"map-program\" stroke-width=\"\(String(format: "%.2f", stroke * 2.5))\">"
        for shape in shapes {
            guard let c = inProgram[shape.insee] else { continue }
            let state = program.states[c.origin.slug]
            let code = state.map { motif($0.status) } ?? "none"
            // The legend names only what the (possibly zoomed) map shows.
            let (x0, y0, x1, y1) = shape.bbox
            if x1 >= box.0 && y1 >= box.1 && x0 <= box.0 + box.2 && y0 <= box.1 + box.3 { statuses.insert(code) }
            let status = state.map { label($0.status) } ?? strings[.mapNoConvention]
            let focusClass = focus?.origin.slug == c.origin.slug ? " map-focus" : ""
            let fill = code == "none" ? "" : " fill=\"url(#motif-\(code))\""
            svg += "\n<a href=\"\(SitePaths.relative(from: path, to: c.origin.path))\" aria-label=\"\(HTMLText.escape(strings.format(.mapCommuneLabel, c.name, status)))\"><path d=\"\(shape.path)\" class=\"map-\(code)\(focusClass)\"\(fill)/></a>"
        }
        svg += "</g>"
        var located: [LinkView] = []
        let radius = box.2 / 75
        let circle = "r=\"\(String(format: "%.1f", radius))\" class=\"map-experiment\" stroke-width=\"\(String(format: "%.1f", radius / 3))\"/></a>"
        for e in program.experiments {
            guard let lat = e.place?.latitude, let lon = e.place?.longitude else { continue }
            let p = MetropoleMap.projection.point(latitude: lat, longitude: lon)
            guard p.x >= box.0, p.y >= box.1, p.x <= box.0 + box.2, p.y <= box.1 + box.3 else { continue }
            let href = SitePaths.relative(from: path, to: e.origin.path)
            let commune = program.commune(e.commune)?.name ?? e.commune
            let label = strings.format(.mapExperimentLabel, e.title, commune)
            located.append(LinkView(label: label, href: href))
            svg += "\n<a href=\"\(href)\" aria-label=\"\(HTMLText.escape(label))\"><circle cx=\"\(n(p.x))\" cy=\"\(n(p.y))\" " + circle
        }
        svg += "\n</svg>"
        let order: [(String, String)] = [("in_force", strings[.statusInForce]), ("unsigned", strings[.statusUnsigned]),
                                         ("expired", strings[.statusExpired]), ("terminated", strings[.mapEnded]),
                                         ("none", strings[.mapNoConvention])]
        return MapView(svg: svg, legend: order.filter { statuses.contains($0.0) }.map {
                           MapLegendItem(code: $0.0, label: $0.1, fill: $0.0 == "none" ? nil : "url(#motif-\($0.0))")
                       }, note: focus == nil ? strings.table["map_text"] : nil, experiments: located)
    }

    /// Termination notified or effective share one pattern: the convention is ending or ended.
    private func motif(_ s: ConventionState.Status) -> String {
        switch s {
        case .inForce: "in_force"
        case .unsigned: "unsigned"
        case .expired: "expired"
        case .terminated, .terminationNotified: "terminated"
        }
    }
}
