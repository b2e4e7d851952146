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

    /// The convention's dated facts as the domain lists them; upcoming ones are marked.
    func timeline(_ state: ConventionState) -> [TimelineRow] {
        state.milestones.map { m in
            TimelineRow(dateText: dates.long(m.day), dateISO: m.day.iso, label: milestoneLabel(m.kind), upcoming: m.upcoming)
        }
    }

    private func milestoneLabel(_ kind: ConventionMilestone.Kind) -> String {
        switch kind {
        case .signed:
            return strings[.timelineSigned]
        case .amendmentRequested(let a):
            return strings.format(.timelineAmendmentRequested, a.summary)
        case .amendmentSigned(let a):
            var label = strings.format(.timelineAmendmentSigned, a.summary)
            if let end = a.ends { label += " " + strings.format(.timelineNewEnd, dates.long(end)) }
            return label
        case .terminationNotified(let t):
            let party = t.by == .metropole ? strings[.partyMetropole] : t.by == .commune ? strings[.partyCommune] : ""
            var label = strings.format(.timelineTerminationNotified, party).trimmingCharacters(in: .whitespaces)
            if let reason = t.reason { label += " — \(reason)" }
            return label
        case .terminationCured:
            return strings[.timelineTerminationCured]
        case .terminationEffective:
            return strings[.timelineTerminationEffective]
        case .end:
            return strings[.timelineEnd]
        }
    }

    /// Amendments not signed on the build date: shown as « Avenant en cours de signature ».
    func pendingAmendments(_ state: ConventionState) -> [String] {
        state.amendmentsPending.map { strings.format(.timelineAmendmentPending, $0.summary) }
    }
}
