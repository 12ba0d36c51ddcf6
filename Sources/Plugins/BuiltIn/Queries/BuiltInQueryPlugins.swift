/// The built-in plugins that contribute named queries (and the English names
/// questions use), kept apart from the extractor plugins so that each can
/// change without the other. Every query is a YAML file under
/// `Resources/queries/<folder>/queries/`.
///
/// - `work-plan-queries`: work-plans.units-for-industry (the flagship: which
///   units own AI tasks), work-plans.tasks-led-by, work-plans.busiest-units;
///   lexicon question-names.industries (AI → 人工智能 …).
/// - `proceedings-queries`: proceedings.speakers-on-industry,
///   proceedings.party-members, proceedings.meeting-exchange,
///   proceedings.person-roles.
/// - `data-quality`: data-quality.conflicts, data-quality.dangling-mentions.
public enum BuiltInQueryPlugins {
    /// In load order; appended to `BuiltInPlugins.all`.
    public static var all: [any DomainPlugin] {
        [
            BundledQueryPlugin(
                id: "work-plan-queries", folder: "work-plans",
                summary: "Questions on work plans: units owning an industry's tasks (AI first), tasks a unit leads, the busiest units"),
            BundledQueryPlugin(
                id: "proceedings-queries", folder: "proceedings",
                summary: "Questions on CPPCC proceedings: speakers on an industry, party members and topics, askers and answerers at a meeting, a person's roles over time"),
            BundledQueryPlugin(
                id: "data-quality", folder: "data-quality",
                summary: "Checks on the graph itself: conflicting parties, mentions that link to nothing"),
        ]
    }
}
