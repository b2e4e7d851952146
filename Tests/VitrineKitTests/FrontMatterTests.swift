import Testing
@testable import VitrineKit

@Suite struct FrontMatterTests {
    @Test func splitsYAMLFromBodyAndKnowsWhereTheBodyStarts() throws {
        let fm = try FrontMatter.split("---\ntitle: A\ndate: x\n---\nBody line\n")
        #expect(fm.yaml == "title: A\ndate: x")
        #expect(fm.body == "Body line\n")
        #expect(fm.bodyFirstLine == 5)
    }

    @Test func aThematicBreakInTheBodyStaysInTheBody() throws {
        let fm = try FrontMatter.split("---\ntitle: A\n---\nOne\n\n---\n\nTwo\n")
        #expect(fm.yaml == "title: A")
        #expect(fm.body == "One\n\n---\n\nTwo\n")
    }

    @Test func onlyALineOfExactlyThreeDashesCloses() throws {
        let fm = try FrontMatter.split("---\ntitle: \"a --- b\"\n--- \n----\n---\nBody")
        #expect(fm.yaml == "title: \"a --- b\"\n--- \n----")
        #expect(fm.body == "Body")
    }

    @Test func crlfAndBOMAreNormalizedBeforeSplitting() throws {
        let text = SourceText.decode(Array("\u{FEFF}---\r\ntitle: A\r\n---\r\nBody\r\n".utf8))!
        let fm = try FrontMatter.split(text)
        #expect(fm.yaml == "title: A")
        #expect(fm.body == "Body\n")
    }

    @Test func nonUTF8BytesAreRefused() {
        #expect(SourceText.decode([0x2D, 0x2D, 0x2D, 0x0A, 0xE9, 0x0A]) == nil)
    }

    @Test func missingOpeningAndUnclosedAreDistinctErrors() {
        #expect(throws: FrontMatter.SplitError.missingOpening) { try FrontMatter.split("title: A\n---\n") }
        #expect(throws: FrontMatter.SplitError.missingOpening) { try FrontMatter.split("") }
        #expect(throws: FrontMatter.SplitError.unclosed) { try FrontMatter.split("---\ntitle: A\nBody\n") }
    }
}

/// The byte-level splitter against the line-based definition it replaced, on edge cases.
@Suite struct FrontMatterEdgeTests {
    @Test func emptyFrontMatterAndEmptyBody() throws {
        let fm = try FrontMatter.split("---\n---\n")
        #expect(fm.yaml == "" && fm.body == "" && fm.bodyFirstLine == 3)
        let closedAtEnd = try FrontMatter.split("---\na: 1\n---")
        #expect(closedAtEnd.yaml == "a: 1" && closedAtEnd.body == "")
    }

    @Test func onlyAnOpeningLineIsUnclosed() {
        #expect(throws: FrontMatter.SplitError.unclosed) { try FrontMatter.split("---") }
        #expect(throws: FrontMatter.SplitError.unclosed) { try FrontMatter.split("---\n") }
        #expect(throws: FrontMatter.SplitError.missingOpening) { try FrontMatter.split("----\n---\n") }
        #expect(throws: FrontMatter.SplitError.missingOpening) { try FrontMatter.split("--- \n---\n") }
    }

    @Test func bodyLineCountsLinesBeforeTheClosingFence() throws {
        let fm = try FrontMatter.split("---\ntitre: « Été »\n\n# commentaire\n---\nCorps é\n")
        #expect(fm.bodyFirstLine == 6)
        #expect(fm.yaml == "titre: « Été »\n\n# commentaire")
        #expect(fm.body == "Corps é\n")
    }
}
