import Graph
import Testing

@testable import Plugins

/// What the fact writer leaves on the nodes it writes: the same whichever path it takes.
@Suite struct FactWriterTests {
    static let document = SourceDocument(id: "d", title: "某市政协会议", date: "2024-03-01", text: "某市政协会议\n甲乙出席。")

    /// A new node takes its aliases at once; the result is what adding them one by one gives.
    @Test func newNodeAliasesAsAddedOneByOne() throws {
        let aliases = ["市政协", "某市政协", "政协某市委员会", "市政协", "某政协"]
        var written = PropertyGraph()
        try FactWriter.write(Self.document, NormalizedText(Self.document.text), city: nil, into: &written) { writer in
            try writer.entity("Organization", "某市政协", aliases: aliases, at: 0..<6)
        }
        var oneByOne = PropertyGraph()
        let id = try oneByOne.mergeNode(key: "Organization:某市政协", labels: ["Organization"], properties: ["name": .string("某市政协")])
        for alias in aliases { try oneByOne.addAlias(alias, to: id) }
        #expect(written.nodeCount == 1)
        #expect(written.node(NodeID(0)).properties == oneByOne.node(id).properties)
        #expect(written.node(NodeID(0)).properties["aliases"]?.listValue?.compactMap(\.stringValue) == ["市政协", "政协某市委员会", "某政协"].sorted())
        #expect(Set(written.nodes(named: "某政协")) == [NodeID(0)])
    }

    /// The document's node is written once with its properties; each later writer adds only its quote.
    @Test func documentNodeOnceForEveryExtractor() throws {
        var graph = PropertyGraph()
        for _ in 0..<3 {
            try FactWriter.write(Self.document, NormalizedText(Self.document.text), city: nil, into: &graph) { writer in
                _ = try writer.documentNode()
            }
        }
        #expect(graph.nodeCount == 1)
        let node = graph.node(NodeID(0))
        #expect(node.properties["date"] == .calendarDate("2024-03-01"))
        #expect(node.properties["title"]?.stringValue == "某市政协会议")
        #expect(node.sources.count == 1 && node.sources[0].quote == "某市政协会议")
    }
}
