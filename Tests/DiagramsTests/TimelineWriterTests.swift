import Graph
import Plugins
import Testing

@testable import Diagrams

@Suite struct TimelineWriterTests {
    let writer = TimelineWriter(style: .schema, options: DiagramOptions(title: "测试", center: NodeID(0)), fontName: "Noto Sans CJK SC")

    @Test func rolesTimelineMatchesGolden() throws {
        let graph = try Fixtures.roles()
        try Golden.check(try writer.dot(graph, Subgraph(wholeOf: graph)), against: "roles-timeline.dot")
    }

    @Test func factsAreRowsAndDatesAreColumnsInOrder() throws {
        let graph = try Fixtures.roles()
        let timeline = try RoleTimeline(graph, subject: NodeID(0), in: Subgraph(wholeOf: graph))
        #expect(timeline.dates == ["2024-01-19", "2025-06-26", "2026-01-07"])
        #expect(timeline.types == ["MEMBER_OF", "SERVES_ON", "WORKS_AT"])
        #expect(timeline.rows.map(\.detail) == ["委员", "主委", "常委", "院长"])
        #expect(timeline.rows[2].statements.count == 3)
        #expect(timeline.undated == 1)
        let dot = writer.dot(graph, timeline)
        #expect(dot.contains("4 facts over 3 dates · 1 undated relationships not shown"))
        #expect(dot.contains("成员 MEMBER_OF") && dot.contains("担任 SERVES_ON"))
    }

    @Test func withoutACenterTheMostDatedNodeIsTheSubject() throws {
        let graph = try Fixtures.roles()
        var plain = writer
        plain.options.center = nil
        let timeline = try RoleTimeline(graph, subject: nil, in: Subgraph(wholeOf: graph))
        #expect(timeline.subject == NodeID(0))
        #expect(try plain.dot(graph, Subgraph(wholeOf: graph)) == writer.dot(graph, Subgraph(wholeOf: graph)))
    }

    @Test func aNodeWithoutDatedFactsIsRefused() throws {
        let graph = try Fixtures.cppcc()
        let error = #expect(throws: DiagramError.self) {
            try RoleTimeline(graph, subject: NodeID(0), in: Subgraph(wholeOf: graph))
        }
        #expect(error?.kind == .nothingToDraw)
        #expect(error?.message.contains("梁鸣 has no dated facts") == true)
    }

    @Test func aPartyTimelineListsItsMembers() throws {
        let graph = try Fixtures.roles()
        let timeline = try RoleTimeline(graph, subject: NodeID(1), in: Subgraph(wholeOf: graph))
        #expect(timeline.rows.count == 2 && timeline.rows.allSatisfy { $0.other == NodeID(0) })
    }
}
