import Testing

@testable import Graph

/// `PROFILE`: the query runs, and the result is its plan with rows and time per step.
@Suite struct ProfileTests {
    private func lines(_ result: QueryResult) -> [String] {
        result.rows.compactMap { $0.first?.stringValue }
    }

    @Test func eachStepShowsItsRows() throws {
        let engine = try CypherTestSupport.policyGraph()
        let result = try engine.execute("PROFILE MATCH (a:Agency)-[:LEADS]->(t:Task) WHERE t.code <> 'T2' RETURN count(a) AS agencies")
        #expect(result.columns == ["plan"])
        let text = lines(result)
        #expect(text.first == "Profile:")
        let match = text.first { $0.hasPrefix("1. MATCH") }
        #expect(match?.contains("[2 rows,") == true)
        let projection = text.first { $0.hasPrefix("2. RETURN") }
        #expect(projection?.contains("[1 row,") == true)
        #expect(text.last?.hasPrefix("1 row returned in ") == true)
        // The same steps as EXPLAIN, in the same order.
        let explained = try engine.explain("MATCH (a:Agency)-[:LEADS]->(t:Task) WHERE t.code <> 'T2' RETURN count(a) AS agencies")
        let steps = explained.split(separator: "\n").filter { $0.first?.isNumber == true }
        let profiled = text.filter { $0.first?.isNumber == true && !$0.contains("returned in") }
        #expect(steps.count == profiled.count)
        for (step, line) in zip(steps, profiled) { #expect(line.hasPrefix(String(step))) }
    }

    @Test func profileRunsUpdatesAndCountsThem() throws {
        let engine = try CypherTestSupport.policyGraph()
        let text = try engine.profile("UNWIND [1, 2, 3] AS x CREATE (:Made {x: x})")
        #expect(text.contains("1. UNWIND [1, 2, 3] AS x  [3 rows,"))
        #expect(text.contains("nodes created: 3"))
        let made = try engine.execute("MATCH (m:Made) RETURN count(m)")
        #expect(CypherTestSupport.column(made) == [.int(3)])
    }

    @Test func subqueriesAndUnionsUnderProfile() throws {
        let engine = try CypherTestSupport.policyGraph()
        let text = try engine.profile(
            "MATCH (i:Industry) CALL { WITH i MATCH (t:Task)-[:ABOUT]->(i) RETURN t } RETURN i.name, t.code")
        #expect(text.contains("CALL { … } once per row, adding t  [3 rows,"))
        #expect(
            CypherTestSupport.error(engine, "PROFILE RETURN 1 AS x UNION RETURN 2 AS x")?.code == "UnsupportedFeature")
    }
}
