import Testing

@testable import Graph

/// `EXISTS { … }` and `COUNT { … }` with one pattern.
@Suite struct SubqueryExpressionTests {
    private func engine() throws -> QueryEngine {
        let engine = QueryEngine(graph: PropertyGraph())
        _ = try engine.execute("CREATE (a {name: 'a', v: 1})-[:R]->({v: 1}), (a)-[:R]->({v: 2}), ({name: 'b'})")
        return engine
    }

    @Test func existsAndCountReadThePattern() throws {
        let engine = try engine()
        let exists = try engine.execute("MATCH (n) WHERE exists { (n)-->() } RETURN n.name")
        #expect(CypherTestSupport.column(exists) == [.string("a")])
        let filtered = try engine.execute(
            "MATCH (n {name: 'a'}) RETURN COUNT { MATCH (n)-->(m) WHERE m.v = n.v RETURN m } AS same, count { (n)-->() } AS all")
        #expect(filtered.rows == [[.int(1), .int(2)]])
        let nested = try engine.execute(
            "MATCH (n) WHERE EXISTS { MATCH (m) WHERE exists { (n)-->(m) WHERE m.v = 2 } RETURN true } RETURN n.name")
        #expect(CypherTestSupport.column(nested) == [.string("a")])
    }

    @Test func longerOrUpdatingSubqueriesAreRefused() throws {
        let engine = try engine()
        #expect(
            CypherTestSupport.error(engine, "MATCH (n) WHERE exists { MATCH (n)-->(m) SET m.x = 1 } RETURN n")?.code
                == "InvalidClauseComposition")
        #expect(
            CypherTestSupport.error(engine, "MATCH (n) WHERE exists { MATCH (n)-->(m) WITH m RETURN m } RETURN n")?.code
                == "UnsupportedFeature")
    }
}
