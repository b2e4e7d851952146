import Foundation

/// `data/communes.json`: each commune's convention facts as the pages show them, for partners and tests.
struct CommunesData {
    struct Entry: Encodable {
        let slug: String
        let name: String
        let insee: String
        let url: String
        let promotion: Int?
        let convention: ConventionEntry?
    }

    struct ConventionEntry: Encodable {
        let reference: String?
        let status: String
        let statusLabel: String
        let signed: String?
        let ends: String
        let terminationEffective: String?
        let amendmentsInEffect: [AmendmentEntry]
        let amendmentsPending: [AmendmentEntry]
    }

    struct AmendmentEntry: Encodable {
        let summary: String
        let requested: String?
        let signed: String?
        let ends: String?
    }

    static func json(program: Program, label: (ConventionState.Status) -> String) -> Data {
        let entries = program.communes.map { c -> Entry in
            let convention = c.convention.flatMap { conv in
                program.states[c.origin.slug].map { state in
                    ConventionEntry(
                        reference: conv.reference, status: state.status.rawValue, statusLabel: label(state.status),
                        signed: conv.signed?.iso, ends: state.ends.iso, terminationEffective: state.terminationEffective?.iso,
                        amendmentsInEffect: state.amendmentsInEffect.map(entry), amendmentsPending: state.amendmentsPending.map(entry))
                }
            }
            return Entry(slug: c.origin.slug, name: c.name, insee: c.insee,
                         url: program.config.absoluteURL(c.origin.path), promotion: c.promotion, convention: convention)
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.keyEncodingStrategy = .convertToSnakeCase
        var data = (try? encoder.encode(Document(buildDate: program.now.iso, communes: entries))) ?? Data()
        data.append(0x0A)
        return data
    }

    struct Document: Encodable {
        let buildDate: String
        let communes: [Entry]
    }

    private static func entry(_ a: Amendment) -> AmendmentEntry {
        AmendmentEntry(summary: a.summary, requested: a.requested?.iso, signed: a.signed?.iso, ends: a.ends?.iso)
    }
}
