/// What the image pipeline makes of each photo: the widths a page may ask for, the formats and
/// their quality, the share image's size. Part of every cache key, so that a change here
/// re-encodes what it changes.
struct ImagePlan: Sendable, Equatable {
    /// Widths offered in `srcset`, never more than the source's own.
    var widths = [480, 800, 1200, 1600]
    var webpQuality = 80
    var jpegQuality = 82
    /// Open Graph's recommended size, which social networks crop to.
    var shareWidth = 1200
    var shareHeight = 630
    /// The layout's widest column (`sizes`): a photo is never shown wider than this.
    var sizes = "(min-width: 62rem) 58rem, calc(100vw - 2rem)"
    /// Over these, a photo still goes through, with a warning: it is slow to process and heavy.
    var megapixelBudget = 40
    var byteBudget = 20 * 1024 * 1024

    static let standard = ImagePlan()

    /// Files the pipeline publishes as photos (any other file of media/ is copied as it is).
    static let rasterExtensions: Set<String> = ["jpg", "jpeg", "png", "webp", "heic", "heif", "tif", "tiff"]

    /// The widths made for a photo `width` pixels wide (upright): the planned ones below it, and
    /// its own width when it is narrower than the widest planned.
    func widths(forSourceWidth width: Int) -> [Int] {
        var result = widths.filter { $0 < width }
        if let widest = widths.last, width <= widest || result.isEmpty { result.append(min(width, widest)) }
        if result.isEmpty { result = [width] }
        return result
    }

    /// What in the plan changes the bytes of a variant.
    var fingerprint: String {
        "widths \(widths) webp \(webpQuality) jpeg \(jpegQuality) share \(shareWidth)x\(shareHeight) v1"
    }
}
