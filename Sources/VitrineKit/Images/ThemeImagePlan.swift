import Foundation

extension ImagePlan {
    /// The theme's own widths and layout (`images:` in the theme's optional `theme.yml`): the
    /// theme knows how wide its columns are, so it decides which widths a photo is published at
    /// and what `sizes` says. Anything it leaves out keeps the standard plan's value.
    ///
    /// ```yaml
    /// images:
    ///   widths: [400, 800, 1400]
    ///   sizes: "(min-width: 70rem) 66rem, 100vw"
    /// ```
    static func load(theme directory: URL, displayName: String, log: inout DiagnosticLog) -> ImagePlan {
        var plan = ImagePlan.standard
        let file = directory.appendingPathComponent("theme.yml")
        guard let data = FileManager.default.contents(atPath: file.path) else { return plan }
        let shown = "\(displayName)/theme.yml"
        let problems = FileProblems(file: shown, lineOffset: 0)
        defer { log.append(contentsOf: problems.log) }
        guard let text = SourceText.decode(Array(data)), let top = FieldReader.top(yaml: text, problems: problems) else {
            if problems.log.entries.isEmpty {
                problems.error(nil, field: nil, Message("fichier illisible ou pas en UTF-8.", en: "file unreadable or not UTF-8."))
            }
            return plan
        }
        defer { top.warnUnknownKeys() }
        guard let images = top.object("images") else { return plan }
        defer { images.warnUnknownKeys() }
        let written = images.strings("widths")
        if !written.isEmpty {
            let widths = written.map { (Int($0.0), $0.1, $0.0) }
            if let wrong = widths.first(where: { $0.0 == nil || !(widthRange ~= $0.0!) }) {
                problems.error(wrong.1, field: "images.widths",
                               Message("« images.widths » : « \(wrong.2) » n'est pas une largeur en pixels entre \(widthRange.lowerBound) et \(widthRange.upperBound) ; écrivez par exemple [480, 800, 1200, 1600].",
                                       en: "“images.widths”: “\(wrong.2)” is not a width in pixels between \(widthRange.lowerBound) and \(widthRange.upperBound); write for example [480, 800, 1200, 1600]."))
            } else {
                plan.widths = Array(Set(widths.map { $0.0! })).sorted()
            }
        }
        if let sizes = images.string("sizes") { plan.sizes = sizes }
        return plan
    }

    /// Narrower is useless on any screen; wider, a photo no page shows.
    static let widthRange = 100...4000
}
