/// Random inputs shaped like content files: pieces of front matter, Markdown syntax, French text,
/// invalid UTF-8 and control characters, glued at random. Seeded, so a failure can be replayed.
struct InputGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed == 0 ? 0x9E3779B97F4A7C15 : seed }

    /// xorshift64*: small, fast, good enough to pick pieces.
    mutating func random() -> UInt64 {
        state ^= state >> 12
        state ^= state << 25
        state ^= state >> 27
        return state &* 2685821657736338717
    }

    mutating func pick<T>(_ items: [T]) -> T { items[Int(random() % UInt64(items.count))] }

    static let pieces: [String] = [
        "---\n", "---", "title: ", "date: 2024-02-30\n", "status: testing\n", "- ", "  ", "\t", ": ", "\"", "'", "[", "]",
        "{", "}", "*", "**", "_", "`", "```\n", "# ", "## ", "###### ", "> ", "1. ", "\n", "\n\n", "\r\n", "\u{FEFF}",
        "[lien](../experiments/a.md)", "![img](../media/a.png)", "![](x.png)", "[](#)", "<script>", "</script>", "<!--",
        "javascript:alert(1)", "](", "<https://example.org>", "&amp;", "&#0;", "« ", " »", " : ", " ; ", " ?", "l'été",
        "\u{0}", "\u{7F}", "\u{200B}", "é", "🎉", "|a|b|\n|-|-|\n", "    code\n", "***\n", "<div>", "\\", "%", "%%",
        "{{", "}}", "&", "<", ">", "..", "../..", "::", "*a*b*", "[x]: /u \"t\"\n", "[x]",
    ]

    mutating func next() -> [UInt8] {
        var bytes: [UInt8] = []
        let parts = Int(random() % 40)
        for _ in 0..<parts {
            if random() % 10 == 0 {
                bytes.append(UInt8(truncatingIfNeeded: random()))   // raw byte, often invalid UTF-8
            } else {
                bytes += Array(pick(Self.pieces).utf8)
            }
        }
        return bytes
    }
}
