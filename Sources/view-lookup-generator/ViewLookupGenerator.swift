import Foundation

/// Writes `ViewLookup.swift` at build time (the `ViewLookupPlugin`): a `TemplateData`
/// conformance for every view-model struct of `Views/`, so templates read fields through a switch
/// over field numbers bound when the theme is parsed (`TemplateKey`), and the set of every field a
/// template may name, which the theme's loading checks its tags against.
///
/// Usage: view-lookup-generator OUTPUT SOURCE.swift...
/// A view model is a struct declared at the start of a line; its fields are the `let` and `var`
/// declared at the first indentation level of its body.

/// Not view models (no template reads them: `OpenDataFile` is the catalogue the open-data page and its
/// JSON-LD are made from), or written by hand (they hold the view models by reference).
let skipped: Set<String> = ["PageRenderer", "Paging", "ExperimentListing", "Shown", "PageContext", "ViewReference", "OpenDataFile"]
/// What a template reads besides the view models: the context's three names and site.yml's contacts.
let contextNames = ["layout", "page", "t"]
let contactFields = ["name", "address", "phone", "director"]

func matches(_ pattern: NSRegularExpression, in text: String) -> [[String]] {
    let ns = text as NSString
    return pattern.matches(in: text, range: NSRange(location: 0, length: ns.length)).map { match in
        (0..<match.numberOfRanges).map { i in
            let range = match.range(at: i)
            return range.location == NSNotFound ? "" : ns.substring(with: range)
        }
    }
}

/// Writes the lookup for `arguments` (OUTPUT SOURCE.swift...).
func generate(_ arguments: ArraySlice<String>) throws {
    guard let output = arguments.first else {
        FileHandle.standardError.write(Data("usage: view-lookup-generator OUTPUT SOURCE.swift...\n".utf8))
        exit(2)
    }
    let structPattern = try NSRegularExpression(pattern: #"^struct (\w+)(<[^>]*>)?[^{]*\{\n(.*?)^\}"#,
                                                options: [.anchorsMatchLines, .dotMatchesLineSeparators])
    let fieldPattern = try NSRegularExpression(pattern: #"^    (?:let|var) (\w+):"#, options: [.anchorsMatchLines])
    var views: [(name: String, fields: [String])] = []
    for source in arguments.dropFirst().sorted() where !source.hasSuffix("/ViewLookup.swift") {
        let text = try String(contentsOfFile: source, encoding: .utf8)
        for match in matches(structPattern, in: text) where !skipped.contains(match[1]) {
            views.append((match[1], matches(fieldPattern, in: match[3]).map { $0[1] }))
        }
    }
    views.append(("SiteConfig.Contact", contactFields))

    let names = Set(contextNames + views.flatMap(\.fields)).sorted()
    let ids = Dictionary(uniqueKeysWithValues: names.enumerated().map { ($1, $0) })
    var lines = ["// Generated at build time by view-lookup-generator (ViewLookupPlugin) from the view models of Views/.", ""]
    for (name, fields) in views {
        lines += ["extension \(name): TemplateData {", "    var templateValue: TemplateValue? { .view(self) }",
                  "    func field(_ key: TemplateKey) -> TemplateValue? {", "        switch key.id {"]
        lines += fields.map { "        case \(ids[$0]!): return self.\($0).templateValue  // \($0)" }
        lines += ["        default: return nil", "        }", "    }", "}", ""]
    }
    lines += ["/// Every name a template may read: the view models' fields and the context's own names, numbered.",
              "enum ViewFields {",
              "    static let names: Set<String> = Set(ids.keys)",
              "    static let ids: [String: Int] = [",
              names.map { "        \"\($0)\": \(ids[$0]!)," }.joined(separator: "\n"),
              "    ]",
              "}", ""]
    let text = lines.joined(separator: "\n")
    // Written only when it changes, so that an unchanged lookup does not recompile the library.
    if (try? String(contentsOfFile: output, encoding: .utf8)) != text {
        try text.write(toFile: output, atomically: true, encoding: .utf8)
    }
}

#if FUZZING
// `scripts/fuzz.sh` builds with `--sanitize=fuzzer -Xswiftc -DFUZZING`, which SwiftPM applies to this
// tool too: libFuzzer's `main` then runs instead of ours, and calls this first, before any fuzzing.
@_cdecl("LLVMFuzzerInitialize")
public func writeLookupBeforeFuzzing(_ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>) -> CInt {
    do { try generate(CommandLine.arguments.dropFirst()) } catch { fatalError("\(error)") }
    exit(0)
}

@_cdecl("LLVMFuzzerTestOneInput")
public func noInputToFuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt { 0 }
#else
@main
struct ViewLookupGenerator {
    static func main() throws {
        try generate(CommandLine.arguments.dropFirst())
    }
}
#endif
