/// How a convention's state is told to citizens: a badge and a timeline.
struct TimelineRow: Equatable {
    let dateText: String
    let dateISO: String
    let label: String
    let upcoming: Bool
}

extension PageRenderer {
    func label(_ status: ConventionState.Status) -> String {
        switch status {
        case .unsigned: return strings[.statusUnsigned]
        case .inForce: return strings[.statusInForce]
        case .terminationNotified: return strings[.statusTerminationNotified]
        case .terminated: return strings[.statusTerminated]
        case .expired: return strings[.statusExpired]
        }
    }

    func badge(for state: ConventionState) -> Badge {
        switch state.status {
        case .unsigned:
            return Badge(code: state.status.rawValue, label: strings[.statusUnsigned], detail: nil)
        case .inForce:
            return Badge(code: state.status.rawValue, label: strings[.statusInForce],
                         detail: strings.format(.statusInForceUntil, dates.long(state.ends)))
        case .terminationNotified:
            return Badge(code: state.status.rawValue, label: strings[.statusTerminationNotified],
                         detail: state.statusDate.map { strings.format(.statusEffectiveOn, dates.long($0)) })
        case .terminated:
            return Badge(code: state.status.rawValue, label: strings[.statusTerminated],
                         detail: state.statusDate.map { strings.format(.statusTerminatedOn, dates.long($0)) })
        case .expired:
            return Badge(code: state.status.rawValue, label: strings[.statusExpired],
                         detail: state.statusDate.map { strings.format(.statusExpiredSince, dates.long($0)) })
        }
    }

    /// Every dated fact of the convention, in date order; facts after the build date are marked upcoming.
    func timeline(_ c: Convention, state: ConventionState) -> [TimelineRow] {
        var rows: [(Day, Int, String)] = []
        if let signed = c.signed { rows.append((signed, 0, strings[.timelineSigned])) }
        for a in c.amendments {
            if let requested = a.requested {
                rows.append((requested, 1, strings.format(.timelineAmendmentRequested, a.summary)))
            }
            if let signed = a.signed, signed <= program.now {
                var label = strings.format(.timelineAmendmentSigned, a.summary)
                if let end = a.ends { label += " " + strings.format(.timelineNewEnd, dates.long(end)) }
                rows.append((signed, 2, label))
            }
        }
        if let t = c.termination, let notified = t.notified, notified <= program.now {
            let party = t.by == .metropole ? strings[.partyMetropole] : t.by == .commune ? strings[.partyCommune] : ""
            var label = strings.format(.timelineTerminationNotified, party).trimmingCharacters(in: .whitespaces)
            if let reason = t.reason { label += " — \(reason)" }
            rows.append((notified, 3, label))
            if let cured = t.cured, t.isCured(on: program.now) {
                rows.append((cured, 4, strings[.timelineTerminationCured]))
            }
        }
        if let effective = state.terminationEffective, state.terminationEndsConvention {
            rows.append((effective, 5, strings[.timelineTerminationEffective]))
        } else {
            rows.append((state.ends, 6, strings[.timelineEnd]))
        }
        return rows.sorted { ($0.0, $0.1) < ($1.0, $1.1) }.map { day, _, label in
            TimelineRow(dateText: dates.long(day), dateISO: day.iso, label: label, upcoming: day > program.now)
        }
    }

    /// Amendments not signed on the build date: shown as « Avenant en cours de signature ».
    func pendingAmendments(_ state: ConventionState) -> [String] {
        state.amendmentsPending.map { strings.format(.timelineAmendmentPending, $0.summary) }
    }
}
