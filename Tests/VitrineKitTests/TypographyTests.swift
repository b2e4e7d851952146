import Testing
@testable import VitrineKit

@Suite struct TypographyTests {
    @Test func spacesBeforeHighPunctuationBecomeNoBreak() {
        #expect(Typography.french("Objet : le test ; vraiment ? Oui !") == "Objet\u{A0}: le test\u{202F}; vraiment\u{202F}? Oui\u{202F}!")
    }

    @Test func guillemetsGetNoBreakSpacesInside() {
        #expect(Typography.french("le « programme »") == "le «\u{A0}programme\u{A0}»")
        #expect(Typography.french("le «programme»") == "le «\u{A0}programme\u{A0}»")
    }

    @Test func apostrophesCurlAndDoubledSpacesCollapse() {
        #expect(Typography.french("l'été  à  Sceaux") == "l’été à Sceaux")
        // A space after a no-break space is one space too many, whatever else the text holds.
        #expect(Typography.french("oui\u{202F} !") == "oui\u{202F}!")
        #expect(Typography.french("vraiment\u{202F} non") == "vraiment\u{202F}non")
    }

    @Test func textWithoutSpacesBeforePunctuationIsLeftAlone() {
        // Times, URLs and ratios have no space before the colon: nothing is added.
        #expect(Typography.french("à 14:30 sur https://example.org/a?b=1") == "à 14:30 sur https://example.org/a?b=1")
        #expect(Typography.apply("Subject : test", language: "en") == "Subject : test")
    }

    @Test func markdownTextIsTypesetButNotCodeOrURLs() {
        var log = DiagnosticLog()
        let out = MarkdownRenderer(targets: LinkTargets(pages: [:], media: []), allowRawHTML: false, language: "fr")
            .render(Body(markdown: "Résultat : `a : b` et [lien ?](https://example.org/x?y=1 \"titre : t\")\n\n    code ; bloc\n",
                         firstLine: 1),
                    file: "index.md", displayFile: "content/index.md", links: .relative(page: ""), log: &log)
        #expect(out.html.contains("Résultat\u{A0}: <code>a : b</code>"))
        #expect(out.html.contains("href=\"https://example.org/x?y=1\""))
        #expect(out.html.contains("title=\"titre : t\""))
        #expect(out.html.contains(">lien\u{202F}?</a>"))
        #expect(out.html.contains("<pre><code>code ; bloc"))
    }

    @Test func frontMatterTextsShownOnPagesAreTypeset() throws {
        let site = try TestSite(files: ["news/a.md": md("title: \"Bilan : l'année\"\ndate: 2024-01-01")])
        defer { site.remove() }
        try site.build()
        let page = try site.page("actualites/a/index.html")
        #expect(page.contains("<h1>Bilan\u{A0}: l’année</h1>"))
    }
}

/// The byte-level French typography on the spots where a scalar depends on its neighbours.
@Suite struct TypographyEdgeTests {
    @Test func guillemetsAtTheEdgesAndNextToPunctuation() {
        #expect(Typography.french("«") == "«")
        #expect(Typography.french("»") == "»")
        #expect(Typography.french("«oui»") == "«\u{A0}oui\u{A0}»")
        #expect(Typography.french("« oui »") == "«\u{A0}oui\u{A0}»")
        #expect(Typography.french("«:") == "«\u{A0}:")
    }

    @Test func replacingTheLastScalarKeepsMultibyteTextIntact() {
        #expect(Typography.french("Été ! Vraiment ?") == "Été\u{202F}! Vraiment\u{202F}?")
        #expect(Typography.french("« x » :") == "«\u{A0}x\u{A0}»\u{A0}:")
        #expect(Typography.french("l'été, aujourd'hui 'cité'") == "l’été, aujourd’hui 'cité’")
        #expect(Typography.french("😀 : 🌳  ;") == "😀\u{A0}: 🌳\u{202F};")
    }
}

/// The byte-level typesetter against the rules written character by character (the previous
/// implementation, kept here as the reference), on random French-like texts.
@Suite struct TypographyReferenceTests {
    static func reference(_ text: String) -> String {
        let nbsp: Unicode.Scalar = "\u{00A0}", narrow: Unicode.Scalar = "\u{202F}"
        var out = String.UnicodeScalarView()
        var afterOpeningGuillemet = false
        for c in text.unicodeScalars {
            if afterOpeningGuillemet {
                afterOpeningGuillemet = false
                if c != " " && c != nbsp { out.append(nbsp) }
            }
            let last = out.last
            func replaceLast(_ s: Unicode.Scalar) { out.removeLast(); out.append(s) }
            switch c {
            case " ":
                if last == " " || last == nbsp || last == narrow { continue }
                out.append(last == "«" ? nbsp : c)
            case ":":
                if last == " " { replaceLast(nbsp) }
                out.append(c)
            case ";", "!", "?":
                if last == " " || last == nbsp { replaceLast(narrow) }
                out.append(c)
            case "»":
                if last == " " { replaceLast(nbsp) } else if let p = last, p != nbsp, p != narrow { out.append(nbsp) }
                out.append(c)
            case "«":
                out.append(c)
                afterOpeningGuillemet = true
            case "'":
                if let p = last, p.properties.isAlphabetic { out.append("’") } else { out.append(c) }
            default:
                out.append(c)
            }
        }
        return String(out)
    }

    @Test func agreesWithTheCharacterByCharacterRules() {
        let pieces = ["a", "é", "É", " ", "  ", ":", ";", "!", "?", "'", "«", "»", "\u{A0}", "\u{202F}", "’", "x", "1",
                      "\n", "©", "ß", "😀", "l'", "K", "ŝ", "e\u{301}"]
        var random = SplitMix64(seed: 2026)
        for _ in 0..<5_000 {
            let text = (0..<Int.random(in: 1...14, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined()
            #expect(Typography.french(text) == Self.reference(text), "\(text.debugDescription)")
        }
    }
}
