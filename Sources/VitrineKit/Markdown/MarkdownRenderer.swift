import CCmark
import Foundation

/// What the Markdown renderer needs to know about the site to rewrite links.
public struct LinkTargets: Sendable, Equatable {
    /// Content file (`experiments/soy-pv.md`) → site path (`experiments/soy-pv/`).
    public var pages: [String: String]
    /// Files under `media/`, relative to the content folder.
    public var media: Set<String>
    /// Content files that exist but are not published in this build (drafts, dated later).
    public var unpublished: Set<String>
    /// Width and height of the images under `media/`, read from their files.
    public var imageSizes: [String: ImageDimensions]
    /// Content files that exist but failed validation: their own errors say why, and a link
    /// to them is not reported again as a link to a missing file.
    public var invalid: Set<String>
    /// The site's public address (`https://example.org/qmi/`): a link written with it is a link
    /// inside the site, checked like `/communes/`.
    public var baseURL: String?
    /// Photos as published, by source path: an image of the text becomes a `<picture>`.
    public var photos: [String: ResponsiveImage] = [:]

    public init(pages: [String: String], media: Set<String>, unpublished: Set<String> = [],
                imageSizes: [String: ImageDimensions] = [:], invalid: Set<String> = [], baseURL: String? = nil,
                photos: [String: ResponsiveImage] = [:]) {
        self.pages = pages
        self.media = media
        self.unpublished = unpublished
        self.imageSizes = imageSizes
        self.invalid = invalid
        self.baseURL = baseURL
        self.photos = photos
    }
}

/// An image's intrinsic size in pixels.
public struct ImageDimensions: Sendable, Equatable {
    public let width: Int
    public let height: Int
    public init(width: Int, height: Int) {
        self.width = width
        self.height = height
    }
}

/// The HTML of a Markdown body and what the walk learned about it.
public struct RenderedMarkdown: Sendable, Equatable {
    public struct Heading: Sendable, Equatable {
        public let level: Int
        public let id: String
        public let text: String
    }

    /// A link or image written as a site address (`/contact/`, `/media/x.png`, or the site's own
    /// `https://` address): whether it leads somewhere is known only once every page is made.
    public struct SiteAddress: Sendable, Equatable {
        public let line: Int
        /// Site path, without the leading slash or the `#…`/`?…` suffix.
        public let path: String
        /// As the writer typed it.
        public let written: String
        public let isImage: Bool
    }

    public var html: String
    public var headings: [Heading]
    /// The first image (site path and alt), kept for share cards.
    public var firstImage: (src: String, alt: String)?
    public var siteAddresses: [SiteAddress] = []
    /// The credits written as images' titles (`![alt](photo.jpg "Ville de Sceaux, CC BY 4.0")`),
    /// for the legal notice.
    public var credits: [String] = []

    public static func == (a: RenderedMarkdown, b: RenderedMarkdown) -> Bool {
        a.html == b.html && a.headings == b.headings && a.firstImage?.src == b.firstImage?.src
            && a.siteAddresses == b.siteAddresses && a.credits == b.credits
    }
}

/// Renders Markdown through cmark's C API: parse to a tree, walk it (heading ids, link rewriting,
/// alt text rule, raw HTML removal), then render HTML with smart punctuation.
public struct MarkdownRenderer: Sendable {
    public let targets: LinkTargets
    public let allowRawHTML: Bool
    /// The site's language, whose typography applies to text nodes.
    public let language: String
    /// The words before an image's credit (the theme's `image_credit`, « Photo : »).
    public let creditLabel: String
    /// Ids the templates use, which headings must not take.
    static let reservedIDs: Set<String> = ["contenu", "menu", "pied-de-page", "haut"]

    public init(targets: LinkTargets, allowRawHTML: Bool, language: String = "fr", creditLabel: String = "Photo :") {
        self.targets = targets
        self.allowRawHTML = allowRawHTML
        self.language = language
        self.creditLabel = creditLabel
    }

    /// - Parameters:
    ///   - file: content path of the source (`experiments/soy-pv.md`), to resolve relative links.
    ///   - displayFile: how the file is named in messages (`content/experiments/soy-pv.md`).
    public func render(_ body: Body, file: String, displayFile: String, links: LinkStyle,
                       log: inout DiagnosticLog) -> RenderedMarkdown {
        let markdown = body.markdown
        guard let doc = markdown.withCString({ cmark_parse_document($0, strlen($0), CMARK_OPT_SMART) }) else {
            return RenderedMarkdown(html: "", headings: [])
        }
        defer { cmark_node_free(doc) }
        var walk = TreeWalk(renderer: self, file: file, displayFile: displayFile, links: links,
                            lineOffset: body.firstLine - 1)
        walk.run(doc)
        log.append(contentsOf: walk.log)

        // Heading nodes become HTML blocks carrying their id; raw HTML typed by writers is gone by now,
        // so what remains as HTML is ours and the final render may keep it.
        for (node, id) in walk.headingIDs {
            guard let inner = cmark_render_html(node, CMARK_OPT_SMART | CMARK_OPT_UNSAFE) else { continue }
            var html = String(cString: inner)
            free(inner)
            if let close = html.firstIndex(of: ">") {
                html.insert(contentsOf: " id=\"\(id)\"", at: close)
            }
            let block = cmark_node_new(CMARK_NODE_HTML_BLOCK)
            cmark_node_set_literal(block, html)
            cmark_node_insert_before(node, block)
            cmark_node_free(node)
        }
        guard let out = cmark_render_html(doc, CMARK_OPT_SMART | CMARK_OPT_UNSAFE) else {
            return RenderedMarkdown(html: "", headings: walk.headings)
        }
        defer { free(out) }
        return RenderedMarkdown(html: String(cString: out), headings: walk.headings, firstImage: walk.firstImage,
                                siteAddresses: walk.siteAddresses, credits: walk.credits)
    }
}

/// One pass over a cmark tree.
private struct TreeWalk {
    let renderer: MarkdownRenderer
    let file: String
    let displayFile: String
    let links: LinkStyle
    let lineOffset: Int
    var log = DiagnosticLog()
    var headings: [RenderedMarkdown.Heading] = []
    var headingIDs: [(OpaquePointer, String)] = []
    var firstImage: (src: String, alt: String)?
    /// Links to pages not published in this build: replaced by their text after the walk.
    var linksToUnwrap: [OpaquePointer] = []
    /// Images rewritten as HTML with their size and lazy loading, replaced after the walk.
    var imagesToReplace: [(OpaquePointer, String)] = []
    /// Paragraphs holding only a credited image, replaced by a figure with its caption.
    var figures: [(OpaquePointer, String)] = []
    var credits: [String] = []
    var siteAddresses: [RenderedMarkdown.SiteAddress] = []
    private var usedIDs: Set<String> = MarkdownRenderer.reservedIDs
    /// Line of the current inline content: block start plus the line breaks seen since.
    private var line = 0

    init(renderer: MarkdownRenderer, file: String, displayFile: String, links: LinkStyle, lineOffset: Int) {
        self.renderer = renderer
        self.file = file
        self.displayFile = displayFile
        self.links = links
        self.lineOffset = lineOffset
    }

    mutating func run(_ doc: OpaquePointer) {
        let iter = cmark_iter_new(doc)
        defer { cmark_iter_free(iter) }
        var rawHTML: [OpaquePointer] = []
        while true {
            let event = cmark_iter_next(iter)
            if event == CMARK_EVENT_DONE { break }
            guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iter) else { continue }
            let start = Int(cmark_node_get_start_line(node))
            if start > 0 { line = start + lineOffset }
            switch cmark_node_get_type(node) {
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
                line += 1
            case CMARK_NODE_TEXT:
                // Text nodes only: code spans, code blocks, URLs and raw HTML are other node types.
                // Most text nodes have nothing to change: that is checked on cmark's bytes,
                // without making a String of each.
                if renderer.language == "fr", let literal = cmark_node_get_literal(node),
                   Typography.needsWork(UnsafeBufferPointer(start: UnsafeRawPointer(literal).assumingMemoryBound(to: UInt8.self),
                                                            count: strlen(literal))) {
                    let text = String(cString: literal)
                    let typeset = Typography.french(text)
                    if typeset != text { cmark_node_set_literal(node, typeset) }
                }
            case CMARK_NODE_PARAGRAPH:
                reportUnparsedLinks(node)
            case CMARK_NODE_HEADING:
                reportUnparsedLinks(node)
                heading(node)
            case CMARK_NODE_LINK:
                link(node)
            case CMARK_NODE_IMAGE:
                image(node)
            case CMARK_NODE_HTML_BLOCK, CMARK_NODE_HTML_INLINE:
                if !renderer.allowRawHTML {
                    rawHTML.append(node)
                    log.warning(displayFile, line: line, Message("code HTML ignoré : le HTML écrit dans le texte n'est pas publié (markdown.unsafe vaut false dans site.yml).", en: "HTML ignored: HTML written in the text is not published (markdown.unsafe is false in site.yml)."))
                }
            default:
                break
            }
        }
        for node in rawHTML { cmark_node_free(node) }
        for (paragraph, html) in figures {
            let block = cmark_node_new(CMARK_NODE_HTML_BLOCK)
            cmark_node_set_literal(block, html)
            cmark_node_insert_before(paragraph, block)
            cmark_node_free(paragraph)
        }
        for (image, html) in imagesToReplace {
            let inline = cmark_node_new(CMARK_NODE_HTML_INLINE)
            cmark_node_set_literal(inline, html)
            cmark_node_insert_before(image, inline)
            cmark_node_free(image)
        }
        for link in linksToUnwrap {
            while let child = cmark_node_first_child(link) { cmark_node_insert_before(link, child) }
            cmark_node_free(link)
        }
    }

    /// The level of the previous heading; the page title is the h1.
    private var previousLevel = 1

    private mutating func heading(_ node: OpaquePointer) {
        let text = Self.plainText(node)
        let level = Int(cmark_node_get_heading_level(node))
        if level == 1 {
            log.warning(displayFile, line: line, Message("titre de niveau 1 « \(text) » : le titre de la page est déjà le seul titre de niveau 1 ; commencez les intertitres par ##.", en: "level-1 heading “\(text)”: the page title is already the only level-1 heading; start section headings with ##."))
        } else if level > previousLevel + 1 {
            log.warning(displayFile, line: line, Message("titre « \(text) » de niveau \(level) après un niveau \(previousLevel) : un niveau est sauté, les lecteurs d'écran s'y perdent (utilisez \(String(repeating: "#", count: previousLevel + 1))).", en: "heading “\(text)” of level \(level) after a level \(previousLevel): a level is skipped, which confuses screen readers (use \(String(repeating: "#", count: previousLevel + 1)))."))
        }
        previousLevel = level
        var base = Slug.make(text)
        if base.isEmpty { base = "section" }
        var id = base
        var n = 2
        while usedIDs.contains(id) {
            id = "\(base)-\(n)"
            n += 1
        }
        usedIDs.insert(id)
        headings.append(.init(level: Int(cmark_node_get_heading_level(node)), id: id, text: text))
        headingIDs.append((node, id))
    }

    private mutating func link(_ node: OpaquePointer) {
        let url = cmark_node_get_url(node).map { String(cString: $0) } ?? ""
        if cmark_node_first_child(node) == nil {
            log.error(displayFile, line: line, Message("lien sans texte vers « \(url) » : écrivez entre les crochets ce que le lien ouvre.", en: "link without text to “\(url)”: write between the brackets what the link opens."))
        } else if let vague = Self.vagueLinkText(Self.plainText(node)) {
            log.warning(displayFile, line: line, Message("le texte du lien « \(vague) » ne dit pas où il mène : écrivez plutôt le nom de la page ou du document visé.", en: "the link text “\(vague)” does not say where it leads: write the name of the page or document instead."))
        }
        if let target = unpublishedTarget(url) {
            log.warning(displayFile, line: line, Message("lien vers « \(url) » retiré : \(target) n'est pas publié dans cette construction (brouillon, ou daté après la date de construction).", en: "link to “\(url)” removed: \(target) is not published in this build (a draft, or dated after the build date)."))
            linksToUnwrap.append(node)
            return
        }
        if let rewritten = resolve(url, what: Message("lien", en: "link"), isImage: false) {
            cmark_node_set_url(node, rewritten)
        }
    }

    private mutating func image(_ node: OpaquePointer) {
        let url = cmark_node_get_url(node).map { String(cString: $0) } ?? ""
        let alt = Self.plainText(node).trimmed()
        if alt.isEmpty {
            log.error(displayFile, line: line, Message("image « \(url) » sans texte alternatif : décrivez-la entre les crochets, ![description](\(url)).", en: "image “\(url)” without alternative text: describe it between the brackets, ![description](\(url))."))
        }
        let rewritten = resolve(url, what: Message("image", en: "image"), isImage: true)
        let sitePath = sitePath(of: url)
        if firstImage == nil, let sitePath { firstImage = (sitePath, alt) }
        // An image's title is its credit (author, licence): shown under it, gathered on the legal notice.
        let title = cmark_node_get_title(node).map { String(cString: $0).trimmed() } ?? ""
        let credit = title.isEmpty ? nil : Typography.apply(title, language: renderer.language)
        var html: String
        if let sitePath, let photo = renderer.targets.photos[sitePath] {
            html = photo.html(alt: alt, lazy: true, href: links.href)
        } else {
            // Written as HTML so that it carries its size (no layout shift) and loads lazily.
            html = "<img src=\"\(HTMLText.escape(rewritten ?? url))\" alt=\"\(HTMLText.escape(alt))\""
            if let sitePath, let size = renderer.targets.imageSizes[sitePath] {
                html += " width=\"\(size.width)\" height=\"\(size.height)\""
            }
            html += " loading=\"lazy\" />"
        }
        guard let credit else {
            imagesToReplace.append((node, html))
            return
        }
        credits.append(credit)
        let caption = "\(HTMLText.escape(renderer.creditLabel)) \(HTMLText.escape(credit))"
        if let paragraph = cmark_node_parent(node), cmark_node_get_type(paragraph) == CMARK_NODE_PARAGRAPH,
           cmark_node_first_child(paragraph) == node, cmark_node_last_child(paragraph) == node {
            figures.append((paragraph, "<figure class=\"photo\">\(html)<figcaption class=\"image-credit\">\(caption)</figcaption></figure>\n"))
        } else {
            imagesToReplace.append((node, html + " <span class=\"image-credit\">\(caption)</span>"))
        }
    }

    /// The content file a relative link points at, when that file is held back from this build.
    private func unpublishedTarget(_ url: String) -> String? {
        guard !renderer.targets.unpublished.isEmpty, let ref = Reference(url), !ref.isRooted, let target = ref.target(from: file),
              renderer.targets.unpublished.contains(target) else { return nil }
        return target
    }

    /// The site path a reference points at, if it is a page or a media file.
    private func sitePath(of url: String) -> String? {
        guard let ref = Reference(url) else { return nil }
        if ref.isRooted { return String(ref.path.dropFirst()) }
        guard let target = ref.target(from: file) else { return nil }
        return renderer.targets.pages[target] ?? (renderer.targets.media.contains(target) ? target : nil)
    }

    /// The URL to write for a reference, or nil to keep it; reports what cannot be resolved.
    private mutating func resolve(_ url: String, what: Message, isImage: Bool) -> String? {
        var trimmed = url.trimmed(String.spaces)
        if trimmed.isEmpty {
            log.error(displayFile, line: line, Message("\(what.fr) sans adresse : indiquez entre parenthèses la page ou le fichier visé.", en: "\(what.en) without an address: give the page or file between the parentheses."))
            return nil
        }
        // The site's own full address is a site address: checked, and written relative.
        if let base = renderer.targets.baseURL, trimmed.hasPrefix(base) {
            trimmed = "/" + trimmed.dropFirst(base.count)
        }
        if Reference.hasScheme(trimmed) {
            guard SafeURL.isAllowed(trimmed) else {
                log.error(displayFile, line: line, Message("\(what.fr) vers « \(trimmed) » refusé : seules les adresses http(s), mailto et tel sont permises.", en: "\(what.en) to “\(trimmed)” refused: only http(s), mailto and tel addresses are allowed."))
                return ""
            }
            return nil
        }
        guard let ref = Reference(trimmed) else { return nil }   // `#anchor` or `//host/…`: kept as written
        if ref.isRooted {
            let path = String(ref.path.dropFirst())
            siteAddresses.append(.init(line: line, path: path, written: url, isImage: isImage))
            return links.href(path) + ref.suffix
        }
        guard let target = ref.target(from: file) else {
            log.error(displayFile, line: line, Message("\(what.fr) « \(url) » : ce chemin sort du dossier de contenu.", en: "\(what.en) “\(url)”: this path leaves the content folder."))
            return nil
        }
        if ref.path.isEmpty { return nil }
        let suffix = ref.suffix
        if let page = renderer.targets.pages[target] {
            return links.href(page) + suffix
        }
        if renderer.targets.media.contains(target) {
            return links.href(target) + suffix
        }
        // The file is there but has errors of its own, already reported.
        if renderer.targets.invalid.contains(target) { return nil }
        if target.hasSuffix(".md") {
            log.error(displayFile, line: line, Message("\(what.fr) vers « \(url) » : le fichier \(target) n'existe pas dans le contenu.", en: "\(what.en) to “\(url)”: the file \(target) does not exist in the content."))
        } else {
            log.error(displayFile, line: line, Message("\(what.fr) vers « \(url) » : le fichier \(target) n'existe pas (les images et documents vont dans media/).", en: "\(what.en) to “\(url)”: the file \(target) does not exist (images and documents go in media/)."))
        }
        return nil
    }

    /// Bracket and parenthesis text that cmark left as text: `[rapport](media/mon rapport.pdf)`
    /// (an address with a space) would be published as it is typed.
    private mutating func reportUnparsedLinks(_ block: OpaquePointer) {
        // Runs for every paragraph: most have no `]` left as text (a parsed link's brackets are
        // not text), which cmark's bytes tell without making a String of each text node.
        var hasBracket = false
        var node = cmark_node_first_child(block)
        while let current = node, !hasBracket {
            if cmark_node_get_type(current) == CMARK_NODE_TEXT, let literal = cmark_node_get_literal(current),
               strchr(literal, Int32(UInt8(ascii: "]"))) != nil {
                hasBracket = true
            }
            node = cmark_node_next(current)
        }
        guard hasBracket else { return }
        // The block's own text, cmark splitting it at each bracket; other inlines (code, links,
        // emphasis) break the run.
        var text = ""
        var child = cmark_node_first_child(block)
        while let node = child {
            switch cmark_node_get_type(node) {
            case CMARK_NODE_TEXT: text += cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK: text += "\n"
            default: text += "\u{0}"
            }
            child = cmark_node_next(node)
        }
        guard text.contains("](") else { return }
        let blockLine = Int(cmark_node_get_start_line(block)) + lineOffset
        for match in text.matches(of: Self.unparsedLink) {
            let typed = String(text[match.range])
            let address = String(match.output.1)
            let at = blockLine + text[..<match.range.lowerBound].filter { $0 == "\n" }.count
            let image = text[..<match.range.lowerBound].hasSuffix("!")
            let what = image ? Message("image", en: "image") : Message("lien", en: "link")
            let fix = address.contains(" ")
                ? Message("une adresse ne peut pas contenir d'espace : écrivez-la entre chevrons, (<\(address)>), ou renommez le fichier sans espace.",
                          en: "an address cannot contain a space: write it between angle brackets, (<\(address)>), or rename the file without spaces.")
                : Message("vérifiez l'adresse entre parenthèses (pas d'espace, parenthèses par paires, rien entre ] et ().",
                          en: "check the address between the parentheses (no space, parentheses in pairs, nothing between ] and ()).")
            log.error(displayFile, line: at, Message("« \(typed) » n'est pas devenu un \(what.fr) et serait publié tel quel : \(fix.fr)",
                                                    en: "“\(typed)” did not become an \(what.en) and would be published as typed: \(fix.en)"))
        }
    }

    /// `[text](address)` where address has no line break; the text no other inline.
    nonisolated(unsafe) private static let unparsedLink = /\[[^\]\x00\n]*\]\(([^)\x00\n]*)\)/

    /// Link texts that say nothing out of context (screen readers list links by their text).
    private static let vagueTexts: Set<String> = ["ici", "cliquez ici", "cliquer ici", "lien", "ce lien", "click here", "here",
                                                  "link", "en savoir plus", "lire la suite", "plus", "voir"]
    private static let notLinkText = CharacterSet.whitespacesAndNewlines.union(.punctuationCharacters)

    static func vagueLinkText(_ text: String) -> String? {
        // Runs for every link: vague texts are short, and a long text is vague only when it is an
        // address, which bytes tell without going through Foundation.
        if text.utf8.count > 40, !text.utf8.contains(bytes: "://"), !text.utf8.contains(bytes: "www.") { return nil }
        let trimmed = text.trimmed(notLinkText)
        // Only ASCII and the kelvin sign (K, lowered to k) can lower-case to one of the vague texts:
        // other text skips the standard library's case mapping, which costs more than the rest.
        if trimmed.utf8.count <= longestVagueText, trimmed.unicodeScalars.allSatisfy({ $0.isASCII || $0 == "\u{212A}" }),
           vagueTexts.contains(trimmed.lowercased()) {
            return trimmed
        }
        // An address: http://, https:// or www. in any case (no character outside ASCII lowers to
        // one of their letters).
        let address = ["http://", "https://", "www."].contains { startsIgnoringASCIICase(trimmed, with: $0) }
        return address ? trimmed : nil
    }

    private static func startsIgnoringASCIICase(_ text: String, with prefix: String) -> Bool {
        guard text.utf8.count >= prefix.utf8.count else { return false }
        for (byte, expected) in zip(text.utf8, prefix.utf8) {
            let lowered = byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte + 32 : byte
            if lowered != expected { return false }
        }
        return true
    }

    /// Lower-casing can shorten a text in bytes, but never to less than a third (K, the kelvin sign, gives k).
    private static let longestVagueText = 3 * vagueTexts.map(\.utf8.count).max()!

    /// The text of a node's descendants (heading text, image alt).
    static func plainText(_ node: OpaquePointer) -> String {
        var text = ""
        let iter = cmark_iter_new(node)
        defer { cmark_iter_free(iter) }
        while true {
            let event = cmark_iter_next(iter)
            if event == CMARK_EVENT_DONE { break }
            guard event == CMARK_EVENT_ENTER, let child = cmark_iter_get_node(iter) else { continue }
            switch cmark_node_get_type(child) {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE:
                if let literal = cmark_node_get_literal(child) { text += String(cString: literal) }
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
                text += " "
            default:
                break
            }
        }
        return text
    }
}

/// A reference typed in Markdown, split once: its path (percent-decoded) and its `#…`/`?…` suffix.
/// Nil for what is not a site path: a scheme (`https:`), a bare `#anchor`, a protocol-relative `//host`.
private struct Reference {
    let path: String
    let suffix: String

    /// `https:`, `mailto:`…: a colon before any slash.
    static func hasScheme(_ url: String) -> Bool {
        // Bytes, not characters: the separators are ASCII (runs for every link).
        for byte in url.utf8 {
            if byte == UInt8(ascii: ":") { return true }
            if byte == UInt8(ascii: "/") { return false }
        }
        return false
    }

    init?(_ url: String) {
        guard !url.isEmpty, !url.hasPrefix("#"), !url.hasPrefix("//"), !Reference.hasScheme(url) else { return nil }
        let cut = url.utf8.firstIndex { $0 == UInt8(ascii: "#") || $0 == UInt8(ascii: "?") } ?? url.endIndex
        let raw = String(url[..<cut])
        // Most paths have no escapes; decoding goes through Foundation, once per link otherwise.
        path = raw.utf8.contains(UInt8(ascii: "%")) ? raw.removingPercentEncoding ?? raw : raw
        suffix = String(url[cut...])
    }

    /// From the site root (`/communes/`) rather than from the file's folder.
    var isRooted: Bool { path.hasPrefix("/") }

    /// The content path it names from `file`'s folder; nil when it climbs out of the content folder.
    func target(from file: String) -> String? {
        SitePaths.resolve(path, inFolder: SitePaths.folder(of: file))
    }
}
