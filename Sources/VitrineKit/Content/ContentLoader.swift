import Foundation

/// Reads a content folder: `site.yml`, the Markdown files of each kind, and `media/`.
///
/// Every problem is collected; the caller decides to stop when there are errors.
public struct ContentLoader: Sendable {
    public let contentDirectory: URL
    /// How the content folder is named in messages (`content`).
    public let displayName: String
    /// Where the theme named in site.yml is, for the address folders its strings give
    /// (`SectionAddresses`); without it, the English folder names.
    public let themesDirectory: URL?

    public init(contentDirectory: URL, displayName: String? = nil, themesDirectory: URL? = nil) {
        self.contentDirectory = contentDirectory.standardizedFileURL
        self.displayName = displayName ?? contentDirectory.lastPathComponent
        self.themesDirectory = themesDirectory
    }

    public func load() -> (SiteContent?, DiagnosticLog) { load(memo: .none) }

    /// With the preview's memo, a file whose `stat` is unchanged is not read or decoded again.
    func load(memo: Memo) -> (SiteContent?, DiagnosticLog) {
        var log = DiagnosticLog()
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: contentDirectory.path, isDirectory: &isDir), isDir.boolValue else {
            log.error(displayName, Message("le dossier de contenu « \(contentDirectory.path) » n'existe pas.", en: "the content folder “\(contentDirectory.path)” does not exist."))
            return (nil, log)
        }
        let files = listFiles(&log)
        let config = loadConfig(&log)
        var addresses = SectionAddresses.fallback
        if let config, let themesDirectory {
            let (read, addressLog) = SectionAddresses.read(themesDirectory: themesDirectory, config: config)
            addresses = read
            log.append(contentsOf: addressLog)
        }

        // What each file is, from its name alone: the preview reuses it while the names are the same.
        let listing = memo.value("listing", input: ListingInput(files: files, addresses: addresses)) {
            classify(files, addresses: addresses)
        }
        log.append(contentsOf: listing.log)
        let sources = listing.sources, media = listing.media

        let known = KnownReferences(
            communes: Set(sources.filter { $0.0 == .communes }.map(\.2)),
            themes: Set(config?.themes.map(\.slug) ?? []))
        let language = config?.language ?? "fr"
        let knownGeneration = memo.generation(of: "known references", known)
        let decoded = Parallel.map(sources) { kind, file, slug in
            decode(kind: kind, file: file, slug: slug, known: known, knownGeneration: knownGeneration,
                   language: language, addresses: addresses, memo: memo)
        }

        var home: HomeText?
        var communes: [Commune] = [], experiments: [Experiment] = [], news: [NewsItem] = []
        var events: [Event] = [], pages: [Page] = [], calls: [CallForApplications] = []
        var invalid: Set<String> = []
        for ((_, file, _), (item, fileLog)) in zip(sources, decoded) {
            log.append(contentsOf: fileLog)
            switch item {
            case .home(let h): home = h
            case .commune(let c): communes.append(c)
            case .experiment(let e): experiments.append(e)
            case .news(let n): news.append(n)
            case .event(let e): events.append(e)
            case .call(let c): calls.append(c)
            case .page(let p): pages.append(p)
            case nil: invalid.insert(file)
            }
        }
        guard let config else { return (nil, log) }
        return (SiteContent(config: config, home: home, communes: communes, experiments: experiments,
                            news: news, events: events, calls: calls, pages: pages, media: media.sorted(),
                            imageSizes: imageSizes(media, memo: memo), invalidFiles: invalid, addresses: addresses), log)
    }

    private struct ListingInput: Equatable {
        let files: [String]
        let addresses: SectionAddresses
    }

    /// The content files by kind, with the slug their name gives; media files; and what is wrong
    /// with the names (ignored files, two names for one address).
    private struct Listing {
        var sources: [(ContentKind, String, String)] = []   // kind, relative path, slug
        var media: [String] = []
        var log = DiagnosticLog()
    }

    private func classify(_ files: [String], addresses: SectionAddresses) -> Listing {
        var listing = Listing()
        for file in files {
            let parts = file.split(separator: "/").map(String.init)
            if file == "site.yml" { continue }
            if file == "index.md" { listing.sources.append((.home, file, "")); continue }
            if parts.first == "media" { listing.media.append(file); continue }
            if parts.count == 2, let kind = ContentKind(rawValue: parts[0]), kind != .home, file.hasSuffix(".md") {
                let slug = Slug.make(String(parts[1].dropLast(3)))
                listing.sources.append((kind, file, slug))
                continue
            }
            if parts.last?.hasPrefix(".") == true { continue }
            listing.log.warning(path(file), Message("fichier ignoré : seuls site.yml, index.md, communes/, experiments/, news/, events/, calls/, pages/ (fichiers .md) et media/ sont lus.", en: "file ignored: only site.yml, index.md, communes/, experiments/, news/, events/, calls/, pages/ (.md files) and media/ are read."))
        }
        reportSlugProblems(listing.sources, addresses: addresses, &listing.log)
        return listing
    }

    /// Width and height of each drawing and GIF, read from its first bytes (the preview reads an
    /// image again only when its `stat` changed). Photos get theirs from the image pipeline
    /// (`MediaImages`), upright, and are not read here.
    private func imageSizes(_ media: [String], memo: Memo) -> [String: ImageDimensions] {
        let extensions: Set<String> = ["gif", "svg"]
        var sizes: [String: ImageDimensions] = [:]
        for file in media where extensions.contains((file as NSString).pathExtension.lowercased()) {
            let url = contentDirectory.appendingPathComponent(file)
            func read() -> ImageDimensions? {
                guard let handle = try? FileHandle(forReadingFrom: url) else { return nil }
                defer { try? handle.close() }
                guard let head = try? handle.read(upToCount: 64 * 1024), let size = ImageSize.read(head) else { return nil }
                return ImageDimensions(width: size.width, height: size.height)
            }
            sizes[file] = memo.value("image size:" + file, input: FileStamp(path: url.path), compute: read)
        }
        return sizes
    }

    /// A file decoded again only when its `stat` changed (the preview's); each decoding gives
    /// items of a new serial (`ReadLog`).
    func decode(kind: ContentKind, file: String, slug: String, known: KnownReferences, knownGeneration: Int,
                language: String, addresses: SectionAddresses, memo: Memo) -> (DecodedItem?, DiagnosticLog) {
        memo.value("decode:" + file, input: DecodeInput(stamp: FileStamp(path: contentDirectory.path + "/" + file), kind: kind,
                                                        slug: slug, known: knownGeneration, language: language, addresses: addresses)) {
            decodeFile(kind: kind, file: file, slug: slug, known: known, language: language, addresses: addresses)
        }
    }

    /// What a decoded file depends on besides its text.
    private struct DecodeInput: Equatable {
        let stamp: FileStamp?
        let kind: ContentKind
        let slug: String
        let known: Int
        let language: String
        let addresses: SectionAddresses
    }

    /// `content/experiments/soy-pv.md`: how a file is named in messages.
    func path(_ relative: String) -> String { "\(displayName)/\(relative)" }

    private func loadConfig(_ log: inout DiagnosticLog) -> SiteConfig? {
        let url = contentDirectory.appendingPathComponent("site.yml")
        guard let data = FileManager.default.contents(atPath: url.path) else {
            log.error(path("site.yml"), Message("fichier site.yml manquant : il donne le titre, l'adresse (baseURL) et la langue du site.", en: "site.yml is missing: it gives the site's title, address (baseURL) and language."))
            return nil
        }
        guard let text = SourceText.decode(Array(data)) else {
            log.error(path("site.yml"), Message("site.yml n'est pas en UTF-8 : enregistrez-le en UTF-8.", en: "site.yml is not UTF-8: save it as UTF-8."))
            return nil
        }
        let problems = FileProblems(file: path("site.yml"), lineOffset: 0)
        let config = SiteConfig.decode(yaml: text, problems: problems)
        log.append(contentsOf: problems.log)
        return config
    }

    private func decodeFile(kind: ContentKind, file: String, slug: String, known: KnownReferences,
                            language: String, addresses: SectionAddresses) -> (DecodedItem?, DiagnosticLog) {
        var log = DiagnosticLog()
        let url = contentDirectory.appendingPathComponent(file)
        guard let data = FileManager.default.contents(atPath: url.path) else {
            log.error(path(file), Message("fichier illisible.", en: "unreadable file."))
            return (nil, log)
        }
        guard let text = SourceText.decode(Array(data)) else {
            log.error(path(file), Message("ce fichier n'est pas en UTF-8 : enregistrez-le en UTF-8 (« Enregistrer sous », encodage UTF-8).", en: "this file is not UTF-8: save it as UTF-8 (“Save as”, UTF-8 encoding)."))
            return (nil, log)
        }
        let front: FrontMatter
        do {
            front = try FrontMatter.split(text)
        } catch .missingOpening {
            log.error(path(file), line: 1, Message("le fichier doit commencer par une ligne « --- », suivie des champs (title: …) puis d'une autre ligne « --- ».", en: "the file must start with a “---” line, then the fields (title: …), then another “---” line."))
            return (nil, log)
        } catch {
            log.error(path(file), line: 1, Message("l'en-tête ouvert par « --- » à la ligne 1 n'est jamais fermé : ajoutez une ligne « --- » après le dernier champ.", en: "the front matter opened by “---” on line 1 is never closed: add a “---” line after the last field."))
            return (nil, log)
        }
        let problems = FileProblems(file: path(file), lineOffset: front.yamlLineOffset, language: language)
        guard let reader = FieldReader.top(yaml: front.yaml, problems: problems) else { return (nil, problems.log) }
        let origin = Origin(file: file, path: kind.path(slug: slug, in: addresses), slug: slug)
        let body = Body(markdown: front.body, firstLine: front.bodyFirstLine)
        let item = ItemDecoder.decode(kind: kind, origin: origin, reader: reader, body: body, known: known)
        return (item, problems.log)
    }

    /// Every regular file under the content folder, relative and sorted; symlinks leaving it are refused.
    ///
    /// Read with `readdir`: the entry types come with the names, so only symbolic links cost a
    /// `realpath` (a site of 12,000 files took seconds through FileManager and URL resolution).
    private func listFiles(_ log: inout DiagnosticLog) -> [String] {
        let root = contentDirectory.resolvingSymlinksInPath().path
        var files: [String] = []
        var folders = [""]
        while let folder = folders.popLast() {
            let full = folder.isEmpty ? contentDirectory.path : contentDirectory.path + "/" + folder
            guard let dir = opendir(full) else { continue }
            defer { closedir(dir) }
            while let entry = readdir(dir) {
                let name = withUnsafePointer(to: entry.pointee.d_name) {
                    $0.withMemoryRebound(to: CChar.self, capacity: Int(NAME_MAX) + 1) { String(cString: $0) }
                }
                if name == "." || name == ".." { continue }
                let relative = folder.isEmpty ? name : folder + "/" + name
                var type = Int32(entry.pointee.d_type)
                if type == Int32(DT_UNKNOWN) {
                    var info = stat()
                    guard lstat(full + "/" + name, &info) == 0 else { continue }
                    type = (info.st_mode & S_IFMT) == S_IFDIR ? Int32(DT_DIR) : (info.st_mode & S_IFMT) == S_IFLNK ? Int32(DT_LNK) : Int32(DT_REG)
                }
                switch type {
                case Int32(DT_DIR):
                    folders.append(relative)
                case Int32(DT_LNK):
                    let resolved = contentDirectory.appendingPathComponent(relative).resolvingSymlinksInPath().path
                    if resolved != root && !resolved.hasPrefix(root + "/") {
                        log.error(path(relative), Message("lien symbolique vers « \(resolved) », hors du dossier de contenu : refusé.", en: "symbolic link to “\(resolved)”, outside the content folder: refused."))
                        continue
                    }
                    var isDir: ObjCBool = false
                    if FileManager.default.fileExists(atPath: resolved, isDirectory: &isDir), !isDir.boolValue {
                        files.append(relative)
                    }
                case Int32(DT_REG):
                    files.append(relative)
                default:
                    continue
                }
            }
        }
        return files.sorted()
    }

    /// Two files of one kind giving the same URL (`Soy PV.md` and `soy-pv.md`), or a name with no letter.
    private func reportSlugProblems(_ sources: [(ContentKind, String, String)], addresses: SectionAddresses,
                                    _ log: inout DiagnosticLog) {
        let taken = PageRenderer.Paths.sections(addresses)
        var seen: [String: String] = [:]   // output path → file
        for (kind, file, slug) in sources where kind != .home {
            if slug.isEmpty {
                log.error(path(file), Message("le nom de ce fichier ne donne aucune adresse : utilisez des lettres ou des chiffres.", en: "this file name gives no address: use letters or digits."))
                continue
            }
            let output = kind.path(slug: slug, in: addresses)
            if kind == .pages, taken.contains(slug) {
                log.error(path(file), Message("cette page prendrait l'adresse /\(output), qui est celle d'une page produite par Vitrine : renommez le fichier (par exemple pages/\(slug)-presentation.md).", en: "this page would take the address /\(output), which belongs to a page Vitrine makes: rename the file (for example pages/\(slug)-overview.md)."))
                continue
            }
            if let other = seen[output] {
                log.error(path(file), Message("ce fichier et \(path(other)) donnent la même adresse /\(output) : renommez l'un des deux.", en: "this file and \(path(other)) give the same address /\(output): rename one of them."))
            } else {
                seen[output] = file
            }
        }
    }
}
