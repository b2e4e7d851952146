import Foundation

/// The site's icons, drawn from `brand.logo` by libvips (an SVG through librsvg): `favicon.ico`
/// (16, 32 and 48 px), a 32 px PNG, the 180 px `apple-touch-icon` (opaque: iOS fills
/// transparency with black) and the web manifest's 192 and 512 px icons. Cached like photos, by
/// the logo's bytes and what is asked of it.
enum BrandIcons {
    static let favicon = "favicon.ico"
    static let png32 = "icon-32.png"
    static let appleTouch = "apple-touch-icon.png"
    static let manifestIcons = [(path: "icon-192.png", size: 192), (path: "icon-512.png", size: 512)]
    static let icoSizes = [16, 32, 48]
    /// The largest icon: a raster logo smaller than this is blown up into it.
    static let largest = 512

    /// Every file made from the logo, by site path, in a fixed order.
    static var paths: [String] {
        [favicon, png32, appleTouch] + manifestIcons.map(\.path) + [WebManifest.path]
    }

    /// - Parameter logo: the logo file on disk.
    static func make(logo: URL, config: SiteConfig, cache: ImageCache) -> Result<[(String, Data)], ImageFailure> {
        guard let bytes = FileManager.default.contents(atPath: logo.path) else { return .failure(.unreadable("")) }
        let source = Digest.sha256(bytes)
        let light = config.brand.palette(.light)
        func icon(_ size: Int, opaque: Bool = false) throws(ImageFailure) -> Data {
            // A touch icon keeps a margin: phones round its corners.
            let padding = opaque ? size / 10 : 0
            let request = "icon \(size) pad \(padding) \(opaque ? light.background.hex : "clear") v1"
            let key = cache.key(source: source, request: request)
            if let cached = cache.read(key) { return cached.data }
            let made = Vips.icon(logo.path, size: size, padding: padding, background: light.background.packed, opaque: opaque)
            guard case .success(let data) = made else {
                if case .failure(let failure) = made { throw failure }
                throw .library
            }
            cache.write(key, Vips.Encoded(data: data, width: size, height: size))
            return data
        }
        do throws(ImageFailure) {
            var files: [(String, Data)] = []
            var ico: [IcoFile.Image] = []
            for size in icoSizes { ico.append(IcoFile.Image(size: size, png: try icon(size))) }
            files.append((favicon, IcoFile.make(ico)))
            files.append((png32, try icon(32)))
            files.append((appleTouch, try icon(180, opaque: true)))
            for (path, size) in manifestIcons { files.append((path, try icon(size))) }
            let manifest = WebManifest.json(name: config.title, shortName: config.brand.shortName ?? WebManifest.shortName(for: config.title),
                                            description: config.description, language: config.language,
                                            themeColor: light.primary, backgroundColor: light.background,
                                            icons: manifestIcons)
            files.append((WebManifest.path, manifest))
            return .success(files)
        } catch {
            return .failure(error)
        }
    }
}
