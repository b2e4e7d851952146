/// Everything the writers wrote, decoded and checked, before any date or draft filtering.
public struct SiteContent: Sendable {
    public var config: SiteConfig
    public var home: HomeText?
    public var communes: [Commune]
    public var experiments: [Experiment]
    public var news: [NewsItem]
    public var events: [Event]
    /// Calls for applications (`calls/`).
    public var calls: [CallForApplications] = []
    public var pages: [Page]
    /// Files under `media/`, relative to the content folder, sorted.
    public var media: [String]
    /// Width and height of the images among them.
    public var imageSizes: [String: ImageDimensions]
    /// Content files that exist but could not be decoded (their errors say why).
    public var invalidFiles: Set<String> = []
    /// The address folders of experiments, news and events.
    public var addresses: SectionAddresses = .fallback
}
