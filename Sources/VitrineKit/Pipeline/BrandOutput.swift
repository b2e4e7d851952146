import Foundation

extension SiteBuilder {
    /// `static/brand.css` always (the theme's dark scheme comes from it too); with `brand.logo`,
    /// the icons and the web manifest made from it.
    static func writeBrand(_ config: SiteConfig, request: BuildRequest, loader: ContentLoader, cache: ImageCache,
                           into output: inout SiteOutput, log: inout DiagnosticLog) {
        output.add(BrandStyle.path, BrandStyle.css(config.brand))
        guard let logo = config.brand.logo,
              FileManager.default.fileExists(atPath: request.contentDirectory.appendingPathComponent(logo).path) else { return }
        switch BrandIcons.make(logo: request.contentDirectory.appendingPathComponent(logo), config: config, cache: cache) {
        case .success(let files):
            for (path, data) in files { output.add(path, data: data) }
            // A drawing is sharp at any size; a small picture is blown up into the 512 px icon.
            if MediaImages.isPhoto(logo), case .success(let header) = Vips.probe(request.contentDirectory.appendingPathComponent(logo).path),
               max(header.displayedWidth, header.displayedHeight) < BrandIcons.largest {
                log.warning(loader.path("site.yml"), line: config.brand.logoLine, field: "brand.logo",
                            Message("« brand.logo » : le logo « \(logo) » ne fait que \(header.displayedWidth) × \(header.displayedHeight) pixels ; agrandi pour l'icône de \(BrandIcons.largest) pixels d'un téléphone, il sera flou. Donnez-le en SVG, ou en PNG d'au moins \(BrandIcons.largest) pixels de côté.",
                                    en: "“brand.logo”: the logo “\(logo)” is only \(header.displayedWidth) × \(header.displayedHeight) pixels; enlarged for a phone's \(BrandIcons.largest) pixel icon, it will be blurred. Give it as SVG, or as PNG at least \(BrandIcons.largest) pixels on a side."))
            }
        case .failure(.library):
            log.error(loader.path("site.yml"), line: config.brand.logoLine, field: "brand.logo",
                      Message("les icônes du site n'ont pas pu être dessinées : la bibliothèque libvips manque ou ne démarre pas (relancez scripts/setup-and-build.sh).",
                              en: "the site's icons could not be drawn: the libvips library is missing or does not start (run scripts/setup-and-build.sh again)."))
        case .failure:
            log.error(loader.path("site.yml"), line: config.brand.logoLine, field: "brand.logo",
                      Message("« brand.logo » : le logo « \(logo) » est illisible ; enregistrez-le de nouveau en SVG ou en PNG (au moins 512 pixels de côté), puis remplacez-le.",
                              en: "“brand.logo”: the logo “\(logo)” is unreadable; save it again as SVG or PNG (at least 512 pixels on a side), then replace it."))
        }
    }

    /// The logo and the fonts of `brand` must be files of media/; a font, a WOFF2 file.
    static func checkBrandFiles(_ brand: Brand, media: Set<String>, contentDirectory: URL, site: String, log: inout DiagnosticLog) {
        if let logo = brand.logo {
            let ext = (logo as NSString).pathExtension.lowercased()
            if !media.contains(logo) {
                log.error(site, line: brand.logoLine, field: "brand.logo",
                          Message("« brand.logo » : le fichier « \(logo) » n'existe pas ; mettez le logo dans media/ et écrivez media/nom-du-fichier.",
                                  en: "“brand.logo”: the file “\(logo)” does not exist; put the logo in media/ and write media/file-name."))
            } else if ext != "svg" && !ImagePlan.rasterExtensions.contains(ext) {
                log.error(site, line: brand.logoLine, field: "brand.logo",
                          Message("« brand.logo » doit être une image SVG, PNG, JPEG ou WebP ; trouvé « \(logo) ».",
                                  en: "“brand.logo” must be an SVG, PNG, JPEG or WebP image; found “\(logo)”."))
            }
        }
        for (key, file) in [("text", brand.textFont), ("headings", brand.headingFont)] {
            guard let file else { continue }
            let field = "brand.fonts.\(key)"
            let line = brand.fontLines[key]
            guard media.contains(file) else {
                log.error(site, line: line, field: field,
                          Message("« \(field) » : le fichier « \(file) » n'existe pas ; mettez la police (WOFF2) dans media/ et écrivez media/nom-du-fichier.woff2. Une police n'est jamais chargée d'un autre site.",
                                  en: "“\(field)”: the file “\(file)” does not exist; put the font (WOFF2) in media/ and write media/file-name.woff2. A font is never loaded from another site."))
                continue
            }
            let head = FileManager.default.contents(atPath: contentDirectory.appendingPathComponent(file).path)?.prefix(4)
            if head != Data("wOF2".utf8) {
                log.error(site, line: line, field: field,
                          Message("« \(field) » : « \(file) » n'est pas une police WOFF2 ; convertissez-la en WOFF2 (le seul format que tous les navigateurs lisent, et le plus léger).",
                                  en: "“\(field)”: “\(file)” is not a WOFF2 font; convert it to WOFF2 (the one format every browser reads, and the lightest)."))
            }
        }
    }
}
