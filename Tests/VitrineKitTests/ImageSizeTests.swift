import Foundation
import Testing
@testable import VitrineKit

@Suite struct ImageSizeTests {
    static func png(width: UInt32, height: UInt32) -> Data {
        var d = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13]) + Data("IHDR".utf8)
        for v in [width, height] { d.append(contentsOf: [UInt8(v >> 24), UInt8(v >> 16 & 0xFF), UInt8(v >> 8 & 0xFF), UInt8(v & 0xFF)]) }
        return d + Data([8, 6, 0, 0, 0])
    }

    @Test func readsPNGGIFJPEGAndSVGSizes() {
        #expect(ImageSize.read(Self.png(width: 640, height: 480))! == (640, 480))
        #expect(ImageSize.read(Data("GIF89a".utf8) + Data([0x20, 0x03, 0x58, 0x02]))! == (800, 600))
        // JPEG: SOI, an APP0 segment, then SOF0 with height 300 and width 400.
        let jpeg = Data([0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x04, 0x00, 0x00,
                         0xFF, 0xC0, 0x00, 0x11, 0x08, 0x01, 0x2C, 0x01, 0x90, 0x03, 0, 0, 0, 0, 0, 0, 0, 0, 0])
        #expect(ImageSize.read(jpeg)! == (400, 300))
        #expect(ImageSize.read(Data("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"120\" height=\"80px\">".utf8))! == (120, 80))
        #expect(ImageSize.read(Data("<svg viewBox=\"0 0 300 150\" xmlns=\"http://www.w3.org/2000/svg\">".utf8))! == (300, 150))
        #expect(ImageSize.read(Data("not an image".utf8)) == nil)
    }

    @Test func bodyImagesCarryTheirSizeAndLoadLazily() throws {
        // A drawing keeps its file and its size; photos go through libvips (PhotoTests).
        let site = try TestSite(files: ["index.md": md("title: A", "![Un parvis](media/parvis.svg)")])
        try site.write("media/parvis.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"1200\" height=\"800\"/>")
        defer { site.remove() }
        try site.build()
        let home = try site.page("index.html")
        #expect(home.contains("<img src=\"media/parvis.svg\" alt=\"Un parvis\" width=\"1200\" height=\"800\" loading=\"lazy\" />"))
    }
}
