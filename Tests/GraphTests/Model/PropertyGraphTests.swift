import Testing
@testable import Graph

@Suite struct PropertyGraphTests {
    func source(_ offset: Int) -> Provenance {
        Provenance(document: "doc", offset: offset, length: 3, quote: "梁鸣")
    }

    @Test func labelsAreSortedAndIndexed() throws {
        var graph = PropertyGraph()
        let a = try graph.addNode(labels: ["Person", "Agency", "Person"], properties: ["name": "梁鸣"])
        let b = try graph.addNode(labels: ["Agency"], properties: ["name": "市发展改革委"])
        #expect(graph.node(a).labels == ["Agency", "Person"])
        #expect(graph.nodes(withLabel: "Agency") == [a, b])
        #expect(graph.nodes(withLabel: "Person") == [a])
        #expect(graph.nodes(withLabel: "Task").isEmpty)
        #expect(graph.labels == ["Agency", "Person"])
    }

    @Test func nameIndexFollowsNamesAndAliases() throws {
        var graph = PropertyGraph()
        let agency = try graph.addNode(labels: ["Agency"], properties: ["name": "市发展改革委"])
        try graph.addAlias("市发改委", to: agency)
        try graph.addAlias("市发改委", to: agency)
        #expect(graph.node(agency).properties["aliases"] == ["市发改委"])
        #expect(graph.nodes(named: "市发改委") == [agency])
        try graph.setProperty("name", to: "市发展和改革委员会", on: agency)
        #expect(graph.nodes(named: "市发展改革委").isEmpty)
        #expect(graph.nodes(named: "市发展和改革委员会") == [agency])
        #expect(graph.nodes(named: "市发改委") == [agency])
    }

    @Test func nullPropertiesAreNotStoredAndUnstorableValuesAreRefused() throws {
        var graph = PropertyGraph()
        let a = try graph.addNode(labels: ["X"], properties: ["gone": .null, "kept": 1.5])
        #expect(graph.node(a).properties == ["kept": .float(1.5)])
        #expect(throws: GraphError.self) { try graph.setProperty("bad", to: .node(a), on: a) }
        try graph.setProperty("kept", to: .null, on: a)
        #expect(graph.node(a).properties.isEmpty)
    }

    @Test func mergeNodeAddsSourcesAndKeepsFirstValue() throws {
        var graph = PropertyGraph()
        let first = try graph.mergeNode(key: "person:梁鸣", labels: ["Person"], properties: ["name": "梁鸣", "note": "a"], source: source(10))
        let again = try graph.mergeNode(key: "person:梁鸣", labels: ["Member"], properties: ["note": "b", "extra": 2], source: source(5))
        #expect(first == again)
        #expect(graph.nodeCount == 1)
        let node = graph.node(first)
        #expect(node.labels == ["Member", "Person"])
        #expect(node.properties["note"] == "a")
        #expect(node.properties["extra"] == 2)
        #expect(node.sources.map(\.offset) == [5, 10])
        #expect(graph.node(forKey: "person:梁鸣") == first)
    }

    @Test func mergeRelationshipCollectsSourcesOfTheSameFact() throws {
        var graph = PropertyGraph()
        let p = try graph.addNode(labels: ["Person"])
        let q = try graph.addNode(labels: ["Party"])
        let r1 = try graph.mergeRelationship(type: "MEMBER_OF", from: p, to: q, properties: ["role": "主委"], source: source(1))
        let r2 = try graph.mergeRelationship(type: "MEMBER_OF", from: p, to: q, properties: ["role": "主委"], source: source(2))
        let r3 = try graph.mergeRelationship(type: "MEMBER_OF", from: p, to: q, properties: ["role": "副主委"], source: source(2))
        #expect(r1 == r2)
        #expect(r1 != r3)
        #expect(graph.relationship(r1).sources.count == 2)
        #expect(Array(graph.outgoing(p)) == [r1, r3])
        #expect(Array(graph.incoming(q)) == [r1, r3])
        #expect(Array(graph.relationships(ofType: "MEMBER_OF")) == [r1, r3])
        #expect(graph.relationship(r1).otherEnd(from: q) == p)
    }

    @Test func relationshipToMissingNodeThrows() throws {
        var graph = PropertyGraph()
        let p = try graph.addNode(labels: ["Person"])
        #expect(throws: GraphError.self) { try graph.addRelationship(type: "X", from: p, to: NodeID(7)) }
    }
}
