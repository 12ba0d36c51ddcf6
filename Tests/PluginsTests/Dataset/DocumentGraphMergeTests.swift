import Graph
import Testing

@testable import Plugins

/// The fold finds a part's relationship by type and ends in its own index: the same
/// fact from two documents is one relationship with both sources, while another
/// relationship of the same ends and type (other properties) stays its own.
@Suite struct DocumentGraphMergeTests {
    static func source(_ document: String) -> Provenance {
        Provenance(document: document, offset: 0, length: 3, quote: "甲")
    }

    /// One document's graph: a person, a body, and `SERVES_ON` with `properties`.
    static func part(_ document: String, role: String?) throws -> PropertyGraph {
        var part = PropertyGraph.withoutNameIndex()
        let person = try part.mergeNode(key: "Person:甲乙", labels: ["Person"], properties: ["name": .string("甲乙")], source: source(document))
        let body = try part.mergeNode(key: "Organization:某市政协", labels: ["Organization"], properties: ["name": .string("某市政协")])
        try part.addRelationship(
            type: "SERVES_ON", from: person, to: body, properties: role.map { ["role": .string($0)] } ?? [:], sources: [source(document)])
        try part.addRelationship(type: "MENTIONS", from: body, to: person, sources: [source(document)])
        return part
    }

    @Test func sameFactMergesOtherPropertiesStayApart() throws {
        var fold = DocumentGraphMerge()
        try fold.merge(Self.part("a", role: "委员"))
        try fold.merge(Self.part("b", role: "常委"))
        try fold.merge(Self.part("c", role: "常委"))
        try fold.merge(Self.part("d", role: nil))
        let graph = fold.takeGraph()
        #expect(graph.nodeCount == 2)
        let serves = graph.relationships.filter { $0.type == "SERVES_ON" }
        #expect(serves.map { $0.properties["role"]?.stringValue } == ["委员", "常委", nil])
        // The third document's 常委 joins the second's (the second relationship of its key).
        #expect(serves[1].sources.map(\.document) == ["b", "c"])
        #expect(serves[0].sources.map(\.document) == ["a"])
        let mentions = graph.relationships.filter { $0.type == "MENTIONS" }
        #expect(mentions.count == 1 && mentions[0].sources.map(\.document) == ["a", "b", "c", "d"])
        // Handed over: the fold starts again empty.
        #expect(fold.graph.nodeCount == 0)
    }

    /// A fold into a graph that holds relationships already finds them too.
    @Test func foldIntoAFilledGraph() throws {
        var first = DocumentGraphMerge()
        try first.merge(Self.part("a", role: "委员"))
        var second = DocumentGraphMerge(into: first.takeGraph())
        try second.merge(Self.part("b", role: "委员"))
        let graph = second.takeGraph()
        #expect(graph.relationshipCount == 2)
        #expect(graph.relationships.first { $0.type == "SERVES_ON" }?.sources.map(\.document) == ["a", "b"])
    }
}
