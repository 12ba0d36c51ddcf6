import Testing

@testable import Graph

/// MERGE, SET, REMOVE and DELETE on the in-memory graph.
@Suite struct UpdateClauseTests {
    private func engine() throws -> QueryEngine {
        let engine = QueryEngine(graph: PropertyGraph())
        _ = try engine.execute("CREATE (:P {name: 'a', n: 1})-[:K {w: 2}]->(:P {name: 'b'})-[:K]->(:Q {name: 'c'})")
        return engine
    }

    private func names(_ engine: QueryEngine, _ query: String) throws -> [Value] {
        CypherTestSupport.column(try engine.execute(query))
    }

    @Test func setWritesPropertiesMapsAndLabels() throws {
        let engine = try engine()
        _ = try engine.execute("MATCH (n {name: 'a'}) SET n.n = n.n + 1, n:Done, n += {extra: 'x', name: 'A'}")
        let row = try engine.execute("MATCH (n:Done) RETURN n.name, n.n, n.extra, labels(n)").rows[0]
        #expect(row == [.string("A"), .int(2), .string("x"), .list([.string("Done"), .string("P")])])
        _ = try engine.execute("MATCH (n:Done) SET n = {only: true}")
        #expect(try engine.execute("MATCH (n:Done) RETURN properties(n)").rows[0] == [.map(["only": .bool(true)])])
        _ = try engine.execute("MATCH ()-[r:K {w: 2}]->() SET r.w = null")
        #expect(try names(engine, "MATCH ()-[r:K]->() WHERE r.w IS NOT NULL RETURN r.w").isEmpty)
    }

    @Test func aFailingSetLeavesTheGraphAsItWas() throws {
        let engine = try engine()
        let error = CypherTestSupport.error(engine, "MATCH (n) SET n.x = 1 WITH n SET n.bad = {a: 1}")
        #expect(error?.code == "InvalidPropertyType")
        #expect(try names(engine, "MATCH (n) WHERE n.x IS NOT NULL RETURN n").isEmpty)
    }

    @Test func removeTakesOffPropertiesAndLabels() throws {
        let engine = try engine()
        let result = try engine.execute("MATCH (n:P) REMOVE n:P, n.name")
        #expect(result.statistics.labelsRemoved == 2)
        #expect(engine.graph.labels == ["Q"])
        #expect(try names(engine, "MATCH (n) RETURN n.name").compactMap(\.stringValue) == ["c"])
    }

    @Test func deleteRefusesConnectedNodesAndDetachDeleteRenumbers() throws {
        let engine = try engine()
        let error = CypherTestSupport.error(engine, "MATCH (n {name: 'b'}) DELETE n")
        #expect(error?.kind == "ConstraintVerificationFailed")
        #expect(error?.code == "DeleteConnectedNode")
        #expect(engine.graph.nodeCount == 3)
        let result = try engine.execute("MATCH (n {name: 'b'}) DETACH DELETE n")
        #expect(result.statistics.nodesDeleted == 1)
        #expect(result.statistics.relationshipsDeleted == 2)
        #expect(engine.graph.nodeCount == 2 && engine.graph.relationshipCount == 0)
        #expect(engine.lastRenumbering?.nodes == [NodeID(0), nil, NodeID(1)])
        #expect(try names(engine, "MATCH (n) RETURN n.name ORDER BY n.name") == [.string("a"), .string("c")])
        _ = try engine.execute("MATCH (n) DELETE n")
        #expect(engine.graph.nodeCount == 0)
    }

    @Test func mergeMatchesOrCreatesOncePerRow() throws {
        let engine = try engine()
        let created = try engine.execute(
            "UNWIND ['a', 'z', 'z'] AS name MERGE (n:P {name: name}) ON CREATE SET n.new = true ON MATCH SET n.seen = true")
        #expect(created.statistics.nodesCreated == 1)
        #expect(try names(engine, "MATCH (n:P {name: 'z'}) RETURN n.new, n.seen").isEmpty == false)
        let row = try engine.execute("MATCH (n:P {name: 'z'}) RETURN n.new, n.seen").rows[0]
        #expect(row == [.bool(true), .bool(true)])
        _ = try engine.execute("MATCH (a {name: 'a'}), (c {name: 'c'}) MERGE (a)-[:K]-(c) MERGE (a)-[:K]-(c)")
        #expect(try names(engine, "MATCH ({name: 'a'})-[r:K]->({name: 'c'}) RETURN count(r)") == [.int(1)])
        #expect(CypherTestSupport.error(engine, "MERGE (n:P {name: null})")?.code == "MergeReadOwnWrites")
        let replaced = try engine.execute("MATCH (n:Q) DETACH DELETE n MERGE (m:Q) RETURN m.name")
        #expect(replaced.rows == [[.null]] && replaced.statistics.nodesCreated == 1)
    }

    @Test func foreachRunsTheUpdatesForEachElement() throws {
        let engine = try engine()
        _ = try engine.execute(
            "MATCH (a {name: 'a'}) FOREACH (i IN range(1, 3) | CREATE (a)-[:HAS]->(:Item {i: i}) FOREACH (j IN [i] | SET a.last = j))")
        #expect(try names(engine, "MATCH ({name: 'a'})-[:HAS]->(x) RETURN x.i ORDER BY x.i") == [.int(1), .int(2), .int(3)])
        #expect(try names(engine, "MATCH (a {name: 'a'}) RETURN a.last") == [.int(3)])
        #expect(CypherTestSupport.error(engine, "FOREACH (x IN [1] | MATCH (n) SET n.x = x)")?.code == "InvalidClauseComposition")
        #expect(CypherTestSupport.error(engine, "FOREACH (x IN 1 | CREATE ())")?.code == "InvalidArgumentType")
        #expect(CypherTestSupport.error(engine, "FOREACH (x IN [1] | CREATE ({v: y}))")?.code == "UndefinedVariable")
    }

    @Test func updatesAreReportedByUpdates() throws {
        for query in ["MATCH (n) SET n.x = 1", "MERGE (n)", "MATCH (n) DETACH DELETE n", "MATCH (n) REMOVE n:A",
                      "RETURN 1 AS x UNION CREATE (n) RETURN 2 AS x"] {
            #expect(try QueryEngine.updates(query), "\(query)")
        }
        #expect(try !QueryEngine.updates("CALL db.labels()"))
    }
}

/// UNION and UNION ALL.
@Suite struct UnionTests {
    @Test func unionRemovesDuplicatesAndUnionAllKeepsThem() throws {
        let engine = QueryEngine(graph: PropertyGraph())
        let distinct = try engine.execute("UNWIND [1, 2, 2] AS x RETURN x UNION UNWIND [2, 3] AS x RETURN x")
        #expect(CypherTestSupport.column(distinct) == [.int(1), .int(2), .int(3)])
        let all = try engine.execute("RETURN 1 AS x UNION ALL RETURN 1 AS x")
        #expect(all.columns == ["x"] && all.rows.count == 2)
    }

    @Test func branchesMustAgree() {
        let engine = QueryEngine(graph: PropertyGraph())
        #expect(CypherTestSupport.error(engine, "RETURN 1 AS a UNION RETURN 2 AS b")?.code == "DifferentColumnsInUnion")
        #expect(
            CypherTestSupport.error(engine, "RETURN 1 AS a UNION RETURN 2 AS a UNION ALL RETURN 3 AS a")?.code
                == "InvalidClauseComposition")
    }
}

/// CALL of built-in and registered procedures.
@Suite struct ProcedureCallTests {
    private func engine() throws -> QueryEngine {
        let engine = QueryEngine(graph: PropertyGraph())
        _ = try engine.execute("CREATE (:B {k: 1})-[:T]->(:A {j: 2})")
        return engine
    }

    @Test func builtInsAnswerStandaloneAndInQuery() throws {
        let engine = try engine()
        let labels = try engine.execute("CALL db.labels()")
        #expect(labels.columns == ["label"])
        #expect(CypherTestSupport.column(labels) == [.string("A"), .string("B")])
        #expect(
            CypherTestSupport.column(try engine.execute("CALL db.relationshipTypes")) == [.string("T")])
        #expect(
            CypherTestSupport.column(try engine.execute("CALL db.propertyKeys() YIELD propertyKey AS k WHERE k <> 'j'"))
                == [.string("k")])
        let counted = try engine.execute("CALL db.labels() YIELD label MATCH (n) WHERE label IN labels(n) RETURN label, count(n)")
        #expect(counted.rows.count == 2)
        let listed = try engine.execute("CALL dbms.procedures() YIELD name RETURN collect(name) AS names")
        #expect(listed.rows[0][0].listValue?.contains(.string("db.labels")) == true)
    }

    @Test func registeredProceduresTakeTypedArguments() throws {
        let engine = try engine()
        try engine.procedures.register(
            Procedure(
                name: "test.double", arguments: [.init("x", ProcedureType(.integer))],
                outputs: [.init("y", ProcedureType(.integer))], summary: "doubles"
            ) { arguments, _ in [[.int((arguments[0].intValue ?? 0) * 2)]] })
        #expect(CypherTestSupport.column(try engine.execute("CALL test.double(21)")) == [.int(42)])
        #expect(
            CypherTestSupport.column(try engine.execute("CALL test.double", parameters: ["x": .int(2)])) == [.int(4)])
        #expect(CypherTestSupport.error(engine, "CALL test.double('a')")?.code == "InvalidArgumentType")
        #expect(CypherTestSupport.error(engine, "CALL test.double(1, 2)")?.code == "InvalidNumberOfArguments")
        #expect(CypherTestSupport.error(engine, "CALL test.double")?.code == "MissingParameter")
        #expect(CypherTestSupport.error(engine, "CALL no.such()")?.code == "ProcedureNotFound")
        #expect(CypherTestSupport.error(engine, "CALL test.double(1) YIELD z RETURN z")?.code == "UndefinedVariable")
    }
}
