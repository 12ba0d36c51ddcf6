import Testing
@testable import Graph

/// The equality indexes and an opened snapshot's name index are `HashedNodeIndex`es: a hash
/// narrows the search and the stored values decide. These check the answers, in a graph
/// built in memory and in one opened from a snapshot, before and after changes.
@Suite struct CompactIndexTests {
    /// Nodes of several labels with `key` values of every storable kind, some without it.
    func mixedGraph() throws -> PropertyGraph {
        var graph = PropertyGraph()
        _ = try graph.addNode(labels: ["Person"], properties: ["name": "周强莺", "id": 4452, "code": "A1", "ok": true])
        _ = try graph.addNode(labels: ["Speech"], properties: ["name": "质询第1号", "id": 4452.0, "code": "a1"])
        _ = try graph.addNode(labels: ["Person", "Agency"], properties: ["name": "市发展改革委", "aliases": ["市发改委", "发改委", "市发改委"], "id": 2.5, "ok": false])
        _ = try graph.addNode(labels: ["Task"], properties: ["id": -7, "code": "caf\u{E9}", "ok": true])
        _ = try graph.addNode(labels: ["Person"], properties: ["name": "周强莺", "id": [4452]])
        _ = try graph.addNode(labels: [])
        try graph.addRelationship(type: "GAVE", from: NodeID(0), to: NodeID(1), properties: ["id": 4452])
        return graph
    }

    func lookups(_ graph: PropertyGraph) -> [String: [NodeID]?] {
        [
            "int": graph.nodes(withProperty: "id", equalTo: 4452),
            "float equal to an int": graph.nodes(withProperty: "id", equalTo: 4452.0),
            "float": graph.nodes(withProperty: "id", equalTo: 2.5),
            "negative": graph.nodes(withProperty: "id", equalTo: -7),
            "absent value": graph.nodes(withProperty: "id", equalTo: 1),
            "string": graph.nodes(withProperty: "code", equalTo: "A1"),
            "string, another case": graph.nodes(withProperty: "code", equalTo: "a1"),
            "canonically equivalent string": graph.nodes(withProperty: "code", equalTo: "cafe\u{301}"),
            "string against ints": graph.nodes(withProperty: "id", equalTo: "4452"),
            "true": graph.nodes(withProperty: "ok", equalTo: true),
            "false": graph.nodes(withProperty: "ok", equalTo: false),
            "null": graph.nodes(withProperty: "id", equalTo: .null),
            "missing key": graph.nodes(withProperty: "nothing", equalTo: 1),
            "list": graph.nodes(withProperty: "id", equalTo: [4452]),
        ]
    }

    let expected: [String: [NodeID]?] = [
        "int": [NodeID(0), NodeID(1)], "float equal to an int": [NodeID(0), NodeID(1)], "float": [NodeID(2)],
        "negative": [NodeID(3)], "absent value": [], "string": [NodeID(0)], "string, another case": [NodeID(1)],
        "canonically equivalent string": [NodeID(3)], "string against ints": [], "true": [NodeID(0), NodeID(3)],
        "false": [NodeID(2)], "null": [], "missing key": [], "list": nil,
    ]

    @Test func propertyLookupsAnswerInMemoryAndOpenedFromASnapshot() throws {
        let built = try mixedGraph()
        let opened = try PropertyGraph(binarySnapshot: built.binarySnapshotBytes())
        for graph in [built, opened] {
            let found = lookups(graph)
            for (what, ids) in expected { #expect(found[what]! == ids, "\(what)") }
        }
    }

    @Test func namesAndAliasesAreFoundInAnOpenedSnapshot() throws {
        let opened = try PropertyGraph(binarySnapshot: try mixedGraph().binarySnapshotBytes())
        #expect(opened.nodes(named: "周强莺") == [NodeID(0), NodeID(4)])
        #expect(opened.nodes(named: "市发改委") == [NodeID(2)])
        #expect(opened.nodes(named: "发改委") == [NodeID(2)])
        #expect(opened.nodes(named: "市发展改革委") == [NodeID(2)])
        #expect(opened.nodes(named: "周强") == [])
        #expect(opened.nodes(named: "") == [])
        #expect(opened.indexedNames == (try mixedGraph()).indexedNames)
        #expect(opened.indexedNames == ["周强莺", "发改委", "市发展改革委", "市发改委", "质询第1号"].sorted())
    }

    @Test func anOpenedGraphChangedAfterALookupAnswersForTheChange() throws {
        var graph = try PropertyGraph(binarySnapshot: try mixedGraph().binarySnapshotBytes())
        #expect(graph.nodes(withProperty: "id", equalTo: 4452) == [NodeID(0), NodeID(1)])
        #expect(graph.nodes(named: "周强莺") == [NodeID(0), NodeID(4)])
        let before = graph
        try graph.setProperty("id", to: 9, on: NodeID(1))
        try graph.setProperty("name", to: "周强", on: NodeID(4))
        let added = try graph.addNode(labels: ["Person"], properties: ["name": "周强莺", "id": 4452, "aliases": ["小周"]])
        #expect(graph.nodes(withProperty: "id", equalTo: 4452) == [NodeID(0), added])
        #expect(graph.nodes(withProperty: "id", equalTo: 9) == [NodeID(1)])
        #expect(graph.nodes(named: "周强莺") == [NodeID(0), added])
        #expect(graph.nodes(named: "周强") == [NodeID(4)])
        #expect(graph.nodes(named: "小周") == [added])
        // The value taken before the changes keeps its answers.
        #expect(before.nodes(withProperty: "id", equalTo: 4452) == [NodeID(0), NodeID(1)])
        #expect(before.nodes(named: "周强莺") == [NodeID(0), NodeID(4)])
        #expect(before.nodes(named: "小周") == [])
    }

    @Test func queriesByKeyOverSeveralLabelsInAnOpenedSnapshot() throws {
        let engine = QueryEngine(graph: try PropertyGraph(binarySnapshot: try mixedGraph().binarySnapshotBytes()))
        #expect(try engine.execute("MATCH (n:Person {id: 4452}) RETURN n.name").rows == [["周强莺"]])
        #expect(try engine.execute("MATCH (n {id: 4452}) RETURN count(n)").rows == [[2]])
        #expect(try engine.execute("MATCH (n:Speech) WHERE n.id = 4452 RETURN n.code").rows == [["a1"]])
        #expect(try engine.execute("MATCH (n:Agency {ok: false}) RETURN n.name").rows == [["市发展改革委"]])
        #expect(try engine.execute("MATCH (n:Person {name: '市发展改革委'}) RETURN n.id").rows == [[2.5]])
        // The index finds a node by alias; `{name: …}` then asks for the name itself.
        #expect(try engine.execute("MATCH (n:Person {name: '市发改委'}) RETURN n.id").rows == [])
        #expect(try engine.execute("MATCH (n {id: $v}) RETURN count(n)", parameters: ["v": .null]).rows == [[0]])
        _ = try engine.execute("CREATE (:Speech {id: 4452, name: '市发改委'})")
        #expect(try engine.execute("MATCH (n {id: 4452}) RETURN count(n)").rows == [[3]])
        #expect(try engine.execute("MATCH (n:Speech {name: '市发改委'}) RETURN n.id").rows == [[4452]])
        _ = try engine.execute("MATCH (n:Task {id: -7}) SET n.id = 4452")
        #expect(try engine.execute("MATCH (n {id: 4452}) RETURN count(n)").rows == [[4]])
        #expect(try engine.execute("MATCH (n {id: -7}) RETURN count(n)").rows == [[0]])
    }

    /// An opened graph builds each type's list on its first read; a relationship added after
    /// one list was read, and before the others were, joins the right lists.
    @Test func typeListsBuiltOneAtATimeTakeLaterRelationships() throws {
        var graph = try mixedGraph()
        try graph.addRelationship(type: "LEADS", from: NodeID(2), to: NodeID(3))
        try graph.addRelationship(type: "GAVE", from: NodeID(4), to: NodeID(1))
        var opened = try PropertyGraph(binarySnapshot: graph.binarySnapshotBytes())
        #expect(opened.relationships(ofType: "GAVE") == RelationshipIDs([0, 2]))
        let copy = opened
        let added = try opened.addRelationship(type: "LEADS", from: NodeID(3), to: NodeID(2))
        let other = try opened.addRelationship(type: "ABOUT", from: NodeID(3), to: NodeID(2))
        #expect(opened.relationships(ofType: "LEADS") == RelationshipIDs([1, Int32(added.rawValue)]))
        #expect(opened.relationships(ofType: "GAVE") == RelationshipIDs([0, 2]))
        #expect(opened.relationships(ofType: "ABOUT") == RelationshipIDs([Int32(other.rawValue)]))
        #expect(opened.relationships(ofType: "NONE") == RelationshipIDs([]))
        #expect(copy.relationships(ofType: "LEADS") == RelationshipIDs([1]))
        #expect(copy.relationships(ofType: "ABOUT") == RelationshipIDs([]))
    }

    /// Many values under few hashes still give each lookup exactly its own nodes.
    @Test func entriesSharingAHashAreToldApartByTheirValues() {
        let index = HashedNodeIndex(expected: 4) { add in
            add(5, 3)
            add(5, 1)
            add(9, 2)
            add(5, 1)
        }
        #expect(index.count == 4)
        #expect(index.nodes(withHash: 5) { _ in true } == [NodeID(1), NodeID(3)])
        #expect(index.nodes(withHash: 5) { $0 == NodeID(3) } == [NodeID(3)])
        #expect(index.nodes(withHash: 9) { _ in true } == [NodeID(2)])
        #expect(index.nodes(withHash: 7) { _ in true } == [])
        #expect(index.nodes(withHash: .max) { _ in true } == [])
    }
}
