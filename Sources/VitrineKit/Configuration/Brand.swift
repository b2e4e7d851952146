/// `site.yml`'s `brand`: the commune's (or the Métropole's) own logo, colours and fonts. Every
/// field is optional; the theme's own colours stand in for those left out.
public struct Brand: Sendable, Equatable {
    /// The logo under media/ (SVG or raster): shown in the header, and drawn into the icons.
    public var logo: String?
    public var logoLine: Int?
    public var colors: [BrandRole: RGB] = [:]
    /// Fonts under media/ (WOFF2 only, never from elsewhere): body text, and headings.
    public var textFont: String?
    public var headingFont: String?
    public var fontLines: [String: Int] = [:]
    /// The name under a home-screen icon (the web manifest's `short_name`).
    public var shortName: String?

    public init() {}

    public func palette(_ scheme: BrandPalette.Scheme) -> BrandPalette {
        BrandPalette(colors: colors, scheme: scheme)
    }
}
