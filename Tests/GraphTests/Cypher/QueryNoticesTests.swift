import Testing
@testable import Graph

@Suite struct QueryNoticesTests {
    private func engine() throws -> QueryEngine {
        var graph = PropertyGraph()
        let person = try graph.addNode(labels: ["Person"], properties: ["name": "梁鸣"])
        let party = try graph.addNode(labels: ["Party"], properties: ["name": "九三学社"])
        try graph.addRelationship(type: "MEMBER_OF", from: person, to: party)
        return QueryEngine(graph: graph)
    }

    @Test func aMisspelledLabelOrTypeIsNamedWithTheClosestOne() throws {
        let notices = try engine().notices(for: "MATCH (p:Persn)-[:MEMBER]->(q:party) RETURN p.name")
        #expect(notices == [
            "the label :Persn is not in the graph (no node has it), so that pattern matches nothing; did you mean :Person?",
            "the label :party is not in the graph (no node has it), so that pattern matches nothing; did you mean :Party?",
            "the relationship type :MEMBER is not in the graph (no relationship has it), so that pattern matches nothing",
        ])
    }

    @Test func knownNamesCreatedNamesAndBrokenQueriesHaveNoNotices() throws {
        let engine = try engine()
        #expect(engine.notices(for: "MATCH (p:Person)-[:MEMBER_OF]->(q:Party) RETURN p").isEmpty)
        #expect(engine.notices(for: "CREATE (:Meeting)-[:AT]->(:Place) WITH 1 AS x MATCH (m:Meeting) RETURN m").isEmpty)
        #expect(engine.notices(for: "MATCH (p:人物 RETURN p").isEmpty)
        #expect(engine.notices(for: "MATCH (a:人物) MATCH (b:人物) RETURN a, b").count == 1)
    }

    @Test func aPropertyNothingHasIsNamedWithTheClosestKey() throws {
        let engine = try engine()
        #expect(engine.notices(for: "MATCH (p:Person) WHERE p.nme = '梁鸣' RETURN p.name, p.nme") == [
            "no node or relationship in the graph has the property nme, so p.nme is null in every row; did you mean p.name?"
        ])
        // Keys that exist, map keys of non-pattern variables, and queries that create say nothing.
        #expect(engine.notices(for: "MATCH (p:Person) RETURN p.name").isEmpty)
        #expect(engine.notices(for: "WITH {a: 1} AS m RETURN m.a").isEmpty)
        #expect(engine.notices(for: "CREATE (n:Person {age: 3}) WITH n MATCH (p:Person) RETURN p.age").isEmpty)
    }

    @Test func theKeySetFollowsTheGraphAfterACreate() throws {
        let engine = try engine()
        #expect(engine.notices(for: "MATCH (p:Person) RETURN p.age").count == 1)
        _ = try engine.execute("CREATE (:Person {age: 50})")
        #expect(engine.notices(for: "MATCH (p:Person) RETURN p.age").isEmpty)
    }
}

@Suite struct AliasNoticeTests {
    private func engine() throws -> QueryEngine {
        var graph = PropertyGraph()
        let agency = try graph.addNode(labels: ["Agency"], properties: ["name": "市发展和改革委员会"])
        try graph.addAlias("市发改委", to: agency)
        return QueryEngine(graph: graph)
    }

    @Test(arguments: [
        "MATCH (a:Agency {name: '市发改委'}) RETURN a",
        "MATCH (a:Agency) WHERE a.name = '市发改委' RETURN a",
        "MATCH (a) WHERE '市发改委' = a.name RETURN a",
    ])
    func aNameThatIsOnlyAnAliasNamesItsNode(query: String) throws {
        let notices = try engine().notices(for: query)
        #expect(notices.count == 1)
        #expect(notices.first?.contains("it is an alias of :Agency '市发展和改革委员会'") == true, "\(notices)")
        #expect(notices.first?.contains("IN a.aliases") == true, "\(notices)")
    }

    @Test func theNameItselfAndAnUnknownNameGetNoAliasNotice() throws {
        let engine = try engine()
        #expect(engine.notices(for: "MATCH (a:Agency {name: '市发展和改革委员会'}) RETURN a").isEmpty)
        #expect(engine.notices(for: "MATCH (a:Agency {name: '市财政局'}) RETURN a").isEmpty)
        // An alias of an agency says nothing about a Person pattern.
        #expect(engine.notices(for: "MATCH (p:Person {name: '市发改委'}) RETURN p").count == 1)
    }

    @Test(arguments: [
        "MATCH (a:Agency {name: '市发展和改革委员'}) RETURN a",
        "MATCH (a:Agency) WHERE a.name = '市发展与改革委员会' RETURN a",
        "MATCH (a) WHERE a.name = '市发改会' RETURN a",
    ])
    func aNameCloseToOneIsToldWithIt(query: String) throws {
        let notices = try engine().notices(for: query)
        #expect(notices.count == 1)
        #expect(notices.first?.contains("did you mean '市发展和改革委员会'?") == true, "\(notices)")
    }

    @Test func moreNamesComeFromWhoeverKnowsThem() throws {
        let engine = try engine()
        engine.similarNames = { name, labels in name == "fagaiwei" && labels == ["Agency"] ? ["市发展和改革委员会"] : [] }
        #expect(engine.notices(for: "MATCH (a:Agency {name: 'fagaiwei'}) RETURN a") == [
            "no :Agency is named 'fagaiwei', so that pattern matches nothing; did you mean '市发展和改革委员会'?"
        ])
        // Nothing close, nothing said.
        #expect(engine.notices(for: "MATCH (a:Agency {name: 'zzz'}) RETURN a").isEmpty)
    }
}
