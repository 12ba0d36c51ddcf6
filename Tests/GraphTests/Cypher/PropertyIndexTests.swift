import Testing
@testable import Graph

@Suite struct PropertyIndexTests {
    @Test func theGraphFindsNodesByPropertyUnderCypherEquality() throws {
        var graph = PropertyGraph()
        let a = try graph.addNode(labels: ["P"], properties: ["id": 7])
        let b = try graph.addNode(labels: ["Q"], properties: ["id": 7.0])
        _ = try graph.addNode(labels: ["P"], properties: ["id": 8])
        #expect(graph.nodes(withProperty: "id", equalTo: 7) == [a, b])
        #expect(graph.nodes(withProperty: "id", equalTo: 7.0) == [a, b])
        #expect(graph.nodes(withProperty: "id", equalTo: 7.5) == [])
        #expect(graph.nodes(withProperty: "id", equalTo: .null) == [])
        // A list cannot be looked up: the caller scans.
        #expect(graph.nodes(withProperty: "id", equalTo: [7]) == nil)
    }

    @Test func aChangedGraphIsIndexedAgain() throws {
        var graph = PropertyGraph()
        let a = try graph.addNode(labels: ["P"], properties: ["code": "T1"])
        #expect(graph.nodes(withProperty: "code", equalTo: "T1") == [a])
        let copy = graph
        let b = try graph.addNode(labels: ["P"], properties: ["code": "T1"])
        try graph.setProperty("code", to: "T2", on: a)
        #expect(graph.nodes(withProperty: "code", equalTo: "T1") == [b])
        #expect(graph.nodes(withProperty: "code", equalTo: "T2") == [a])
        // The copy taken before the changes keeps its own answers.
        #expect(copy.nodes(withProperty: "code", equalTo: "T1") == [a])
    }

    @Test func theEngineSeesNodesCreatedAfterAnIndexedLookup() throws {
        let engine = QueryEngine(graph: PropertyGraph())
        _ = try engine.execute("CREATE (:P {id: 1})")
        #expect(try engine.execute("MATCH (p:P {id: 1}) RETURN count(p)").rows == [[1]])
        _ = try engine.execute("CREATE (:P {id: 1})")
        #expect(try engine.execute("MATCH (p:P {id: 1}) RETURN count(p)").rows == [[2]])
        #expect(try engine.execute("MATCH (p:P) WHERE p.id = $v RETURN count(p)", parameters: ["v": 1]).rows == [[2]])
    }

    @Test func thePlannerStartsAtAnIndexedPropertyInlineOrInWhere() throws {
        let engine = QueryEngine(graph: PropertyGraph())
        _ = try engine.execute("UNWIND range(1, 50) AS i CREATE (:Person {id: i})-[:GAVE]->(:Speech {id: i})")
        for query in [
            "MATCH (s:Speech)<-[:GAVE]-(p:Person {id: 42}) RETURN s.id",
            "MATCH (s:Speech)<-[:GAVE]-(p:Person) WHERE p.id = 42 RETURN s.id",
        ] {
            let plan = Planner(graph: engine.graph).plan(try Parser.parse(query))
            guard case .match(let match) = plan.steps[0], case .propertyIndex(let key, _, _) = match.parts[0].access else {
                Issue.record("\(query): not the property index")
                continue
            }
            #expect(key == "id")
            #expect(match.parts[0].start == 1)
            #expect(match.parts[0].estimate == 2)
            #expect(try engine.execute(query).rows == [[42]])
        }
        #expect(try engine.explain("MATCH (p:Person {id: 42}) RETURN p").contains("via the property index on id for 42"))
    }

    @Test func canonicalStringsHashPlainTextByBytesAndTheRestByNFC() {
        #expect(CanonicalString.isPlainNFC("周强莺 abc，（一）"))
        #expect(!CanonicalString.isPlainNFC("\u{F900}"))
        #expect(!CanonicalString.isPlainNFC("cafe\u{301}"))
        #expect(CanonicalString("caf\u{E9}") == CanonicalString("cafe\u{301}"))
        #expect(CanonicalString("caf\u{E9}").hashValue == CanonicalString("cafe\u{301}").hashValue)
        #expect(CanonicalString("\u{F900}") == CanonicalString("\u{8C48}"))
        #expect(CanonicalString("明") != CanonicalString("明天"))
    }
}
