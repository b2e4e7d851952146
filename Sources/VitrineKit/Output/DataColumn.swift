/// A column of a published table: the CSV header, the JSON key, and the type both files and
/// their published schemas (Table Schema for a CSV, JSON Schema for a JSON file) declare.
struct DataColumn {
    enum Kind {
        case text, uuid, date, dateTime, integer, number, uri, email
        /// A list of texts: a JSON array, and in a CSV cell the same array as compact JSON
        /// (Table Schema's `array` type, as the « projets-territoire » schema writes it).
        case textList
    }

    let name: String
    let kind: Kind
    /// Always filled; otherwise empty in the CSV and `null` in the JSON when unknown.
    var required = false
    var allowed: [String]? = nil
    var pattern: String? = nil

    /// The value in a CSV cell: empty when unknown.
    static func csvCell(_ value: JSONValue) -> String {
        switch value {
        case .null: return ""
        case .string(let s): return s
        case .number(let n): return JSONValue.number(n)
        case .bool(let b): return b ? "true" : "false"
        case .array, .object: return value.compact
        }
    }

    /// This column in a JSON Schema (draft 2020-12): `null` allowed unless required.
    var jsonSchema: JSONValue {
        var o: [String: JSONValue]
        switch kind {
        case .text: o = ["type": "string"]
        case .uuid: o = ["type": "string", "format": "uuid"]
        case .date: o = ["type": "string", "format": "date"]
        case .dateTime: o = ["type": "string", "format": "date-time"]
        case .uri: o = ["type": "string", "format": "uri"]
        case .email: o = ["type": "string", "format": "email"]
        case .integer: o = ["type": "integer"]
        case .number: o = ["type": "number"]
        case .textList: o = ["type": "array", "items": ["type": "string"]]
        }
        if let pattern { o["pattern"] = .string(pattern) }
        if let allowed { o["enum"] = .array(allowed.map(JSONValue.string) + (required ? [] : [.null])) }
        if !required, case .string(let type)? = o["type"] { o["type"] = .array([.string(type), "null"]) }
        return .object(o)
    }

    /// This column in a Table Schema (frictionless), with its meaning in the site's language.
    func tableSchemaField(description: String) -> JSONValue {
        var o: [String: JSONValue] = ["name": .string(name), "description": .string(description)]
        switch kind {
        case .text: o["type"] = "string"
        case .uuid: o["type"] = "string"; o["format"] = "uuid"
        case .date: o["type"] = "date"
        case .dateTime: o["type"] = "datetime"
        case .uri: o["type"] = "string"; o["format"] = "uri"
        case .email: o["type"] = "string"; o["format"] = "email"
        case .integer: o["type"] = "integer"
        case .number: o["type"] = "number"
        case .textList: o["type"] = "array"
        }
        var constraints: [String: JSONValue] = [:]
        if required { constraints["required"] = .bool(true) }
        if let allowed { constraints["enum"] = .array(allowed.map(JSONValue.string)) }
        if let pattern { constraints["pattern"] = .string(pattern) }
        if !constraints.isEmpty { o["constraints"] = .object(constraints) }
        return .object(o)
    }
}

/// A JSON value for an optional text: `null` when unknown.
extension Optional where Wrapped == String {
    var json: JSONValue { map(JSONValue.string) ?? .null }
}
