import Foundation
import Yams

/// What decoders check references against: commune slugs (from file names) and theme slugs (site.yml).
struct KnownReferences: Sendable, Equatable {
    var communes: Set<String>
    var themes: Set<String>
}

/// Fields shared by several kinds of content.
extension FieldReader {
    func image(_ key: String = "image") -> ImageRef? {
        guard let obj = object(key) else { return nil }
        defer { obj.warnUnknownKeys() }
        let src = obj.string("src", required: true, expected: Message("le chemin de l'image, par exemple media/photo.jpg", en: "the image's path, for example media/photo.jpg"))
        let alt = obj.text("alt", required: true, expected: Message("une description de l'image pour les personnes qui ne la voient pas", en: "a description of the image for people who cannot see it"))
        if let alt, alt.trimmed(.whitespaces).isEmpty {
            problems.error(obj.mapping["alt"]?.mark ?? obj.mark, field: obj.name("alt"),
                           Message("« \(obj.name("alt")) » est vide : décrivez l'image pour les personnes qui ne la voient pas.", en: "“\(obj.name("alt"))” is empty: describe the image for people who cannot see it."))
            return nil
        }
        let credit = obj.text("credit")
        guard let src, let alt else { return nil }
        return ImageRef(src: src, alt: alt, credit: credit)
    }

    func place(_ key: String = "place") -> Place? {
        guard let obj = object(key) else { return nil }
        defer { obj.warnUnknownKeys() }
        let name = obj.text("name", required: true, expected: Message("le nom du lieu", en: "the place's name"))
        let address = obj.text("address")
        let lat = obj.double("lat", in: -90...90)
        let lon = obj.double("lon", in: -180...180)
        if (lat == nil) != (lon == nil), obj.has("lat") != obj.has("lon") {
            problems.warning(obj.mark, field: obj.name("lat"), Message("« lat » et « lon » vont ensemble : la position est ignorée.", en: "“lat” and “lon” go together: the position is ignored."))
        }
        guard let name else { return nil }
        let both = lat != nil && lon != nil
        return Place(name: name, address: address, latitude: both ? lat : nil, longitude: both ? lon : nil)
    }

    /// Theme slugs, each checked against site.yml.
    func themes(_ key: String = "themes", known: KnownReferences) -> [String] {
        strings(key).compactMap { slug, mark in
            guard known.themes.contains(slug) else {
                problems.error(mark, field: name(key),
                               Message("thème inconnu « \(slug) » dans « \(name(key)) » : les thèmes possibles sont ceux de site.yml (\(known.themes.sorted().joined(separator: ", "))).", en: "unknown theme “\(slug)” in “\(name(key))”: the themes are those of site.yml (\(known.themes.sorted().joined(separator: ", ")))."))
                return nil
            }
            return slug
        }
    }

    /// A commune slug, checked against the files in communes/.
    func communeRef(_ key: String, required: Bool, known: KnownReferences) -> String? {
        guard let (slug, mark) = located(key, required: required, expected: Message("le nom de fichier d'une commune, sans .md", en: "a commune's file name, without .md")) else {
            return nil
        }
        return checkCommune(slug, mark: mark, key: key, known: known)
    }

    func communeRefs(_ key: String, known: KnownReferences) -> [String] {
        strings(key).compactMap { checkCommune($0, mark: $1, key: key, known: known) }
    }

    private func checkCommune(_ slug: String, mark: Mark?, key: String, known: KnownReferences) -> String? {
        guard known.communes.contains(slug) else {
            problems.error(mark, field: name(key),
                           Message("commune inconnue « \(slug) » dans « \(name(key)) » : il faut un fichier communes/\(slug).md (communes existantes : \(known.communes.sorted().joined(separator: ", "))).", en: "unknown commune “\(slug)” in “\(name(key))”: there must be a file communes/\(slug).md (existing communes: \(known.communes.sorted().joined(separator: ", ")))."))
            return nil
        }
        return slug
    }

    /// A URL typed by a writer: http(s), mailto or relative; `javascript:` and `data:` are refused.
    func url(_ key: String) -> String? {
        guard let (text, mark) = located(key) else { return nil }
        guard SafeURL.isAllowed(text) else {
            problems.error(mark, field: name(key),
                           Message("« \(name(key)) » doit être une adresse http(s), mailto ou relative ; trouvé « \(text) ».", en: "“\(name(key))” must be an http(s), mailto or relative address; found “\(text)”."))
            return nil
        }
        return text
    }
}

/// The URL schemes a writer may use.
enum SafeURL {
    static func isAllowed(_ url: String) -> Bool {
        let trimmed = url.trimmed()
        guard let colon = trimmed.utf8.firstIndex(of: UInt8(ascii: ":")) else { return true }
        let scheme = trimmed[..<colon]
        // "a/b:c" or "?x=a:b" is relative: a scheme has only letters, digits, + - .
        let isSchemeCharacter: (Character) -> Bool = { $0.isLetter || $0.isNumber || "+-.".contains($0) }
        if scheme.contains(where: { !isSchemeCharacter($0) }) { return true }
        return ["http", "https", "mailto", "tel"].contains(scheme.lowercased())
    }
}
