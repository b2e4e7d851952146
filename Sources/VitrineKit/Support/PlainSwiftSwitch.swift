import Foundation

/// TEMPORARY (measurement only, removed in the next commit): `VITRINE_PLAIN=escape,bake,…` runs
/// the plain-Swift version of each named micro-optimisation, for bench/ to measure its gain.
enum PlainSwiftSwitch {
    static let names: Set<String> = Set((ProcessInfo.processInfo.environment["VITRINE_PLAIN"] ?? "")
        .split(separator: ",").map(String.init))
    static func plain(_ name: String) -> Bool { names.contains(name) }

    static func escape(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for c in s.unicodeScalars {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }
}
