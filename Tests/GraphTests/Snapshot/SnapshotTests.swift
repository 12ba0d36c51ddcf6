import Foundation
import Testing
@testable import Graph

@Suite struct SnapshotTests {
    func sampleGraph() throws -> PropertyGraph {
        var graph = PropertyGraph()
        let source = Provenance(document: "2025-05-05-work-plan", offset: 120, length: 9, quote: "牵头单位:市发改委\n\"引号\"")
        let agency = try graph.mergeNode(
            key: "agency:市发展改革委", labels: ["Agency"],
            properties: ["name": "市发展改革委", "aliases": ["市发改委"], "rank": 2, "score": 0.5, "flag": true,
                         "meta": .map(["a": [1, 2.0, "三"]])],
            source: source)
        let task = try graph.addNode(labels: ["Task"], properties: ["code": "(一)1", "ratio": 3.0])
        try graph.addRelationship(type: "LEADS", from: agency, to: task, properties: ["order": 1], sources: [source])
        return graph
    }

    @Test func roundTripKeepsEverything() throws {
        let graph = try sampleGraph()
        let text = graph.snapshotText()
        let loaded = try PropertyGraph(snapshotText: text)
        #expect(loaded.nodes == graph.nodes)
        #expect(loaded.relationships == graph.relationships)
        #expect(loaded.node(forKey: "agency:市发展改革委") == NodeID(0))
        #expect(loaded.nodes(named: "市发改委") == [NodeID(0)])
        #expect(loaded.node(NodeID(1)).properties["ratio"] == .float(3.0))
        #expect(loaded.snapshotText() == text)
    }

    @Test func streamedSnapshotIsWhatTheTreeWriterWrites() throws {
        // The snapshot is written element by element; the same document written
        // as one JSON tree must give the same bytes.
        let text = try sampleGraph().snapshotText()
        #expect(try JSON.parse(text).serialized(indent: 2) + "\n" == text)
        #expect(try PropertyGraph().snapshotText() == JSON.parse(PropertyGraph().snapshotText()).serialized(indent: 2) + "\n")
    }

    @Test func headerAfterTheNodesOrMissingArraysIsRejected() {
        let late = #"{"nodes":[{"id":0,"labels":["A"]}],"format":"policy-graph-snapshot","version":1,"relationships":[]}"#
        #expect(throws: GraphError.self) { try PropertyGraph(snapshotText: late) }
        #expect(throws: GraphError.self) {
            try PropertyGraph(snapshotText: #"{"format":"policy-graph-snapshot","version":1,"nodes":[]}"#)
        }
        #expect(throws: GraphError.self) {
            try PropertyGraph(snapshotText: #"{"format":"policy-graph-snapshot","version":1,"nodes":[],"relationships":[]} x"#)
        }
    }

    @Test func sameGraphGivesIdenticalBytes() throws {
        #expect(try sampleGraph().snapshotText() == sampleGraph().snapshotText())
    }

    @Test func writesAtomicallyAndReadsBack() throws {
        try withScratchDirectory("snapshot") { dir in
            let url = dir.appendingPathComponent("graph.json")
            try sampleGraph().writeSnapshot(to: url)
            let loaded = try PropertyGraph(snapshotAt: url)
            #expect(loaded.nodeCount == 2)
            #expect(throws: GraphError.self) { try sampleGraph().writeSnapshot(to: dir.appendingPathComponent("missing/graph.json")) }
        }
    }

    @Test(arguments: [
        "", "{", "[]", #"{"format":"other","version":1,"nodes":[],"relationships":[]}"#,
        #"{"format":"policy-graph-snapshot","version":9,"nodes":[],"relationships":[]}"#,
        #"{"format":"policy-graph-snapshot","version":1,"nodes":[{"id":3,"labels":[]}],"relationships":[]}"#,
        #"{"format":"policy-graph-snapshot","version":1,"nodes":[],"relationships":[{"id":0,"type":"X","start":0,"end":1}]}"#,
    ])
    func malformedSnapshotsAreRejected(text: String) {
        #expect(throws: GraphError.self) { try PropertyGraph(snapshotText: text) }
    }

    @Test func jsonParserReportsLineAndColumn() {
        do {
            _ = try JSON.parse("{\n  \"a\": 1,\n  \"b\": tru\n}")
            Issue.record("expected an error")
        } catch let e as JSONParseError {
            #expect(e.line == 3)
            #expect(e.column == 8)
        } catch { Issue.record("unexpected \(error)") }
    }

    @Test func jsonEscapesAndNumbers() throws {
        let value = JSON.object([("s", .string("a\"b\\c\n\u{01}中")), ("i", .int(-3)), ("f", .float(1)), ("e", .float(1e-7))])
        let text = value.serialized()
        #expect(text == #"{"s":"a\"b\\c\n\u0001中","i":-3,"f":1.0,"e":1e-07}"#)
        #expect(try JSON.parse(text) == value)
        #expect(try JSON.parse(#""\ud83d\ude00""#) == .string("😀"))
    }
}
