import Foundation

/// Reads an image's intrinsic width and height from its header (PNG, GIF, JPEG, WebP, SVG), so pages
/// can reserve the space and not jump while loading.
public enum ImageSize {
    public static func read(_ data: Data) -> (width: Int, height: Int)? {
        let b = [UInt8](data.prefix(64 * 1024))
        func be16(_ i: Int) -> Int { Int(b[i]) << 8 | Int(b[i + 1]) }
        func be32(_ i: Int) -> Int { be16(i) << 16 | be16(i + 2) }
        func le16(_ i: Int) -> Int { Int(b[i]) | Int(b[i + 1]) << 8 }
        func le24(_ i: Int) -> Int { Int(b[i]) | Int(b[i + 1]) << 8 | Int(b[i + 2]) << 16 }

        if b.count >= 24, b.starts(with: [0x89, 0x50, 0x4E, 0x47]) {
            return positive(be32(16), be32(20))
        }
        if b.count >= 10, b.starts(with: Array("GIF8".utf8)) {
            return positive(le16(6), le16(8))
        }
        if b.count >= 4, b[0] == 0xFF, b[1] == 0xD8 {
            var i = 2
            while i + 9 < b.count {
                guard b[i] == 0xFF else { return nil }
                let marker = b[i + 1]
                if marker == 0xD8 || marker == 0x01 || (0xD0...0xD7).contains(marker) { i += 2; continue }
                let length = be16(i + 2)
                // Start-of-frame markers carry the size; C4, C8 and CC are not frames.
                if (0xC0...0xCF).contains(marker), ![0xC4, 0xC8, 0xCC].contains(marker) {
                    return positive(be16(i + 7), be16(i + 5))
                }
                i += 2 + length
            }
            return nil
        }
        if b.count >= 30, b.starts(with: Array("RIFF".utf8)), Array(b[8..<12]) == Array("WEBP".utf8) {
            switch String(decoding: b[12..<16], as: UTF8.self) {
            case "VP8X": return positive(le24(24) + 1, le24(27) + 1)
            case "VP8 ": return positive(le16(26) & 0x3FFF, le16(28) & 0x3FFF)
            case "VP8L":
                let bits = Int(b[21]) | Int(b[22]) << 8 | Int(b[23]) << 16 | Int(b[24]) << 24
                return positive((bits & 0x3FFF) + 1, (bits >> 14 & 0x3FFF) + 1)
            default: return nil
            }
        }
        if let text = String(data: data.prefix(8 * 1024), encoding: .utf8), text.contains("<svg") {
            return svg(text)
        }
        return nil
    }

    /// `width`/`height` in pixels on the root element, else the viewBox's size.
    static func svg(_ text: String) -> (width: Int, height: Int)? {
        guard let start = text.range(of: "<svg") else { return nil }
        let tag = text[start.upperBound...].prefix { $0 != ">" }
        func attribute(_ name: String) -> String? {
            guard let r = tag.range(of: " \(name)=\"") ?? tag.range(of: "\n\(name)=\"") else { return nil }
            return String(tag[r.upperBound...].prefix { $0 != "\"" })
        }
        func pixels(_ s: String?) -> Int? {
            guard let s else { return nil }
            let number = s.hasSuffix("px") ? String(s.dropLast(2)) : s
            return Double(number).map { Int($0.rounded()) }
        }
        if let w = pixels(attribute("width")), let h = pixels(attribute("height")) { return positive(w, h) }
        if let box = attribute("viewBox")?.split(whereSeparator: { $0 == " " || $0 == "," }).compactMap({ Double($0) }),
           box.count == 4 {
            return positive(Int(box[2].rounded()), Int(box[3].rounded()))
        }
        return nil
    }

    private static func positive(_ w: Int, _ h: Int) -> (width: Int, height: Int)? {
        w > 0 && h > 0 ? (w, h) : nil
    }
}
