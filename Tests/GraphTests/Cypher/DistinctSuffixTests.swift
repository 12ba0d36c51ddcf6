import Foundation
import Testing
@testable import Graph

/// Expanding each node once under DISTINCT (`Executor+DistinctSuffix.swift`): which MATCHes
/// prune, and that the pruned answers equal the full expansion's row for row, in the same
/// order. The full expansion is the same query with `WHERE rand() >= 0.0` added: always true,
/// but `rand()` turns the pruning off.
@Suite struct DistinctSuffixTests {
    /// Agencies leading and responsible for tasks about industries (several paths from one
    /// industry to one agency), speeches about industries too, people who know each other
    /// (undirected, self-loops), all from a fixed-seed generator.
    private func policyGraph() throws -> PropertyGraph {
        var graph = PropertyGraph()
        var seed: UInt64 = 42
        func next(_ n: Int) -> Int {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            return Int((seed >> 33) % UInt64(n))
        }
        let industries = try (0..<4).map { try graph.addNode(labels: ["Industry"], properties: ["name": .string("行业\($0)")]) }
        let agencies = try (0..<6).map { try graph.addNode(labels: ["Agency"], properties: ["name": .string("机构\($0)")]) }
        for i in 0..<40 {
            let task = try graph.addNode(labels: ["Task"], properties: ["name": .string("任务\(i)")])
            try graph.addRelationship(type: "LEADS", from: agencies[next(6)], to: task)
            for _ in 0..<next(3) {
                try graph.addRelationship(
                    type: "RESPONSIBLE_FOR", from: agencies[next(6)], to: task, properties: ["role": .string(next(2) == 0 ? "督导" : "协办")])
            }
            for _ in 0..<(1 + next(2)) { try graph.addRelationship(type: "ABOUT", from: task, to: industries[next(4)]) }
            let speech = try graph.addNode(labels: ["Speech"], properties: ["name": .string("发言\(i)")])
            try graph.addRelationship(type: "ABOUT", from: speech, to: industries[next(4)])
        }
        let people = try (0..<8).map { try graph.addNode(labels: ["Person"], properties: ["name": .string("人\($0)")]) }
        for _ in 0..<20 { try graph.addRelationship(type: "KNOWS", from: people[next(8)], to: people[next(8)]) }
        try graph.addRelationship(type: "KNOWS", from: people[0], to: people[0])
        for p in people { try graph.addRelationship(type: "WORKS_AT", from: p, to: agencies[next(6)]) }
        return graph
    }

    /// The first pruned step of the executor's matching order for the first MATCH of `query`, nil when it does not prune.
    private func prunedFrom(_ engine: QueryEngine, _ query: String) throws -> Int? {
        try CypherTestSupport.firstMatchRewrite(engine, query) { executor, match, projection in
            executor.distinctMatch(match, into: projection)?.parts.last?.distinctFromStep
        }
    }

    /// `query` (a MATCH with no WHERE, then `tail`) pruned and fully expanded: the same rows in the same order.
    private func expectSameAsExpanded(_ engine: QueryEngine, _ match: String, _ tail: String, prunedFrom expected: Int?) throws {
        let query = match + " " + tail
        #expect(try prunedFrom(engine, query) == expected, "\(query)")
        let pruned = try engine.execute(query)
        let expanded = try engine.execute(match + " WHERE rand() >= 0.0 " + tail)
        #expect(try prunedFrom(engine, match + " WHERE rand() >= 0.0 " + tail) == nil)
        #expect(!pruned.rows.isEmpty, "\(query)")
        #expect(pruned.columns == expanded.columns)
        #expect(pruned.rows == expanded.rows, "\(query)")
    }

    @Test func twoTypedHopsFromAnIndustryGiveTheExpandedRowsInTheirOrder() throws {
        let engine = QueryEngine(graph: try policyGraph())
        // Started at the industry: the task step and the agency step both prune.
        try expectSameAsExpanded(
            engine, "MATCH (a:Agency)-[:LEADS|RESPONSIBLE_FOR]->(t:Task)-[:ABOUT]->(i:Industry {name: '行业1'})",
            "RETURN DISTINCT a.name", prunedFrom: 0)
        try expectSameAsExpanded(
            engine, "MATCH (a:Agency)-[:LEADS|RESPONSIBLE_FOR]->(t:Task)-[:ABOUT]->(i:Industry {name: '行业1'})",
            "RETURN DISTINCT a.name ORDER BY a.name", prunedFrom: 0)
        // No label on the task: speeches are about industries too but lead nowhere.
        try expectSameAsExpanded(
            engine, "MATCH (a)-[:LEADS]->(t)-[:ABOUT]->(i:Industry {name: '行业2'})", "RETURN DISTINCT a", prunedFrom: 0)
    }

    @Test func readingTheMiddleNodeOrARelationshipPrunesOnlyTheLastStep() throws {
        let engine = QueryEngine(graph: try policyGraph())
        let match = "MATCH (a:Agency)-[r:LEADS|RESPONSIBLE_FOR]->(t:Task)-[:ABOUT]->(i:Industry {name: '行业0'})"
        try expectSameAsExpanded(engine, match, "RETURN DISTINCT t.name, a.name", prunedFrom: 1)
        #expect(try prunedFrom(engine, match + " RETURN DISTINCT a.name, r.role") == nil)
    }

    @Test func aWhereOnTheStartAndTheLastNodeKeepsThePruning() throws {
        let engine = QueryEngine(graph: try policyGraph())
        try expectSameAsExpanded(
            engine, "MATCH (i:Industry)<-[:ABOUT]-(t:Task)<-[:RESPONSIBLE_FOR {role: '督导'}]-(a:Agency)",
            "WITH DISTINCT i, a WHERE a.name <> '机构3' RETURN i.name, a.name", prunedFrom: 0)
        let filtered = try engine.execute("""
            MATCH (i:Industry)<-[:ABOUT]-(t:Task)<-[:LEADS]-(a:Agency) WHERE i.name < a.name AND a.name <> '机构0'
            RETURN DISTINCT a.name
            """)
        let expanded = try engine.execute("""
            MATCH (i:Industry)<-[:ABOUT]-(t:Task)<-[:LEADS]-(a:Agency) WHERE i.name < a.name AND a.name <> '机构0' AND rand() >= 0.0
            RETURN DISTINCT a.name
            """)
        #expect(filtered.rows == expanded.rows)
    }

    @Test func undirectedStepsSelfLoopsAndSeveralPartsGiveTheExpandedRows() throws {
        let engine = QueryEngine(graph: try policyGraph())
        try expectSameAsExpanded(
            engine, "MATCH (p:Person {name: '人0'})-[:KNOWS]-(q)-[:WORKS_AT]->(a)", "RETURN DISTINCT a.name", prunedFrom: 0)
        try expectSameAsExpanded(
            engine, "MATCH (p:Person)-[:KNOWS]-(q:Person)", "RETURN DISTINCT q.name", prunedFrom: 0)
        try expectSameAsExpanded(
            engine, "MATCH (x:Agency {name: '机构1'}), (p:Person)-[:WORKS_AT]->(a)-[:LEADS]->()", "RETURN DISTINCT x.name, p.name",
            prunedFrom: 0)
        try expectSameAsExpanded(
            engine, "MATCH (x:Agency {name: '机构1'}), (p:Person {name: '人2'})-[:KNOWS]-()-[:WORKS_AT]->(a)",
            "RETURN DISTINCT x.name, a.name", prunedFrom: 0)
    }

    @Test func patternsThatMayShareARelationshipOrVaryInLengthAreExpanded() throws {
        let engine = QueryEngine(graph: try policyGraph())
        // Two KNOWS steps may match one relationship twice: uniqueness ties a completion to its path.
        #expect(try prunedFrom(engine, "MATCH (p:Person {name: '人0'})-[:KNOWS]-(q)-[:KNOWS]-(r) RETURN DISTINCT r.name") == nil)
        #expect(try prunedFrom(engine, "MATCH (p:Person {name: '人0'})-[:KNOWS*1..2]-(r) RETURN DISTINCT r.name") == nil)
        #expect(try prunedFrom(engine, "MATCH path = (p:Person {name: '人0'})-[:KNOWS]-(r) RETURN DISTINCT r.name") == nil)
        #expect(try prunedFrom(engine, "MATCH (p:Person {name: '人0'})-[:KNOWS]-(r) RETURN r.name") == nil)
        #expect(try prunedFrom(engine, "MATCH (p:Person {name: '人0'})-[:KNOWS]-(r) RETURN DISTINCT count(r)") == nil)
        #expect(try prunedFrom(engine, "MATCH (p:Person {name: '人0'})-[:KNOWS]-(r) RETURN DISTINCT *") == nil)
        // The same variable twice: the last step's node is compared with the start.
        try expectSameAsExpanded(
            engine, "MATCH (a:Agency)-[:LEADS]->(t)<-[:RESPONSIBLE_FOR]-(a)", "RETURN DISTINCT a.name", prunedFrom: 0)
    }

    @Test func optionalMatchStillGivesItsNullRow() throws {
        let engine = QueryEngine(graph: try policyGraph())
        let result = try engine.execute("""
            MATCH (s:Speech {name: '发言0'}) OPTIONAL MATCH (s)<-[:LEADS]-(t)-[:ABOUT]->(i) RETURN DISTINCT s.name, i
            """)
        #expect(result.rows == [[.string("发言0"), .null]])
    }

    @Test func relationshipsAddedAfterASnapshotIsOpenedAreFollowed() throws {
        let graph = try policyGraph()
        let engine = QueryEngine(graph: try PropertyGraph(binarySnapshot: graph.binarySnapshotBytes()))
        _ = try engine.execute("""
            MATCH (a:Agency {name: '机构5'}), (i:Industry {name: '行业3'})
            CREATE (a)-[:LEADS]->(:Task {name: '新任务'})-[:ABOUT]->(i)
            """)
        try expectSameAsExpanded(
            engine, "MATCH (a:Agency)-[:LEADS]->(t:Task)-[:ABOUT]->(i:Industry {name: '行业3'})", "RETURN DISTINCT a.name",
            prunedFrom: 0)
        let names = try engine.execute("MATCH (a:Agency)-[:LEADS]->(t:Task {name: '新任务'}) RETURN DISTINCT a.name")
        #expect(names.rows == [[.string("机构5")]])
    }
}
