import Foundation
import Testing
@testable import Graph

/// The executor's row handling: a MATCH hands its rows straight to the RETURN or WITH after
/// it, matching changes one row in place and restores it, and `ORDER BY … LIMIT k` keeps only
/// the first k. Each answer is checked against one computed independently of the executor.
@Suite struct StreamingExecutionTests {
    /// Persons in parties giving speeches: person i is in party i % 3 and gives i % 4 speeches.
    private func speechGraph(persons: Int = 40) throws -> (PropertyGraph, [String: Int]) {
        var graph = PropertyGraph()
        let parties = try (0..<3).map { try graph.addNode(labels: ["Party"], properties: ["name": .string("党\($0)")]) }
        var expected: [String: Int] = [:]
        for i in 0..<persons {
            let person = try graph.addNode(labels: ["Person"], properties: ["name": .string("人\(i)"), "i": .int(i)])
            try graph.addRelationship(type: "MEMBER_OF", from: person, to: parties[i % 3])
            for j in 0..<(i % 4) {
                let speech = try graph.addNode(labels: ["Speech"], properties: ["title": .string("\(i)-\(j)")])
                try graph.addRelationship(type: "GAVE", from: person, to: speech)
            }
            expected["党\(i % 3)", default: 0] += i % 4
        }
        return (graph, expected)
    }

    @Test func countsPerGroupOverATwoHopMatchEqualTheGraphsOwn() throws {
        let (graph, expected) = try speechGraph()
        let engine = QueryEngine(graph: graph)
        let result = try engine.execute("""
            MATCH (pa:Party)<-[:MEMBER_OF]-(p:Person)-[:GAVE]->(s:Speech)
            RETURN pa.name AS party, count(s) AS speeches, count(DISTINCT p) AS speakers ORDER BY party
            """)
        #expect(result.rows.map { $0[0] } == expected.keys.sorted().map { .string($0) })
        #expect(result.rows.map { $0[1] } == expected.keys.sorted().map { .int(expected[$0]!) })
        // Persons with i % 4 == 0 give no speech; the others are 3/4 of each party's members.
        #expect(result.rows.map { $0[2] }.reduce(0) { $0 + ($1.intValue ?? 0) } == 30)
    }

    @Test func everyMatchedRowIsSeenWhole() throws {
        let (graph, _) = try speechGraph(persons: 12)
        let engine = QueryEngine(graph: graph)
        // Rows kept by collect() must not change when matching goes on to the next candidate.
        let result = try engine.execute("""
            MATCH (pa:Party)<-[:MEMBER_OF]-(p:Person)-[:GAVE]->(s:Speech)
            WITH p, collect(s.title) AS titles RETURN p.i AS i, titles ORDER BY i
            """)
        var expected: [[Value]] = []
        for i in 0..<12 where i % 4 > 0 {
            expected.append([.int(i), .list((0..<(i % 4)).map { .string("\(i)-\($0)") })])
        }
        #expect(result.rows == expected)
    }

    @Test func aNodeBoundEarlierInThePatternIsCheckedAfterBacktracking() throws {
        // a→b→a is a cycle; a→b→c is not: only the cycle may match (a)-->(b)-->(a).
        let engine = QueryEngine(graph: PropertyGraph())
        _ = try engine.execute("""
            CREATE (a:N {name: 'a'}), (b:N {name: 'b'}), (c:N {name: 'c'}),
                   (a)-[:R]->(b), (b)-[:R]->(c), (b)-[:R]->(a)
            """)
        let cycles = try engine.execute("MATCH (x)-[:R]->(y)-[:R]->(x) RETURN x.name, y.name ORDER BY x.name")
        #expect(cycles.rows == [["a", "b"], ["b", "a"]])
        let paths = try engine.execute("MATCH (x)-[:R]->(y)-[:R]->(z) RETURN x.name + y.name + z.name AS p ORDER BY p")
        #expect(CypherTestSupport.column(paths) == ["aba", "abc", "bab"])
        let optional = try engine.execute(
            "MATCH (x:N) OPTIONAL MATCH (x)-[:R]->(y)-[:R]->(z:N {name: 'c'}) RETURN x.name, y.name ORDER BY x.name")
        #expect(optional.rows == [["a", "b"], ["b", .null], ["c", .null]])
    }

    @Test func orderByWithLimitGivesTheFirstRowsOfTheFullSortTiesInMatchOrder() throws {
        var graph = PropertyGraph()
        for i in 0..<300 {
            try graph.addNode(labels: ["N"], properties: ["i": .int(i), "g": .int((i * 7) % 11)])
        }
        let engine = QueryEngine(graph: graph)
        let full = try engine.execute("MATCH (n:N) RETURN n.i AS i, n.g AS g ORDER BY g DESC")
        for (skip, limit) in [(0, 1), (0, 25), (10, 40), (295, 10), (0, 0)] {
            let cut = try engine.execute("MATCH (n:N) RETURN n.i AS i, n.g AS g ORDER BY g DESC SKIP \(skip) LIMIT \(limit)")
            #expect(cut.rows == Array(full.rows.dropFirst(skip).prefix(limit)))
        }
        let huge = try engine.execute("MATCH (n:N) RETURN n.i ORDER BY n.g SKIP 9223372036854775807 LIMIT 9223372036854775807")
        #expect(huge.rows.isEmpty)
        let hugeLimit = try engine.execute("MATCH (n:N) RETURN n.i AS i ORDER BY i SKIP 298 LIMIT 9223372036854775807")
        #expect(hugeLimit.rows == [[298], [299]])
        // A sort key that is not a returned column.
        let byHidden = try engine.execute("MATCH (n:N) RETURN n.i AS i ORDER BY n.g, n.i DESC LIMIT 5")
        let expected = (0..<300).sorted { a, b in
            let (ga, gb) = ((a * 7) % 11, (b * 7) % 11)
            return ga != gb ? ga < gb : a > b
        }.prefix(5).map { Value.int($0) }
        #expect(CypherTestSupport.column(byHidden) == Array(expected))
    }

    @Test func aLimitWithoutOrderStopsProjectingAndKeepsTheFirstRows() throws {
        let engine = QueryEngine(graph: PropertyGraph())
        let result = try engine.execute("UNWIND range(1, 1000000) AS i WITH i * 2 AS d SKIP 2 LIMIT 3 RETURN collect(d) AS ds")
        #expect(result.rows == [[[6, 8, 10]]])
    }

    @Test func distinctRowsKeepTheirFirstAppearanceOrder() throws {
        let (graph, _) = try speechGraph(persons: 9)
        let engine = QueryEngine(graph: graph)
        let result = try engine.execute("MATCH (p:Person)-[:MEMBER_OF]->(pa:Party) RETURN DISTINCT pa.name")
        #expect(CypherTestSupport.column(result) == ["党0", "党1", "党2"])
    }

    @Test func distinctPropertiesOfOneVariableSkipAnElementSeenBeforeAndStillMergeEqualValues() throws {
        let engine = QueryEngine(graph: PropertyGraph())
        _ = try engine.execute("""
            CREATE (a:A {name: 'x', k: 1}), (b:A {name: 'x', k: 2}), (c:A {k: 3}), (d:A {k: 4}),
                   (t1:T), (t2:T), (t3:T), (a)-[:R]->(t1), (a)-[:R]->(t2), (b)-[:R]->(t3), (c)-[:R]->(t1), (d)-[:R]->(t2)
            """)
        // a twice, b with a's name, c and d without one: 'x' and null, in first-seen order.
        let names = try engine.execute("MATCH (n:A)-[:R]->(:T) RETURN DISTINCT n.name AS name")
        #expect(names.rows == [[.string("x")], [.null]])
        let pairs = try engine.execute("MATCH (n:A)-[:R]->(:T) RETURN DISTINCT n.name AS name, n.k AS k ORDER BY k")
        #expect(pairs.rows == [[.string("x"), .int(1)], [.string("x"), .int(2)], [.null, .int(3)], [.null, .int(4)]])
        // Maps bound to the variable are compared by value, as before.
        let maps = try engine.execute("UNWIND [{v: 1}, {v: 1}, {v: 2}] AS m RETURN DISTINCT m.v AS v")
        #expect(maps.rows == [[.int(1)], [.int(2)]])
    }
}
