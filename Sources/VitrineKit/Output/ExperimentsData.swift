import Foundation

/// The experiments as open data: CSV (RFC 4180) with the `projets-territoire` column names where a
/// field maps, then our own columns; the same records as JSON; a GeoJSON point per located experiment.
struct ExperimentsData {
    /// One record per experiment, the same for the CSV, the JSON and the GeoJSON.
    let records: [[String: String]]
    static let programme = "Quartiers Métropolitains d'Innovation"

    /// Schema columns first (id, nom, description, phase, phaseStatut, programme, dateDebutPrevisionnelle,
    /// collectiviteIds, createdAt, updatedAt), then Vitrine's.
    static let columns = ["id", "nom", "description", "phase", "phaseStatut", "programme", "dateDebutPrevisionnelle",
                          "collectiviteIds", "createdAt", "updatedAt",
                          "slug", "url", "commune", "statut", "statutLibelle", "resultat", "dateFin", "porteur",
                          "porteurType", "porteurUrl", "lieu", "adresse", "latitude", "longitude", "themes"]

    /// The schema's phase and phase status for each lifecycle status.
    static func phase(_ s: Experiment.Status) -> (String, String) {
        switch s {
        case .candidate: return ("Idée", "En cours")
        case .selected: return ("Étude", "En cours")
        case .testing: return ("Opération", "En cours")
        case .completed, .scaled: return ("Opération", "Terminé")
        case .abandoned: return ("Opération", "Abandonné")
        }
    }

    init(program: Program, label: (Experiment.Status) -> String) {
        records = Self.records(program, label: label)
    }

    static func records(_ program: Program, label: (Experiment.Status) -> String) -> [[String: String]] {
        let rfc = RFC822(timeZone: TimeZone(identifier: program.config.timezone) ?? .gmt)
        func timestamp(_ d: Day?) -> String {
            guard let d else { return "" }
            let offset = rfc.offsetSeconds(d, hour: 0, minute: 0)
            func twoDigits(_ n: Int) -> String { n < 10 ? "0\(n)" : String(n) }
            return "\(d.iso)T00:00:00\(offset < 0 ? "-" : "+")\(twoDigits(abs(offset) / 3600)):\(twoDigits(abs(offset) % 3600 / 60))"
        }
        return program.experiments.sorted { $0.origin.slug < $1.origin.slug }.map { e in
            let commune = program.commune(e.commune)
            let (phase, phaseStatus) = Self.phase(e.status)
            let url = program.config.absoluteURL(e.origin.path)
            return [
                "id": StableID.uuid(for: url), "nom": e.title, "description": e.summary ?? "",
                "phase": phase, "phaseStatut": phaseStatus, "programme": Self.programme,
                "dateDebutPrevisionnelle": e.start?.iso ?? "", "collectiviteIds": commune?.insee ?? "",
                "createdAt": timestamp(e.start ?? e.updated), "updatedAt": timestamp(e.updated ?? e.start),
                "slug": e.origin.slug, "url": url, "commune": commune?.name ?? e.commune, "statut": e.status.rawValue,
                "statutLibelle": label(e.status), "resultat": e.outcome?.rawValue ?? "", "dateFin": e.end?.iso ?? "",
                "porteur": e.innovator?.name ?? "", "porteurType": e.innovator?.kind?.rawValue ?? "",
                "porteurUrl": e.innovator?.url ?? "", "lieu": e.place?.name ?? "", "adresse": e.place?.address ?? "",
                "latitude": e.place?.latitude.map { String($0) } ?? "", "longitude": e.place?.longitude.map { String($0) } ?? "",
                "themes": e.themes.joined(separator: ","),
            ]
        }
    }

    func csv() -> String {
        var out = Self.columns.map(Self.csvField).joined(separator: ",") + "\r\n"
        for record in records {
            out += Self.columns.map { Self.csvField(record[$0] ?? "") }.joined(separator: ",") + "\r\n"
        }
        return out
    }

    /// RFC 4180: quote a field holding a comma, a quote or a line break; double the quotes.
    static func csvField(_ s: String) -> String {
        // On the bytes (the four are ASCII): 10,000 records of 20 fields.
        let special: (UInt8) -> Bool = { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 10 || $0 == 13 }
        guard s.utf8.contains(where: special) else { return s }
        var out: [UInt8] = [UInt8(ascii: "\"")]
        out.reserveCapacity(s.utf8.count + 8)
        for byte in s.utf8 {
            out.append(byte)
            if byte == UInt8(ascii: "\"") { out.append(byte) }
        }
        out.append(UInt8(ascii: "\""))
        return String(decoding: out, as: UTF8.self)
    }

    func json() -> Data {
        let document = JSONValue.object([
            "licence": .string("Licence Ouverte 2.0"), "programme": .string(Self.programme),
            "experiments": .array(records.map { .object($0.mapValues(JSONValue.string)) }),
        ])
        return Data(document.prettyBytes)
    }

    func geoJSON() -> Data {
        let shown: Set<String> = ["id", "nom", "url", "commune", "statut", "statutLibelle", "lieu"]
        let features = records.compactMap { r -> JSONValue? in
            guard let lat = Double(r["latitude"] ?? ""), let lon = Double(r["longitude"] ?? "") else { return nil }
            return .object([
                "type": .string("Feature"),
                "geometry": .object(["type": .string("Point"), "coordinates": .array([.number(lon), .number(lat)])]),
                "properties": .object(r.filter { shown.contains($0.key) }.mapValues(JSONValue.string)),
            ])
        }
        return Data(JSONValue.object(["type": .string("FeatureCollection"), "features": .array(features)]).prettyBytes)
    }
}

/// A UUID derived from a stable key (the item's URL), so the open-data `id` never changes between builds.
enum StableID {
    static func uuid(for key: String) -> String {
        // Two FNV-1a 64-bit hashes with different seeds give the 128 bits; version 8 (custom), RFC 9562 variant.
        func fnv(_ seed: UInt64) -> UInt64 {
            var h = seed
            for b in key.utf8 { h = (h ^ UInt64(b)) &* 0x100000001b3 }
            return h
        }
        var bytes = withUnsafeBytes(of: fnv(0xcbf29ce484222325).bigEndian, Array.init)
            + withUnsafeBytes(of: fnv(0x84222325cbf29ce4).bigEndian, Array.init)
        bytes[6] = (bytes[6] & 0x0F) | 0x80
        bytes[8] = (bytes[8] & 0x3F) | 0x80
        let digits = Array("0123456789abcdef".utf8)
        var text: [UInt8] = []
        for (i, byte) in bytes.enumerated() {
            if i == 4 || i == 6 || i == 8 || i == 10 { text.append(UInt8(ascii: "-")) }
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: text, as: UTF8.self)
    }
}
