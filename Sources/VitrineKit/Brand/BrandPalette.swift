/// The colours a theme is given, derived from the brand's few: one palette for the light scheme,
/// one for the dark scheme (`prefers-color-scheme: dark`). The derivation is fixed, so that what
/// the build checks is exactly what the reader sees.
public struct BrandPalette: Sendable, Equatable {
    public enum Scheme: String, Sendable, CaseIterable {
        case light, dark
    }

    /// Links, buttons and badges.
    public let primary: RGB
    /// The label of a button or badge on `primary`: the background or the text colour, whichever contrasts more.
    public let onPrimary: RGB
    /// Focus outline and the borders that mark the page's parts.
    public let accent: RGB
    public let text: RGB
    /// Secondary text: dates, captions, the breadcrumb.
    public let muted: RGB
    public let background: RGB
    /// The header's and footer's background.
    public let soft: RGB
    /// Card and table borders (decoration: no contrast asked).
    public let line: RGB

    /// The theme's own colours, for the roles `site.yml` leaves out.
    public static let defaults: [BrandRole: RGB] = [
        .primary: RGB(0x0a, 0x4f, 0x8a), .accent: RGB(0xb3, 0x47, 0x00),
        .text: RGB(0x1b, 0x1b, 0x1b), .background: .white,
    ]

    public init(colors: [BrandRole: RGB], scheme: Scheme) {
        let given = { (role: BrandRole) in colors[role] ?? Self.defaults[role]! }
        switch scheme {
        case .light:
            self.init(primary: given(.primary), accent: given(.accent), text: given(.text), background: given(.background))
        case .dark:
            // A near-black tinted by the primary colour; the brand's colours lightened onto it.
            let primary = given(.primary)
            self.init(primary: primary.mixed(with: .white, 0.55), accent: given(.accent).mixed(with: .white, 0.35),
                      text: RGB(0xf2, 0xf2, 0xf2).mixed(with: primary, 0.04),
                      background: RGB(0x12, 0x12, 0x12).mixed(with: primary, 0.12))
        }
    }

    private init(primary: RGB, accent: RGB, text: RGB, background: RGB) {
        self.primary = primary
        self.accent = accent
        self.text = text
        self.background = background
        onPrimary = background.contrast(with: primary) >= text.contrast(with: primary) ? background : text
        muted = text.mixed(with: background, 0.25)
        soft = background.mixed(with: primary, 0.05)
        line = background.mixed(with: text, 0.25)
    }
}

/// The colours `site.yml` may give under `brand.colors`.
public enum BrandRole: String, Sendable, CaseIterable {
    case primary, accent, text, background
}
