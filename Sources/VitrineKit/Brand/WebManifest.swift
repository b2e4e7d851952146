import Foundation

/// `site.webmanifest`: what a phone shows for the site saved to its home screen. Addresses are
/// relative to the manifest, so the site works under any base path.
public enum WebManifest {
    public static let path = "site.webmanifest"

    public static func json(name: String, shortName: String, description: String?, language: String,
                            themeColor: RGB, backgroundColor: RGB, icons: [(path: String, size: Int)]) -> Data {
        var fields: [String: JSONValue] = [
            "name": .string(name), "short_name": .string(shortName), "lang": .string(language),
            "start_url": .string("./"), "scope": .string("./"), "display": .string("browser"),
            "theme_color": .string(themeColor.hex), "background_color": .string(backgroundColor.hex),
            "icons": .array(icons.map { .object(["src": .string($0.path), "sizes": .string("\($0.size)x\($0.size)"),
                                                 "type": .string("image/png")]) }),
        ]
        if let description { fields["description"] = .string(description) }
        return Data(JSONValue.object(fields).prettyBytes)
    }

    /// The name under a home-screen icon, when `brand.shortName` does not give one: the title when
    /// short, else its initials (« Quartiers Métropolitains d'Innovation » → « QMI »).
    public static func shortName(for title: String) -> String {
        if title.count <= 12 { return title }
        let initials = title.split(whereSeparator: { $0 == " " || $0 == "'" || $0 == "’" || $0 == "-" })
            .compactMap(\.first).filter(\.isUppercase)
        return initials.count >= 2 ? String(initials) : String(title.prefix(12))
    }
}
