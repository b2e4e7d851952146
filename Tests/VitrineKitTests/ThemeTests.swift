import Foundation
import Testing
@testable import VitrineKit

@Suite struct ThemeTests {
    static let theme = TestSite.themes.appendingPathComponent("default")

    static func keys(_ language: String) throws -> Set<String> {
        var log = DiagnosticLog()
        let strings = Strings.load(theme.appendingPathComponent("i18n/\(language).yml"), displayName: language, language: language, log: &log)
        #expect(log.entries.isEmpty)
        return Set(strings.table.keys)
    }

    @Test func englishStringsAreCompleteAndEveryTemplateKeyExists() throws {
        let fr = try Self.keys("fr"), en = try Self.keys("en")
        #expect(fr == en)
        #expect(Set(UIText.allCases.map(\.rawValue)).isSubset(of: fr))
        var used: Set<String> = []
        for file in Theme.files(under: Self.theme.appendingPathComponent("templates")) {
            let text = try String(contentsOf: Self.theme.appendingPathComponent("templates/\(file)"), encoding: .utf8)
            let regex = try NSRegularExpression(pattern: #"\{\{t\.([a-z0-9_]+)\}\}"#)
            for m in regex.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                used.insert(String(text[Range(m.range(at: 1), in: text)!]))
            }
        }
        #expect(used.count > 40)
        #expect(used.subtracting(fr).isEmpty, "\(used.subtracting(fr))")
    }

    @Test func anEnglishSiteHasAnEnglishInterfaceAndDates() throws {
        let yml = TestSite.englishSiteYML
        let site = try TestSite(files: ["communes/sceaux.md": sceaux, "experiments/soy-pv.md": soyPV], siteYML: yml)
        defer { site.remove() }
        try site.build()
        let page = try site.page("communes/sceaux/index.html")
        #expect(page.contains("<html lang=\"en\">"))
        #expect(page.contains("<strong>Expired</strong> <span class=\"badge-detail\">since 30\u{A0}June\u{A0}2024</span>"))
        #expect(page.contains("Skip to content"))
        #expect(!page.contains("En vigueur") && !page.contains("Aller au contenu"))
    }

    @Test func aTemplateSyntaxErrorAndAnUnknownPartialAreLocated() throws {
        let copy = FileManager.default.temporaryDirectory.appendingPathComponent("vitrine-theme-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: copy) }
        try FileManager.default.copyItem(at: Self.theme, to: copy)
        try "{{<base}}\n{{$main}}\n{{#page.title}}\n{{/main}}\n{{/base}}\n".write(to: copy.appendingPathComponent("templates/news.mustache"), atomically: true, encoding: .utf8)
        try "{{<base}}\n{{$main}}\n\n{{>partials/nulle-part}}\n{{/main}}\n{{/base}}\n".write(to: copy.appendingPathComponent("templates/page.mustache"), atomically: true, encoding: .utf8)
        let (theme, log) = Theme.load(directory: copy, language: "fr", displayName: "site-templates/default")
        #expect(theme == nil)
        let errors = log.errors
        // The section left open is named where the wrong closing tag stands.
        #expect(errors.contains { $0.file == "site-templates/default/templates/news.mustache" && $0.line == 4
                    && $0.message.contains("{{/page.title}}") && $0.message.contains("ligne 3") })
        #expect(errors.contains { $0.file == "site-templates/default/templates/page.mustache" && $0.line == 4 && $0.message.contains("partials/nulle-part") })
        // The broken template is there: reported for its syntax, not as missing.
        #expect(!errors.contains { $0.message.contains("gabarit manquant") })
    }
}

/// A tag that names a field no view model has is an error when the theme loads, with its file and line.
@Suite struct TemplateFieldTests {
    @Test func aFieldNoViewHasIsLocatedWhenTheThemeLoads() throws {
        let copy = FileManager.default.temporaryDirectory.appendingPathComponent("vitrine-theme-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: copy) }
        try FileManager.default.copyItem(at: ThemeTests.theme, to: copy)
        try "{{<base}}\n{{$main}}\n<h1>{{page.titel}}</h1>\n{{! page.nothing, in a comment, is read by nothing }}\n{{#page.commune}}{{{labl}}}{{/page.commune}}\n{{^empty(page.imagez)}}x{{/empty(page.imagez)}}\n{{/main}}\n{{/base}}\n"
            .write(to: copy.appendingPathComponent("templates/news.mustache"), atomically: true, encoding: .utf8)
        let (theme, log) = Theme.load(directory: copy, language: "fr", displayName: "site-templates/default")
        #expect(theme == nil)
        let errors = log.errors.filter { $0.file == "site-templates/default/templates/news.mustache" }
        #expect(errors.map(\.line) == [3, 5, 6])
        #expect(errors.first?.message.contains("« page.titel »") == true)
        #expect(errors.first?.message.contains("« titel » n'est le champ d'aucune vue") == true)
        #expect(errors.dropFirst().first?.message.contains("« labl »") == true)
    }

    @Test func theDefaultThemeReadsOnlyFieldsViewsHave() {
        let (theme, log) = Theme.load(directory: ThemeTests.theme, language: "fr", displayName: "site-templates/default")
        #expect(theme != nil)
        #expect(log.errors.isEmpty, "\(log.errors.map(\.message))")
    }

    /// From the parsed template: after a change of delimiters, `{{z}}` is text and `<%w%>` a tag.
    @Test func namesAreReadFromEveryKindOfTag() throws {
        let text = "{{a}}\n{{{b.c}}} {{& d}}\n{{#e}}{{^f}}{{/f}}{{/e}} {{.}} {{>p}} {{$x}}{{/x}}\n{{#empty(g.h)}}{{/empty(g.h)}}\n{{=<% %>=}} {{z}} <%w%>"
        #expect(try TemplateFields.reads(in: TemplateParser.parse(text)).map { "\($0.name)@\($0.line)" } == ["a@1", "b.c@2", "d@2", "e@3", "f@3", "g.h@4", "w@5"])
    }
}

/// The header and footer are rendered once per distinct chrome (links from one depth, one menu
/// entry current) and shared: each page must still get its own.
@Suite struct SiteChromeTests {
    static func nav(_ html: String) -> String {
        guard let start = html.range(of: "<nav class=\"site-nav\""), let end = html.range(of: "</nav>") else { return "" }
        return String(html[start.lowerBound..<end.upperBound])
    }

    @Test func eachPageHasItsOwnMenuEntryAndLinksFromItsDepth() throws {
        let site = try TestSite(files: BuildTests.files)
        defer { site.remove() }
        try site.build()
        let home = Self.nav(try site.page("index.html"))
        let list = Self.nav(try site.page("experimentations/index.html"))
        let experiment = Self.nav(try site.page("experimentations/soy-pv/index.html"))
        let commune = Self.nav(try site.page("communes/sceaux/index.html"))
        #expect(!home.contains("aria-current"))
        #expect(home.contains("<li><a href=\"experimentations/\">Expérimentations</a></li>"))
        #expect(list.contains("<li><a href=\"./\" aria-current=\"page\">Expérimentations</a></li>"))
        #expect(experiment.contains("<li><a href=\"../\" aria-current=\"page\">Expérimentations</a></li>"))
        #expect(experiment.contains("<li><a href=\"../../communes/\">Communes</a></li>"))
        #expect(commune.contains("<li><a href=\"../\" aria-current=\"page\">Communes</a></li>"))
        #expect(commune.contains("<li><a href=\"../../experimentations/\">Expérimentations</a></li>"))
        // The footer too: links from the page's depth.
        #expect(try site.page("experimentations/soy-pv/index.html").contains("<li><a href=\"../../programme/\">"))
        #expect(try site.page("index.html").contains("<li><a href=\"programme/\">"))
    }

    /// Themes written before the partials show the menu and footer links from `layout` themselves.
    /// Builds the test site with a copy of the default theme's templates changed by `edit`.
    static func build(editingTemplates edit: (URL) throws -> Void) throws -> (SiteOutput?, DiagnosticLog) {
        let themes = try TestSite.copyOfThemes()
        defer { try? FileManager.default.removeItem(at: themes) }
        try edit(themes.appendingPathComponent("default/templates"))
        let site = try TestSite(files: BuildTests.files)
        defer { site.remove() }
        var request = site.request()
        request.themesDirectory = themes
        return SiteBuilder.generate(request)
    }

    @Test func aBaseTemplateThatShowsTheMenuItselfStillGetsIt() throws {
        let (output, log) = try Self.build { templates in
            let base = templates.appendingPathComponent("base.mustache")
            let text = try String(contentsOf: base, encoding: .utf8)
                .replacingOccurrences(of: "{{{header}}}", with: "<nav>{{#menu}}<a href=\"{{href}}\">{{label}}</a>{{/menu}}</nav>")
                .replacingOccurrences(of: "{{{layout.footer}}}", with: "<a href=\"{{layout.legalHref}}\">{{layout.accessibilityText}}</a>")
            try Data(text.utf8).write(to: base)
        }
        #expect(!log.hasErrors)
        let page = String(decoding: try #require(output?.files["experimentations/soy-pv/index.html"]), as: UTF8.self)
        #expect(page.contains("<nav><a href=\"../../communes/\">Communes</a><a href=\"../\">Expérimentations</a></nav>"))
        #expect(page.contains("<a href=\"../../mentions-legales/\">Accessibilité\u{A0}: partiellement conforme</a>"))
    }

    @Test func aThemeWithoutChromePartialsBuildsWithoutHeaderAndFooter() throws {
        let (output, log) = try Self.build { templates in
            for name in ["site-header", "site-footer"] {
                try FileManager.default.removeItem(at: templates.appendingPathComponent("partials/\(name).mustache"))
            }
        }
        #expect(!log.hasErrors)
        let home = String(decoding: try #require(output?.files["index.html"]), as: UTF8.self)
        #expect(home.contains("<main id=\"contenu\""))
        #expect(!home.contains("site-header") && !home.contains("site-footer"))
    }
}

/// Interface strings with `{0}`-style places.
@Suite struct StringsFormatTests {
    @Test func placesAreFilledOnceAndValuesAreNotSearched() {
        let strings = Strings(table: ["label": "{0} (expérimentation, {1})", "twice": "{1}, {0}, {1}", "odd": "{x} {9} {0}"])
        #expect(strings.format("label", "Bancs {1}", "Sceaux") == "Bancs {1} (expérimentation, Sceaux)")
        #expect(strings.format("twice", "a", "b") == "b, a, b")
        // What is not a place of a given value stays as written.
        #expect(strings.format("odd", "v") == "{x} {9} v")
        #expect(strings.format("missing", "v") == "[missing]")
    }
}
