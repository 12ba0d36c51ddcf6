import Foundation
import Testing
@testable import Graph

@Suite struct QueryLimitsTests {
    /// A hub with many spokes, each spoke linked back: variable-length paths through it explode.
    private func hubGraph(spokes: Int = 12) throws -> PropertyGraph {
        var graph = PropertyGraph()
        let hub = try graph.addNode(labels: ["Hub"], properties: ["name": "hub"])
        for i in 0..<spokes {
            let spoke = try graph.addNode(labels: ["Spoke"], properties: ["i": .int(i)])
            try graph.addRelationship(type: "L", from: hub, to: spoke)
            try graph.addRelationship(type: "L", from: spoke, to: hub)
        }
        return graph
    }

    @Test func rowLimitStopsARunawayPatternAndSaysWhichLimit() throws {
        let engine = QueryEngine(graph: try hubGraph(), limits: QueryLimits(timeout: nil, maxRows: 500))
        let error = CypherTestSupport.error(engine, "MATCH p = (:Hub)-[*]-() RETURN count(p)")
        #expect(error?.code == "LimitExceeded")
        #expect(error?.message.contains("row limit of 500") == true)
        #expect(error?.message.contains("--max-rows") == true)
        #expect(error?.message.contains("*1..3") == true)
    }

    @Test func timeLimitStopsARunawayPatternAndSaysWhichLimit() throws {
        let engine = QueryEngine(graph: try hubGraph(spokes: 30), limits: QueryLimits(timeout: 0.01, maxRows: nil))
        let error = CypherTestSupport.error(engine, "MATCH p = (:Hub)-[*]-() RETURN count(p)")
        #expect(error?.code == "LimitExceeded")
        #expect(error?.message.contains("time limit") == true)
        #expect(error?.message.contains("--timeout") == true)
    }

    @Test func cancelStopsARunningQuery() throws {
        // The time limit is only a safety net so a broken cancel cannot hang the test run.
        let engine = QueryEngine(graph: try hubGraph(spokes: 30), limits: QueryLimits(timeout: 120, maxRows: nil))
        let error = CypherTestSupport.errorWhenCancelled(engine, "MATCH p = (:Hub)-[*]-() RETURN count(p)")
        #expect(error?.code == "Cancelled")
    }

    @Test func aLimitRightAfterMatchStopsTheMatchEarly() throws {
        let engine = QueryEngine(graph: try hubGraph(), limits: QueryLimits(timeout: nil, maxRows: 500))
        let result = try engine.execute("MATCH p = (:Hub)-[*]-() RETURN length(p) SKIP 5 LIMIT 10")
        #expect(result.rows.count == 10)
        #expect(try engine.explain("MATCH p = (:Hub)-[*]-() RETURN p LIMIT 10").contains("stop after 10 rows"))
    }

    @Test func limitsLeaveOrdinaryQueriesAlone() throws {
        let engine = QueryEngine(graph: try hubGraph(), limits: QueryLimits(timeout: 5, maxRows: 100))
        #expect(try engine.execute("MATCH (:Hub)-[:L]->(s:Spoke) RETURN count(s)").rows == [[12]])
    }
}
