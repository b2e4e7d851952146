import Foundation
import VitrineKit

/// Arbitrary bytes through the front-matter splitter, the YAML decoding and the Markdown pipeline.
/// Nothing may crash or hang; problems must come back as diagnostics.
enum FuzzTarget {
    static let renderer = MarkdownRenderer(
        targets: LinkTargets(pages: ["experiments/a.md": "experiments/a/"], media: ["media/a.png"]),
        allowRawHTML: false, language: "fr")

    static func run(_ bytes: UnsafeRawBufferPointer) {
        guard let text = SourceText.decode(Array(bytes)) else { return }
        var log = DiagnosticLog()
        let body: Body
        if let front = try? FrontMatter.split(text) {
            _ = ContentProbe.decode(front.yaml)
            body = Body(markdown: front.body, firstLine: front.bodyFirstLine)
        } else {
            body = Body(markdown: text, firstLine: 1)
        }
        _ = renderer.render(body, file: "news/fuzz.md", displayFile: "content/news/fuzz.md",
                            links: .relative(page: "news/fuzz/"), log: &log)
        _ = Typography.french(text)
    }
}

#if FUZZING
/// libFuzzer's entry point (`swift build --sanitize=fuzzer -Xswiftc -DFUZZING`, see bench/fuzz.sh).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    FuzzTarget.run(UnsafeRawBufferPointer(start: data, count: size))
    return 0
}
#else
/// Without libFuzzer: replays the files given as arguments, then feeds random inputs for a bounded
/// time (`vitrine-fuzz --seconds 20 [--seed N] [FILE…]`), and prints how many inputs ran.
@main
struct RandomInputs {
    static func main() {
        var args = Array(CommandLine.arguments.dropFirst())
        var seconds = 10.0
        var seed: UInt64 = 0x5EED
        var files: [String] = []
        while !args.isEmpty {
            let a = args.removeFirst()
            if a == "--seconds", let v = args.first.flatMap(Double.init) { seconds = v; args.removeFirst() }
            else if a == "--seed", let v = args.first.flatMap({ UInt64($0) }) { seed = v; args.removeFirst() }
            else { files.append(a) }
        }
        for file in files {
            if let data = FileManager.default.contents(atPath: file) { data.withUnsafeBytes(FuzzTarget.run) }
        }
        print("vitrine-fuzz: seed \(seed) (replay with --seed \(seed))")
        var generator = InputGenerator(seed: seed)
        let start = Date()
        var count = 0
        while Date().timeIntervalSince(start) < seconds {
            let input = generator.next()
            input.withUnsafeBytes(FuzzTarget.run)
            count += 1
        }
        print("vitrine-fuzz: \(count) random inputs, \(files.count) files, no crash (seed \(seed), \(Int(seconds)) s)")
    }
}
#endif
