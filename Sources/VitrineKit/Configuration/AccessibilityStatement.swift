/// What the accessibility statement says, in the order of the State's model (« modèle de
/// déclaration d'accessibilité », DINUM): the audit's result, what is not accessible, how the
/// statement was established, the multi-year plan, and how to give feedback. Read from site.yml's
/// `accessibility`.
public struct AccessibilityStatement: Sendable, Equatable {
    public enum Status: String, Sendable, CaseIterable {
        case full, partial, none
    }

    /// How to reach the publisher about an accessibility problem.
    public struct Contact: Sendable, Equatable {
        public var email: String?
        public var form: String?
        public var phone: String?
        public var address: String?

        var isEmpty: Bool { email == nil && form == nil && phone == nil && address == nil }
    }

    /// Share of the RGAA criteria met, in percent (0 to 100).
    public var rate: Double?
    public var audited: Day?
    /// Who audited (a firm, an internal team).
    public var auditor: String?
    public var technologies: [String] = []
    /// Browsers and assistive technologies the audit used (« Firefox 128 avec NVDA 2024.4 »).
    public var environment: [String] = []
    public var tools: [String] = []
    /// The pages of the audit's sample.
    public var pages: [String] = []
    public var nonConformities: [String] = []
    /// Contents outside the obligation (« dérogations »).
    public var derogations: [String] = []
    public var disproportionateBurden: [String] = []
    /// Addresses of the multi-year accessibility plan and of this year's action plan.
    public var schema: String?
    public var actionPlan: String?
    public var contact = Contact()

    /// Derived from the rate, never written: 100 % is full, from 50 % partial, below (or no audit) none.
    public var status: Status {
        guard let rate else { return .none }
        if rate >= 100 { return .full }
        return rate >= 50 ? .partial : .none
    }

    /// An audit older than this is out of date (the model's rule: a statement is renewed with each audit,
    /// at least every three years).
    static let auditValidityYears = 3

    /// The keys under `accessibility` that the model requires and that are missing.
    var missingParts: [String] {
        var missing: [String] = []
        if rate == nil { missing.append("rate") }
        if audited == nil { missing.append("audited") }
        if technologies.isEmpty { missing.append("technologies") }
        if environment.isEmpty { missing.append("environment") }
        if tools.isEmpty { missing.append("tools") }
        if pages.isEmpty { missing.append("pages") }
        if schema == nil { missing.append("schema") }
        if actionPlan == nil { missing.append("actionPlan") }
        if contact.isEmpty { missing.append("contact") }
        return missing
    }
}
