import Foundation

/// The share image of a page that has no photo: a 1200 × 630 card with the site's title, drawn
/// by libvips in the brand's colours, so that a link to any page shows more than a blank box.
/// Made once per site (and cached like photos): a card per page would cost a second of encoding
/// per hundred pages on large sites, for pages whose title the share already shows.
enum ShareCard {
    static let path = "partage.jpg"
    /// DejaVu Sans (Debian's fonts-dejavu-core, installed by the setup script).
    static let font = "DejaVu Sans Bold 64"

    /// In the brand's primary colour, the title in the colour a button's label has on it: the
    /// brand check holds that pair to 4.5:1 (with the theme's colours, white on #0a4f8a: 8.6:1).
    static func make(title: String, palette: BrandPalette, plan: ImagePlan, cache: ImageCache) -> Result<Data, ImageFailure> {
        let (paper, ink) = (palette.primary.packed, palette.onPrimary.packed)
        let request = "card \(title) \(font) \(paper) \(ink) \(plan.fingerprint)"
        let key = cache.key(source: "share card", request: request)
        if let cached = cache.read(key) { return .success(cached.data) }
        let made = Vips.card(text: title, font: font, width: plan.shareWidth, height: plan.shareHeight,
                             paper: paper, ink: ink, quality: plan.jpegQuality)
        if case .success(let data) = made {
            cache.write(key, Vips.Encoded(data: data, width: plan.shareWidth, height: plan.shareHeight))
        }
        return made
    }
}
