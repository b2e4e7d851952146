extension AccessibilityStatement {
    /// Reads site.yml's `accessibility`. The status is not a field: it follows from `rate`, so that
    /// the footer and the statement can never claim more than the audit found.
    static func decode(_ r: FieldReader, language: String) -> AccessibilityStatement {
        defer { r.warnUnknownKeys() }
        // Texts shown on the statement get the site's typography, like the site's title.
        func texts(_ key: String) -> [String] { r.strings(key).map { Typography.apply($0.0, language: language) } }
        var s = AccessibilityStatement()
        if let (_, mark) = r.located("status") {
            r.problems.error(mark, field: "accessibility.status", Message("« accessibility.status » ne s'écrit pas : le statut se déduit du taux de conformité « accessibility.rate » (100 : totalement conforme ; de 50 à 99 : partiellement conforme ; moins de 50 : non conforme). Remplacez « status » par « rate: » suivi du pourcentage de critères respectés donné par l'audit.", en: "“accessibility.status” is not written: the status follows from the conformance rate “accessibility.rate” (100: fully compliant; 50 to 99: partially compliant; below 50: non-compliant). Replace “status” with “rate:” followed by the percentage of criteria met that the audit gives."))
        }
        s.rate = r.double("rate", in: 0...100)
        s.audited = r.day("audited")
        s.auditor = r.string("auditor").map { Typography.apply($0, language: language) }
        s.technologies = texts("technologies")
        s.environment = texts("environment")
        s.tools = texts("tools")
        s.pages = texts("pages")
        s.nonConformities = texts("nonConformities")
        s.derogations = texts("derogations")
        s.disproportionateBurden = texts("disproportionateBurden")
        s.schema = r.url("schema")
        s.actionPlan = r.url("actionPlan")
        if let c = r.object("contact") {
            s.contact = Contact(email: c.string("email"), form: c.url("form"), phone: c.string("phone"),
                                address: c.string("address").map { Typography.apply($0, language: language) })
            c.warnUnknownKeys()
        }
        return s
    }
}
