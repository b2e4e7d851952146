import Foundation

/// Every photo under `media/` made into `ResponsiveImage`s: upright, sRGB, stripped of every
/// metadata (EXIF, GPS position, XMP, IPTC), at the plan's widths in WebP and JPEG (PNG when it
/// has transparency). The original files are never published; at their path goes the widest
/// stripped variant, so that a link to `media/photo.jpg` still opens the photo.
struct MediaImages: Sendable {
    let contentDirectory: URL
    let cache: ImageCache
    let plan: ImagePlan

    struct Output: Sendable {
        /// By source path (`media/photo.jpg`).
        var images: [String: ResponsiveImage] = [:]
        /// What to publish, by site path.
        var files: [(String, PhotoBytes)] = []
        var log = DiagnosticLog()
    }

    static func isPhoto(_ path: String) -> Bool {
        ImagePlan.rasterExtensions.contains((path as NSString).pathExtension.lowercased())
    }

    /// - Parameter displayName: how a content path is named in messages (`content/media/x.jpg`).
    func process(_ media: [String], displayName: @Sendable (String) -> String) -> Output {
        let photos = media.filter(Self.isPhoto)
        let done = Parallel.map(photos) { path in processOne(path, displayName: displayName) }
        var output = Output()
        for (path, result) in zip(photos, done) {
            output.log.append(contentsOf: result.log)
            guard let image = result.image else { continue }
            output.images[path] = image
            output.files += result.files
        }
        return output
    }

    /// A variant as made: its bytes and its size.
    private struct Made {
        let bytes: PhotoBytes
        let width: Int
        let height: Int
    }

    private struct One: Sendable {
        var image: ResponsiveImage?
        var files: [(String, PhotoBytes)] = []
        var log = DiagnosticLog()
    }

    private func processOne(_ path: String, displayName: (String) -> String) -> One {
        var one = One()
        let file = contentDirectory.appendingPathComponent(path).path
        let shown = displayName(path)
        guard let source = Digest.sha256(file: file) else {
            one.log.error(shown, Message("image illisible : le fichier ne peut pas être ouvert.", en: "unreadable image: the file cannot be opened."))
            return one
        }
        let byteCount = (try? FileManager.default.attributesOfItem(atPath: file)[.size] as? Int) ?? 0
        // The header of a photo seen before is in the cache: a rebuild opens no photo at all.
        let headerKey = cache.key(source: source, request: "header")
        let header: Vips.Header
        if let note = cache.note(headerKey), let known = Vips.Header(note: note) {
            header = known
        } else {
            switch Vips.probe(file) {
            case .success(let h):
                header = h
                cache.setNote(headerKey, h.note)
            case .failure(let failure):
                one.log.error(shown, Self.unreadable(path, failure))
                return one
            }
        }
        if byteCount > plan.byteBudget || header.width * header.height > plan.megapixelBudget * 1_000_000 {
            let megapixels = header.width * header.height / 1_000_000
            let megabytes = byteCount / 1_048_576
            one.log.warning(shown, Message("photo très lourde (\(megapixels) mégapixels, \(megabytes) Mo) : elle est publiée réduite, mais ralentit chaque construction. Enregistrez-la plutôt en 3000 pixels de large au plus.",
                                           en: "very heavy photo (\(megapixels) megapixels, \(megabytes) MB): it is published reduced, but slows every build. Save it at 3000 pixels wide at most instead."))
        }
        let fallback: Vips.Format = header.hasAlpha ? .png : .jpeg
        let stem = (path as NSString).deletingPathExtension
        // Decoded only when a variant is not in the cache, and then once for all of them.
        var photo: Vips.Photo?
        let widths = plan.widths(forSourceWidth: header.displayedWidth)
        func make(_ width: Int, height: Int? = nil, _ format: Vips.Format, quality: Int) -> Made? {
            let request = "\(plan.fingerprint) \(width)x\(height ?? 0) \(format.fileExtension) q\(quality)"
            let key = cache.key(source: source, request: request)
            if let cached = cache.entry(key) { return Made(bytes: .file(cached.url), width: cached.width, height: cached.height) }
            if photo == nil { photo = Vips.Photo(path: file, width: widths.max() ?? width) }
            guard let photo else {
                one.log.error(shown, Self.unreadable(path, .unreadable(Vips.lastError())))
                return nil
            }
            switch photo.encode(width: width, height: height, format: format, quality: quality) {
            case .success(let encoded):
                let bytes = cache.write(key, encoded).map(PhotoBytes.file) ?? .data(encoded.data)
                return Made(bytes: bytes, width: encoded.width, height: encoded.height)
            case .failure(let failure):
                one.log.error(shown, Self.unreadable(path, failure))
                return nil
            }
        }
        var variants: [ResponsiveImage.Variant] = []
        var widest: (webp: PhotoBytes, fallback: PhotoBytes)?
        for width in widths {
            guard let webp = make(width, .webp, quality: plan.webpQuality),
                  let other = make(width, fallback, quality: plan.jpegQuality) else { return one }
            let variant = ResponsiveImage.Variant(width: other.width, height: other.height,
                                                  webp: "\(stem)-\(width)w.webp", fallback: "\(stem)-\(width)w.\(fallback.fileExtension)")
            variants.append(variant)
            one.files += [(variant.webp, webp.bytes), (variant.fallback, other.bytes)]
            widest = (webp.bytes, other.bytes)
        }
        guard let share = make(plan.shareWidth, height: plan.shareHeight, .jpeg, quality: plan.jpegQuality), let widest else { return one }
        let sharePath = "\(stem)-partage.jpg"
        one.files.append((sharePath, share.bytes))
        // At the original's own path, the widest variant in the original's format, when a browser reads it.
        if let original = Self.publishedOriginal(path, fallback: fallback) {
            one.files.append((path, original == .webp ? widest.webp : widest.fallback))
        }
        one.image = ResponsiveImage(variants: variants, share: sharePath, sizes: plan.sizes)
        return one
    }

    /// The format published at a photo's own path, when browsers read its extension; nil for a
    /// HEIC or TIFF original, which has no published file of its own.
    static func publishedOriginal(_ path: String, fallback: Vips.Format) -> Vips.Format? {
        switch (path as NSString).pathExtension.lowercased() {
        case "jpg", "jpeg": return fallback == .jpeg ? .jpeg : nil
        case "png": return fallback == .png ? .png : nil
        case "webp": return .webp
        default: return nil
        }
    }

    private static func unreadable(_ path: String, _ failure: ImageFailure) -> Message {
        let ext = (path as NSString).pathExtension.lowercased()
        switch failure {
        case .library:
            return Message("les photos ne peuvent pas être traitées : la bibliothèque libvips ne démarre pas (relancez scripts/setup-and-build.sh).",
                           en: "photos cannot be processed: the libvips library does not start (run scripts/setup-and-build.sh again).")
        case .unreadable:
            if ["heic", "heif"].contains(ext) {
                return Message("photo HEIC illisible : exportez-la en JPEG depuis le téléphone ou l'ordinateur (Fichier → Exporter), puis remplacez-la.",
                               en: "unreadable HEIC photo: export it as JPEG from the phone or the computer (File → Export), then replace it.")
            }
            return Message("image illisible ou tronquée : ouvrez-la dans un logiciel d'images, enregistrez-la de nouveau en JPEG ou PNG, puis remplacez-la.",
                           en: "unreadable or truncated image: open it in an image editor, save it again as JPEG or PNG, then replace it.")
        }
    }
}

/// Bytes to publish: made in memory, or an image cache's file, copied as it is (a rebuild reads
/// none of them, and holds none in memory).
enum PhotoBytes: Sendable {
    case data(Data)
    case file(URL)
}
