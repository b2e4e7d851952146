/// What `check` says about the accessibility statement: an audit too old to stand, and the parts
/// the State's model requires that site.yml does not give. Warnings: the site is published anyway,
/// with the statement saying what it knows.
enum AccessibilityCheck {
    static func warnings(_ statement: AccessibilityStatement, now: Day, file: String) -> DiagnosticLog {
        var log = DiagnosticLog()
        if let audited = statement.audited, isOutdated(audited, now: now) {
            log.warning(file, field: "accessibility.audited", Message("l'audit d'accessibilité date du \(audited), il y a plus de \(AccessibilityStatement.auditValidityYears) ans : faites refaire l'audit et mettez à jour « accessibility » (taux, date).", en: "the accessibility audit dates from \(audited), more than \(AccessibilityStatement.auditValidityYears) years ago: have the audit redone and update “accessibility” (rate, date)."))
        }
        let missing = statement.missingParts
        if !missing.isEmpty {
            let keys = missing.map { "accessibility.\($0)" }
            log.warning(file, field: keys[0], Message("la déclaration d'accessibilité est incomplète : il manque \(keys.map { "« \($0) »" }.joined(separator: ", ")) (voir le guide de rédaction, « La déclaration d'accessibilité »).", en: "the accessibility statement is incomplete: \(keys.map { "“\($0)”" }.joined(separator: ", ")) missing (see the writing guide, “The accessibility statement”)."))
        }
        return log
    }

    /// Whether an audit made on `audited` is out of date on `now`: reached on its third anniversary
    /// (29 February counts from 1 March).
    static func isOutdated(_ audited: Day, now: Day) -> Bool {
        let years = AccessibilityStatement.auditValidityYears
        let limit = Day(year: audited.year + years, month: audited.month, day: audited.day)
            ?? Day(year: audited.year + years, month: 3, day: 1)!
        return now >= limit
    }
}
