import Graph
import Testing

@testable import Diagrams

@Suite struct DiagramSelectionTests {
    @Test func wholeGraphByDefault() throws {
        let graph = try Fixtures.cppcc()
        let result = try DiagramSelection().select(in: graph)
        let (subgraph, warnings) = (result.subgraph, result.warnings)
        #expect(subgraph == Subgraph(wholeOf: graph))
        #expect(warnings.isEmpty)
    }

    @Test func aroundFindsANodeByAlias() throws {
        let graph = try Fixtures.cppcc()
        let result = try DiagramSelection(around: "市发改委", depth: 1).select(in: graph)
        let subgraph = result.subgraph
        #expect(result.center == NodeID(6))
        // 市发展改革委 leads task (一)1 only.
        #expect(subgraph.nodes == [NodeID(4), NodeID(6)])
        #expect(subgraph.relationships.count == 1)
    }

    @Test func aroundAcceptsANodeID() throws {
        let graph = try Fixtures.cppcc()
        let subgraph = try DiagramSelection(around: "n2", depth: 1).select(in: graph).subgraph
        #expect(subgraph.nodes == [NodeID(0), NodeID(1), NodeID(2)])
    }

    @Test func unknownNameSuggestsSimilarNames() throws {
        let graph = try Fixtures.cppcc()
        let error = #expect(throws: DiagramError.self) { try DiagramSelection(around: "科技创新").select(in: graph) }
        #expect(error?.kind == .unknownName)
        #expect(error?.message.contains("'科技创新'") == true)
        #expect(error?.message.contains("市科技创新局") == true)
    }

    @Test func aSharedNameListsEveryNode() throws {
        var graph = try Fixtures.cppcc()
        try graph.addNode(labels: ["Organization"], properties: ["name": "梁鸣"])
        let error = #expect(throws: DiagramError.self) { try DiagramSelection(around: "梁鸣").select(in: graph) }
        #expect(error?.kind == .ambiguousName)
        #expect(error?.message.contains("n0 :Person 梁鸣") == true)
        #expect(error?.message.contains("n9 :Organization 梁鸣") == true)
    }

    @Test func schemaLabelWithoutNodesWarnsAndTypoFails() throws {
        let graph = try Fixtures.cppcc()
        let result = try DiagramSelection(labels: ["Agency", "Meeting"]).select(in: graph)
        let (subgraph, warnings) = (result.subgraph, result.warnings)
        #expect(subgraph.nodes == [NodeID(6), NodeID(7)])
        #expect(warnings == ["warning: no node has label Meeting in this graph yet"])
        let error = #expect(throws: DiagramError.self) { try DiagramSelection(labels: ["Agnecy"]).select(in: graph) }
        #expect(error?.kind == .unknownLabel)
        #expect(error?.message.contains("Agency") == true)
    }

    @Test func labelsNarrowANeighbourhood() throws {
        let graph = try Fixtures.cppcc()
        let selection = DiagramSelection(around: "人工智能", depth: 2, labels: ["Task", "Agency"])
        let subgraph = try selection.select(in: graph).subgraph
        // The industry, its two tasks and their agencies; not the proposal.
        #expect(subgraph.nodes == [NodeID(4), NodeID(5), NodeID(6), NodeID(7), NodeID(8)])
        #expect(selection.caption == "around 人工智能, depth 2 · Task, Agency")
    }

    @Test func negativeDepthIsRefused() throws {
        let error = #expect(throws: DiagramError.self) {
            try DiagramSelection(around: "梁鸣", depth: -1).select(in: try Fixtures.cppcc())
        }
        #expect(error?.kind == .invalidSelection)
    }
}

extension DiagramSelectionTests {
    @Test func hideIsolatedLeavesOutUnconnectedNodes() throws {
        var graph = try Fixtures.cppcc()
        let loner = try graph.addNode(labels: ["Person"], properties: ["name": "李四"])
        let all = try DiagramSelection(labels: ["Person", "Party"]).select(in: graph).subgraph
        #expect(all.nodes.contains(loner))
        let connected = try DiagramSelection(labels: ["Person", "Party"], hideIsolated: true).select(in: graph).subgraph
        #expect(connected.nodes == [NodeID(0), NodeID(1), NodeID(2)])
        // The center stays even when nothing around it is drawn.
        let alone = try DiagramSelection(around: "李四", hideIsolated: true).select(in: graph).subgraph
        #expect(alone.nodes == [loner])
    }
}
