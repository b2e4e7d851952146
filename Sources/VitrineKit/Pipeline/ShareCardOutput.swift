import Foundation

extension SiteBuilder {
    /// The site's card, and the title card of each of `pages` that asked for one while rendering
    /// (`PageRenderer.shareCards`), drawn in parallel or copied from the image cache.
    static func writeShareCards(_ cards: ShareCardRequests, pages: some Sequence<String>, siteCard: Bool = true,
                                config: SiteConfig, loader: ContentLoader, cache: ImageCache,
                                into output: inout SiteOutput, log: inout DiagnosticLog) {
        let palette = config.brand.palette(.light)
        let site = siteCard ? [(path: ShareCard.path, title: config.title, byline: nil as String?, request: nil as ShareCard.Request?)] : []
        let jobs = site + cards.requests(for: pages).map { (path: $0.path, title: $0.title, byline: config.title, request: $0) }
        let drawn = Parallel.map(jobs) { job -> Result<ShareCard.Drawn, ImageFailure> in
            if let request = job.request, let known = cards.drawn(request) { return .success(known) }
            let result = ShareCard.draw(title: job.title, byline: job.byline, palette: palette, plan: .standard, cache: cache)
            if let request = job.request, case .success(let card) = result { cards.remember(request, card) }
            return result
        }
        var failed = false
        for (job, result) in zip(jobs, drawn) {
            switch result {
            case .success(.data(let data)): output.add(job.path, data: data)
            case .success(.file(let url)): output.copy(url, to: job.path)
            case .failure: failed = true
            }
        }
        if failed {
            log.error(loader.path("site.yml"), Message("les images de partage n'ont pas pu être dessinées : la bibliothèque libvips manque ou ne démarre pas (relancez scripts/setup-and-build.sh).",
                                                       en: "the share images could not be drawn: the libvips library is missing or does not start (run scripts/setup-and-build.sh again)."))
        }
    }
}
