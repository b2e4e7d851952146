import Foundation

extension SiteBuilder {
    /// The site's card, and the title card of each of `pages` that asked for one while rendering
    /// (`PageRenderer.shareCards`), drawn in parallel or copied from the image cache; the preview
    /// reuses a card whose text and colours are unchanged without looking in the cache.
    static func writeShareCards(_ cards: ShareCardRequests, pages: some Sequence<String>, siteCard: Bool = true,
                                config: SiteConfig, loader: ContentLoader, cache: ImageCache, memo: Memo,
                                into output: inout SiteOutput, log: inout DiagnosticLog) {
        let palette = config.brand.palette(.light)
        let site = siteCard ? [CardJob(path: ShareCard.path, title: config.title, byline: nil, paper: palette.primary, ink: palette.onPrimary)] : []
        let jobs = site + cards.requests(for: pages).map {
            CardJob(path: $0.path, title: $0.title, byline: config.title, paper: palette.primary, ink: palette.onPrimary)
        }
        let drawn = Parallel.map(jobs) { job in
            memo.value("card:" + job.path, input: job) {
                ShareCard.draw(title: job.title, byline: job.byline, palette: palette, plan: .standard, cache: cache)
            }
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

/// A card to draw, and everything its bytes depend on (the plan aside, which is fixed).
private struct CardJob: Equatable, Sendable {
    let path: String
    let title: String
    let byline: String?
    let paper: RGB
    let ink: RGB
}
