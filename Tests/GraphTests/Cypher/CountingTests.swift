import Foundation
import Testing
@testable import Graph

/// Counting without expanding (`Executor+Counting.swift`): which MATCHes count their last
/// nodes instead of matching them, and that the counts equal those of the expanded rows.
/// Each answer is compared with one computed from the graph by hand, or with the same query
/// written so that it cannot take the shortcut (`sum(1)` is not a plain count).
@Suite struct CountingTests {
    /// Persons in parties giving speeches: person i is in party i % 3 (party 3 has no member),
    /// persons with i % 5 == 0 are in a second one too, and person i gives i % 3 speeches; every
    /// third speech is also a `Draft`.
    private func speechGraph() throws -> (PropertyGraph, [String: Int]) {
        var graph = PropertyGraph()
        let parties = try (0..<4).map { try graph.addNode(labels: ["Party"], properties: ["name": .string("党\($0)")]) }
        var expected: [String: Int] = ["党3": 0]
        var speechNumber = 0
        for i in 0..<30 {
            let person = try graph.addNode(labels: ["Person"], properties: ["name": .string("人\(i)")])
            var memberOf = [i % 3]
            if i % 5 == 0 { memberOf.append((i + 1) % 3) }
            for party in memberOf { try graph.addRelationship(type: "MEMBER_OF", from: person, to: parties[party]) }
            for _ in 0..<(i % 3) {
                let labels = speechNumber % 3 == 0 ? ["Draft", "Speech"] : ["Speech"]
                let speech = try graph.addNode(labels: labels, properties: ["n": .int(speechNumber)])
                speechNumber += 1
                try graph.addRelationship(type: "GAVE", from: person, to: speech)
            }
            for party in memberOf { expected["党\(party)", default: 0] += i % 3 }
        }
        return (graph, expected)
    }

    /// The counted variables the executor chooses for the first MATCH of `query`, nil when it expands.
    private func countedVariables(_ engine: QueryEngine, _ query: String) throws -> Set<String>? {
        try CypherTestSupport.firstMatchRewrite(engine, query) { executor, match, projection in
            executor.countedMatch(match, into: projection)?.parts.last?.counted?.variables
        }
    }

    @Test func aChainThroughSeveralPartiesOrNoneCountsAsTheExpandedRows() throws {
        let (graph, expected) = try speechGraph()
        let engine = QueryEngine(graph: graph)
        let query = """
            MATCH (pa:Party)<-[:MEMBER_OF]-(p:Person)-[:GAVE]->(s:Speech)
            RETURN pa.name AS party, count(s) AS speeches ORDER BY party
            """
        #expect(try countedVariables(engine, query) == ["p", "s"])
        let counted = try engine.execute(query)
        // A party whose members give no speech (党3 has no members) has no row, as when expanded.
        let withSpeeches = expected.filter { $0.value > 0 }
        #expect(counted.rows == withSpeeches.keys.sorted().map { [.string($0), .int(withSpeeches[$0]!)] })
        let expanded = try engine.execute("""
            MATCH (pa:Party)<-[:MEMBER_OF]-(p:Person)-[:GAVE]->(s:Speech)
            RETURN pa.name AS party, sum(1) AS speeches ORDER BY party
            """)
        #expect(counted.rows == expanded.rows)
        // count(*) and count of a node in the middle of the chain are the same number.
        let star = try engine.execute("""
            MATCH (pa:Party)<-[:MEMBER_OF]-(p:Person)-[:GAVE]->(s:Speech)
            RETURN pa.name AS party, count(*) AS rows, count(p) AS persons ORDER BY party
            """)
        #expect(star.rows.map { [$0[0], $0[1]] } == counted.rows)
        #expect(star.rows.map { [$0[0], $0[2]] } == counted.rows)
    }

    @Test func aLabelThatOnlySomeNeighboursCarryIsChecked() throws {
        let (graph, _) = try speechGraph()
        let engine = QueryEngine(graph: graph)
        let query = """
            MATCH (pa:Party)<-[:MEMBER_OF]-(p)-[:GAVE]->(d:Draft) RETURN pa.name AS name, count(d) AS drafts ORDER BY name
            """
        #expect(try countedVariables(engine, query) == ["p", "d"])
        let counted = try engine.execute(query)
        let expanded = try engine.execute("""
            MATCH (pa:Party)<-[:MEMBER_OF]-(p)-[:GAVE]->(d:Draft) RETURN pa.name AS name, sum(1) AS drafts ORDER BY name
            """)
        #expect(counted.rows == expanded.rows)
        let perPerson = try engine.execute("MATCH (p:Person)-[:GAVE]->(d:Draft) RETURN count(d) AS n")
        #expect(perPerson.rows == [[.int(10)]])
        // A label no node has counts nothing, and a grand total over no rows is 0.
        #expect(try engine.execute("MATCH (p:Person)-[:GAVE]->(x:Nothing) RETURN count(x) AS n").rows == [[.int(0)]])
        // Two labels on the counted node: both must be there.
        #expect(try engine.execute("MATCH (p:Person)-[:GAVE]->(x:Speech:Draft) RETURN count(x) AS n").rows == [[.int(10)]])
    }

    @Test func optionalMatchCountsZeroForARowWithoutMatchAndOneForCountStar() throws {
        let (graph, _) = try speechGraph()
        let engine = QueryEngine(graph: graph)
        let query = """
            MATCH (p:Person) OPTIONAL MATCH (p)-[:GAVE]->(s:Speech)
            RETURN p.name AS name, count(s) AS speeches, count(*) AS rows ORDER BY name
            """
        let result = try engine.execute(query)
        let expanded = try engine.execute("""
            MATCH (p:Person) OPTIONAL MATCH (p)-[:GAVE]->(s:Speech)
            RETURN p.name AS name, sum(CASE WHEN s IS NULL THEN 0 ELSE 1 END) AS speeches, sum(1) AS rows ORDER BY name
            """)
        #expect(result.rows == expanded.rows)
        // Person 0 gives no speech: 0 speeches, but one (null) row.
        #expect(result.rows.first { $0[0] == .string("人0") } == [.string("人0"), .int(0), .int(1)])
        #expect(result.rows.first { $0[0] == .string("人2") } == [.string("人2"), .int(2), .int(2)])
    }

    @Test func distinctCountsAndOtherAggregatesDoNotTakeTheShortcut() throws {
        let (graph, _) = try speechGraph()
        let engine = QueryEngine(graph: graph)
        let chain = "MATCH (pa:Party)<-[:MEMBER_OF]-(p:Person)-[:GAVE]->(s:Speech) "
        #expect(try countedVariables(engine, chain + "RETURN pa.name, count(DISTINCT s)") == nil)
        #expect(try countedVariables(engine, chain + "RETURN pa.name, collect(s.n)") == nil)
        #expect(try countedVariables(engine, chain + "RETURN pa.name, count(s), min(s.n)") == nil)
        #expect(try countedVariables(engine, chain + "RETURN *") == nil)
        // A variable read anywhere else is matched, not counted; only the steps after it are counted.
        #expect(try countedVariables(engine, chain + "RETURN pa.name, p.name, count(s)") == ["s"])
        #expect(try countedVariables(engine, chain + "WHERE s.n > 3 RETURN pa.name, count(s)") == nil)
        #expect(try countedVariables(engine, chain + "RETURN pa.name, count(s.n)") == nil)
        // Persons in two parties are the same speaker twice over: DISTINCT removes that.
        let distinct = try engine.execute(
            "MATCH (pa:Party)<-[:MEMBER_OF]-(p:Person)-[:GAVE]->(s:Speech) RETURN count(DISTINCT s) AS n, count(s) AS all")
        #expect(distinct.rows == [[.int(30), .int(30 + 6)]])
    }

    @Test func nullsAreNotCountedAndUniquenessHoldsAcrossTheMatch() throws {
        let engine = QueryEngine(graph: PropertyGraph())
        _ = try engine.execute("""
            CREATE (a:N {name: 'a'}), (b:N {name: 'b'}), (c:N), (a)-[:R]->(b), (b)-[:R]->(a), (b)-[:R]->(c), (c)-[:R]->(c)
            """)
        // x.name is null for c: count(x.name) skips it, count(y) does not.
        let names = try engine.execute("MATCH (x:N)-[:R]->(y) RETURN count(x.name) AS named, count(y) AS all")
        #expect(names.rows == [[.int(3), .int(4)]])
        // Undirected, the same relationship may not be used twice in one path: a–b–a uses two.
        let query = "MATCH (x {name: 'a'})-[:R]-(y)-[:R]-(z) RETURN count(z) AS n"
        #expect(try countedVariables(engine, query) == ["y", "z"])
        let counted = try engine.execute(query)
        let expanded = try engine.execute("MATCH (x {name: 'a'})-[:R]-(y)-[:R]-(z) RETURN sum(1) AS n")
        #expect(counted.rows == expanded.rows)
        // Two parts with the same type: a relationship of the first part is not counted again.
        let twoParts = try engine.execute("MATCH (x {name: 'b'})-[:R]->(y), (x)-[:R]->(z) RETURN y.name AS y, count(z) AS n ORDER BY y")
        let twoPartsExpanded = try engine.execute(
            "MATCH (x {name: 'b'})-[:R]->(y), (x)-[:R]->(z) RETURN y.name AS y, sum(1) AS n ORDER BY y")
        #expect(twoParts.rows == twoPartsExpanded.rows)
        #expect(twoParts.rows == [[.string("a"), .int(1)], [.null, .int(1)]])
        // A self-loop is one relationship, counted once in an undirected pattern.
        #expect(try engine.execute("MATCH (x:N)-[:R]-(y) WHERE x.name IS NULL RETURN count(y) AS n").rows == [[.int(2)]])
    }

    @Test func aLabelScanWithAWhereCountsTheCandidatesThatPass() throws {
        let (graph, _) = try speechGraph()
        let engine = QueryEngine(graph: graph)
        let query = "MATCH (p:Person) WHERE p.name CONTAINS '1' RETURN count(p) AS n"
        #expect(try countedVariables(engine, query) == ["p"])
        // 人1, 人10 … 人19, 人21: twelve names contain a 1.
        #expect(try engine.execute(query).rows == [[.int(12)]])
        #expect(try engine.execute("MATCH (p:Person) WHERE p.name CONTAINS '1' RETURN sum(1) AS n").rows == [[.int(12)]])
        // No candidate passes: one row of 0 without grouping keys, no row with one.
        #expect(try engine.execute("MATCH (p:Person) WHERE p.name CONTAINS 'x' RETURN count(p) AS n").rows == [[.int(0)]])
        #expect(try engine.execute("MATCH (p:Person) WHERE p.name CONTAINS 'x' RETURN 1 AS k, count(p) AS n").rows.isEmpty)
        // A WHERE that is null for some candidates (no such property) passes none of them.
        #expect(try engine.execute("MATCH (s:Speech) WHERE s.missing > 1 RETURN count(*) AS n").rows == [[.int(0)]])
        // Per row of an earlier MATCH, with OPTIONAL: a null row for a party without members.
        let perParty = try engine.execute("""
            MATCH (pa:Party) OPTIONAL MATCH (p:Person) WHERE (p)-[:MEMBER_OF]->(pa) AND p.name CONTAINS '2'
            RETURN pa.name AS party, count(p) AS n, count(*) AS rows ORDER BY party
            """)
        let expanded = try engine.execute("""
            MATCH (pa:Party) OPTIONAL MATCH (p:Person) WHERE (p)-[:MEMBER_OF]->(pa) AND p.name CONTAINS '2'
            RETURN pa.name AS party, sum(CASE WHEN p IS NULL THEN 0 ELSE 1 END) AS n, sum(1) AS rows ORDER BY party
            """)
        #expect(perParty.rows == expanded.rows)
        #expect(perParty.rows.last == [.string("党3"), .int(0), .int(1)])
        // Read by the projection: matched, not counted.
        #expect(try countedVariables(engine, "MATCH (p:Person) WHERE p.name CONTAINS '1' RETURN p.name, count(p)") == nil)
    }

    @Test func manyNodesAtTheLastStepAreCountedInOnePassWithTheSameAnswer() throws {
        // More persons than `visitsBeforeCountingAll`, so the last step switches to one pass.
        var graph = PropertyGraph()
        let parties = try (0..<3).map { try graph.addNode(labels: ["Party"], properties: ["name": .string("党\($0)")]) }
        var persons: [NodeID] = []
        for i in 0..<(Executor.visitsBeforeCountingAll + 700) {
            let person = try graph.addNode(labels: ["Person"], properties: ["i": .int(i)])
            persons.append(person)
            try graph.addRelationship(type: "MEMBER_OF", from: person, to: parties[i % 3])
            for j in 0..<(i % 4) {
                let speech = try graph.addNode(labels: j == 0 ? ["Draft", "Speech"] : ["Speech"], properties: [:])
                try graph.addRelationship(type: "GAVE", from: person, to: speech)
            }
            if i % 7 == 0 { try graph.addRelationship(type: "KNOWS", from: person, to: person) }
            if i > 0 && i % 5 == 0 { try graph.addRelationship(type: "KNOWS", from: person, to: persons[i - 1]) }
        }
        let engine = QueryEngine(graph: graph)
        let shapes = [
            "MATCH (pa:Party)<-[:MEMBER_OF]-(p)-[:GAVE]->(s:Speech) RETURN pa.name AS k, COUNT AS n ORDER BY k",
            "MATCH (pa:Party)<-[:MEMBER_OF]-(p)-[:GAVE]->(s:Draft) RETURN pa.name AS k, COUNT AS n ORDER BY k",
            "MATCH (pa:Party)<-[:MEMBER_OF]-(p)-[:KNOWS]-(q:Person) RETURN pa.name AS k, COUNT AS n ORDER BY k",
            "MATCH (pa:Party)<-[:MEMBER_OF]-(p)<-[:KNOWS|KNOWS]-(q) RETURN pa.name AS k, COUNT AS n ORDER BY k",
            "MATCH (pa:Party)<-[:MEMBER_OF]-(p)-->(q:Speech) RETURN pa.name AS k, COUNT AS n ORDER BY k",
        ]
        for shape in shapes {
            let counted = try engine.execute(shape.replacingOccurrences(of: "COUNT", with: "count(*)"))
            let expanded = try engine.execute(shape.replacingOccurrences(of: "COUNT", with: "sum(1)"))
            #expect(counted.rows == expanded.rows, "\(shape)")
            #expect(counted.rows.count == 3, "\(shape)")
        }
    }

    @Test func stringTestsOnTheCountedNodeGiveTheAnswersOfTheGeneralWhere() throws {
        let engine = QueryEngine(graph: PropertyGraph())
        _ = try engine.execute("""
            UNWIND range(0, 199) AS i
            CREATE (:P {name: CASE WHEN i % 9 = 0 THEN i ELSE '名' + toString(i) + '明' END, code: 'c' + toString(i)})
            """)
        _ = try engine.execute("CREATE (:P), (:P {name: ['明']})")
        let tests = ["p.name CONTAINS '明'", "p.name CONTAINS '1'", "p.name STARTS WITH '名1'", "p.name ENDS WITH '9明'",
                     "p.code STARTS WITH 'c1'", "p.name CONTAINS $needle", "p.name CONTAINS ''", "p.missing ENDS WITH 'x'"]
        for test in tests {
            let counted = try engine.execute(
                "MATCH (p:P) WHERE \(test) RETURN count(p) AS n", parameters: ["needle": .string("2明")])
            let expanded = try engine.execute(
                "MATCH (p:P) WHERE \(test) RETURN sum(1) AS n", parameters: ["needle": .string("2明")])
            #expect(counted.rows == [[expanded.rows[0][0].isNull ? .int(0) : expanded.rows[0][0]]], "\(test)")
        }
        // Numbers in name (every ninth node) are not strings: CONTAINS is null for them.
        #expect(try engine.execute("MATCH (p:P) WHERE p.name CONTAINS '' RETURN count(p) AS n").rows == [[.int(177)]])
    }

    @Test func fewStartsWithLongListsAreCountedInOnePassKeptForTheNextQuery() throws {
        // Ten agencies, each with many relationships of two types: walking their lists is longer
        // than one pass over LEADS, so the first query counts LEADS for every node at once and
        // the graph keeps the counts; they must follow changes to the graph.
        var graph = PropertyGraph()
        let agencies = try (0..<10).map { try graph.addNode(labels: ["Agency"], properties: ["name": .string("局\($0)")]) }
        for i in 0..<600 {
            let task = try graph.addNode(labels: i % 7 == 0 ? ["Note"] : ["Task"], properties: [:])
            try graph.addRelationship(type: "LEADS", from: agencies[i % 10 < 6 ? i % 10 : (i * 3) % 10], to: task)
            for k in 0..<3 { try graph.addRelationship(type: "RESPONSIBLE_FOR", from: agencies[(i + k) % 10], to: task) }
        }
        try graph.addRelationship(type: "LEADS", from: agencies[2], to: agencies[3])
        let engine = QueryEngine(graph: graph)
        let shapes = [
            "MATCH (a:Agency)-[:LEADS]->(t:Task) RETURN a.name AS agency, COUNT AS tasks ORDER BY tasks DESC, agency LIMIT 4",
            "MATCH (a:Agency)-[:LEADS]->(t) RETURN a.name AS agency, COUNT AS tasks ORDER BY agency",
            "MATCH (a:Agency)<-[:LEADS]-(t) RETURN a.name AS agency, COUNT AS n ORDER BY agency",
            "MATCH (a:Agency)-[:LEADS|RESPONSIBLE_FOR]-(t:Task) RETURN a.name AS agency, COUNT AS tasks ORDER BY agency",
        ]
        func expectAgreement() throws {
            for shape in shapes {
                let expanded = try engine.execute(shape.replacingOccurrences(of: "COUNT", with: "sum(1)"))
                for _ in 0..<2 {
                    let counted = try engine.execute(shape.replacingOccurrences(of: "COUNT", with: "count(t)"))
                    #expect(counted.rows == expanded.rows, "\(shape)")
                }
            }
        }
        #expect(try countedVariables(engine, shapes[0].replacingOccurrences(of: "COUNT", with: "count(t)")) == ["t"])
        try expectAgreement()
        #expect(engine.graph.keptDegreeCounts("0|outgoing|\(engine.graph.labelBit("Task")!)|") != nil)
        _ = try engine.execute("MATCH (a:Agency {name: '局9'}) CREATE (a)-[:LEADS]->(:Task), (a)-[:LEADS]->(:Task)")
        try expectAgreement()
        _ = try engine.execute("MATCH (a:Agency {name: '局0'})-[r:LEADS]->() WITH r LIMIT 5 DELETE r")
        try expectAgreement()
        // Between nodes that exist already (no node added), and a label added: the counts follow.
        _ = try engine.execute("MATCH (a:Agency {name: '局1'}), (t:Task) WITH a, t LIMIT 7 CREATE (a)-[:LEADS]->(t)")
        try expectAgreement()
        _ = try engine.execute("MATCH (n:Note) SET n:Task")
        try expectAgreement()
    }
}
