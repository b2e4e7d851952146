import CVips
import Foundation

/// libvips, called through the fixed-argument wrappers of `Sources/CVips/shim.h`.
enum Vips {
    /// Started once, on first use, from whichever thread comes first.
    static let isStarted: Bool = vitrine_vips_start() == 0

    enum Format: Int32, Sendable {
        case jpeg = 0, webp = 1, png = 2

        var fileExtension: String {
            switch self {
            case .jpeg: return "jpg"
            case .webp: return "webp"
            case .png: return "png"
            }
        }
    }

    struct Header: Sendable, Equatable {
        /// As stored in the file, before any EXIF rotation.
        let width: Int
        let height: Int
        /// EXIF orientation, 1 to 8 (1: upright).
        let orientation: Int
        let bands: Int
        /// The libvips loader that read it (`jpegload`, `heifload`…).
        let loader: String

        /// Orientations 5 to 8 turn the picture a quarter: width and height swap when shown.
        var displayedWidth: Int { orientation >= 5 ? height : width }
        var displayedHeight: Int { orientation >= 5 ? width : height }
        var hasAlpha: Bool { bands == 2 || bands == 4 }

        /// As kept in the image cache: « width height orientation bands loader ».
        var note: String { "\(width) \(height) \(orientation) \(bands) \(loader)" }

        init?(note: String) {
            let parts = note.split(separator: " ").map(String.init)
            guard parts.count == 5, let w = Int(parts[0]), let h = Int(parts[1]), let o = Int(parts[2]), let b = Int(parts[3]) else { return nil }
            self.init(width: w, height: h, orientation: o, bands: b, loader: parts[4])
        }

        init(width: Int, height: Int, orientation: Int, bands: Int, loader: String) {
            self.width = width
            self.height = height
            self.orientation = orientation
            self.bands = bands
            self.loader = loader
        }
    }

    struct Encoded: Sendable {
        let data: Data
        let width: Int
        let height: Int
    }

    static func lastError() -> String {
        var buffer = [CChar](repeating: 0, count: 1024)
        vitrine_vips_error(&buffer, buffer.count)
        return text(buffer).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    static func probe(_ path: String) -> Result<Header, ImageFailure> {
        guard isStarted else { return .failure(.library) }
        var width: Int32 = 0, height: Int32 = 0, orientation: Int32 = 1, bands: Int32 = 0
        var loader = [CChar](repeating: 0, count: 64)
        guard vitrine_vips_probe(path, &width, &height, &orientation, &bands, &loader, loader.count) == 0 else {
            return .failure(.unreadable(lastError()))
        }
        return .success(Header(width: Int(width), height: Int(height), orientation: max(1, Int(orientation)),
                               bands: Int(bands), loader: text(loader)))
    }

    /// A photo decoded once, upright, in sRGB, without metadata, no wider than asked: every
    /// variant is encoded from it (`encode`), where decoding for each would cost nine decodings.
    final class Photo: @unchecked Sendable {
        fileprivate let image: UnsafeMutablePointer<VipsImage>

        init?(path: String, width: Int) {
            guard isStarted, let image = vitrine_vips_open(path, Int32(width)) else { return nil }
            self.image = image
        }

        deinit { g_object_unref(image) }

        /// `width` wide (never wider than the decoded photo), or exactly `width` × `height`
        /// cropped to the most interesting part.
        func encode(width: Int, height: Int? = nil, format: Format, quality: Int) -> Result<Encoded, ImageFailure> {
            var bytes: UnsafeMutableRawPointer?
            var length = 0
            var outWidth: Int32 = 0, outHeight: Int32 = 0
            guard vitrine_vips_encode(image, Int32(width), Int32(height ?? 0), format.rawValue, Int32(quality),
                                      &bytes, &length, &outWidth, &outHeight) == 0, let bytes else {
                return .failure(.unreadable(lastError()))
            }
            defer { g_free(bytes) }
            var data = Data(bytes: bytes, count: length)
            if format == .webp { data = WebPMetadata.stripped(data) }
            return .success(Encoded(data: data, width: Int(outWidth), height: Int(outHeight)))
        }
    }

    /// A JPEG card with `title` set in `font` (Pango's names, as "DejaVu Sans Bold 64") and, under
    /// it, `byline` in `bylineFont`.
    static func card(title: String, byline: String?, font: String, bylineFont: String, width: Int, height: Int,
                     paper: UInt32, ink: UInt32, quality: Int) -> Result<Data, ImageFailure> {
        guard isStarted else { return .failure(.library) }
        var markup = markupEscaped(title)
        if let byline { markup += "\n\n<span font=\"\(bylineFont)\">\(markupEscaped(byline))</span>" }
        var bytes: UnsafeMutableRawPointer?
        var length = 0
        guard vitrine_vips_card(markup, font, Int32(width), Int32(height), paper, ink, Int32(quality),
                                &bytes, &length) == 0, let bytes else {
            return .failure(.unreadable(lastError()))
        }
        defer { g_free(bytes) }
        return .success(Data(bytes: bytes, count: length))
    }

    /// A square PNG icon from a logo (SVG or raster), the whole logo fitted and centred; on
    /// transparency, or on `background` (0xRRGGBB) when `opaque`.
    static func icon(_ path: String, size: Int, padding: Int, background: UInt32, opaque: Bool) -> Result<Data, ImageFailure> {
        guard isStarted else { return .failure(.library) }
        var bytes: UnsafeMutableRawPointer?
        var length = 0
        guard vitrine_vips_icon(path, Int32(size), Int32(padding), background, opaque ? 1 : 0, &bytes, &length) == 0, let bytes else {
            return .failure(.unreadable(lastError()))
        }
        defer { g_free(bytes) }
        return .success(Data(bytes: bytes, count: length))
    }

    /// The colour at a point of the upright image (red, green, blue from 0 to 255).
    static func pixel(_ path: String, x: Int, y: Int) -> [Double]? {
        guard isStarted else { return nil }
        var rgb = [Double](repeating: 0, count: 3)
        return vitrine_vips_pixel(path, Int32(x), Int32(y), &rgb) == 0 ? rgb : nil
    }

    /// A C string the shim wrote into `buffer`.
    private static func text(_ buffer: [CChar]) -> String {
        String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// Pango reads markup: `&`, `<` and `>` of a title are text.
    private static func markupEscaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}

/// Why an image could not be processed.
enum ImageFailure: Error, Equatable {
    case library
    case unreadable(String)
}
