import Foundation

/// Links written as site addresses (`/contact/`, `/media/x.png`, the site's own `https://…`) and
/// the menu's entries, checked against the list of every file the build makes: a broken one
/// would publish a 404 or a missing image.
enum SiteAddressCheck {
    /// - Parameter published: every file of the build (`SiteBuilder.plannedPaths`), asked for
    ///   only when there is an address to check.
    static func run(bodies: [String: RenderedMarkdown], menu: [SiteConfig.MenuEntry], loader: ContentLoader,
                    published planned: () -> Set<String>) -> DiagnosticLog {
        var log = DiagnosticLog()
        let hasAddresses = bodies.values.contains { !$0.siteAddresses.isEmpty }
        let menuPaths = menu.map(\.target).filter { !Self.isExternal($0) }
        guard hasAddresses || !menuPaths.isEmpty else { return log }
        let published = planned()
        for (file, rendered) in bodies {
            for address in rendered.siteAddresses where !exists(address.path, in: published) {
                let what = address.isImage ? Message("image", en: "image") : Message("lien", en: "link")
                log.error(loader.path(file), line: address.line,
                          Message("\(what.fr) vers « \(address.written) » : aucune page ni aucun fichier du site n'a cette adresse. Corrigez-la, ou écrivez le chemin du fichier (../pages/contact.md, ../media/photo.jpg).",
                                  en: "\(what.en) to “\(address.written)”: no page or file of the site has this address. Correct it, or write the file's path (../pages/contact.md, ../media/photo.jpg)."))
            }
        }
        for path in menuPaths where !exists(Self.withoutSuffix(path), in: published) {
            log.error(loader.path("site.yml"), field: "menu",
                      Message("l'entrée du menu « /\(path) » ne mène à aucune page du site : corrigez son adresse dans site.yml.",
                              en: "the menu entry “/\(path)” leads to no page of the site: correct its address in site.yml."))
        }
        return log
    }

    /// A site path names a file, or a folder whose `index.html` was made (`contact` or `contact/`).
    static func exists(_ path: String, in published: Set<String>) -> Bool {
        if path.isEmpty { return true }
        if published.contains(path) { return true }
        let folder = path.hasSuffix("/") ? path : path + "/"
        return published.contains(folder + "index.html")
    }

    private static func isExternal(_ target: String) -> Bool {
        target.contains("://") || target.hasPrefix("mailto:") || target.hasPrefix("tel:")
    }

    private static func withoutSuffix(_ path: String) -> String {
        String(path.prefix { $0 != "#" && $0 != "?" })
    }
}
