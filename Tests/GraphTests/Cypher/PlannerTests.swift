import Testing
@testable import Graph

@Suite struct PlannerTests {
    private func partPlan(_ engine: QueryEngine, _ query: String) throws -> PartPlan {
        let plan = Planner(graph: engine.graph).plan(try Parser.parse(query))
        guard case .match(let match) = plan.steps[0] else { throw QueryError.syntax("Test", "no MATCH") }
        return match.parts[0]
    }

    @Test func startsAtTheInlineNameThroughTheNameIndex() throws {
        let engine = try CypherTestSupport.policyGraph()
        let part = try partPlan(engine, "MATCH (a:Agency)-->(t:Task)-->(:Industry {name: '人工智能'}) RETURN a")
        #expect(part.start == 2)
        guard case .nameIndex = part.access else { Issue.record("not the name index: \(part.access)"); return }
        #expect(part.estimate == 1)
    }

    @Test func aNameConditionInWhereAlsoUsesTheNameIndex() throws {
        let engine = try CypherTestSupport.policyGraph()
        let part = try partPlan(engine, "MATCH (t:Task)-->(i:Industry) WHERE t.code <> 'x' AND i.name = '新能源汽车' RETURN t")
        #expect(part.start == 1)
        guard case .nameIndex = part.access else { Issue.record("not the name index: \(part.access)"); return }
        let result = try engine.execute("MATCH (t:Task)-->(i:Industry) WHERE t.code <> 'x' AND i.name = $name RETURN t.code",
                                        parameters: ["name": "新能源汽车"])
        #expect(result.rows == [["T3"]])
    }

    @Test func startsAtTheRarestLabel() throws {
        let engine = try CypherTestSupport.policyGraph()
        // 3 agencies, 3 tasks, 2 industries.
        let part = try partPlan(engine, "MATCH (a:Agency)-->(t:Task)-->(i:Industry) RETURN a")
        #expect(part.start == 2)
        guard case .labelScan("Industry") = part.access else { Issue.record("not the Industry label: \(part.access)"); return }
    }

    @Test func startsAtABoundVariable() throws {
        let engine = try CypherTestSupport.policyGraph()
        let plan = Planner(graph: engine.graph).plan(try Parser.parse("MATCH (t:Task {code: 'T1'}) MATCH (a:Agency)-->(t) RETURN a"))
        guard case .match(let second) = plan.steps[1] else { Issue.record("no second MATCH"); return }
        #expect(second.parts[0].start == 1)
        guard case .bound("t") = second.parts[0].access else { Issue.record("not bound: \(second.parts[0].access)"); return }
    }

    @Test func aliasesFindNodesThroughTheNameIndexButTheNameMustStillMatch() throws {
        let engine = try CypherTestSupport.policyGraph()
        // 'AI' is an alias of 人工智能: the index finds the node, the property filter rejects it.
        #expect(try engine.execute("MATCH (i:Industry {name: 'AI'}) RETURN i").rows.isEmpty)
        #expect(try engine.execute("MATCH (i:Industry {name: '人工智能'}) RETURN i.name").rows == [["人工智能"]])
    }

    @Test func explainText() throws {
        let engine = try CypherTestSupport.policyGraph()
        let text = try engine.explain("""
            MATCH (a:Agency)-[r:LEADS|RESPONSIBLE_FOR]->(t:Task)-[:ABOUT]->(:Industry {name:'人工智能'})
            WHERE t.code STARTS WITH 'T'
            RETURN DISTINCT a.name, type(r), t.code ORDER BY t.code LIMIT 10
            """)
        try Golden.check(text + "\n", file: "explain.txt")
    }
}
