import Testing

@testable import Graph

/// `CALL { … }` subqueries: imports, appended columns, unit subqueries, UNION inside, errors.
@Suite struct CallSubqueryTests {
    private func error(_ query: String) throws -> QueryError? {
        CypherTestSupport.error(try CypherTestSupport.policyGraph(), query)
    }

    @Test func returnedColumnsAreAddedToEachRow() throws {
        let engine = try CypherTestSupport.policyGraph()
        let result = try engine.execute("""
            MATCH (a:Agency)
            CALL { WITH a MATCH (a)-[:LEADS]->(t:Task) RETURN count(t) AS led }
            RETURN a.name, led ORDER BY a.name
            """)
        #expect(result.columns == ["a.name", "led"])
        #expect(result.rows == [
            [.string("市发展改革委"), .int(1)], [.string("市科技局"), .int(1)], [.string("市经信局"), .int(1)],
        ])
        // Several rows from the subquery multiply the outer row; none drops it.
        let tasks = try engine.execute("""
            MATCH (i:Industry)
            CALL { WITH i MATCH (t:Task)-[:ABOUT]->(i) RETURN t.code AS code }
            RETURN i.name, code ORDER BY code
            """)
        #expect(tasks.rows == [
            [.string("人工智能"), .string("T1")], [.string("人工智能"), .string("T2")],
            [.string("新能源汽车"), .string("T3")],
        ])
        let dropped = try engine.execute("""
            MATCH (i:Industry)
            CALL { WITH i MATCH (i)-[:ABOUT]->(x) RETURN x }
            RETURN i.name
            """)
        #expect(dropped.rows.isEmpty)
    }

    @Test func aSubqueryWithoutImportsRunsOncePerRow() throws {
        let engine = try CypherTestSupport.policyGraph()
        let result = try engine.execute("""
            UNWIND [1, 2] AS x
            CALL { MATCH (t:Task) RETURN count(t) AS tasks }
            RETURN x, tasks
            """)
        #expect(result.rows == [[.int(1), .int(3)], [.int(2), .int(3)]])
    }

    @Test func theImportListFormReadsTheNamedVariables() throws {
        let engine = try CypherTestSupport.policyGraph()
        let result = try engine.execute("""
            MATCH (t:Task {code: 'T1'})
            CALL (t) { MATCH (a:Agency)-->(t) RETURN a.name AS agency ORDER BY agency LIMIT 1 }
            RETURN agency
            """)
        #expect(CypherTestSupport.column(result) == [.string("市发展改革委")])
        let star = try engine.execute("""
            WITH 2 AS n CALL (*) { RETURN n * 10 AS m } RETURN m
            """)
        #expect(CypherTestSupport.column(star) == [.int(20)])
    }

    @Test func unionInsideTheSubquery() throws {
        let engine = try CypherTestSupport.policyGraph()
        let all = try engine.execute("""
            MATCH (t:Task {code: 'T1'})
            CALL { WITH t MATCH (a)-[:LEADS]->(t) RETURN a.name AS who
                   UNION ALL
                   WITH t MATCH (a)-[:RESPONSIBLE_FOR]->(t) RETURN a.name AS who
                   UNION ALL
                   WITH t MATCH (a)-[:LEADS]->(t) RETURN a.name AS who }
            RETURN who ORDER BY who
            """)
        #expect(CypherTestSupport.column(all) == [.string("市发展改革委"), .string("市发展改革委"), .string("市经信局")])
        let distinct = try engine.execute("""
            UNWIND [1, 2] AS x
            CALL { RETURN 1 AS y UNION RETURN 1 AS y UNION RETURN 2 AS y }
            RETURN x, y ORDER BY x, y
            """)
        #expect(distinct.rows == [[.int(1), .int(1)], [.int(1), .int(2)], [.int(2), .int(1)], [.int(2), .int(2)]])
    }

    @Test func aUnitSubqueryUpdatesAndKeepsTheRows() throws {
        let engine = try CypherTestSupport.policyGraph()
        let result = try engine.execute("""
            MATCH (t:Task)
            CALL { WITH t CREATE (:Note {about: t.code}) }
            RETURN t.code ORDER BY t.code
            """)
        #expect(CypherTestSupport.column(result) == [.string("T1"), .string("T2"), .string("T3")])
        #expect(result.statistics.nodesCreated == 3)
        let notes = try engine.execute("MATCH (n:Note) RETURN n.about ORDER BY n.about")
        #expect(CypherTestSupport.column(notes) == [.string("T1"), .string("T2"), .string("T3")])
        // A query may end with a unit subquery.
        _ = try engine.execute("MATCH (n:Note) CALL { WITH n SET n.seen = true }")
        let seen = try engine.execute("MATCH (n:Note) WHERE n.seen RETURN count(n)")
        #expect(CypherTestSupport.column(seen) == [.int(3)])
    }

    @Test func nestedSubqueriesAndLaterClausesSeeTheColumns() throws {
        let engine = try CypherTestSupport.policyGraph()
        let result = try engine.execute("""
            MATCH (i:Industry {name: '人工智能'})
            CALL { WITH i
                   MATCH (t:Task)-[:ABOUT]->(i)
                   CALL { WITH t MATCH (a:Agency)-[:LEADS]->(t) RETURN a }
                   RETURN collect(a.name) AS leads }
            WITH i, leads
            RETURN size(leads) AS n
            """)
        #expect(CypherTestSupport.column(result) == [.int(2)])
    }

    @Test func clearErrors() throws {
        let taken = try error("MATCH (t:Task) CALL { MATCH (t:Task) RETURN t } RETURN t")
        #expect(taken?.code == "VariableAlreadyBound")
        #expect(taken?.message.contains("already defined outside") == true)
        let notImported = try error("MATCH (t:Task) CALL { MATCH (a)-->(x) WHERE x = t RETURN a } RETURN a")
        #expect(notImported?.code == "UndefinedVariable")
        #expect(notImported?.message.contains("not imported") == true)
        let notListed = try error("MATCH (t:Task), (a:Agency) CALL { WITH t MATCH (t)-->(x) WHERE x <> a RETURN x } RETURN x")
        #expect(notListed?.message.contains("WITH a") == true)
        #expect(try error("MATCH (t:Task) CALL (nope) { RETURN 1 AS one } RETURN one")?.code == "UndefinedVariable")
        #expect(try error("CALL { RETURN 1 AS x }")?.code == "InvalidClauseComposition")
        #expect(try error("CALL { MATCH (t:Task) }  RETURN 1")?.code == "InvalidClauseComposition")
        #expect(try error("MATCH (t:Task) CALL { WITH t SET t.x = 1 } IN TRANSACTIONS RETURN t")?.code == "UnsupportedFeature")
        #expect(try error("CALL { RETURN 1 AS x UNION RETURN 2 AS y } RETURN x")?.code == "DifferentColumnsInUnion")
        #expect(try error("CALL { } RETURN 1")?.code == "UnexpectedSyntax")
        #expect(try error("CALL { RETURN 1 AS x RETURN x")?.code == "UnexpectedSyntax")
    }

    @Test func explainShowsTheSubqueryPlan() throws {
        let engine = try CypherTestSupport.policyGraph()
        let plan = try engine.explain("MATCH (a:Agency) CALL { WITH a MATCH (a)-->(t:Task) RETURN t } RETURN t.code")
        #expect(plan.contains("CALL { … } once per row, adding t"))
        #expect(plan.contains("the bound variable a"))
    }
}

extension CallSubqueryTests {
    @Test func proceduresInsideASubqueryAreChecked() throws {
        let engine = try CypherTestSupport.policyGraph()
        let result = try engine.execute("""
            UNWIND [1] AS x CALL { CALL db.labels() YIELD label RETURN collect(label) AS labels } RETURN size(labels)
            """)
        #expect(CypherTestSupport.column(result) == [.int(3)])
        #expect(try error("CALL { CALL no.such() YIELD x RETURN x } RETURN x")?.code == "ProcedureNotFound")
        #expect(try error("CALL { CALL db.labels() RETURN 1 AS one } RETURN one")?.code == "UndefinedVariable")
    }
}
