import Foundation
@testable import VitrineKit

/// A site written into a fresh temporary folder, built with the repository's default theme.
struct TestSite {
    let root: URL
    var content: URL { root.appendingPathComponent("content") }
    var output: URL { root.appendingPathComponent("public") }

    /// The repository's `site-templates/`, found from this file's location.
    static let themes: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("site-templates")

    /// A copy of the themes folder that a test may edit; the caller removes it.
    static func copyOfThemes() throws -> URL {
        let copy = FileManager.default.temporaryDirectory.appendingPathComponent("vitrine-theme-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: themes, to: copy)
        return copy
    }

    static let siteYML = """
    title: "Site d'essai"
    description: "Un site pour les tests"
    baseURL: "https://example.org/qmi/"
    language: fr
    timezone: Europe/Paris
    theme: default
    publisher: {name: "Métropole du Grand Paris", address: "Paris", phone: "01 00 00 00 00", director: "Le président"}
    host: {name: "Hébergeur", address: "Lyon", phone: "04 00 00 00 00"}
    accessibility:
      rate: 72.5
      audited: "2026-10-15"
      technologies: [HTML5, CSS]
      environment: ["Firefox et NVDA"]
      tools: ["axe-core"]
      pages: ["Accueil"]
      nonConformities: ["Les cartes n'ont pas d'alternative textuelle."]
      schema: "https://example.org/schema.pdf"
      actionPlan: "https://example.org/plan.pdf"
      contact: {email: "accessibilite@example.org"}
    themes: {energie: "Transition énergétique", climat: "Climat"}
    menu:
      - {label: "Communes", url: "/communes/"}
      - {label: "Expérimentations", url: "/experimentations/"}
    search: false
    """

    /// The same site in English: interface, dates, messages and addresses (`/experiments/`), its
    /// menu following them.
    static let englishSiteYML = siteYML.replacingOccurrences(of: "language: fr", with: "language: en")
        .replacingOccurrences(of: "url: \"/experimentations/\"", with: "url: \"/experiments/\"")

    /// The same site with its search on: built with Pagefind (SearchTests).
    static let siteYMLWithSearch = siteYML.replacingOccurrences(of: "search: false", with: "search: true")

    init(files: [String: String] = [:], siteYML: String? = TestSite.siteYML) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("vitrine-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: content, withIntermediateDirectories: true)
        if let siteYML { try write("site.yml", siteYML) }
        for (path, text) in files { try write(path, text) }
    }

    func write(_ path: String, _ text: String) throws {
        try write(path, data: Data(text.utf8))
    }

    func write(_ path: String, data: Data) throws {
        let url = content.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: url)
    }

    func request(now: String = "2026-11-28", drafts: Bool = false, out: URL? = nil) -> BuildRequest {
        BuildRequest(contentDirectory: content, themesDirectory: Self.themes, outputDirectory: out ?? output,
                     now: Day(iso: now)!, includeDrafts: drafts)
    }

    @discardableResult
    func build(now: String = "2026-11-28", drafts: Bool = false) throws -> BuildReport {
        try SiteBuilder.build(request(now: now, drafts: drafts))
    }

    /// Diagnostics of a build that is expected to fail.
    func failures(now: String = "2026-11-28") -> [Diagnostic] {
        do {
            try SiteBuilder.build(request(now: now))
            return []
        } catch {
            return error.diagnostics
        }
    }

    /// All diagnostics (errors and warnings) without writing anything.
    func diagnostics(now: String = "2026-11-28") -> [Diagnostic] {
        SiteBuilder.generate(request(now: now)).1.sorted
    }

    func page(_ path: String) throws -> String {
        try String(contentsOf: output.appendingPathComponent(path), encoding: .utf8)
    }

    func exists(_ path: String) -> Bool {
        FileManager.default.fileExists(atPath: output.appendingPathComponent(path).path)
    }

    /// Every file of the output folder with its bytes, to compare two builds.
    func snapshot(of folder: URL? = nil) throws -> [String: Data] {
        let base = folder ?? output
        var result: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(atPath: base.path)
        while let path = enumerator?.nextObject() as? String {
            var isDir: ObjCBool = false
            let url = base.appendingPathComponent(path)
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDir), !isDir.boolValue {
                result[path] = try Data(contentsOf: url)
            }
        }
        return result
    }

    func remove() {
        try? FileManager.default.removeItem(at: root)
    }
}

/// Front matter + body, as writers type files.
func md(_ frontMatter: String, _ body: String = "Texte.") -> String {
    "---\n\(frontMatter)\n---\n\(body)\n"
}

let sceaux = md("""
name: Sceaux
insee: "92071"
themes: [energie]
convention:
  signed: "2023-04-17"
  ends: "2024-06"
""", "## La convention\n\nVoir [Soy PV](../experiments/soy-pv.md).")

let soyPV = md("""
title: Soy PV
commune: sceaux
status: completed
outcome: conclusive
start: "2023-10-02"
updated: "2025-02-14"
themes: [energie]
summary: Des stores solaires.
""", "## Le défi\n\nTexte.\n\n## Résultats\n\nConcluants.")
