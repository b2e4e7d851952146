import Foundation
import Testing
@testable import VitrineKit

/// The map of the Métropole: drawn from the shipped boundaries, the program's communes linked to
/// their page with their status in words, experiments as linked points, a zoom on a commune's page.
@Suite struct MapTests {
    static let files: [String: String] = [
        "communes/sceaux.md": md("name: Sceaux\ninsee: \"92071\"\nconvention: {signed: \"2023-04-17\", ends: \"2024-06\"}"),
        "communes/argenteuil.md": md("name: Argenteuil\ninsee: \"95018\"\nconvention: {signed: \"2024-06-18\", ends: \"2027-06\"}"),
        "experiments/banc.md": md("title: Banc\ncommune: sceaux\nstatus: testing\nsummary: Un banc.\nplace: {name: Parc, lat: 48.7775, lon: 2.2900}"),
    ]

    @Test func theBoundariesHoldTheMetropolesCommunes() {
        #expect(MetropoleMap.communes.count == 131)
        for code in ["75056", "92071", "93005", "94033", "95018", "91027", "91687"] { #expect(MetropoleMap.isMember(code), "\(code)") }
        for code in ["92001", "95127", "91001", "77001"] { #expect(!MetropoleMap.isMember(code), "\(code)") }
    }

    @Test func theHomeMapLinksEachProgramCommuneAndExperimentWithItsStatusInWords() throws {
        let site = try TestSite(files: Self.files)
        defer { site.remove() }
        try site.build()
        // Labels follow French typography (no-break spaces): compared with plain ones.
        let home = try site.page("index.html").replacingOccurrences(of: "\u{A0}", with: " ").replacingOccurrences(of: "\u{202F}", with: " ")
        #expect(home.contains("<svg class=\"map\" viewBox=\"0 0 989 1172\" role=\"group\" aria-labelledby=\"carte-titre-svg\">"))
        #expect(home.contains("<a href=\"communes/sceaux/\" aria-label=\"Sceaux — convention : Échue\"><path d=\"M"))
        #expect(home.contains("<a href=\"communes/argenteuil/\" aria-label=\"Argenteuil — convention : En vigueur\"><path d=\"M"))
        #expect(home.contains("fill=\"url(#motif-expired)\"") && home.contains("fill=\"url(#motif-in_force)\""))
        #expect(home.contains("<a href=\"experimentations/banc/\" aria-label=\"Banc (expérimentation, Sceaux)\"><circle"))
        // The other communes are drawn but are not links: 129 shapes without a link.
        let others = try #require(home.components(separatedBy: "<g class=\"map-others\"").last?.components(separatedBy: "</g>").first)
        #expect(others.components(separatedBy: "<path ").count - 1 == 129)
        #expect(!others.contains("<a "))
        // Every link of the map leads to a page of the build.
        let links = home.components(separatedBy: "<svg class=\"map\"")[1].components(separatedBy: "</svg>")[0]
            .components(separatedBy: "<a href=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) }
        #expect(links.count == 3)
        for link in links { #expect(site.exists(link + "index.html"), "\(link)") }
    }

    @Test func aCommunesPageZoomsOnItAndNamesItsNeighboursAsPartOfTheMap() throws {
        let site = try TestSite(files: Self.files)
        defer { site.remove() }
        try site.build()
        let page = try site.page("communes/sceaux/index.html")
        let viewBox = try #require(page.components(separatedBy: "<svg class=\"map\" viewBox=\"").dropFirst().first?.prefix { $0 != "\"" })
        let numbers = viewBox.split(separator: " ").compactMap { Double($0) }
        #expect(numbers.count == 4 && numbers[2] < 400, "\(viewBox)")   // zoomed: far less than the 989 units of the whole
        #expect(page.contains("class=\"map-expired map-focus\""))
        #expect(page.contains("<a href=\"../../experimentations/banc/\""))
    }

    @Test func anInseeCodeOutsideTheMetropoleIsAWarningNamingTheFile() throws {
        let site = try TestSite(files: ["communes/ailleurs.md": md("name: Ailleurs\ninsee: \"77001\"")])
        defer { site.remove() }
        let warnings = site.diagnostics().filter { $0.severity == .warning && $0.field == "insee" }
        #expect(warnings.count == 1)
        #expect(warnings.first?.file == "content/communes/ailleurs.md")
        #expect(warnings.first?.message.contains("77001") == true)
        try site.build()
        #expect(!(try site.page("communes/ailleurs/index.html")).contains("<svg class=\"map\""))
    }
}
