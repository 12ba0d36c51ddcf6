import Testing

@testable import Graph

@Suite struct InducedSubgraphTests {
    func ownership() throws -> PropertyGraph {
        var graph = PropertyGraph()
        let agency = try graph.addNode(labels: ["Agency"], properties: ["name": "市科创局"])
        let task = try graph.addNode(labels: ["Task"], properties: ["code": "(一)1"])
        let person = try graph.addNode(labels: ["Person"], properties: ["name": "梁鸣"])
        let industry = try graph.addNode(labels: ["Industry"], properties: ["name": "人工智能"])
        try graph.addRelationship(type: "LEADS", from: agency, to: task)
        try graph.addRelationship(type: "ABOUT", from: task, to: industry)
        try graph.addRelationship(type: "WORKS_AT", from: person, to: agency)
        try graph.addRelationship(type: "LEADS", from: agency, to: task, properties: ["year": 2025])
        return graph
    }

    @Test func labelsSelectTheirNodesAndTheRelationshipsBetweenThem() throws {
        let graph = try ownership()
        let subgraph = graph.subgraph(labels: ["Task", "Agency"])
        #expect(subgraph.nodes == [NodeID(0), NodeID(1)])
        #expect(subgraph.relationships == [RelationshipID(0), RelationshipID(3)])
    }

    @Test func unknownLabelSelectsNothing() throws {
        #expect(try ownership().subgraph(labels: ["Meeting"]).isEmpty)
    }

    @Test func inducedByNodesIgnoresIdsOutsideTheGraph() throws {
        let graph = try ownership()
        let subgraph = graph.inducedSubgraph(nodes: [NodeID(2), NodeID(0), NodeID(2), NodeID(42)])
        #expect(subgraph.nodes == [NodeID(0), NodeID(2)])
        #expect(subgraph.relationships == [RelationshipID(2)])
    }

    @Test func subgraphAddsTheEndsOfItsRelationships() throws {
        let graph = try ownership()
        let subgraph = Subgraph(nodes: [NodeID(2)], relationships: [RelationshipID(1), RelationshipID(77)], in: graph)
        #expect(subgraph.nodes == [NodeID(1), NodeID(2), NodeID(3)])
        #expect(subgraph.relationships == [RelationshipID(1)])
    }

    @Test func subgraphCollectsNodesRelationshipsAndPathsFromQueryValues() throws {
        let graph = try ownership()
        let path = Path(nodes: [NodeID(2), NodeID(0)], relationships: [RelationshipID(2)])
        let values: [Value] = [
            .string("市科创局"), .node(NodeID(3)), .list([.relationship(RelationshipID(0))]),
            .map(["p": .path(path)]), .null,
        ]
        let subgraph = Subgraph(collectingFrom: values, in: graph)
        #expect(subgraph.nodes == [NodeID(0), NodeID(1), NodeID(2), NodeID(3)])
        #expect(subgraph.relationships == [RelationshipID(0), RelationshipID(2)])
    }
}

extension InducedSubgraphTests {
    @Test func removingIsolatedNodesKeepsTouchedNodesAndTheCenter() throws {
        let graph = try ownership()
        let subgraph = graph.subgraph(labels: ["Person", "Task", "Industry"])
        // The person works at an agency, which is not selected: isolated here.
        #expect(subgraph.nodes == [NodeID(1), NodeID(2), NodeID(3)])
        #expect(subgraph.removingIsolatedNodes(of: graph).nodes == [NodeID(1), NodeID(3)])
        #expect(subgraph.removingIsolatedNodes(of: graph, keeping: NodeID(2)).nodes == [NodeID(1), NodeID(2), NodeID(3)])
    }
}
