/// `static/brand.css`, written by the build: the brand's palettes as CSS custom properties
/// (`--brand-primary`…), the dark one under `prefers-color-scheme: dark`, and the brand's fonts.
/// A theme reads them with its own colours as fallbacks (`var(--brand-primary, #0a4f8a)`), so a
/// theme that ignores them still works.
public enum BrandStyle {
    public static let path = "static/brand.css"

    public static func css(_ brand: Brand) -> String {
        var css = "/* Généré par Vitrine à partir de « brand » dans site.yml : ne pas modifier. */\n"
        // Relative to static/brand.css, so that the site works under any base path.
        for (family, file) in [("Vitrine Brand Text", brand.textFont), ("Vitrine Brand Headings", brand.headingFont)] {
            guard let file else { continue }
            css += "@font-face { font-family: \"\(family)\"; src: url(\"../\(file)\") format(\"woff2\"); font-display: swap; }\n"
        }
        css += ":root {\n  color-scheme: light dark;\n" + properties(brand.palette(.light))
        if brand.textFont != nil { css += "  --brand-font: \"Vitrine Brand Text\", system-ui, sans-serif;\n" }
        if brand.headingFont != nil { css += "  --brand-heading-font: \"Vitrine Brand Headings\", system-ui, sans-serif;\n" }
        css += "}\n@media (prefers-color-scheme: dark) {\n  :root {\n"
        css += properties(brand.palette(.dark)).split(separator: "\n").map { "  " + $0 + "\n" }.joined()
        css += "  }\n}\n"
        return css
    }

    private static func properties(_ p: BrandPalette) -> String {
        [("primary", p.primary), ("on-primary", p.onPrimary), ("accent", p.accent), ("text", p.text),
         ("muted", p.muted), ("background", p.background), ("soft", p.soft), ("line", p.line)]
            .map { "  --brand-\($0.0): \($0.1.hex);\n" }.joined()
    }
}
