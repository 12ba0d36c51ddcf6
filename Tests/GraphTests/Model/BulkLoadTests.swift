import Testing
@testable import Graph

/// A graph opened from a snapshot is built in one pass (`PropertyGraph.init(bulk:)`):
/// every index must answer exactly as in the graph built element by element, and the
/// opened graph must keep working when it changes.
@Suite struct BulkLoadTests {
    /// Several label sets (one with more labels than fit the label bits' first byte),
    /// shared names and aliases, merge keys, several types, self-loops and nodes without relationships.
    func builtGraph() throws -> PropertyGraph {
        var graph = PropertyGraph()
        var ids: [NodeID] = []
        for i in 0..<40 {
            let labels = i % 5 == 0 ? ["Person", "Member", "L\(i % 3)"] : (i % 2 == 0 ? ["Person"] : ["Agency"])
            var properties: [String: Value] = ["name": .string(i % 7 == 0 ? "王伟" : "名\(i)"), "rank": .int(i)]
            if i % 4 == 0 { properties["aliases"] = .list([.string("别名\(i % 8)"), .string("名\(i)"), .string("别名\(i % 8)")]) }
            if i % 9 == 0 { properties["since"] = .int(2000 + i) }
            if i % 6 == 0 {
                ids.append(try graph.mergeNode(key: "k\(i)", labels: labels, properties: properties))
            } else {
                ids.append(try graph.addNode(labels: labels, properties: properties))
            }
        }
        for i in 0..<120 {
            let start = ids[(i * 7) % 40], end = ids[(i * 13 + 5) % 37]
            let type = ["LEADS", "MEMBER_OF", "ABOUT"][i % 3]
            let source = Provenance(document: "d\(i % 3)", offset: i, length: 2, quote: "引文\(i)")
            try graph.addRelationship(
                type: type, from: start, to: end, properties: i % 4 == 0 ? ["weight": .float(Double(i) / 2)] : [:],
                sources: i % 5 == 0 ? [source] : [])
        }
        try graph.addRelationship(type: "SELF", from: ids[3], to: ids[3])
        return graph
    }

    func expectSameIndexes(_ a: PropertyGraph, _ b: PropertyGraph) {
        #expect(a.nodes == b.nodes)
        #expect(a.relationships == b.relationships)
        for node in a.nodes {
            #expect(a.outgoing(node.id) == b.outgoing(node.id))
            #expect(a.incoming(node.id) == b.incoming(node.id))
            #expect(a.key(of: node.id) == b.key(of: node.id))
            for label in a.labels { #expect(a.hasLabel(node.id, label) == b.hasLabel(node.id, label)) }
        }
        #expect(a.labels == b.labels)
        for label in a.labels { #expect(a.nodes(withLabel: label) == b.nodes(withLabel: label)) }
        #expect(a.relationshipTypes == b.relationshipTypes)
        for type in a.relationshipTypes {
            #expect(a.relationships(ofType: type) == b.relationships(ofType: type))
            #expect(a.typeID(type) == b.typeID(type))
            // Planning reads the counts by type id before (or without) the lists being built.
            #expect(a.typeID(type).map(a.relationshipCount(ofTypeID:)) == b.relationships(ofType: type).count)
        }
        for r in 0..<a.relationshipCount {
            let id = RelationshipID(r)
            #expect(a.start(of: id) == b.start(of: id) && a.end(of: id) == b.end(of: id))
            #expect(a.typeID(of: id) == b.typeID(of: id))
            #expect(a.hasNoProperties(id) == b.hasNoProperties(id))
            for key in ["weight", "missing", "name"] { #expect(a.property(key, of: id) == b.property(key, of: id)) }
        }
        #expect(a.indexedNames == b.indexedNames)
        for name in a.indexedNames { #expect(a.nodes(named: name) == b.nodes(named: name)) }
        #expect(a.propertyKeys == b.propertyKeys)
        for i in 0..<40 where i % 6 == 0 { #expect(a.node(forKey: "k\(i)") == b.node(forKey: "k\(i)")) }
    }

    @Test func anOpenedSnapshotAnswersEveryIndexAsTheBuiltGraph() throws {
        let built = try builtGraph()
        let opened = try PropertyGraph(binarySnapshot: built.binarySnapshotBytes())
        expectSameIndexes(opened, built)
        #expect(opened.nodes(named: "王伟").count == 6)
        #expect(opened.propertyKeys == ["name", "rank", "aliases", "since", "weight"])
    }

    @Test func anOpenedGraphChangesAsTheBuiltOneDoes() throws {
        var built = try builtGraph()
        var opened = try PropertyGraph(binarySnapshot: built.binarySnapshotBytes())
        func change(_ graph: inout PropertyGraph) throws {
            let fresh = try graph.addNode(labels: ["Person", "New"], properties: ["name": "名3"])
            // Nodes of the opened part gain relationships beside their compact ones.
            try graph.addRelationship(type: "LEADS", from: NodeID(3), to: fresh)
            try graph.addRelationship(type: "NEW", from: fresh, to: NodeID(3))
            try graph.addRelationship(type: "NEW", from: NodeID(0), to: NodeID(39))
            try graph.addAlias("又名", to: NodeID(1))
            try graph.setProperty("since", to: .null, on: NodeID(0))
            try graph.setProperty("weight", to: .int(1), on: RelationshipID(1))
            try graph.setProperty("weight", to: .null, on: RelationshipID(4))
            graph.addSource(Provenance(document: "d9", offset: 1, length: 1, quote: "新"), to: RelationshipID(5))
            graph.addSource(Provenance(document: "d0", offset: 0, length: 1, quote: "早"), to: RelationshipID(120))
            graph.addLabel("New", to: NodeID(2))
            _ = try graph.mergeNode(key: "k6", labels: ["Extra"], properties: ["extra": true])
        }
        try change(&built)
        try change(&opened)
        expectSameIndexes(opened, built)
        #expect(opened.outgoing(NodeID(3)).last == RelationshipID(opened.relationshipCount - 3))
        #expect(opened.nodes(named: "又名") == [NodeID(1)])
        // The changes are written out and read back like any other element.
        #expect(try PropertyGraph(binarySnapshot: opened.binarySnapshotBytes()).relationships == built.relationships)
        #expect(opened.nodes(named: "名3") == [NodeID(3), NodeID(40)])
    }

    @Test func propertyKeysFollowChanges() throws {
        var graph = PropertyGraph()
        let a = try graph.addNode(labels: ["A"], properties: ["x": 1])
        let b = try graph.addNode(labels: ["A"], properties: ["x": 2, "y": 3])
        let r = try graph.addRelationship(type: "T", from: a, to: b, properties: ["w": 1])
        #expect(graph.propertyKeys == ["x", "y", "w"])
        try graph.setProperty("y", to: .null, on: b)
        try graph.setProperty("x", to: .null, on: a)
        #expect(graph.propertyKeys == ["x", "w"])
        try graph.setProperty("w", to: .null, on: r)
        try graph.setProperty("z", to: "new", on: r)
        try graph.addAlias("甲", to: a)
        #expect(graph.propertyKeys == ["x", "z", "aliases"])
    }
}
