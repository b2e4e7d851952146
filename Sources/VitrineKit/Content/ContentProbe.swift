/// Decodes one front matter as every kind of content, outside any site: the fuzzer's way in to
/// the YAML decoding. Returns the problems found.
public enum ContentProbe {
    public static func decode(_ yaml: String) -> [Diagnostic] {
        let known = KnownReferences(communes: ["sceaux"], themes: ["energie"])
        var all: [Diagnostic] = []
        for kind in ContentKind.allCases {
            let problems = FileProblems(file: "content/fuzz.md", lineOffset: 1)
            if let reader = FieldReader.top(yaml: yaml, problems: problems) {
                _ = ItemDecoder.decode(kind: kind, origin: Origin(file: "fuzz.md", path: "fuzz/", slug: "fuzz"),
                                       reader: reader, body: Body(markdown: "", firstLine: 1), known: known)
            }
            all += problems.log.entries
        }
        let siteProblems = FileProblems(file: "content/site.yml", lineOffset: 0)
        _ = SiteConfig.decode(yaml: yaml, problems: siteProblems)
        return all + siteProblems.log.entries
    }
}
