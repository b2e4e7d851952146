/// Facts that contradict each other: published anyway, but the writers are warned.
public enum ConsistencyCheck {
    public static func warnings(for program: Program, file: (Origin) -> String) -> DiagnosticLog {
        var log = DiagnosticLog()
        for commune in program.communes where !MetropoleMap.isMember(commune.insee) {
            log.warning(file(commune.origin), field: "insee",
                        Message("le code INSEE « \(commune.insee) » n'est pas celui d'une des 131 communes de la Métropole du Grand Paris : la commune n'apparaît pas sur la carte. Vérifiez le code (par exemple \"92071\" pour Sceaux).",
                                en: "the INSEE code “\(commune.insee)” is not one of the 131 communes of the Métropole du Grand Paris: the commune is not on the map. Check the code (for example \"92071\" for Sceaux)."))
        }
        for commune in program.communes {
            guard let c = commune.convention else { continue }
            let f = file(commune.origin)
            for a in c.amendments {
                if let signed = a.signed, let conventionSigned = c.signed, signed < conventionSigned {
                    log.warning(f, line: a.line, field: "convention.amendments",
                                Message("l'avenant « \(a.summary) » est signé (\(signed)) avant la convention (\(conventionSigned)).", en: "the amendment “\(a.summary)” is signed (\(signed)) before the agreement (\(conventionSigned))."))
                }
            }
            if let t = c.termination {
                if let notified = t.notified, let conventionSigned = c.signed, notified < conventionSigned {
                    log.warning(f, line: t.line, field: "convention.termination.notified",
                                Message("la lettre de résiliation (\(notified)) est antérieure à la signature de la convention (\(conventionSigned)).", en: "the termination letter (\(notified)) predates the agreement's signature (\(conventionSigned))."))
                }
                if t.cured != nil && t.notified == nil {
                    log.warning(f, line: c.lines.cured ?? t.line, field: "convention.termination.cured",
                                Message("une date de régularisation (« cured ») est donnée sans lettre de résiliation (« notified »).", en: "a cure date (“cured”) is given without a termination letter (“notified”)."))
                }
            }
        }
        for e in program.experiments where e.status == .testing {
            guard let start = e.start, let state = program.states[e.commune], start > state.ends else { continue }
            log.warning(file(e.origin), line: e.startLine, field: "start",
                        Message("expérimentation « en test » qui commence (\(start)) après la fin de la convention de la commune (\(state.ends)).", en: "experiment “being tested” that starts (\(start)) after the end of the commune's agreement (\(state.ends))."))
        }
        log.append(contentsOf: AccessibilityCheck.warnings(program.config.accessibility, now: program.now,
                                                           file: file(Origin(file: "site.yml", path: "", slug: ""))))
        return log
    }
}
