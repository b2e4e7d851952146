import Foundation
import Testing
@testable import VitrineKit

/// The accessibility statement after the State's model: status derived from the rate, every part
/// shown, and warnings for an old audit or a missing part.
@Suite struct AccessibilityStatementTests {
    static func yml(rate: String, audited: String = "2026-10-15") -> String {
        TestSite.siteYML.replacingOccurrences(of: "rate: 72.5", with: "rate: \(rate)")
            .replacingOccurrences(of: "audited: \"2026-10-15\"", with: "audited: \"\(audited)\"")
    }

    @Test(arguments: [("100", "totalement conforme"), ("99.9", "partiellement conforme"), ("50", "partiellement conforme"),
                      ("49.9", "non conforme"), ("0", "non conforme")])
    func theStatusFollowsFromTheRate(_ rate: String, _ status: String) throws {
        let site = try TestSite(siteYML: Self.yml(rate: rate))
        defer { site.remove() }
        try site.build()
        #expect(try site.page("index.html").contains("Accessibilité\u{A0}: \(status)</a>"), "footer, \(rate)")
        let statement = try site.page("accessibilite/index.html")
        #expect(statement.contains(status == "non conforme" ? "n’est pas conforme" : "est \(status)"), "\(rate)")
    }

    @Test func aWrittenStatusIsAnErrorThatPointsToTheRate() throws {
        let yml = TestSite.siteYML.replacingOccurrences(of: "rate: 72.5", with: "status: full")
        let site = try TestSite(siteYML: yml)
        defer { site.remove() }
        let error = try #require(site.failures().first { $0.field == "accessibility.status" })
        #expect(error.file.hasSuffix("site.yml") && error.line != nil)
        #expect(error.message.contains("rate"))
    }

    @Test func theStatementHasEveryPartOfTheModel() throws {
        let site = try TestSite()
        defer { site.remove() }
        try site.build()
        let page = try site.page("accessibilite/index.html")
        for text in ["72,5\u{202F}% des critères du RGAA 4.1 sont respectés.", "<h2 id=\"contenus-non-accessibles\">",
                     "<li>Les cartes n’ont pas d’alternative textuelle.</li>", "Établissement de cette déclaration",
                     "Cette déclaration a été établie le 15\u{A0}octobre\u{A0}2026.", "<li>HTML5</li>", "<li>Firefox et NVDA</li>",
                     "<li>axe-core</li>", "<a href=\"https://example.org/schema.pdf\">", "<a href=\"https://example.org/plan.pdf\">",
                     "<a href=\"mailto:accessibilite@example.org\">", "<a href=\"https://formulaire.defenseurdesdroits.fr/\">",
                     "Libre réponse 71120, 75342 Paris CEDEX 07"] {
            #expect(page.contains(text), "\(text)")
        }
    }

    @Test func anAuditOfThreeYearsOrMoreIsWarnedAbout() throws {
        for (audited, warned) in [("2023-11-28", true), ("2023-11-29", false)] {
            let site = try TestSite(siteYML: Self.yml(rate: "80", audited: audited))
            defer { site.remove() }
            let warning = site.diagnostics(now: "2026-11-28").contains { $0.field == "accessibility.audited" && $0.severity == .warning }
            #expect(warning == warned, "\(audited)")
        }
        #expect(AccessibilityCheck.isOutdated(Day(iso: "2024-02-29")!, now: Day(iso: "2027-03-01")!))
        #expect(!AccessibilityCheck.isOutdated(Day(iso: "2024-02-29")!, now: Day(iso: "2027-02-28")!))
    }

    @Test func aMissingPartIsWarnedAboutByName() throws {
        let yml = TestSite.siteYML.replacingOccurrences(of: "  tools: [\"axe-core\"]\n", with: "")
            .replacingOccurrences(of: "  contact: {email: \"accessibilite@example.org\"}", with: "")
        let site = try TestSite(siteYML: yml)
        defer { site.remove() }
        let warning = try #require(site.diagnostics().first { $0.message.contains("déclaration d'accessibilité est incomplète") })
        #expect(warning.message.contains("« accessibility.tools »") && warning.message.contains("« accessibility.contact »"))
        #expect(!warning.message.contains("« accessibility.rate »"))
        #expect(TestSite.siteYML.contains("  tools: [\"axe-core\"]\n"))
    }
}
