import Graph
@testable import Plugins

/// Small named queries and plugins the API, pack and question tests share.
enum QueryFixtures {
    static func unitsForIndustry(id: String = "test.units-for-industry", questions: [String]? = nil) -> NamedQuery {
        NamedQuery(
            id: id, title: LocalizedText(zh: "哪些单位负责某产业任务", en: "Which units own tasks about an industry"),
            cypher: "MATCH (a:Agency)-[r:LEADS]->(t:Task)-[:ABOUT]->(:Industry {name: $industry}) RETURN a.name, t.code",
            parameters: [QueryParameter(name: "industry", label: "Industry")],
            questions: questions ?? ["which units own {industry} tasks", "哪些单位负责{industry}任务"],
            example: QueryExample(parameters: ["industry": "人工智能"], rows: [["市经信局", "(一)1"]]))
    }

    static func busiestUnits(id: String = "test.busiest-units") -> NamedQuery {
        NamedQuery(
            id: id, title: LocalizedText(zh: "任务最多的单位", en: "Units with the most tasks"),
            cypher: "MATCH (a:Agency)-[:LEADS]->(t:Task) RETURN a.name, count(t) AS tasks ORDER BY tasks DESC LIMIT $limit",
            parameters: [QueryParameter(name: "limit", type: .int, defaultValue: 10)],
            questions: ["which units are most often responsible", "哪些单位负责的任务最多"],
            example: QueryExample(rows: []))
    }

    /// A plugin made of closures, so a test can register anything.
    struct Plugin: DomainPlugin {
        var id: String
        var summary: String = "a test plugin"
        var body: @Sendable (inout PluginRegistrar) throws -> Void
        func register(with registrar: inout PluginRegistrar) throws { try body(&registrar) }
    }

    /// A graph with one agency leading one AI task, and the industry lexicon that says AI is 人工智能.
    static func workPlanGraph() throws -> PropertyGraph {
        var graph = PropertyGraph()
        let agency = try graph.addNode(labels: ["Agency"], properties: ["name": "市经信局", "aliases": ["市经济和信息化局"]])
        let task = try graph.addNode(labels: ["Task"], properties: ["code": "(一)1", "title": "加快传统产业转型升级"])
        let industry = try graph.addNode(labels: ["Industry"], properties: ["name": "人工智能"])
        _ = try graph.addNode(labels: ["Industry"], properties: ["name": "光电子信息"])
        try graph.addRelationship(type: "LEADS", from: agency, to: task)
        try graph.addRelationship(type: "ABOUT", from: task, to: industry)
        return graph
    }

    static let industryLexicon = Lexicon(id: "test.industries", entries: [
        .init(name: "人工智能", label: "Industry", triggers: ["人工智能", "AI", "artificial intelligence", "大模型"]),
        .init(name: "光电子信息", label: "Industry", triggers: ["光电子信息", "optoelectronics"]),
    ])
}
