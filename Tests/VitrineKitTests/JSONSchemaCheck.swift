import Foundation

/// The part of JSON Schema (draft 2020-12) the published schemas use, so that tests check each
/// JSON file against the schema built beside it. The CI checks the same with `jsonschema`.
enum JSONSchemaCheck {
    /// The places where `instance` breaks `schema`, as `/path: reason`; empty when it conforms.
    static func errors(_ instance: Any, _ schema: [String: Any], at path: String = "") -> [String] {
        var found: [String] = []
        if let types = schema["type"].map({ ($0 as? [String]) ?? [$0 as! String] }), !types.contains(where: { matches(instance, $0) }) {
            return ["\(path): \(instance) is not \(types)"]
        }
        if let allowed = schema["enum"] as? [Any], !allowed.contains(where: { equal($0, instance) }) {
            found.append("\(path): \(instance) not in enum")
        }
        if let constant = schema["const"], !equal(constant, instance) { found.append("\(path): not \(constant)") }
        if let text = instance as? String {
            if let pattern = schema["pattern"] as? String, text.range(of: pattern, options: .regularExpression) == nil {
                found.append("\(path): \(text) does not match \(pattern)")
            }
            if schema["format"] as? String == "date", text.range(of: "^\\d{4}-\\d{2}-\\d{2}$", options: .regularExpression) == nil {
                found.append("\(path): \(text) is not a date")
            }
        }
        if let options = schema["oneOf"] as? [[String: Any]],
           options.filter({ errors(instance, $0, at: path).isEmpty }).count != 1 {
            found.append("\(path): not exactly one of oneOf")
        }
        if let items = schema["items"] as? [String: Any], let list = instance as? [Any] {
            for (i, item) in list.enumerated() { found += errors(item, items, at: "\(path)/\(i)") }
        }
        if let object = instance as? [String: Any] {
            let properties = schema["properties"] as? [String: [String: Any]] ?? [:]
            for key in schema["required"] as? [String] ?? [] where object[key] == nil { found.append("\(path): missing \(key)") }
            for (key, value) in object {
                if let property = properties[key] {
                    found += errors(value, property, at: "\(path)/\(key)")
                } else if schema["additionalProperties"] as? Bool == false {
                    found.append("\(path): unexpected \(key)")
                }
            }
        }
        return found
    }

    private static func matches(_ value: Any, _ type: String) -> Bool {
        // JSONSerialization gives booleans as NSNumbers of type `c` (char), numbers never so.
        let isBool = (value as? NSNumber).map { String(cString: $0.objCType) == "c" } ?? false
        switch type {
        case "null": return value is NSNull
        case "string": return value is String
        case "boolean": return isBool
        case "number": return value is NSNumber && !isBool
        case "integer": return (value as? NSNumber).map { !isBool && $0.doubleValue.rounded() == $0.doubleValue } ?? false
        case "array": return value is [Any]
        case "object": return value is [String: Any]
        default: return false
        }
    }

    private static func equal(_ a: Any, _ b: Any) -> Bool {
        (a as? NSObject)?.isEqual(b) ?? false
    }
}
