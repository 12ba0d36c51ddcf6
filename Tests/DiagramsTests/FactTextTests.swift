import Graph
import Plugins
import Testing

@testable import Diagrams

@Suite struct FactTextTests {
    let facts = FactText(style: .schema, quoteLength: 40)

    /// A task line and the unit named inside it, as the work-plan extractor records them.
    func taskGraph() throws -> (PropertyGraph, RelationshipID) {
        let line = "1.加快传统产业转型升级。推动一小时通勤圈。(牵头单位:市经信局;责任单位:市商务局)"
        let unitStart = line.utf8.count - "市经信局;责任单位:市商务局)".utf8.count
        var graph = PropertyGraph()
        let task = try graph.addNode(
            labels: ["Task"], properties: ["code": "(一)1", "title": "加快传统产业转型升级"],
            sources: [Provenance(document: "plan", offset: 1000, length: line.utf8.count, quote: line)])
        let unit = try graph.addNode(
            labels: ["Agency"], properties: ["name": "市经济和信息化局"],
            sources: [Provenance(document: "plan", offset: 1000 + unitStart, length: "市经信局".utf8.count, quote: "市经信局")])
        let leads = try graph.addRelationship(
            type: "LEADS", from: unit, to: task,
            sources: [Provenance(document: "plan", offset: 1000 + unitStart, length: "市经信局".utf8.count, quote: "市经信局")])
        return (graph, leads)
    }

    @Test func aShortQuoteIsShownInTheSentenceAroundIt() throws {
        let (graph, leads) = try taskGraph()
        let text = facts.relationship(graph.relationship(leads), in: graph)
        #expect(text.hasPrefix("市经济和信息化局 —牵头 LEADS→ (一)1 加快传统产业转型升级\n"))
        #expect(text.contains("(牵头单位:【市经信局】;责任单位:市商务局)” — plan"))
        #expect(text.contains("“…"))
    }

    @Test func aNodeShowsItsLabelsPropertiesAndSourceCount() throws {
        var (graph, _) = try taskGraph()
        try graph.addAlias("市经信局", to: NodeID(1))
        graph.addSource(Provenance(document: "other", offset: 0, length: 3, quote: "市经信局"), to: NodeID(1))
        let text = facts.node(graph.node(NodeID(1)))
        #expect(text.hasPrefix("Agency 单位 · 市经济和信息化局\naliases 市经信局\n“市经信局” — "))
        #expect(text.hasSuffix("(+1 more source)"))
    }
}
