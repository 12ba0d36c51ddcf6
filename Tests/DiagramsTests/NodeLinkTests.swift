import Foundation
import Graph
import Plugins
import Testing

@testable import Diagrams

/// Folding, grouping, order and tooltips of the node-link view.
@Suite struct NodeLinkTests {
    let writer = DOTWriter(style: .schema, options: DiagramOptions(title: "测试"), fontName: "Noto Sans CJK SC")

    /// Drawn arrows per node, read back from the DOT text.
    static func degrees(in dot: String) -> [String: Int] {
        var degrees: [String: Int] = [:]
        for line in dot.split(separator: "\n") {
            let words = line.split(separator: " ")
            guard words.count > 3, words[1] == "->", words[0].hasPrefix("n"), !line.contains("style=invis") else { continue }
            degrees[String(words[0]), default: 0] += 1
            if words[2] != words[0] { degrees[String(words[2]), default: 0] += 1 }
        }
        return degrees
    }

    @Test func aHubIsFoldedIntoASummaryNode() throws {
        let graph = try Fixtures.hub(members: 30)
        var folding = writer
        folding.options.foldAbove = 20
        let dot = folding.dot(graph, Subgraph(wholeOf: graph))
        #expect(!dot.contains("-> n0 "))
        #expect(dot.contains(#"label="武汉市政协\n⊕ 30 × 担任 SERVES_ON""#))
        #expect(dot.contains("peripheries=\"2\""))
        // The two party members stay, with their party; the other 28 went with the hub.
        #expect(Self.degrees(in: dot) == ["n1": 2, "n2": 1, "n3": 1])
        #expect(dot.contains("4 nodes · 2 relationships"))
        #expect(dot.contains("folded (over 20 arrows): 武汉市政协"))
        #expect(dot.contains("draw them with --expand 武汉市政协"))
        try Golden.check(dot, against: "hub-folded.dot")
    }

    @Test func expandedCenteredAndUnfoldedHubsAreDrawnWhole() throws {
        let graph = try Fixtures.hub(members: 30)
        var options = writer
        options.options.foldAbove = 20
        options.options.expand = ["武汉市政协"]
        #expect(Self.degrees(in: options.dot(graph, Subgraph(wholeOf: graph)))["n0"] == 30)
        options.options.expand = []
        options.options.center = NodeID(0)
        #expect(Self.degrees(in: options.dot(graph, Subgraph(wholeOf: graph)))["n0"] == 30)
        options.options.center = nil
        options.options.foldAbove = nil
        #expect(Self.degrees(in: options.dot(graph, Subgraph(wholeOf: graph)))["n0"] == 30)
    }

    @Test func theBundledDiagramsHaveNoHubOverTheThreshold() throws {
        let graph = try Fixtures.bundled()
        let threshold = DiagramOptions.defaultFoldAbove
        let whole = writer.dot(graph, Subgraph(wholeOf: graph), layout: .sfdp)
        let wholeMax = Self.degrees(in: whole).values.max() ?? 0
        #expect(wholeMax <= threshold, "whole graph: a node has \(wholeMax) drawn arrows")
        var checked = 0
        for person in graph.nodes(withLabel: "Person") {
            var centred = writer
            centred.options.center = person
            let dot = centred.dot(graph, graph.neighbourhood(of: person, depth: 2))
            let over = Self.degrees(in: dot).filter { $0.key != person.description && $0.value > threshold }
            #expect(over.isEmpty, "depth 2 around \(person): \(over)")
            checked += 1
        }
        #expect(checked > 10)
        // Unfolded, the whole graph does have such a hub: the test can fail.
        var unfolded = writer
        unfolded.options.foldAbove = nil
        #expect((Self.degrees(in: unfolded.dot(graph, Subgraph(wholeOf: graph), layout: .sfdp)).values.max() ?? 0) > threshold)
    }

    @Test func groupByPartyDrawsAClusterPerParty() throws {
        let graph = try Fixtures.cppcc()
        var grouped = writer
        grouped.options.groupBy = "party"
        let dot = grouped.dot(graph, graph.subgraph(labels: ["Person", "Party"]))
        #expect(dot.contains("subgraph \"cluster_n2\" {\n    graph [label=\"民建\""))
        let cluster = dot.components(separatedBy: "subgraph \"cluster_n2\"")[1].components(separatedBy: "  }\n")[0]
        #expect(cluster.contains("    n0 [") && cluster.contains("    n1 [") && cluster.contains("    n2 ["))
        try Golden.check(dot, against: "cppcc-group-by-party.dot")
    }

    @Test func tasksKeepTheirDocumentOrder() throws {
        let graph = try Fixtures.workPlan(sections: 2, perSection: 2)
        let dot = writer.dot(graph, graph.subgraph(labels: ["Agency", "Task"]))
        // Tasks were added last first (ids n11, n10, n9, n8 for (一)1, (一)2, (二)1, (二)2).
        #expect(dot.contains("{ rank=same; n11 -> n10 -> n9 -> n8 [style=invis]; }"))
        // Four lead arrows are labelled; eight responsible ones are too many to repeat: the colour and legend name them.
        #expect(dot.contains(#"label="牵头 LEADS""#) && !dot.contains(#"label="责任 RESPONSIBLE_FOR""#))
        #expect(dot.contains("责任 RESPONSIBLE_FOR (8)"))
        try Golden.check(dot, against: "workplan-tasks.dot")
    }

    @Test func tooltipsAreTheFactAndItsSourceAndLinksFollowTheTemplate() throws {
        let graph = try Fixtures.roles()
        var linked = writer
        linked.options.nodeLink = "/node/{id}"
        linked.options.relationshipLink = "/relationship/{id}"
        let dot = linked.dot(graph, Subgraph(wholeOf: graph))
        #expect(dot.contains(#"tooltip="Person 人物 · 廖小平\n(no source recorded)""#))
        #expect(dot.contains(#"tooltip="廖小平 —担任 SERVES_ON→ 武汉市政协\nrole 常委 · date 2024-01-19\n“廖小平 农工党武汉市委会主委” — 2024-01-19-speeches"#))
        #expect(dot.contains(#"URL="/node/n0", target="_top""#))
        #expect(dot.contains(#"URL="/relationship/r0""#))
        // A role stated three times is one arrow with its dates; roles run oldest first.
        #expect(dot.contains(#"label="担任 SERVES_ON\n常委\n×3 2024-01-19–2026-01-07""#))
        #expect(dot.contains(#"ordering="out""#))
        let serves = dot.range(of: "id=\"r2\"")!.lowerBound, member = dot.range(of: "id=\"r0\"")!.lowerBound
        #expect(serves < member)
    }

    @Test func unknownExpandAndGroupNamesAreRefusedBeforeDrawing() throws {
        let graph = try Fixtures.cppcc()
        var options = DiagramOptions(expand: ["不存在"])
        let expandError = #expect(throws: DiagramError.self) {
            try DiagramRenderer(options: options, font: .graphvizDefault).dotSource(graph, subgraph: Subgraph(wholeOf: graph))
        }
        #expect(expandError?.kind == .unknownName)
        options = DiagramOptions(groupBy: "partei")
        let groupError = #expect(throws: DiagramError.self) {
            try DiagramRenderer(options: options, font: .graphvizDefault).dotSource(graph, subgraph: Subgraph(wholeOf: graph))
        }
        #expect(groupError?.kind == .unknownLabel)
        #expect(groupError?.message.contains("party") == true)
    }

    @Test func viewsAreNamed() throws {
        #expect(try DiagramView.named("Matrix") == .matrix)
        #expect(throws: DiagramError.self) { try DiagramView.named("pie") }
    }
}

extension NodeLinkTests {
    /// What the web explorer does: SVG bytes of a neighbourhood whose nodes link to its pages.
    @Test func svgOfANeighbourhoodLinksToTheWebPagesAndCarriesTheFacts() throws {
        let graph = try Fixtures.roles()
        let options = DiagramOptions(center: NodeID(0), nodeLink: "/node/{id}", relationshipLink: "/relationship/{id}")
        let (data, _) = try DiagramRenderer(options: options, font: .graphvizDefault, warn: { _ in })
            .renderData(graph, subgraph: graph.neighbourhood(of: NodeID(0), depth: 1), format: .svg)
        let svg = String(decoding: data, as: UTF8.self)
        #expect(svg.contains("xlink:href=\"/node/n1\""))
        #expect(svg.contains("xlink:href=\"/relationship/r"))
        #expect(svg.contains("廖小平 农工党武汉市委会主委"))
    }
}
