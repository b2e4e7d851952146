import Foundation

/// TEMPORARY (measurement only, removed in the next commit): `VITRINE_PLAIN=json,xml,…` runs the
/// plain-Swift version of each named byte-level shortcut, for bench/ to measure its gain.
enum PlainSwiftSwitch {
    static let names: Set<String> = Set((ProcessInfo.processInfo.environment["VITRINE_PLAIN"] ?? "")
        .split(separator: ",").map(String.init))
    /// Read once: a lookup in the set at each call would hash the name in hot paths, and an empty
    /// set answers without hashing, which would favour the fast version.
    static let typo = names.contains("typo"), needswork = names.contains("needswork"), xml = names.contains("xml"),
               csv = names.contains("csv"), relative = names.contains("relative"), abslinks = names.contains("abslinks"),
               frontmatter = names.contains("frontmatter"), slug = names.contains("slug"),
               yamlspaces = names.contains("yamlspaces"), json = names.contains("json")

    // MARK: xml — XMLText over Unicode scalars
    static func xmlEscape(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for c in s.unicodeScalars {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\u{0}"..."\u{8}", "\u{B}", "\u{C}", "\u{E}"..."\u{1F}", "\u{FFFE}", "\u{FFFF}": continue
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }

    // MARK: csv — RFC 4180 quoting through String
    static func csvField(_ s: String) -> String {
        guard s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else { return s }
        return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    // MARK: relative — SitePaths.relative on arrays of folder names
    static func relative(from: String, to: String) -> String {
        let fromFolders = folders(from)
        let toParts = to.split(separator: "/").map(String.init)
        let toFolders = to.hasSuffix("/") ? toParts : Array(toParts.dropLast())
        var common = 0
        while common < fromFolders.count, common < toFolders.count, fromFolders[common] == toFolders[common] { common += 1 }
        var rest = toParts[common...].joined(separator: "/")
        if to.hasSuffix("/") && !rest.isEmpty { rest += "/" }
        let result = String(repeating: "../", count: fromFolders.count - common) + SitePaths.encode(rest)
        return result.isEmpty ? "./" : result
    }

    private static func folders(_ path: String) -> [String] {
        let parts = path.split(separator: "/").map(String.init)
        return path.hasSuffix("/") ? parts : Array(parts.dropLast())
    }

    // MARK: abslinks — AbsoluteLinks.rewrite with String searches
    static func absoluteLinks(_ html: String, base: URL, absolute: (Substring) -> String) -> String {
        var out = ""
        out.reserveCapacity(html.utf8.count + 512)
        var rest = html[...]
        while let found = [" href=\"", " src=\""].compactMap({ rest.range(of: $0) }).min(by: { $0.lowerBound < $1.lowerBound }) {
            out += rest[..<found.upperBound]
            let valueEnd = rest[found.upperBound...].firstIndex(of: "\"") ?? rest.endIndex
            out += absolute(rest[found.upperBound..<valueEnd])
            rest = rest[valueEnd...]
        }
        out += rest
        return out
    }

    // MARK: frontmatter — FrontMatter.split on lines
    static func splitLines(_ text: String) -> (yaml: String, body: String, closeLine: Int)?? {
        let lines = text.split(separator: "\n", maxSplits: .max, omittingEmptySubsequences: false)
        guard lines.count > 1, lines[0] == "---" else { return .none }
        for i in 1..<lines.count where lines[i] == "---" {
            let yaml = lines[1..<i].joined(separator: "\n")
            let body = lines[(i + 1)...].joined(separator: "\n")
            return .some((yaml, body, i - 1))
        }
        return .some(nil)
    }

    // MARK: typo — the French rules over Unicode scalars
    static func french(_ text: String) -> String {
        let nbsp = Typography.nbsp, narrow = Typography.narrow
        var out = String.UnicodeScalarView()
        let scalars = Array(text.unicodeScalars)
        var i = 0
        while i < scalars.count {
            let c = scalars[i]
            let last = out.last
            switch c {
            case "»":
                if last == " " { out.removeLast(); out.append(nbsp) } else if let p = last, p != nbsp, p != narrow { out.append(nbsp) }
                out.append(c)
            case "«":
                out.append(c)
                if i + 1 < scalars.count, scalars[i + 1] != " ", scalars[i + 1] != nbsp { out.append(nbsp) }
            case " ":
                if !(last == " " || last == nbsp || last == narrow) { out.append(last == "«" ? nbsp : " ") }
            case ":":
                if last == " " { out.removeLast(); out.append(nbsp) }
                out.append(c)
            case "'":
                let afterLetter = last.map { $0.isASCII ? ($0.value | 0x20) >= 0x61 && ($0.value | 0x20) <= 0x7A : $0.properties.isAlphabetic }
                out.append(afterLetter == true ? "’" : "'")
            case ";", "!", "?":
                if last == " " || last == nbsp { out.removeLast(); out.append(narrow) }
                out.append(c)
            default:
                out.append(c)
            }
            i += 1
        }
        return String(out)
    }
}

// MARK: json — JSONValue written into a String, strings escaped over Unicode scalars
extension PlainSwiftSwitch {
    static func jsonCompact(_ value: JSONValue, forScript: Bool, into out: inout String) {
        switch value {
        case .string(let text): jsonString(text, forScript: forScript, into: &out)
        case .number(let n): out += JSONValue.number(n)
        case .bool(let b): out += b ? "true" : "false"
        case .null: out += "null"
        case .array(let items):
            out += "["
            for (i, item) in items.enumerated() {
                if i > 0 { out += "," }
                jsonCompact(item, forScript: forScript, into: &out)
            }
            out += "]"
        case .object(let members):
            out += "{"
            let keys = members.keys.map { ($0.lowercased(), $0) }.sorted(by: <).map(\.1)
            for (i, key) in keys.enumerated() {
                if i > 0 { out += "," }
                jsonString(key, forScript: forScript, into: &out)
                out += ":"
                jsonCompact(members[key]!, forScript: forScript, into: &out)
            }
            out += "}"
        }
    }

    static func jsonPretty(_ value: JSONValue, depth: Int, into out: inout String) {
        let indent = { (d: Int) in String(repeating: "  ", count: d) }
        switch value {
        case .string(let s): jsonString(s, forScript: false, into: &out)
        case .number(let n): out += JSONValue.number(n)
        case .bool(let b): out += b ? "true" : "false"
        case .null: out += "null"
        case .array(let items):
            out += "[\n"
            if items.isEmpty { out += "\n" }
            for (i, item) in items.enumerated() {
                out += indent(depth + 1)
                jsonPretty(item, depth: depth + 1, into: &out)
                out += i == items.count - 1 ? "\n" : ",\n"
            }
            out += indent(depth) + "]"
        case .object(let members):
            out += "{\n"
            if members.isEmpty { out += "\n" }
            let keys = members.keys.sorted()
            for (i, key) in keys.enumerated() {
                out += indent(depth + 1)
                jsonString(key, forScript: false, into: &out)
                out += " : "
                jsonPretty(members[key]!, depth: depth + 1, into: &out)
                out += i == keys.count - 1 ? "\n" : ",\n"
            }
            out += indent(depth) + "}"
        }
    }

    static func jsonString(_ text: String, forScript: Bool, into out: inout String) {
        out += "\""
        for c in text.unicodeScalars {
            switch c {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{8}": out += "\\b"
            case "\u{C}": out += "\\f"
            case "\u{0}"..."\u{1F}": out += unicodeEscape(c.value)
            case "<", ">", "&", "\u{2028}", "\u{2029}":
                if forScript { out += unicodeEscape(c.value) } else { out.unicodeScalars.append(c) }
            default: out.unicodeScalars.append(c)
            }
        }
        out += "\""
    }

    private static func unicodeEscape(_ value: UInt32) -> String {
        let hex = String(value, radix: 16)
        return "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
    }
}
