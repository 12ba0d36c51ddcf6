import Testing

@testable import Graph

@Suite struct NeighbourhoodTests {
    /// a → b → c → d, and e → b: a path with a branch, directions mixed.
    func path() throws -> (PropertyGraph, [NodeID]) {
        var graph = PropertyGraph()
        let ids = try ["a", "b", "c", "d", "e"].map {
            try graph.addNode(labels: [$0 == "e" ? "Agency" : "Person"], properties: ["name": .string($0)])
        }
        try graph.addRelationship(type: "R", from: ids[0], to: ids[1])
        try graph.addRelationship(type: "R", from: ids[1], to: ids[2])
        try graph.addRelationship(type: "R", from: ids[2], to: ids[3])
        try graph.addRelationship(type: "R", from: ids[4], to: ids[1])
        return (graph, ids)
    }

    @Test func depthZeroIsTheNodeAlone() throws {
        let (graph, ids) = try path()
        let subgraph = graph.neighbourhood(of: ids[1], depth: 0)
        #expect(subgraph.nodes == [ids[1]])
        #expect(subgraph.relationships.isEmpty)
    }

    @Test func depthOneFollowsBothDirections() throws {
        let (graph, ids) = try path()
        let subgraph = graph.neighbourhood(of: ids[1], depth: 1)
        #expect(subgraph.nodes == [ids[0], ids[1], ids[2], ids[4]])
        #expect(subgraph.relationships.map(\.rawValue) == [0, 1, 3])
    }

    @Test func depthTwoReachesFurther() throws {
        let (graph, ids) = try path()
        #expect(graph.neighbourhood(of: ids[0], depth: 2).nodes == [ids[0], ids[1], ids[2], ids[4]])
        #expect(graph.neighbourhood(of: ids[0], depth: 9).nodes == ids)
    }

    @Test func labelsBoundTheWalk() throws {
        let (graph, ids) = try path()
        // e is an Agency: kept out, and the center is kept whatever its label.
        #expect(graph.neighbourhood(of: ids[1], depth: 3, labels: ["Person"]).nodes == [ids[0], ids[1], ids[2], ids[3]])
        #expect(graph.neighbourhood(of: ids[1], depth: 3, labels: ["Agency"]).nodes == [ids[1], ids[4]])
    }

    @Test func relationshipsAmongReachedNodesAreIncluded() throws {
        var (graph, ids) = try path()
        // A chord between two depth-1 neighbours of b.
        try graph.addRelationship(type: "R", from: ids[0], to: ids[2])
        #expect(graph.neighbourhood(of: ids[1], depth: 1).relationships.map(\.rawValue) == [0, 1, 3, 4])
    }

    @Test func missingNodeGivesAnEmptySelection() throws {
        let (graph, _) = try path()
        #expect(graph.neighbourhood(of: NodeID(99), depth: 1).isEmpty)
    }
}
