import Foundation

/// `data/communes.json`: each commune's convention as the pages show it on the build date,
/// every field present (`null` when unknown), for partners and tests. Its JSON Schema is
/// `CommunesData.schema`.
enum CommunesData {
    static func json(program: Program, label: (ConventionState.Status) -> String) -> Data {
        let communes = program.communes.map { c -> JSONValue in
            let convention = c.convention.flatMap { conv in
                program.states[c.origin.slug].map { state in conventionEntry(conv, state, label: label) }
            }
            return [
                "slug": .string(c.origin.slug), "name": .string(c.name), "insee": .string(c.insee),
                "url": .string(program.config.absoluteURL(c.origin.path)),
                "promotion": c.promotion.map { .number(Double($0)) } ?? .null, "convention": convention ?? .null,
            ]
        }
        let document: JSONValue = ["build_date": .string(program.now.iso), "licence": .string(OpenDataLicence.name),
                                   "communes": .array(communes)]
        return Data(document.prettyBytes)
    }

    /// A signature or a termination shows only as what it is on the build date: a signature
    /// dated later is not one yet, a termination effective after the end had no effect.
    private static func conventionEntry(_ conv: Convention, _ state: ConventionState,
                                   label: (ConventionState.Status) -> String) -> JSONValue {
        [
            "reference": conv.reference.json, "status": .string(state.status.rawValue), "status_label": .string(label(state.status)),
            "signed": (state.signed?.iso).json, "ends": .string(state.ends.iso),
            "termination_effective": (state.terminationEffective?.iso).json,
            "termination_ends_convention": state.terminationEffective == nil ? .null : .bool(state.terminationEndsConvention),
            "amendments_in_effect": .array(state.amendmentsInEffect.map { amendment($0, signed: $0.signed) }),
            // Not signed on the build date: a signature date, if any, is still to come.
            "amendments_pending": .array(state.amendmentsPending.map { amendment($0, signed: nil) }),
        ]
    }

    private static func amendment(_ a: Amendment, signed: Day?) -> JSONValue {
        ["summary": .string(a.summary), "requested": (a.requested?.iso).json, "signed": (signed?.iso).json, "ends": (a.ends?.iso).json]
    }
}
