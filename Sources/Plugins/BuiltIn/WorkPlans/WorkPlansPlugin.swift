// Built-in plugin `work-plans`: implementation plans (办理工作方案, 实施方案) that
// split a CPPCC proposal into numbered tasks owned by government units.
//
// Contributes:
// - lexicons `agencies` (Agency, with aliases: 市发改委 = 市发展和改革委员会) and
//   `industries` (Industry, with triggers: 人工智能 ← 大模型, 算力, 智算 …),
//   read from Resources/lexicons/*.yaml;
// - extractor `work-plan-tasks`: nodes Document, Proposal, Task (code, title,
//   text, number, ordinal, group), Agency, Industry; relationships
//   (Document)-[:RECORDS]->(Proposal), (Task)-[:PART_OF]->(Proposal),
//   (Agency)-[:LEADS]->(Task), (Agency)-[:RESPONSIBLE_FOR]->(Task) (with `role`
//   when the document names it, e.g. 配合单位, or 数据提供单位 for a unit that
//   supplies the task's figures),
//   (Task)-[:ABOUT]->(Industry);
// - diagram style `work-plans` for Task, Agency, LEADS and RESPONSIBLE_FOR.

/// Implementation plans: tasks, their lead and responsible units, and the proposal they implement.
public struct WorkPlansPlugin: DomainPlugin {
    public init() {}

    public var id: String { "work-plans" }
    public var summary: String { "work plans: numbered tasks, lead and responsible units (Agency), proposal, industries" }

    public func register(with registrar: inout PluginRegistrar) throws {
        try registrar.add(lexicon: BuiltInLexicons.load("agencies"))
        try registrar.add(lexicon: BuiltInLexicons.load("industries"))
        _ = try PlanWords.loaded.get()
        _ = try DocumentCity.loadedProvinces.get()
        try registrar.add(extractor: WorkPlanExtractor())
        try registrar.add(style: DiagramStyle(
            id: "work-plans",
            // Node colours and shapes are the schema's one palette (Diagrams), so no two labels clash.
            edges: [
                "LEADS": .init(color: "#C62828", lineStyle: "bold", caption: "牵头"),
                "RESPONSIBLE_FOR": .init(color: "#1565C0", lineStyle: "solid", caption: "责任"),
                "PART_OF": .init(color: "#6A1B9A", lineStyle: "dashed"),
                "ABOUT": .init(color: "#2E7D32", lineStyle: "dotted"),
            ]))
    }
}
