import Testing
@testable import Graph

@Suite struct ExecutorTests {
    @Test func theWorkPlanQueryReturnsTheUnitsOfTheAITasks() throws {
        let engine = try CypherTestSupport.policyGraph()
        let result = try engine.execute("""
            MATCH (a:Agency)-[r:LEADS|RESPONSIBLE_FOR]->(t:Task)-[:ABOUT]->(:Industry {name:'人工智能'})
            RETURN DISTINCT a.name, type(r), t.code
            """)
        #expect(result.columns == ["a.name", "type(r)", "t.code"])
        let rows = Set(result.rows.map { $0.map { $0.stringValue ?? "" } })
        #expect(rows == [["市发展改革委", "LEADS", "T1"], ["市经信局", "RESPONSIBLE_FOR", "T1"], ["市科技局", "LEADS", "T2"]])
    }

    @Test func optionalMatchFillsNulls() throws {
        let engine = try CypherTestSupport.policyGraph()
        let result = try engine.execute("""
            MATCH (a:Agency) OPTIONAL MATCH (a)-[:RESPONSIBLE_FOR]->(t) RETURN a.name, t.code ORDER BY a.name
            """)
        #expect(result.rows == [["市发展改革委", .null], ["市科技局", .null], ["市经信局", "T1"]])
    }

    @Test func aggregationGroupsByTheOtherColumns() throws {
        let engine = try CypherTestSupport.policyGraph()
        let result = try engine.execute("""
            MATCH (t:Task)-[:ABOUT]->(i:Industry) RETURN i.name AS industry, count(*) AS tasks, collect(t.code) AS codes
            ORDER BY tasks DESC
            """)
        #expect(result.rows.count == 2)
        #expect(result.rows[0][0] == "人工智能" && result.rows[0][1] == 2)
        #expect(Set(result.rows[0][2].listValue ?? []) == ["T1", "T2"])
    }

    @Test func aggregatesOverNoRows() throws {
        let engine = QueryEngine(graph: PropertyGraph())
        let result = try engine.execute("MATCH (n) RETURN count(n), sum(n.x), avg(n.x), collect(n), min(n.x)")
        #expect(result.rows == [[0, 0, .null, [], .null]])
    }

    @Test func statisticalAggregates() throws {
        let engine = QueryEngine(graph: PropertyGraph())
        let result = try engine.execute("""
            UNWIND [1, 2, 3, 4] AS x
            RETURN percentileDisc(x, 0.5), percentileCont(x, 0.5), stDev(x), avg(x), max(x), sum(DISTINCT x % 2)
            """)
        #expect(result.rows[0][0] == 2)
        #expect(result.rows[0][1] == .float(2.5))
        #expect(abs((result.rows[0][2].asDouble ?? 0) - 1.2909944487358056) < 1e-12)
        #expect(result.rows[0][3] == .float(2.5))
        #expect(result.rows[0][4] == 4)
        #expect(result.rows[0][5] == 1)
    }

    @Test func variableLengthPathsUseEachRelationshipOnce() throws {
        let engine = try CypherTestSupport.pathGraph()
        let result = try engine.execute("""
            MATCH p = (:N {name: 'a'})-[:R*]->(:N {name: 'd'}) RETURN [n IN nodes(p) | n.name] AS names ORDER BY size(names)
            """)
        #expect(result.rows == [[["a", "b", "c", "d"]], [["a", "b", "e", "d"]]])
        let bounded = try engine.execute("MATCH (:N {name: 'a'})-[:R*..2]->(x) RETURN x.name ORDER BY x.name")
        #expect(CypherTestSupport.column(bounded) == ["b", "c", "e"])
    }

    @Test func shortestPathFindsOneShortestPath() throws {
        let engine = try CypherTestSupport.pathGraph()
        let result = try engine.execute("""
            MATCH (a:N {name: 'a'}), (d:N {name: 'd'}) MATCH p = shortestPath((a)-[:R*]->(d)) RETURN length(p)
            """)
        #expect(result.rows == [[3]])
        let anyType = try engine.execute("""
            MATCH (a:N {name: 'a'}), (d:N {name: 'd'}) MATCH p = shortestPath((a)-[*]->(d)) RETURN length(p), type(relationships(p)[0])
            """)
        #expect(anyType.rows == [[1, "S"]])
    }

    @Test func allShortestPathsFindsEveryShortestPath() throws {
        let engine = try CypherTestSupport.pathGraph()
        let result = try engine.execute("""
            MATCH (a:N {name: 'a'}), (d:N {name: 'd'})
            MATCH p = allShortestPaths((a)-[:R*]->(d))
            RETURN [n IN nodes(p) | n.name] AS names ORDER BY names
            """)
        #expect(result.rows == [[["a", "b", "c", "d"]], [["a", "b", "e", "d"]]])
        let none = try engine.execute("MATCH (d:N {name: 'd'}), (a:N {name: 'a'}) MATCH p = shortestPath((d)-[:R*]->(a)) RETURN p")
        #expect(none.rows.isEmpty)
    }

    @Test func createCountsItsChangesAndKeepsThem() throws {
        let engine = QueryEngine(graph: PropertyGraph())
        let result = try engine.execute("CREATE (a:A:B {x: 1, y: null})-[:T {w: 2}]->(b) RETURN a.x")
        #expect(result.rows == [[1]])
        #expect(result.statistics.nodesCreated == 2)
        #expect(result.statistics.relationshipsCreated == 1)
        #expect(result.statistics.propertiesSet == 2)
        #expect(result.statistics.labelsAdded == 2)
        #expect(engine.graph.nodeCount == 2)
        #expect(try engine.execute("MATCH (:A)-[r:T]->() RETURN r.w").rows == [[2]])
    }

    @Test func aFailedQueryLeavesTheGraphUnchanged() throws {
        let engine = QueryEngine(graph: PropertyGraph())
        #expect(CypherTestSupport.error(engine, "UNWIND [1, 0] AS x CREATE (:N {v: 1 / x})") != nil)
        #expect(engine.graph.nodeCount == 0)
    }

    @Test func parametersAndListFeatures() throws {
        let engine = QueryEngine(graph: PropertyGraph())
        let result = try engine.execute("""
            WITH $list AS l
            RETURN l[1], l[-1], l[1..], [x IN l WHERE x > 1 | x * 10], reduce(s = 0, x IN l | s + x), any(x IN l WHERE x = 2)
            """, parameters: ["list": [1, 2, 3]])
        #expect(result.rows == [[2, 3, [2, 3], [20, 30], 6, true]])
    }

    @Test func nullSemantics() throws {
        let engine = QueryEngine(graph: PropertyGraph())
        let result = try engine.execute("""
            RETURN null = null, 1 = 1.0, null OR true, null AND false, [1, null] = [1, 2], 2 IN [1, null], null.x
            """)
        #expect(result.rows == [[.null, true, true, false, .null, .null, .null]])
    }

    @Test func stringOperatorsAndCase() throws {
        let engine = QueryEngine(graph: PropertyGraph())
        let result = try engine.execute("""
            WITH '发展人工智能产业' AS s
            RETURN s STARTS WITH '发展', s ENDS WITH '产业', s CONTAINS '智能', s =~ '发展.*', toUpper('ab'),
                   CASE WHEN size(s) > 3 THEN 'long' ELSE 'short' END
            """)
        #expect(result.rows == [[true, true, true, true, "AB", "long"]])
    }

    @Test func integerOverflowIsAnError() throws {
        let engine = QueryEngine(graph: PropertyGraph())
        let error = CypherTestSupport.error(engine, "RETURN 9223372036854775807 + 1")
        #expect(error?.kind == "ArithmeticError")
        #expect(error?.code == "IntegerOverflow")
        #expect(try engine.execute("RETURN 7 / 2, 7 / 2.0, -7 % 3, 2 ^ 3").rows == [[3, .float(3.5), -1, .float(8)]])
    }

    @Test func orderByAcrossTypesAndWithAliases() throws {
        let engine = QueryEngine(graph: PropertyGraph())
        let mixed = try engine.execute("UNWIND [2, 'a', null, 1.5, true, [1]] AS x RETURN x ORDER BY x")
        #expect(CypherTestSupport.column(mixed) == [[1], "a", true, .float(1.5), 2, .null])
        let aliased = try engine.execute("UNWIND [3, 1, 2] AS x WITH x AS y ORDER BY y DESC RETURN y")
        #expect(CypherTestSupport.column(aliased) == [3, 2, 1])
        let hidden = try engine.execute("UNWIND [{k: 2, v: 'b'}, {k: 1, v: 'a'}] AS m RETURN m.v AS v ORDER BY m.k")
        #expect(CypherTestSupport.column(hidden) == ["a", "b"])
    }

    @Test func patternComprehensionAndPredicate() throws {
        let engine = try CypherTestSupport.policyGraph()
        let result = try engine.execute("""
            MATCH (a:Agency) WHERE (a)-[:LEADS]->(:Task)-[:ABOUT]->(:Industry {name: '新能源汽车'})
            RETURN a.name, [(a)-->(t:Task) | t.code] AS codes
            """)
        #expect(result.rows.count == 1)
        #expect(result.rows[0][0] == "市经信局")
        #expect(Set(result.rows[0][1].listValue ?? []) == ["T1", "T3"])
    }

    @Test func functionNamesIgnoreCase() throws {
        let engine = QueryEngine(graph: PropertyGraph())
        #expect(try engine.execute("RETURN CoUnT(*), RANGE(1, 3), toInteger('42'), coalesce(null, 'x')").rows == [[1, [1, 2, 3], 42, "x"]])
    }
}
