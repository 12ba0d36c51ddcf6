import Testing
@testable import Graph

/// Small engine frictions a new user met: string sizes, the message for
/// sorting by a variable an aggregation dropped.
@Suite struct EverydayEngineTests {
    @Test func sizeCountsCodePointsAsOpenCypherDoes() throws {
        let engine = QueryEngine(graph: PropertyGraph())
        // 👍🏽 is one grapheme cluster of two code points; é written as e + U+0301 is also two.
        let result = try engine.execute("RETURN size('👍🏽') AS thumbs, size('e\u{301}') AS accent, size('梁鸣') AS name")
        #expect(result.rows == [[.int(2), .int(2), .int(2)]])
    }

    @Test func sortingByADroppedVariableAfterAnAggregationSaysAggregation() throws {
        var graph = PropertyGraph()
        try graph.addNode(labels: ["Person"], properties: ["name": "梁鸣"])
        let engine = QueryEngine(graph: graph)
        do {
            _ = try engine.execute("MATCH (n) RETURN count(n) ORDER BY n.name")
            Issue.record("sorting by a dropped variable was accepted")
        } catch let error as QueryError {
            #expect(error.message.contains("after an aggregation"), "\(error.message)")
            #expect(!error.message.contains("DISTINCT"), "\(error.message)")
        }
        do {
            _ = try engine.execute("MATCH (n) RETURN DISTINCT n.name AS name ORDER BY n.age")
        } catch let error as QueryError {
            #expect(error.message.contains("after DISTINCT"), "\(error.message)")
        }
    }
}

@Suite struct ElementIdTests {
    @Test func elementIdIsTheTextWhyTakes() throws {
        var graph = PropertyGraph()
        let a = try graph.addNode(labels: ["Person"], properties: ["name": "梁鸣"])
        let b = try graph.addNode(labels: ["Party"], properties: ["name": "九三学社"])
        try graph.addRelationship(type: "MEMBER_OF", from: a, to: b)
        let result = try QueryEngine(graph: graph).execute("MATCH (p)-[r]->(q) RETURN elementId(p), elementId(r), elementId(q)")
        #expect(result.rows == [[.string("n\(a.rawValue)"), .string("r0"), .string("n\(b.rawValue)")]])
    }
}
