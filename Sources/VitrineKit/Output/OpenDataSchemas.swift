/// The schemas published beside the open data files, so that a reuser (and the CI's
/// independent validators) can check each file: JSON Schema (draft 2020-12) for the JSON files,
/// Table Schema for the complements CSV. The experiments CSV follows the national schema itself.
enum OpenDataSchemas {
    static let draft = "https://json-schema.org/draft/2020-12/schema"

    /// `data/experiments.schema.json`.
    static func experiments(baseURL: String) -> JSONValue {
        let record: JSONValue = [
            "type": "object", "additionalProperties": .bool(false),
            "required": .array(ExperimentsData.jsonColumns.map { .string($0.name) }),
            "properties": .object(Dictionary(uniqueKeysWithValues: ExperimentsData.jsonColumns.map { ($0.name, $0.jsonSchema) })),
        ]
        return [
            "$schema": .string(draft), "$id": .string(baseURL + "data/experiments.schema.json"),
            "title": "experiments.json", "type": "object", "additionalProperties": .bool(false),
            "required": ["licence", "programme", "experiments"],
            "properties": ["licence": ["const": .string(OpenDataLicence.name)], "programme": ["type": "string"],
                           "experiments": ["type": "array", "items": record]],
        ]
    }

    /// `data/experiments-complements.schema.json`, a Table Schema whose fields say what they mean.
    static func complements(describe: (String) -> String) -> JSONValue {
        [
            "name": "experiments-complements", "title": "experiments-complements.csv",
            "fields": .array(ExperimentsData.complementColumns.map { $0.tableSchemaField(description: describe($0.name)) }),
            "missingValues": [""], "primaryKey": "id",
        ]
    }

    /// `data/communes.schema.json`.
    static func communes(baseURL: String) -> JSONValue {
        let date = DataColumn(name: "", kind: .date, required: true).jsonSchema
        let nullableDate = DataColumn(name: "", kind: .date).jsonSchema
        let text: JSONValue = ["type": "string"]
        func object(_ properties: [String: JSONValue]) -> JSONValue {
            ["type": "object", "additionalProperties": .bool(false), "required": .array(properties.keys.sorted().map(JSONValue.string)),
             "properties": .object(properties)]
        }
        let amendment = object(["summary": text, "requested": nullableDate, "signed": nullableDate, "ends": nullableDate])
        let convention = object([
            "reference": ["type": ["string", "null"]],
            "status": ["enum": .array(ConventionState.Status.allCases.map { .string($0.rawValue) })],
            "status_label": text, "signed": nullableDate, "ends": date, "termination_effective": nullableDate,
            "termination_ends_convention": ["type": ["boolean", "null"]],
            "amendments_in_effect": ["type": "array", "items": amendment],
            "amendments_pending": ["type": "array", "items": amendment],
        ])
        let commune = object([
            "slug": text, "name": text, "insee": ["type": "string", "pattern": "^[0-9][0-9AB][0-9]{3}$"],
            "url": ["type": "string", "format": "uri"], "promotion": ["type": ["integer", "null"]],
            "convention": ["oneOf": [convention, ["type": "null"]]],
        ])
        var document = object(["build_date": date, "licence": ["const": .string(OpenDataLicence.name)],
                               "communes": ["type": "array", "items": commune]])
        if case .object(var o) = document {
            o["$schema"] = .string(draft)
            o["$id"] = .string(baseURL + "data/communes.schema.json")
            o["title"] = "communes.json"
            document = .object(o)
        }
        return document
    }
}
