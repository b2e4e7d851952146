import Foundation

/// The experiments as open data: `experiments.csv` exactly on the national schema
/// « projets-territoire », Vitrine's own columns in `experiments-complements.csv` (joined on
/// `id`), every column typed in `experiments.json`, a GeoJSON point per located experiment.
struct ExperimentsData {
    /// One record per experiment, with every column of both CSV files.
    let records: [[String: JSONValue]]
    static let programme = "Quartiers Métropolitains d'Innovation"

    /// Where the schema is published, and the version the CSV follows.
    static let schemaName = "projets-territoire"
    static let schemaVersion = "v0.1.0"
    static let schemaURL = "https://raw.githubusercontent.com/betagouv/schema-projet-collectivites-transition-ecologique/v0.1.0/projets-territoire/schema.json"
    static let schemaPage = "https://github.com/betagouv/schema-projet-collectivites-transition-ecologique"

    private static let timestamp = "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:?\\d{2})$"

    /// « projets-territoire » v0.1.0 (copy in `Tests/Fixtures/schemas/`): its 22 fields in its
    /// order, with its types, patterns and enums.
    static let schemaColumns: [DataColumn] = [
        DataColumn(name: "id", kind: .uuid, required: true),
        DataColumn(name: "createdAt", kind: .dateTime, required: true, pattern: timestamp),
        DataColumn(name: "updatedAt", kind: .dateTime, required: true, pattern: timestamp),
        DataColumn(name: "nom", kind: .text, required: true),
        DataColumn(name: "description", kind: .text),
        DataColumn(name: "budgetPrevisionnel", kind: .integer),
        DataColumn(name: "dateDebutPrevisionnelle", kind: .date),
        DataColumn(name: "phase", kind: .text, allowed: ["Idée", "Étude", "Opération"]),
        DataColumn(name: "phaseStatut", kind: .text, allowed: ["En cours", "En retard", "En pause", "Bloqué", "Abandonné", "Terminé"]),
        DataColumn(name: "programme", kind: .text),
        DataColumn(name: "porteurCodeSiret", kind: .text, pattern: "^\\d{14}$"),
        DataColumn(name: "porteurReferentEmail", kind: .email),
        DataColumn(name: "porteurReferentTelephone", kind: .text),
        DataColumn(name: "porteurReferentPrenom", kind: .text),
        DataColumn(name: "porteurReferentNom", kind: .text),
        DataColumn(name: "porteurReferentFonction", kind: .text),
        DataColumn(name: "competences", kind: .textList),
        DataColumn(name: "leviers", kind: .textList),
        DataColumn(name: "mecId", kind: .text),
        DataColumn(name: "tetId", kind: .text),
        DataColumn(name: "recocoId", kind: .text),
        DataColumn(name: "collectiviteIds", kind: .textList),
    ]

    /// What the program knows beyond the schema, keyed by the same `id`.
    static let complementColumns: [DataColumn] = [
        DataColumn(name: "id", kind: .uuid, required: true),
        DataColumn(name: "slug", kind: .text, required: true),
        DataColumn(name: "url", kind: .uri, required: true),
        DataColumn(name: "commune", kind: .text, required: true),
        DataColumn(name: "codeInsee", kind: .text, pattern: "^[0-9][0-9AB][0-9]{3}$"),
        DataColumn(name: "statut", kind: .text, required: true, allowed: Experiment.Status.allCases.map(\.rawValue)),
        DataColumn(name: "statutLibelle", kind: .text, required: true),
        DataColumn(name: "resultat", kind: .text, allowed: Experiment.Outcome.allCases.map(\.rawValue)),
        DataColumn(name: "dateFin", kind: .date),
        DataColumn(name: "porteur", kind: .text),
        DataColumn(name: "porteurType", kind: .text, allowed: Experiment.InnovatorKind.allCases.map(\.rawValue)),
        DataColumn(name: "porteurUrl", kind: .text),
        DataColumn(name: "lieu", kind: .text),
        DataColumn(name: "adresse", kind: .text),
        DataColumn(name: "latitude", kind: .number),
        DataColumn(name: "longitude", kind: .number),
        DataColumn(name: "themes", kind: .textList, required: true),
    ]

    /// The JSON file's columns: both CSV files', `id` once.
    static let jsonColumns = schemaColumns + complementColumns.dropFirst()

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

    static func records(_ program: Program, label: (Experiment.Status) -> String) -> [[String: JSONValue]] {
        let clock = ISOTimestamp(timeZone: program.config.timezone)
        return program.experiments.sorted { $0.origin.slug < $1.origin.slug }.map { e in
            let commune = program.commune(e.commune)
            let (phase, phaseStatus) = Self.phase(e.status)
            let url = program.config.absoluteURL(e.origin.path)
            // The schema requires both dates: an experiment with neither start nor update is
            // dated by the build, the first day it is published as known.
            let created = e.start ?? e.updated ?? program.now, updated = e.updated ?? e.start ?? program.now
            let known: [String: JSONValue] = [
                "id": .string(StableID.uuid(for: url)), "createdAt": .string(clock.format(created)),
                "updatedAt": .string(clock.format(updated)), "nom": .string(e.title), "description": e.summary.json,
                "dateDebutPrevisionnelle": (e.start?.iso).json, "phase": .string(phase), "phaseStatut": .string(phaseStatus),
                "programme": .string(Self.programme),
                "slug": .string(e.origin.slug), "url": .string(url), "commune": .string(commune?.name ?? e.commune),
                "codeInsee": (commune?.insee).json, "statut": .string(e.status.rawValue), "statutLibelle": .string(label(e.status)),
                "resultat": (e.outcome?.rawValue).json, "dateFin": (e.end?.iso).json,
                "porteur": (e.innovator?.name).json, "porteurType": (e.innovator?.kind?.rawValue).json,
                "porteurUrl": (e.innovator?.url).json, "lieu": (e.place?.name).json, "adresse": (e.place?.address).json,
                "latitude": e.place?.latitude.map(JSONValue.number) ?? .null, "longitude": e.place?.longitude.map(JSONValue.number) ?? .null,
                "themes": .array(e.themes.map(JSONValue.string)),
            ]
            // The schema's other fields (budget, SIRET, referent, M57 competences, SGPE levers,
            // other services' ids, collectivity ids) are not in the program's content: unknown.
            return known.merging(jsonColumns.map { ($0.name, .null) }) { have, _ in have }
        }
    }

    /// RFC 4180, with a header line of the columns' names.
    func csv(_ columns: [DataColumn]) -> String {
        var out = columns.map { Self.csvField($0.name) }.joined(separator: ",") + "\r\n"
        for record in records {
            out += columns.map { Self.csvField(DataColumn.csvCell(record[$0.name] ?? .null)) }.joined(separator: ",") + "\r\n"
        }
        return out
    }

    /// RFC 4180: quote a field holding a comma, a quote or a line break; double the quotes.
    static func csvField(_ s: String) -> String {
        guard s.unicodeScalars.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return s }
        return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    func json() -> Data {
        let document = JSONValue.object([
            "licence": .string(OpenDataLicence.name), "programme": .string(Self.programme),
            "experiments": .array(records.map(JSONValue.object)),
        ])
        return Data(document.prettyBytes)
    }

    func geoJSON() -> Data {
        let shown: Set<String> = ["id", "nom", "url", "commune", "statut", "statutLibelle", "lieu"]
        let features = records.compactMap { r -> JSONValue? in
            guard case .number(let lat)? = r["latitude"], case .number(let lon)? = r["longitude"] else { return nil }
            return .object([
                "type": .string("Feature"),
                "geometry": .object(["type": .string("Point"), "coordinates": .array([.number(lon), .number(lat)])]),
                "properties": .object(r.filter { shown.contains($0.key) }),
            ])
        }
        return Data(JSONValue.object(["type": .string("FeatureCollection"), "features": .array(features)]).prettyBytes)
    }
}

/// The licence of every open data file.
enum OpenDataLicence {
    static let name = "Licence Ouverte 2.0"
    static let url = "https://www.etalab.gouv.fr/licence-ouverte-open-licence/"
}
