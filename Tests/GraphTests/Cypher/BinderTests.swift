import Testing
@testable import Graph

@Suite struct BinderTests {
    private func code(_ query: String) -> String? {
        do {
            try Binder.check(try Parser.parse(query))
            return nil
        } catch let error as QueryError {
            #expect(error.phase == .compileTime)
            return error.code
        } catch {
            return "\(error)"
        }
    }

    @Test(arguments: [
        ("MATCH (a) RETURN b", "UndefinedVariable"),
        ("MATCH (a) WITH a AS x RETURN a", "UndefinedVariable"),
        ("MATCH (a) MATCH ()-[a]->() RETURN a", "VariableTypeConflict"),
        ("MATCH (a) CREATE (a {x: 1})", "VariableAlreadyBound"),
        ("UNWIND [1] AS x UNWIND [2] AS x RETURN x", "VariableAlreadyBound"),
        ("CREATE ()-[:A|B]->()", "NoSingleRelationshipType"),
        ("CREATE ()-[:A]-()", "RequiresDirectedRelationship"),
        ("CREATE ()-[:A*2]->()", "CreatingVarLength"),
        ("RETURN foo(1)", "UnknownFunction"),
        ("RETURN size(1, 2)", "InvalidNumberOfArguments"),
        ("MATCH (n) WHERE count(n) > 1 RETURN n", "InvalidAggregation"),
        ("RETURN count(count(1))", "NestedAggregation"),
        ("MATCH (n) RETURN n.x + count(*), n.y", "AmbiguousAggregationExpression"),
        ("MATCH (n) WITH n.x RETURN 1", "NoExpressionAlias"),
        ("RETURN 1 AS a, 2 AS a", "ColumnNameConflict"),
        ("MATCH (n) RETURN n LIMIT n.x", "NonConstantExpression"),
        ("RETURN 1 SKIP -1", "NegativeIntegerArgument"),
        ("RETURN NOT 1", "InvalidArgumentType"),
        ("MATCH ()-[r]->(), ()-[r]->() RETURN r", "RelationshipUniquenessViolation"),
        ("MATCH (n) RETURN n.x", nil),
        ("MATCH (n) WITH n.x AS x ORDER BY n.y RETURN x", nil),
        ("MATCH (n) RETURN n.x AS x, count(*) AS c ORDER BY c", nil),
    ] as [(String, String?)])
    func compileTimeChecks(query: String, expected: String?) {
        #expect(code(query) == expected, "\(query)")
    }
}
