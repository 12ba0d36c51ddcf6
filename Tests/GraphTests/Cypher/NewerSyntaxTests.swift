import Foundation
import Testing
@testable import Graph

/// The forms users paste from Neo4j 5 and GQL: label expressions, WHERE inside a node
/// pattern, `||`; and clear errors where they are not supported.
@Suite struct NewerSyntaxTests {
    static func engine() throws -> QueryEngine {
        let engine = QueryEngine(graph: PropertyGraph())
        _ = try engine.execute("""
            CREATE (:Person {name: '梁鸣', age: 58})-[:MEMBER_OF]->(:Party {name: '九三学社'}),
                   (:Person:Expert {name: '倪四道', age: 52}), (:Agency {name: '市科技局'}), (:Party:Expert {name: '民盟'})
            """)
        return engine
    }

    static func names(_ engine: QueryEngine, _ query: String) throws -> [String] {
        try engine.execute(query).rows.map { $0[0].stringValue ?? "?" }.sorted()
    }

    @Test func labelExpressionsMatchByDisjunctionConjunctionAndNegation() throws {
        let engine = try Self.engine()
        #expect(try Self.names(engine, "MATCH (n:Person|Agency) RETURN n.name") == ["倪四道", "市科技局", "梁鸣"])
        #expect(try Self.names(engine, "MATCH (n:Person|:Agency) RETURN n.name") == ["倪四道", "市科技局", "梁鸣"])
        #expect(try Self.names(engine, "MATCH (n:Person&Expert) RETURN n.name") == ["倪四道"])
        #expect(try Self.names(engine, "MATCH (n:!Person) RETURN n.name") == ["九三学社", "市科技局", "民盟"])
        #expect(try Self.names(engine, "MATCH (n:(Person|Party)&!Expert) RETURN n.name") == ["九三学社", "梁鸣"])
        // In a longer pattern and in OPTIONAL MATCH, with the clause's own WHERE kept.
        #expect(try Self.names(engine, "MATCH (p:Person)-[:MEMBER_OF]->(q:Party|Agency) WHERE p.age > 50 RETURN q.name") == ["九三学社"])
        let optional = try engine.execute("MATCH (p:Person {name: '倪四道'}) OPTIONAL MATCH (p)-->(q:Party|Agency) RETURN q")
        #expect(optional.rows == [[.null]])
    }

    @Test func whereInsideANodePattern() throws {
        let engine = try Self.engine()
        #expect(try Self.names(engine, "MATCH (n:Person WHERE n.age < 55) RETURN n.name") == ["倪四道"])
        #expect(try Self.names(engine, "MATCH (n:Person {name: '梁鸣'} WHERE n.age > 50)-->(q) RETURN q.name") == ["九三学社"])
        #expect(try Self.names(engine, "MATCH (n:Person|Party WHERE n.name <> '民盟') WHERE n.name <> '梁鸣' RETURN n.name") == ["九三学社", "倪四道"])
    }

    @Test func doubleBarConcatenatesStringsAndLists() throws {
        let engine = try Self.engine()
        let result = try engine.execute("RETURN 'a' || 'b' AS s, [1] || [2, 3] AS l, 'x' || null AS n")
        #expect(result.rows == [[.string("ab"), .list([.int(1), .int(2), .int(3)]), .null]])
        #expect(result.columns == ["s", "l", "n"])
    }

    @Test func collectSubqueryGivesTheListOfItsReturnValues() throws {
        let engine = try Self.engine()
        let result = try engine.execute(
            "MATCH (p:Person) RETURN p.name AS name, COLLECT { MATCH (p)-[:MEMBER_OF]->(q:Party WHERE q.name <> '民盟') RETURN q.name } AS parties ORDER BY name")
        #expect(result.rows == [
            [.string("倪四道"), .list([])],
            [.string("梁鸣"), .list([.string("九三学社")])],
        ])
        // EXISTS and COUNT take the inline forms too.
        #expect(try Self.names(engine, "MATCH (p:Person) WHERE EXISTS { (p)-->(:Party|Agency) } RETURN p.name") == ["梁鸣"])
        #expect(try Self.names(engine, "MATCH (p:Person) WHERE COUNT { (p)-->(q WHERE q.name = '九三学社') } = 1 RETURN p.name") == ["梁鸣"])
        let several = CypherTestSupport.error(engine, "MATCH (p) RETURN COLLECT { MATCH (p)-->(q) RETURN q.name, q.age }")
        #expect(several?.message.contains("returns one column") == true)
        let longer = CypherTestSupport.error(engine, "MATCH (p) RETURN COLLECT { MATCH (p)-->(q) WITH q RETURN q }")
        #expect(longer?.message.contains("not supported") == true)
        let ordered = CypherTestSupport.error(engine, "MATCH (p) RETURN COLLECT { MATCH (p)-->(q) RETURN q.name ORDER BY q.name }")
        #expect(ordered?.message.contains("ORDER in COLLECT") == true)
    }

    @Test func typePredicates() throws {
        let engine = try Self.engine()
        let result = try engine.execute("""
            RETURN 1 IS :: INTEGER, 1.5 IS :: INTEGER, null IS :: INTEGER, null IS :: INTEGER NOT NULL,
                   'x' IS NOT :: STRING, [1, 2] IS :: LIST<INTEGER>, [1, 'a'] IS :: LIST<INTEGER | STRING>,
                   [1, 'a'] IS :: LIST<INT>, {a: 1} IS :: MAP, true IS :: BOOLEAN, 2.0 IS :: FLOAT NOT NULL,
                   [] IS :: LIST OF STRING, 1 IS :: ANY<STRING | INTEGER>, null IS :: NOTHING
            """)
        #expect(result.rows == [[true, false, true, false, false, true, true, false, true, true, true, true, true, false].map(Value.bool)])
        #expect(try Self.names(engine, "MATCH (n) WHERE n.age IS :: INTEGER NOT NULL RETURN n.name") == ["倪四道", "梁鸣"])
        #expect(try Self.names(engine, "MATCH (p:Person)-[r]->(q) WHERE r IS :: RELATIONSHIP AND q IS :: NODE RETURN q.name") == ["九三学社"])
        // In a list comprehension a `|` after the type ends the predicate, unless a type follows.
        let listed = try engine.execute("RETURN [x IN [1, 'a', 2.5] WHERE x IS :: INTEGER | x * 10] AS l")
        #expect(listed.rows == [[.list([.int(10)])]])
        #expect(CypherTestSupport.error(engine, "RETURN 1 IS :: DATE")?.message.contains("not supported") == true)
        #expect(CypherTestSupport.error(engine, "RETURN 1 IS :: WORD")?.message.contains("'WORD' is not a type") == true)
    }

    @Test func unsupportedPlacesSayWhatToWriteInstead() throws {
        let engine = try Self.engine()
        let anonymous = CypherTestSupport.error(engine, "MATCH (:Person|Agency) RETURN 1")
        #expect(anonymous?.message.contains("give the node a variable") == true)
        #expect(anonymous?.offset == 7)
        let create = CypherTestSupport.error(engine, "CREATE (n:A|B)")
        #expect(create?.message.contains("work in MATCH and OPTIONAL MATCH only") == true)
        let nested = CypherTestSupport.error(engine, "MATCH (n) WHERE (n)-->(m WHERE m.age = 1) RETURN n")
        #expect(nested?.message.contains("MATCH and OPTIONAL MATCH only") == true)
        let whereWithoutVariable = CypherTestSupport.error(engine, "MATCH (:Person WHERE true) RETURN 1")
        #expect(whereWithoutVariable?.message.contains("give the node a variable to use WHERE") == true)
        #expect(CypherTestSupport.error(engine, "MATCH (n:%) RETURN n")?.message.contains("not supported") == true)
        // Nothing was created by the refused CREATE.
        #expect(try engine.execute("MATCH (n:A) RETURN count(n)").rows == [[.int(0)]])
    }
}
