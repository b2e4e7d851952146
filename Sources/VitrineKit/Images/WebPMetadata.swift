import Foundation

/// libvips 8.14 writes a small EXIF block into WebP files even when asked to strip metadata.
/// It holds nothing of the writer's (the photo's own EXIF is removed before encoding), but
/// "no metadata" means none: the EXIF, XMP and ICC chunks are cut from the RIFF container
/// and the extended header's flags cleared. Other chunks are kept byte for byte.
enum WebPMetadata {
    static func stripped(_ data: Data) -> Data {
        let bytes = [UInt8](data)
        guard bytes.count >= 12, bytes[0..<4].elementsEqual("RIFF".utf8), bytes[8..<12].elementsEqual("WEBP".utf8) else { return data }
        func le32(_ at: Int) -> Int {
            Int(bytes[at]) | Int(bytes[at + 1]) << 8 | Int(bytes[at + 2]) << 16 | Int(bytes[at + 3]) << 24
        }
        var chunks: [UInt8] = []
        var at = 12
        var removed = false
        while at + 8 <= bytes.count {
            let name = String(decoding: bytes[at..<at + 4], as: UTF8.self)
            let size = le32(at + 4)
            let end = min(bytes.count, at + 8 + size + (size & 1))
            if ["EXIF", "XMP ", "ICCP"].contains(name) {
                removed = true
            } else {
                var chunk = Array(bytes[at..<end])
                if name == "VP8X", chunk.count > 8 { chunk[8] &= ~UInt8(0x20 | 0x08 | 0x04) }   // ICC, EXIF, XMP flags
                chunks += chunk
            }
            at = end
        }
        guard removed else { return data }
        let size = UInt32(4 + chunks.count)
        var out: [UInt8] = Array("RIFF".utf8)
        out += [UInt8(size & 0xFF), UInt8(size >> 8 & 0xFF), UInt8(size >> 16 & 0xFF), UInt8(size >> 24 & 0xFF)]
        out += Array("WEBP".utf8) + chunks
        return Data(out)
    }
}
