import Foundation
import Yams

extension Brand {
    /// Decodes `brand` of site.yml: colours read and their contrast checked here, where each has
    /// its line; the files (logo, fonts) are checked against media/ by the build.
    static func decode(_ r: FieldReader) -> Brand {
        var brand = Brand()
        defer { r.warnUnknownKeys() }
        if let (logo, mark) = r.located("logo") {
            brand.logo = logo.hasPrefix("/") ? String(logo.dropFirst()) : logo
            brand.logoLine = mark?.line
        }
        brand.shortName = r.string("shortName")
        if let fonts = r.object("fonts") {
            for key in ["text", "headings"] {
                guard let (file, mark) = fonts.located(key) else { continue }
                brand.fontLines[key] = mark?.line
                if key == "text" { brand.textFont = file } else { brand.headingFont = file }
            }
            fonts.warnUnknownKeys()
        }
        var marks: [BrandRole: Mark?] = [:]
        if let colors = r.object("colors") {
            defer { colors.warnUnknownKeys() }
            for role in BrandRole.allCases {
                let field = colors.name(role.rawValue)
                // `primary: #1b4f8a` without quotes is a YAML comment: the field is empty.
                if colors.value(role.rawValue) != nil && !colors.has(role.rawValue) {
                    colors.problems.error(colors.value(role.rawValue)?.mark ?? colors.mark, field: field,
                        Message("« \(field) » est vide : une couleur s'écrit entre guillemets, par exemple \(role.rawValue): \"#1b4f8a\" (sans guillemets, # commence un commentaire).",
                                en: "“\(field)” is empty: a colour is written in quotes, for example \(role.rawValue): \"#1b4f8a\" (without quotes, # starts a comment)."))
                    continue
                }
                guard let (text, mark) = colors.located(role.rawValue) else { continue }
                guard let color = RGB(hex: text) else {
                    colors.problems.error(mark, field: field,
                        Message("« \(field) » doit être une couleur écrite #rrggbb, par exemple \"#1b4f8a\" ; trouvé « \(text) ».",
                                en: "“\(field)” must be a colour written #rrggbb, for example \"#1b4f8a\"; found “\(text)”."))
                    continue
                }
                brand.colors[role] = color
                marks[role] = mark
            }
        }
        for failure in ContrastCheck.failures(brand.colors) {
            let field = "brand.colors.\(failure.role.rawValue)"
            r.problems.error(marks[failure.role] ?? r.mark, field: field, ContrastCheck.message(failure, field: field))
        }
        return brand
    }
}
