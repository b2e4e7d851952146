import Foundation
import Testing
@testable import VitrineKit

/// One commune per status: the label and the code read back from the pages and from communes.json.
@Suite struct StatusPagesTests {
    static func commune(_ name: String, _ convention: String) -> String {
        md("name: \(name)\ninsee: \"92071\"\nconvention:\n\(convention)")
    }

    static let files: [String: String] = [
        "communes/attente.md": commune("Attente", "  ends: \"2027-06\""),
        "communes/vigueur.md": commune("Vigueur", "  signed: \"2026-01-10\"\n  ends: \"2027-06\"\n  amendments:\n    - {requested: \"2026-10-01\", summary: \"Prolongation\", ends: \"2027-12-31\"}"),
        "communes/notifiee.md": commune("Notifiee", "  signed: \"2026-01-10\"\n  ends: \"2027-06\"\n  termination: {notified: \"2026-11-01\", by: metropole, reason: \"Défaut de référent\"}"),
        "communes/resiliee.md": commune("Resiliee", "  signed: \"2025-01-10\"\n  ends: \"2027-06\"\n  termination: {notified: \"2025-12-31\", by: commune}"),
        "communes/echue.md": commune("Echue", "  signed: \"2023-04-17\"\n  ends: \"2024-06\""),
    ]

    static let expected: [(slug: String, code: String, label: String, detail: String?)] = [
        ("attente", "unsigned", "En attente de signature", nil),
        ("vigueur", "in_force", "En vigueur", "jusqu’au 30\u{A0}juin\u{A0}2027"),
        ("notifiee", "termination_notified", "Résiliation notifiée", "effective le 1er\u{A0}janvier\u{A0}2027"),
        ("resiliee", "terminated", "Résiliée", "le 28\u{A0}février\u{A0}2026"),
        ("echue", "expired", "Échue", "depuis le 30\u{A0}juin\u{A0}2024"),
    ]

    @Test func eachStatusIsShownOnItsPageAndInTheData() throws {
        let site = try TestSite(files: Self.files)
        defer { site.remove() }
        try site.build(now: "2026-11-28")
        for e in Self.expected {
            let page = try site.page("communes/\(e.slug)/index.html")
            #expect(page.contains("class=\"badge badge-\(e.code)\""), "\(e.slug)")
            #expect(page.contains("<strong>\(e.label)</strong>"), "\(e.slug)")
            if let detail = e.detail {
                #expect(page.contains(detail.replacingOccurrences(of: "’", with: "&#39;").replacingOccurrences(of: "'", with: "&#39;"))
                        || page.contains(detail), "\(e.slug): \(detail)")
            }
        }
        let data = try JSONSerialization.jsonObject(with: Data(contentsOf: site.output.appendingPathComponent("data/communes.json"))) as! [String: Any]
        let communes = data["communes"] as! [[String: Any]]
        for e in Self.expected {
            let entry = try #require(communes.first { $0["slug"] as? String == e.slug })
            let convention = entry["convention"] as! [String: Any]
            #expect(convention["status"] as? String == e.code)
            #expect(convention["status_label"] as? String == e.label)
        }
        let notified = communes.first { $0["slug"] as? String == "notifiee" }!["convention"] as! [String: Any]
        #expect(notified["termination_effective"] as? String == "2027-01-01")
        let pending = communes.first { $0["slug"] as? String == "vigueur" }!["convention"] as! [String: Any]
        #expect((pending["amendments_pending"] as? [Any])?.count == 1)
        #expect((pending["amendments_in_effect"] as? [Any])?.isEmpty == true)
    }

    @Test func theCommunePageShowsTheTimelineAndThePendingAmendment() throws {
        let site = try TestSite(files: Self.files)
        defer { site.remove() }
        try site.build(now: "2026-11-28")
        let vigueur = try site.page("communes/vigueur/index.html")
        #expect(vigueur.contains("Avenant en cours de signature\u{A0}: Prolongation"))
        #expect(vigueur.contains("<caption>Étapes de la convention</caption>"))
        #expect(vigueur.contains("Demande d’avenant\u{A0}: Prolongation"))
        let notified = try site.page("communes/notifiee/index.html")
        #expect(notified.contains("Lettre de résiliation envoyée par la Métropole — Défaut de référent"))
        #expect(notified.contains("Résiliation effective <em>(à venir)</em>"))
        let expired = try site.page("communes/echue/index.html")
        #expect(expired.contains("à sa charge (article 2)"))
        let overview = try site.page("programme/index.html")
        for e in Self.expected { #expect(overview.contains(e.label)) }
    }
}
