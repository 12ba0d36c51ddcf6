import Foundation
import Testing
@testable import Graph

/// `CONTAINS` / `STARTS WITH` / `ENDS WITH` counted from the string column of a graph opened
/// from a binary snapshot (`Executor+StringScan.swift`): every count equals the one of the
/// same WHERE evaluated row by row (`sum(1)` is not a plain count, so it expands the rows).
@Suite struct StringScanTests {
    /// Values of `name` that cover the cases: multi-byte text, the empty string, a string
    /// that is only the needle, numbers, a list, a boolean, null (absent) and no property.
    private static let names: [Value?] = [
        .string("王小明"), .string("明"), .string(""), .string("明明白白"), .string("李明华"), .string("Ming"),
        .string("ming明"), .string("明a"), .string("日月"), .string("😀明😀"), .string("e\u{301}"),
        .int(7), .float(1.5), .bool(true), .list([.string("明")]), .null, nil,
    ]

    /// More nodes than two slices of the scan, so the parallel halves and the tail both run.
    private static func storedGraph() throws -> PropertyGraph {
        var graph = PropertyGraph()
        let count = 2 * Executor.stringScanSlice + 1_000
        graph.reserveCapacity(nodes: count + 10, relationships: 0)
        for i in 0..<count {
            var properties: [String: Value] = ["i": .int(i)]
            if let name = names[i % names.count] { properties["name"] = name }
            // Every fifth node carries a second label, so a two-label pattern tests `fits`.
            try graph.addNode(labels: i % 5 == 0 ? ["P", "Q"] : ["P"], properties: properties)
        }
        try graph.addNode(labels: ["Other"], properties: ["name": .string("明")])
        return try PropertyGraph(binarySnapshot: graph.binarySnapshotBytes())
    }

    private static let tests = [
        "p.name CONTAINS '明'", "p.name CONTAINS ''", "p.name CONTAINS '明明'", "p.name CONTAINS '😀'",
        "p.name CONTAINS 'e'", "p.name CONTAINS '\u{301}'", "p.name STARTS WITH '明'", "p.name STARTS WITH ''",
        "p.name STARTS WITH 'ming'", "p.name ENDS WITH '明'", "p.name ENDS WITH '😀'", "p.name ENDS WITH ''",
        "p.name CONTAINS $needle", "p.missing CONTAINS ''", "p.i STARTS WITH '1'", "p.name CONTAINS '不在'",
    ]

    private func expectCountsAgree(_ engine: QueryEngine, label: String = "P", tests: [String] = tests) throws {
        for test in tests {
            let query = "MATCH (p:\(label)) WHERE \(test) RETURN "
            let counted = try engine.execute(query + "count(p) AS n", parameters: ["needle": .string("小明")])
            let expanded = try engine.execute(query + "sum(1) AS n", parameters: ["needle": .string("小明")])
            // sum over no rows is 0 as well.
            #expect(counted.rows == expanded.rows, "\(label): \(test)")
        }
    }

    @Test func countsFromTheStoredStringsEqualTheRowByRowWhere() throws {
        let graph = try Self.storedGraph()
        #expect(graph.nodes.stored != nil)
        let engine = QueryEngine(graph: graph)
        try expectCountsAgree(engine)
        try expectCountsAgree(engine, label: "Q", tests: Array(Self.tests.prefix(4)))
        // Known answers: per 17 names, 王小明, 明, 明明白白, 李明华, ming明, 明a, 😀明😀 contain 明.
        let total = 2 * Executor.stringScanSlice + 1_000
        let perCycle = total / Self.names.count, rest = total % Self.names.count
        let containing = [0, 1, 3, 4, 6, 7, 9]
        let expected = perCycle * containing.count + containing.filter { $0 < rest }.count
        #expect(try engine.execute("MATCH (p:P) WHERE p.name CONTAINS '明' RETURN count(p) AS n").rows == [[.int(expected)]])
        // The empty string is in every string and in nothing else.
        let strings = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]
        #expect(try engine.execute("MATCH (p:P) WHERE p.name CONTAINS '' RETURN count(*) AS n").rows
            == [[.int(perCycle * strings.count + strings.filter { $0 < rest }.count)]])
    }

    @Test func nodesChangedOrAddedAfterOpeningAreReadAsValues() throws {
        let engine = QueryEngine(graph: try Self.storedGraph())
        // Build the column, then change the graph: the answers follow the changes.
        #expect(try engine.execute("MATCH (p:P) WHERE p.name CONTAINS '明' RETURN count(p) AS n").rows.count == 1)
        _ = try engine.execute("MATCH (p:P) WHERE p.i < 40 SET p.name = CASE WHEN p.i % 2 = 0 THEN '明' ELSE 3 END")
        _ = try engine.execute("MATCH (p:P) WHERE p.i >= 40 AND p.i < 50 REMOVE p.name")
        _ = try engine.execute("UNWIND range(1, 30) AS k CREATE (:P {name: '新明' + toString(k)}), (:P {name: k})")
        try expectCountsAgree(engine)
        let fresh = try engine.execute("MATCH (p:P) WHERE p.name STARTS WITH '新明' RETURN count(p) AS n")
        #expect(fresh.rows == [[.int(30)]])
    }

    @Test func aCreateInTheSameQueryIsSeenByTheScan() throws {
        let engine = QueryEngine(graph: try Self.storedGraph())
        let before = try engine.execute("MATCH (p:P) WHERE p.name ENDS WITH '华' RETURN count(p) AS n").rows[0][0]
        let after = try engine.execute("""
            CREATE (:P {name: '中华'}) WITH 1 AS one
            MATCH (p:P) WHERE p.name ENDS WITH '华' RETURN count(p) AS n
            """).rows[0][0]
        #expect(after == .int((before.intValue ?? -1) + 1))
    }

    @Test func aWhereThatReturnsRowsNarrowsTheStartBySameAnswers() throws {
        var graph = try Self.storedGraph()
        // A few relationships, so a pattern with a step starts at the tested node too.
        for i in stride(from: 0, to: 400, by: 3) {
            try graph.addRelationship(type: "R", from: NodeID(i), to: NodeID(i + 1))
        }
        let engine = QueryEngine(graph: graph)
        let queries = [
            "MATCH (p:P) WHERE p.name CONTAINS '明' AND p.i < 200 RETURN p.i AS i ORDER BY i",
            "MATCH (p:P) WHERE p.i < 300 AND p.name ENDS WITH $needle RETURN p.i AS i, p.name AS name ORDER BY i",
            "MATCH (p:P)-[:R]->(q) WHERE p.name STARTS WITH '明' RETURN p.i AS i, q.i AS j ORDER BY i",
            "MATCH (p:P) WHERE p.name CONTAINS '明' AND p.name CONTAINS '白' RETURN count(*) AS n",
            "MATCH (p:P) WHERE p.name CONTAINS '明' AND p.i % 2 = 0 RETURN count(p) AS n",
            "UNWIND [1, 2] AS k OPTIONAL MATCH (p:P) WHERE p.name STARTS WITH '不在' AND k = 1 RETURN k, p.i AS i",
        ]
        // The planner hands the string tests on the start node to matching.
        let plan = Planner(graph: engine.graph).plan(try Parser.parse(queries[3]))
        guard case .match(let match) = plan.steps[0] else { Issue.record("no MATCH step"); return }
        #expect(match.parts[0].startFilters.count == 2)
        for query in queries {
            // The same conditions through coalesce(…, false): no string test the planner recognises.
            var plain = query
            for test in ["p.name CONTAINS '明'", "p.name ENDS WITH $needle", "p.name STARTS WITH '明'",
                         "p.name CONTAINS '白'", "p.name STARTS WITH '不在'"] {
                plain = plain.replacingOccurrences(of: test, with: "coalesce(\(test), false)")
            }
            #expect(plain != query)
            let narrowed = try engine.execute(query, parameters: ["needle": .string("明")])
            let evaluated = try engine.execute(plain, parameters: ["needle": .string("明")])
            #expect(narrowed.rows == evaluated.rows, "\(query)")
            #expect(!narrowed.rows.isEmpty, "\(query)")
        }
    }
}
