/// Interface strings the pipeline itself formats (status labels, date phrases); each must exist
/// in the theme's `i18n/<lang>.yml`. Strings used only by templates are read there as `{{t.key}}`.
enum UIText: String, CaseIterable {
    case statusUnsigned = "status_unsigned"
    case statusInForce = "status_in_force"
    case statusTerminationNotified = "status_termination_notified"
    case statusTerminated = "status_terminated"
    case statusExpired = "status_expired"
    case statusEffectiveOn = "status_effective_on"
    case statusTerminatedOn = "status_terminated_on"
    case statusExpiredSince = "status_expired_since"
    case statusInForceUntil = "status_in_force_until"
    case supportEnded = "support_ended"
    case timelineSigned = "timeline_signed"
    case timelineAmendmentRequested = "timeline_amendment_requested"
    case timelineAmendmentSigned = "timeline_amendment_signed"
    case timelineAmendmentPending = "timeline_amendment_pending"
    case timelineNewEnd = "timeline_new_end"
    case timelineTerminationNotified = "timeline_termination_notified"
    case timelineTerminationCured = "timeline_termination_cured"
    case timelineTerminationEffective = "timeline_termination_effective"
    case timelineEnd = "timeline_end"
    case timelineUpcoming = "timeline_upcoming"
    case partyCommune = "party_commune"
    case partyMetropole = "party_metropole"
    case experimentCandidate = "experiment_candidate"
    case experimentSelected = "experiment_selected"
    case experimentTesting = "experiment_testing"
    case experimentCompleted = "experiment_completed"
    case experimentScaled = "experiment_scaled"
    case experimentAbandoned = "experiment_abandoned"
    case outcomeConclusive = "outcome_conclusive"
    case outcomeInconclusive = "outcome_inconclusive"
    case innovatorStartup = "innovator_startup"
    case innovatorAssociation = "innovator_association"
    case innovatorCompany = "innovator_company"
    case since = "since"
    case fromTo = "from_to"
    case fromOnly = "from_only"
    case accessibilityFull = "accessibility_full"
    case accessibilityPartial = "accessibility_partial"
    case accessibilityNone = "accessibility_none"
    case a11yStatementFull = "a11y_statement_full"
    case a11yStatementPartial = "a11y_statement_partial"
    case a11yStatementNone = "a11y_statement_none"
    case readMore = "read_more"
    case feedTitle = "feed_title"
    case pageNotFound = "page_not_found"
    case programmeTitle = "programme_title"
    case communesTitle = "communes_title"
    case experimentsTitle = "experiments_title"
    case newsTitle = "news_title"
    case eventsTitle = "events_title"
    case themeTitle = "theme_title"
    case accessibilityTitle = "accessibility_title"
    case legalTitle = "legal_title"
    case subscribeTitle = "subscribe_title"
    case openDataTitle = "open_data_title"
    case feedCommuneTitle = "feed_commune_title"
    case feedThemeTitle = "feed_theme_title"
    case feedMilestoneSignedTitle = "feed_milestone_signed_title"
    case feedMilestoneSignedText = "feed_milestone_signed_text"
    case feedMilestoneAmendmentTitle = "feed_milestone_amendment_title"
    case feedMilestoneAmendmentText = "feed_milestone_amendment_text"
    case feedMilestoneTerminationTitle = "feed_milestone_termination_title"
    case feedMilestoneTerminationText = "feed_milestone_termination_text"
}

extension Strings {
    subscript(_ key: UIText) -> String { self[key.rawValue] }

    func format(_ key: UIText, _ values: String...) -> String {
        var text = self[key.rawValue]
        for (i, value) in values.enumerated() {
            text = text.replacingOccurrences(of: "{\(i)}", with: value)
        }
        return text
    }
}
