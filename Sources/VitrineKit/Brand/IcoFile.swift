import Foundation

/// The `favicon.ico` container around PNG images (valid since Windows Vista, read by every
/// browser): a 6-byte ICONDIR, a 16-byte ICONDIRENTRY per image, then the PNG bytes.
/// Little-endian throughout.
public enum IcoFile {
    public struct Image: Sendable {
        /// 1 to 256 pixels, square.
        public let size: Int
        public let png: Data
        public init(size: Int, png: Data) {
            self.size = size
            self.png = png
        }
    }

    public static func make(_ images: [Image]) -> Data {
        var data = Data()
        func u16(_ v: Int) { data.append(contentsOf: [UInt8(v & 255), UInt8((v >> 8) & 255)]) }
        func u32(_ v: Int) { u16(v & 0xffff); u16(v >> 16) }
        u16(0)             // reserved
        u16(1)             // type: icon
        u16(images.count)
        var offset = 6 + 16 * images.count
        for image in images {
            // 256 is written as 0: the field is one byte.
            data.append(UInt8(image.size >= 256 ? 0 : image.size))
            data.append(UInt8(image.size >= 256 ? 0 : image.size))
            data.append(0)  // no palette
            data.append(0)  // reserved
            u16(1)          // colour planes
            u16(32)         // bits per pixel
            u32(image.png.count)
            u32(offset)
            offset += image.png.count
        }
        for image in images { data.append(image.png) }
        return data
    }

    /// The images' sizes and bytes read back from a container (the tests' reader).
    public static func read(_ data: Data) -> [Image]? {
        let bytes = [UInt8](data)
        func u16(_ at: Int) -> Int { Int(bytes[at]) | Int(bytes[at + 1]) << 8 }
        func u32(_ at: Int) -> Int { u16(at) | u16(at + 2) << 16 }
        guard bytes.count >= 6, u16(0) == 0, u16(2) == 1 else { return nil }
        let count = u16(4)
        guard bytes.count >= 6 + 16 * count else { return nil }
        var images: [Image] = []
        for i in 0..<count {
            let entry = 6 + 16 * i
            let size = bytes[entry] == 0 ? 256 : Int(bytes[entry])
            let (length, offset) = (u32(entry + 8), u32(entry + 12))
            guard offset + length <= bytes.count else { return nil }
            images.append(Image(size: size, png: Data(bytes[offset..<offset + length])))
        }
        return images
    }
}
