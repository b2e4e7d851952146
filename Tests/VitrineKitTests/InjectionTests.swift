import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import VitrineKit

/// No front-matter string becomes markup anywhere in the output, whatever its context.
@Suite struct InjectionTests {
    static let evil = #""><script>alert(1)</script> ]]> </script> <!-- &amp; javascript:alert(1)"#

    static func q(_ s: String) -> String {
        "\"" + s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    static var files: [String: String] {
        let e = q(evil)
        return [
            "index.md": md("title: \(e)\nsummary: \(e)", "Texte \(evil)"),
            "communes/sceaux.md": md("""
            name: \(e)
            insee: "92071"
            mayor: \(e)
            district: \(e)
            summary: \(e)
            illustration: \(e)
            referents: {elected: {name: \(e), role: \(e)}}
            convention: {reference: \(e), signed: "2023-04-17", ends: "2024-06", amendments: [{summary: \(e), signed: "2023-09-01"}], termination: {notified: "2023-10-01", reason: \(e)}}
            """),
            "experiments/x.md": md("title: \(e)\ncommune: sceaux\nstatus: completed\nsummary: \(e)\nupdated: \"2024-01-01\"\ninnovator: {name: \(e)}\nplace: {name: \(e), address: \(e), lat: 48.7, lon: 2.3}"),
            "news/n.md": md("title: \(e)\ndate: \"2024-01-01\"\nsummary: \(e)\ncommune: sceaux"),
            "events/v.md": md("title: \(e)\nstart: \"2024-05-22T10:00\"\nsummary: \(e)\nplace: {name: \(e), address: \(e)}\ncommunes: [sceaux]"),
            "pages/p.md": md("title: \(e)\nsummary: \(e)"),
        ]
    }

    @Test func noFieldSurvivesAsMarkupAnywhere() throws {
        let site = try TestSite(files: Self.files, siteYML: TestSite.siteYML.replacingOccurrences(
            of: "description: \"Un site pour les tests\"", with: "description: \(Self.q(Self.evil))"))
        defer { site.remove() }
        try site.build()
        let files = try site.snapshot()
        #expect(files.count > 20)
        for (path, data) in files {
            let text = String(decoding: data, as: UTF8.self)
            if path.hasSuffix(".json") || path.hasSuffix(".geojson") {
                // Data files hold the writer's text as JSON strings: valid JSON is what matters.
                #expect((try? JSONSerialization.jsonObject(with: data)) != nil, "\(path)")
                continue
            }
            // CSV and iCalendar are plain text, escaped by their own rules (tested elsewhere).
            guard path.hasSuffix(".html") || path.hasSuffix(".xml") else { continue }
            #expect(!text.contains("<script>alert"), "\(path)")
            #expect(!text.contains("\"><script"), "\(path)")
            if path.hasSuffix(".html") {
                // Only our JSON-LD script elements, each closed once.
                #expect(text.components(separatedBy: "<script").count == text.components(separatedBy: "</script>").count, "\(path)")
                #expect(!text.contains("<!-- &"), "\(path)")
            }
            if path.hasSuffix(".xml") {
                #expect(try XMLDocumentCheck.isWellFormed(data), "\(path)")
            }
        }
        // The writer's text is still there, as text.
        #expect(try site.page("actualites/n/index.html").contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(try site.page("evenements/v/index.html").contains("\\u003c/script\\u003e"))
    }

    @Test func javascriptAndDataURLsAreRefusedInFrontMatter() throws {
        let site = try TestSite(files: [
            "communes/sceaux.md": sceaux,
            "experiments/x.md": md("title: X\ncommune: sceaux\nstatus: testing\ninnovator: {name: A, url: \"javascript:alert(1)\"}"),
            "events/v.md": md("title: V\nstart: \"2024-05-22\"\nurl: \"data:text/html,<script>alert(1)</script>\""),
        ])
        defer { site.remove() }
        let errors = site.failures().filter { $0.severity == .error }
        #expect(Set(errors.compactMap(\.field)) == ["innovator.url", "url"])
        #expect(!FileManager.default.fileExists(atPath: site.output.path))
    }
}

/// Parses XML with the system parser; false when malformed.
enum XMLDocumentCheck {
    final class Delegate: NSObject, XMLParserDelegate {}
    static func isWellFormed(_ data: Data) throws -> Bool {
        let parser = XMLParser(data: data)
        let delegate = Delegate()
        parser.delegate = delegate
        return parser.parse()
    }
}
