import Graph
import Plugins
import Testing

@testable import Diagrams

@Suite struct DOTWriterTests {
    let writer = DOTWriter(style: .schema, options: DiagramOptions(title: "测试"), fontName: "Noto Sans CJK SC")

    @Test func wholeGraphMatchesGolden() throws {
        let graph = try Fixtures.cppcc()
        try Golden.check(writer.dot(graph, Subgraph(wholeOf: graph)), against: "cppcc-whole.dot")
    }

    @Test func labelSubsetWithNeatoAndNoLegendMatchesGolden() throws {
        let graph = try Fixtures.cppcc()
        var plain = writer
        plain.options.legend = false
        plain.fontName = nil
        let dot = plain.dot(graph, graph.subgraph(labels: ["Agency", "Task"]), layout: .neato)
        try Golden.check(dot, against: "cppcc-agency-task-neato.dot")
    }

    @Test func emptySelectionMatchesGolden() throws {
        try Golden.check(writer.dot(PropertyGraph(), Subgraph(wholeOf: PropertyGraph())), against: "empty.dot")
    }

    @Test func oneRoleStatedInSeveralDocumentsIsOneArrowMarkedWithTheCountAndDates() throws {
        var graph = PropertyGraph()
        let person = try graph.addNode(labels: ["Person"], properties: ["name": "梁鸣"])
        let party = try graph.addNode(labels: ["Party"], properties: ["name": "九三学社"])
        for date in ["2026-01-07", "2024-01-19", "2025-09-24"] {
            try graph.addRelationship(type: "MEMBER_OF", from: person, to: party, properties: ["role": "主委", "date": .string(date)])
        }
        try graph.addRelationship(type: "MEMBER_OF", from: person, to: party, properties: ["role": "委员"])
        let dot = writer.dot(graph, Subgraph(wholeOf: graph))
        #expect(dot.components(separatedBy: " -> ").count - 1 == 2)
        #expect(dot.contains(#"n0 -> n1 [id="r0", label="成员 MEMBER_OF\n主委\n×3 2024-01-19–2026-01-07""#))
        #expect(dot.contains(#"n0 -> n1 [id="r3", label="成员 MEMBER_OF\n委员""#))
        #expect(dot.contains("2 nodes · 4 relationships"))
    }

    @Test func quotesAndBackslashesAreEscaped() throws {
        let graph = try Fixtures.cppcc()
        let dot = writer.dot(graph, Subgraph(wholeOf: graph))
        #expect(dot.contains(#"label="王\"小\"明\\""#))
        #expect(DOTWriter.quoted("a\\b\"c\nd") == #""a\\b\"c\nd""#)
        #expect(DOTWriter.html("<B>&\"") == "&lt;B&gt;&amp;&quot;")
    }

    @Test func nodeIdsComeFromNodeIDsAndEdgesCarryRoles() throws {
        let graph = try Fixtures.cppcc()
        let dot = writer.dot(graph, Subgraph(wholeOf: graph))
        #expect(dot.contains("  n0 [id=\"n0\", label=\"梁鸣\""))
        #expect(dot.contains("  n0 -> n2 [id=\"r0\", label=\"成员 MEMBER_OF\\n主委\""))
    }

    @Test func taskShowsCodeAndWrappedTitle() throws {
        let graph = try Fixtures.cppcc()
        let task = graph.node(NodeID(4))
        #expect(writer.text(of: task) == "(一)1 强化算力基础设施建设，推动武汉人工智能计算中心扩容升级")
        let dot = writer.dot(graph, Subgraph(wholeOf: graph))
        // "(一)1 " is six columns: eight Han characters fill the first line.
        #expect(dot.contains(#"label="(一)1 强化算力基础设施\n建设，推动武汉人工智能\n计算中心扩容升级""#))
    }

    @Test func captionReplacesTypeOnEdges() throws {
        let graph = try Fixtures.cppcc()
        var styled = writer
        styled.style = DiagramStyle.schema.merging(DiagramStyle(id: "t", edges: ["LEADS": .init(caption: "牵头")]))
        let dot = styled.dot(graph, graph.subgraph(labels: ["Agency", "Task"]))
        #expect(dot.contains(#"label="牵头 LEADS""#))
        #expect(dot.contains("牵头 LEADS (2)"))
    }
}

extension DOTWriterTests {
    @Test func centerIsOutlinedAndRootsTheLayout() throws {
        let graph = try Fixtures.cppcc()
        var centred = writer
        centred.options.center = NodeID(8)
        try Golden.check(
            centred.dot(graph, graph.neighbourhood(of: NodeID(8), depth: 1), layout: .twopi),
            against: "cppcc-around-industry-twopi.dot")
    }
}

extension DOTWriterTests {
    @Test func largeDiagramsDropEdgeLabelsAndBoundTheLayout() throws {
        let graph = try Fixtures.ring(count: 5)
        var small = writer
        small.options.edgeLabelLimit = 5
        let detailed = small.dot(graph, Subgraph(wholeOf: graph))
        #expect(detailed.contains(#"n0 -> n1 [id="r0", label="KNOWS", tooltip="委员0 —KNOWS→ 委员1"#))
        #expect(detailed.contains(#"splines="true""#) && !detailed.contains("nslimit"))

        small.options.edgeLabelLimit = 4
        let bounded = small.dot(graph, Subgraph(wholeOf: graph))
        #expect(bounded.contains(#"n0 -> n1 [id="r0", tooltip="委员0 —KNOWS→ 委员1"#))
        #expect(!bounded.contains("label=\"KNOWS"))
        #expect(bounded.contains(#"nslimit="1""#) && !bounded.contains("splines"))
        #expect(bounded.contains("edge labels left out above 4"))
        let spring = small.dot(graph, Subgraph(wholeOf: graph), layout: .sfdp)
        #expect(!spring.contains("splines") && !spring.contains("nslimit"))
    }
}

extension DOTWriterTests {
    @Test func theSameFactStatedTwiceIsOneEdge() throws {
        var graph = try Fixtures.cppcc()
        let again = try graph.addRelationship(type: "MEMBER_OF", from: NodeID(0), to: NodeID(2), properties: ["role": "主委"])
        let dot = writer.dot(graph, Subgraph(wholeOf: graph))
        #expect(dot.components(separatedBy: "n0 -> n2").count == 2)
        #expect(dot.contains(#"n0 -> n2 [id="r0", label="成员 MEMBER_OF\n主委\n×2""#))
        #expect(!dot.contains("id=\"\(again)\""))
        // The legend still counts relationships, not edges.
        #expect(dot.contains("成员 MEMBER_OF (3)"))
    }
}

@Suite struct DOTWriterCharacterTests {
    @Test func charactersGraphvizOrXMLCannotTakeAreSpelledOut() throws {
        var graph = PropertyGraph()
        let a = try graph.addNode(labels: ["Person"], properties: ["name": "王\u{0}明\u{1}\u{FFFE}"])
        let b = try graph.addNode(labels: ["Party"], properties: ["name": "民建\u{1B}[2J"])
        try graph.addRelationship(type: "MEMBER_OF", from: a, to: b, properties: ["role": "主\u{7}委"])
        let writer = DOTWriter(style: .schema, options: DiagramOptions(title: "标题\u{1}"), fontName: nil)
        let dot = writer.dot(graph, Subgraph(wholeOf: graph))
        #expect(!dot.unicodeScalars.contains { !XMLText.isAllowed($0) || ($0.value == 0x1B) })
        #expect(dot.contains(#"王\\u0000明\\u0001\\ufffe"#))
        #expect(dot.contains(#"民建\\u001b[2J"#))
        #expect(dot.contains(#"主\\u0007委"#))
        #expect(dot.contains(#"标题\\u0001"#))
    }
}
