/// Escaping for XML text and attribute values (feeds, sitemap).
enum XMLText {
    /// Characters XML 1.0 forbids are dropped rather than breaking the document.
    private static let escaper = ByteEscaper(
        replacing: [UInt8(ascii: "&"): "&amp;", UInt8(ascii: "<"): "&lt;", UInt8(ascii: ">"): "&gt;",
                    UInt8(ascii: "\""): "&quot;", UInt8(ascii: "'"): "&apos;"],
        dropping: Array(0...8) + [0x0B, 0x0C] + Array(0x0E...0x1F),
        dropsNoncharacters: true)

    static func escape(_ s: String) -> String { escaper.escape(s) }
}
