/// Every pairing of brand colours the default theme shows, measured in both schemes against
/// WCAG 2.1's thresholds: 4.5:1 for text, 3:1 for the parts that are not text (focus outline,
/// the borders that mark the header). A failure names the `site.yml` colour to change, and the
/// nearest shade of it that passes.
public enum ContrastCheck {
    public struct Pairing: Sendable {
        /// What the reader sees: « les liens sur le fond de page ».
        public let what: Message
        public let minimum: Double
        /// The colour of `site.yml` to change when it fails, the first given of these.
        public let blame: [BrandRole]
        public let colors: @Sendable (BrandPalette) -> (foreground: RGB, background: RGB)
    }

    public struct Failure: Sendable, Equatable {
        public let role: BrandRole
        public let scheme: BrandPalette.Scheme
        public let what: Message
        public let foreground: RGB
        public let background: RGB
        public let ratio: Double
        public let minimum: Double
        /// The nearest shade of `role`'s colour with which this pairing passes; nil when none does.
        public let nearest: RGB?
    }

    public static let pairings: [Pairing] = [
        Pairing(what: Message("du texte sur le fond de page", en: "text on the page background"), minimum: 4.5,
                blame: [.text, .background, .primary]) { ($0.text, $0.background) },
        Pairing(what: Message("du texte de l'en-tête et du pied de page sur leur fond", en: "header and footer text on their background"), minimum: 4.5,
                blame: [.text, .background, .primary]) { ($0.text, $0.soft) },
        Pairing(what: Message("du texte secondaire (dates, fil d'Ariane) sur le fond de page", en: "secondary text (dates, breadcrumb) on the page background"), minimum: 4.5,
                blame: [.text, .background, .primary]) { ($0.muted, $0.background) },
        Pairing(what: Message("des liens sur le fond de page", en: "links on the page background"), minimum: 4.5,
                blame: [.primary]) { ($0.primary, $0.background) },
        Pairing(what: Message("des liens du menu et du pied de page sur leur fond", en: "menu and footer links on their background"), minimum: 4.5,
                blame: [.primary]) { ($0.primary, $0.soft) },
        Pairing(what: Message("du texte des boutons et des étiquettes sur la couleur principale", en: "button and badge text on the primary colour"), minimum: 4.5,
                blame: [.primary]) { ($0.onPrimary, $0.primary) },
        Pairing(what: Message("du contour du focus sur le fond de page", en: "the focus outline on the page background"), minimum: 3,
                blame: [.accent]) { ($0.accent, $0.background) },
        Pairing(what: Message("du contour du focus et de la bordure de l'en-tête sur leur fond", en: "the focus outline and the header's border on its background"), minimum: 3,
                blame: [.accent]) { ($0.accent, $0.soft) },
    ]

    /// Every failing pairing, light scheme first; one failure per colour and scheme at most (the
    /// worst), so that a writer is not told five times to change the same colour.
    public static func failures(_ colors: [BrandRole: RGB]) -> [Failure] {
        var found: [Failure] = []
        for scheme in BrandPalette.Scheme.allCases {
            let palette = BrandPalette(colors: colors, scheme: scheme)
            for pairing in pairings {
                let (fg, bg) = pairing.colors(palette)
                let ratio = fg.contrast(with: bg)
                guard ratio < pairing.minimum else { continue }
                let role = blamed(pairing, colors)
                if let index = found.firstIndex(where: { $0.role == role && $0.scheme == scheme }) {
                    if found[index].ratio / found[index].minimum <= ratio / pairing.minimum { continue }
                    found.remove(at: index)
                }
                found.append(Failure(role: role, scheme: scheme, what: pairing.what, foreground: fg, background: bg,
                                     ratio: ratio, minimum: pairing.minimum, nearest: nearest(role, colors)))
            }
        }
        return found
    }

    /// The colour of site.yml a failing pairing asks to change: the first of its `blame` given.
    static func blamed(_ pairing: Pairing, _ colors: [BrandRole: RGB]) -> BrandRole {
        pairing.blame.first { colors[$0] != nil } ?? pairing.blame[0]
    }

    /// The shade of `role`'s colour, darker or lighter by the fewest steps of 1 %, with which
    /// every pairing it answers for passes, in both schemes (the darker on a tie): copied into
    /// site.yml, it settles that colour at once.
    public static func nearest(_ role: BrandRole, _ colors: [BrandRole: RGB]) -> RGB? {
        let start = colors[role] ?? BrandPalette.defaults[role]!
        for step in 1...100 {
            for end in [RGB.black, RGB.white] {
                var candidate = colors
                candidate[role] = start.mixed(with: end, Double(step) / 100)
                if passes(role, candidate) { return candidate[role] }
            }
        }
        return nil
    }

    private static func passes(_ role: BrandRole, _ colors: [BrandRole: RGB]) -> Bool {
        BrandPalette.Scheme.allCases.allSatisfy { scheme in
            let palette = BrandPalette(colors: colors, scheme: scheme)
            return pairings.allSatisfy { pairing in
                guard blamed(pairing, colors) == role else { return true }
                let (fg, bg) = pairing.colors(palette)
                return fg.contrast(with: bg) >= pairing.minimum
            }
        }
    }

    /// 4.49 stays 4.49: a ratio is cut, never rounded up to a passing one.
    public static func ratioText(_ ratio: Double, language: String) -> String {
        let text = String(format: "%.2f", (ratio * 100).rounded(.down) / 100)
        return (language == "fr" ? text.replacingOccurrences(of: ".", with: ",") : text) + ":1"
    }

    static func minimumText(_ minimum: Double, language: String) -> String {
        let text = minimum == minimum.rounded() ? String(Int(minimum)) : String(minimum)
        return (language == "fr" ? text.replacingOccurrences(of: ".", with: ",") : text) + ":1"
    }

    /// What the writer reads for `failure` of the colour at `field` (`brand.colors.primary`).
    public static func message(_ failure: Failure, field: String) -> Message {
        let fr = { (r: Double) in ratioText(r, language: "fr") }
        let en = { (r: Double) in ratioText(r, language: "en") }
        let schemeFr = failure.scheme == .dark ? "dans le thème sombre (dérivé de vos couleurs), " : ""
        let schemeEn = failure.scheme == .dark ? "in the dark scheme (derived from your colours), " : ""
        let nearestFr = failure.nearest.map { " La teinte la plus proche qui passe : « \(field): \"\($0.hex)\" »." }
            ?? " Aucune teinte de cette couleur ne passe : choisissez-en une autre."
        let nearestEn = failure.nearest.map { " The nearest shade that passes: “\(field): \"\($0.hex)\"”." }
            ?? " No shade of this colour passes: choose another one."
        return Message(
            "« \(field) » : \(schemeFr)le contraste \(failure.what.fr) (\(failure.foreground.hex) sur \(failure.background.hex)) est de \(fr(failure.ratio)) ; il faut au moins \(minimumText(failure.minimum, language: "fr")) (WCAG 2.1).\(nearestFr)",
            en: "“\(field)”: \(schemeEn)the contrast of \(failure.what.en) (\(failure.foreground.hex) on \(failure.background.hex)) is \(en(failure.ratio)); at least \(minimumText(failure.minimum, language: "en")) is needed (WCAG 2.1).\(nearestEn)")
    }
}
