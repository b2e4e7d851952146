import Foundation
import Testing
@testable import VitrineKit

/// The escapers written over bytes for speed: what they replace, drop and leave alone.
@Suite struct EscapingTests {
    @Test func htmlEscapesTheFiveCharactersAndNothingElse() {
        #expect(HTMLText.escape(#"<a href="x">l'été & co</a>"#) == "&lt;a href=&quot;x&quot;&gt;l&#39;été &amp; co&lt;/a&gt;")
        let plain = "Économie circulaire — 12 € · 🌳 « guillemets »"
        #expect(HTMLText.escape(plain) == plain)
        #expect(HTMLText.escape("") == "")
    }

    @Test func xmlEscapesAndDropsWhatXMLForbids() {
        #expect(XMLText.escape("a<b>&\"'") == "a&lt;b&gt;&amp;&quot;&apos;")
        #expect(XMLText.escape("x\u{1}y\u{B}z\u{1F}") == "xyz")
        #expect(XMLText.escape("tab\tnew\nline\r") == "tab\tnew\nline\r")
        #expect(XMLText.escape("a\u{FFFE}b\u{FFFF}c\u{FFFD}d") == "abc\u{FFFD}d")
        #expect(XMLText.escape("ï ½ \u{EFFF}") == "ï ½ \u{EFFF}")
    }

    @Test func jsonLDIsValidJSONThatCannotCloseTheScriptElement() throws {
        let value: JSONValue = ["b": .string("</script><!-- & \"q\" \\ \n\t\u{1}\u{2028}"), "a": .number(48.75015),
                                "C": .number(2), "list": .array(["x", .number(-0.5)])]
        var json = ""
        value.write(to: &json)
        #expect(json == #"{"a":48.75015,"b":"\u003c/script\u003e\u003c!-- \u0026 \"q\" \\ \n\t\u0001\u2028","C":2,"list":["x",-0.5]}"#)
        #expect(!json.contains("<") && !json.contains(">") && !json.contains("&"))
    }

    @Test func pathEncodingLeavesSlugsAloneAndEncodesTheRest() {
        #expect(SitePaths.encode("communes/sceaux/") == "communes/sceaux/")
        #expect(SitePaths.encode("media/mon image é.jpg") == "media/mon%20image%20%C3%A9.jpg")
        #expect(SitePaths.encode("a?b#c;d") == "a%3Fb%23c%3Bd")
    }

    @Test func theStagingSinkMakesFoldersOnceFromEveryCore() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("vitrine-sink-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        let sink = StagingSink(root: root)
        let paths = (0..<200).map { "experimentations/e\($0 % 50)/\($0).html" } + ["index.html", "a/b/c/d.txt"]
        _ = Parallel.map(paths) { sink.write($0, Data($0.utf8)) }
        #expect(sink.firstFailure == nil)
        for path in paths {
            #expect(try Data(contentsOf: root.appendingPathComponent(path)) == Data(path.utf8))
        }
        // A file where a folder should be: the failure is kept, with the path.
        sink.write("index.html/x.html", Data())
        #expect(sink.firstFailure?.hasPrefix("index.html") == true)
    }
}

/// Relative links, computed over bytes, against the folder-by-folder definition.
@Suite struct RelativeLinkTests {
    @Test func linksBetweenPages() {
        #expect(SitePaths.relative(from: "communes/sceaux/", to: "communes/sceaux-2/") == "../sceaux-2/")
        #expect(SitePaths.relative(from: "communes/sceaux/", to: "communes/sceaux/") == "./")
        #expect(SitePaths.relative(from: "communes/", to: "communes/sceaux/") == "sceaux/")
        #expect(SitePaths.relative(from: "communes/sce/", to: "communes/sceaux/") == "../sceaux/")
        #expect(SitePaths.relative(from: "experimentations/a/", to: "media/x y.svg") == "../../media/x%20y.svg")
        #expect(SitePaths.relative(from: "", to: "communes/") == "communes/")
        #expect(SitePaths.relative(from: "", to: "") == "./")
        #expect(SitePaths.relative(from: "404.html", to: "static/style.css") == "static/style.css")
        #expect(SitePaths.relative(from: "experimentations/a/", to: "experimentations/") == "../")
        #expect(SitePaths.relative(from: "ab/", to: "a/") == "../a/")
        #expect(SitePaths.relative(from: "a/b", to: "a/b/") == "b/")
    }

    @Test func emptySegmentsAreNotFolders() {
        #expect(SitePaths.relative(from: "actualites/x/", to: "/communes//sceaux/") == "../../communes/sceaux/")
        #expect(SitePaths.relative(from: "actualites//x/", to: "actualites/y/") == "../y/")
    }
}
