// Built-in plugin `proceedings`: CPPCC meeting reports and speech digests
// (大会发言摘登, 常委会会议报道).
//
// Contributes:
// - lexicons `parties` (Party with `short` and `kind`: 民主党派, 界别),
//   `districts` (District: districts and development zones), `organizations`
//   (Organization: the CPPCC, universities, institutes, companies) and `titles`
//   (job titles used to split "employer title name"; not nodes);
// - extractor `proceedings-speeches`: nodes Meeting (kind, term, session,
//   number, date, theme), Speech (title, kind, speaker, date), Person, Party,
//   Organization, Agency, District, Industry, Proposal; relationships GAVE,
//   AT, SERVES_ON / MEMBER_OF / WORKS_AT (with `role` or `title`, and the
//   document's `date`), ABOUT, MENTIONS, ASKED_AT, RESPONDED_AT, DISCUSSED,
//   RECORDS; after all documents, DISCUSSED links a meeting to the proposal
//   whose theme it took up;
// - extractor `lexicon-mentions`: for any document, (Document)-[:MENTIONS]->
//   whatever the lexicons find and (Document)-[:ABOUT]->(Industry);
// - diagram style `proceedings` for Person, Party, Speech and Meeting.

/// CPPCC proceedings: speeches, speakers' roles, meetings, questioners and responding agencies.
public struct ProceedingsPlugin: DomainPlugin {
    public init() {}

    public var id: String { "proceedings" }
    public var summary: String { "CPPCC proceedings: speeches, speakers and their parties and roles, meetings, questions and responses" }

    public func register(with registrar: inout PluginRegistrar) throws {
        for name in ["parties", "districts", "organizations", "titles"] {
            try registrar.add(lexicon: BuiltInLexicons.load(name))
        }
        try registrar.add(extractor: SpeechExtractor())
        try registrar.add(extractor: MentionExtractor())
        try registrar.add(style: DiagramStyle(
            id: "proceedings",
            // Node colours and shapes are the schema's one palette (Diagrams), so no two labels clash.
            edges: [
                "MEMBER_OF": .init(color: "#B8860B", lineStyle: "solid"),
                "SERVES_ON": .init(color: "#8B0000", lineStyle: "solid"),
                "WORKS_AT": .init(color: "#555555", lineStyle: "dashed"),
                "GAVE": .init(color: "#000000", lineStyle: "solid"),
                "MENTIONS": .init(color: "#999999", lineStyle: "dotted"),
            ]))
    }
}
