/// A photo as published: its variants by width, in WebP and in a fallback format every browser
/// reads, with the size it is shown at (upright). Pages point at these, never at the original.
public struct ResponsiveImage: Sendable, Equatable {
    public struct Variant: Sendable, Equatable {
        public let width: Int
        public let height: Int
        /// Site paths.
        public let webp: String
        public let fallback: String
    }

    /// Widest last; the fallback is JPEG, or PNG for a photo with transparency.
    public let variants: [Variant]
    /// 1200 × 630, cropped from the photo, for share cards.
    public let share: String?
    /// How wide the theme shows it (`sizes`), from the plan it was made with.
    public let sizes: String

    public var width: Int { variants.last?.width ?? 0 }
    public var height: Int { variants.last?.height ?? 0 }

    /// The variant `src` points at: the one closest to the layout's column on a laptop (800).
    var defaultVariant: Variant { variants.first { $0.width >= 800 } ?? variants.last! }

    func srcset(_ href: (String) -> String, webp: Bool) -> String {
        variants.map { "\(href(webp ? $0.webp : $0.fallback)) \($0.width)w" }.joined(separator: ", ")
    }

    /// `<picture>` with a WebP source and a fallback `<img>`, sized (no layout shift), decoded
    /// off the main thread, lazy unless it is the page's first screen.
    func html(alt: String, title: String? = nil, className: String? = nil, lazy: Bool,
              href: (String) -> String) -> String {
        let sizes = HTMLText.escape(sizes)
        var img = "<img src=\"\(HTMLText.escape(href(defaultVariant.fallback)))\""
        img += " srcset=\"\(HTMLText.escape(srcset(href, webp: false)))\" sizes=\"\(sizes)\""
        img += " alt=\"\(HTMLText.escape(alt))\""
        if let title, !title.isEmpty { img += " title=\"\(HTMLText.escape(title))\"" }
        if let className { img += " class=\"\(className)\"" }
        img += " width=\"\(width)\" height=\"\(height)\"\(lazy ? " loading=\"lazy\"" : "") decoding=\"async\">"
        return "<picture><source type=\"image/webp\" srcset=\"\(HTMLText.escape(srcset(href, webp: true)))\" sizes=\"\(sizes)\">"
            + img + "</picture>"
    }
}
