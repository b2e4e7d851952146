import Foundation
import Testing
@testable import VitrineKit

/// A build stopped by SIGTERM or SIGINT at any moment leaves the published folder whole
/// (the old site or the new one, never a mix), and the next build cleans up after it.
@Suite struct InterruptionTests {
    func digest(_ folder: URL) throws -> [String: Data] {
        var result: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(atPath: folder.path)
        while let path = enumerator?.nextObject() as? String {
            if let data = FileManager.default.contents(atPath: folder.appendingPathComponent(path).path) {
                result[path] = data
            }
        }
        return result
    }

    @Test func aKilledBuildNeverLeavesAHalfWrittenSite() throws {
        try #require(FileManager.default.isExecutableFile(atPath: CommandLineTests.binary.path))
        var files: [String: String] = [:]
        let body = String(repeating: "Un paragraphe de texte pour donner du poids à la page.\n\n", count: 40)
        for i in 0..<1500 { files["news/n\(i).md"] = md("title: Ancien \(i)\ndate: 2024-01-01\nsummary: S", body) }
        let site = try TestSite(files: files)
        defer { site.remove() }
        let args = ["build", "--themes", TestSite.themes.path, "--now", "2026-11-28", "--quiet"]
        let cli = CommandLineTests()
        #expect(try cli.run(args, in: site.root).0 == 0)
        let old = try digest(site.output)
        for i in 0..<1500 { try site.write("news/n\(i).md", md("title: Nouveau \(i)\ndate: 2024-01-01\nsummary: S", body)) }

        var states: [[String: Data]] = []
        for (attempt, delay) in [0.05, 0.2, 0.4, 0.6, 0.8, 1.0, 1.3, 1.8].enumerated() {
            // The test runner may ignore SIGTERM/SIGINT, and children inherit that: `env --default-signal`
            // gives the build the default dispositions a shell user or a CI runner would send it.
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = ["--default-signal=TERM,INT", CommandLineTests.binary.path] + args
            process.currentDirectoryURL = site.root
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            Thread.sleep(forTimeInterval: delay)
            kill(process.processIdentifier, attempt % 2 == 0 ? SIGTERM : SIGINT)
            process.waitUntilExit()
            states.append(try digest(site.output))
        }
        // The next build removes what the interrupted ones left beside the output folder.
        #expect(try cli.run(args, in: site.root).0 == 0)
        let new = try digest(site.output)
        #expect(new != old)
        for (attempt, state) in states.enumerated() {
            #expect(state == old || state == new, "attempt \(attempt): a mix of old and new files")
        }
        #expect(states.first == old)   // the earliest interruption landed before the swap
        // Beside them only the image cache, which is meant to stay (README, « Les photos »), once
        // the swapped-out folders are removed: in the background, after the build has returned.
        var siblings: [String] = []
        for _ in 0..<600 {
            siblings = try FileManager.default.contentsOfDirectory(atPath: site.root.path).sorted()
            if siblings == [".vitrine-cache", "content", "public"] { break }
            Thread.sleep(forTimeInterval: 0.2)
        }
        #expect(siblings == [".vitrine-cache", "content", "public"])
        #expect(try site.page("actualites/n7/index.html").contains("Nouveau 7"))
    }
}
