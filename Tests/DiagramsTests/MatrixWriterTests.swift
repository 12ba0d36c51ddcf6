import Graph
import Plugins
import Testing

@testable import Diagrams

@Suite struct MatrixWriterTests {
    let writer = MatrixWriter(style: .schema, options: DiagramOptions(title: "测试"), fontName: "Noto Sans CJK SC")

    @Test func workPlanMatrixMatchesGolden() throws {
        let graph = try Fixtures.workPlan()
        try Golden.check(try writer.dot(graph, Subgraph(wholeOf: graph)), against: "workplan-matrix.dot")
    }

    @Test func rowsAreTasksInDocumentOrderUnderTheirHeadings() throws {
        let graph = try Fixtures.workPlan(sections: 3, perSection: 11)
        let matrix = try OwnershipMatrix(graph, Subgraph(wholeOf: graph), style: .schema)
        let codes = matrix.rows.map { graph.node($0).properties["code"]!.stringValue! }
        // (一)10 after (一)9 and before (二)1: not string order.
        #expect(Array(codes.prefix(11)) == (1...11).map { "(一)\($0)" })
        #expect(codes[11] == "(二)1" && codes.last == "(三)11")
        #expect(matrix.groups.map(\.heading) == ["(一) 夯实数字基础设施", "(二) 推动产业数字化转型", "(三) 壮大数字产业"])
        #expect(matrix.rowLabel == "Task" && matrix.columnLabel == "Agency")
        #expect(matrix.types == ["LEADS", "RESPONSIBLE_FOR"])
        #expect(matrix.wholes == ["关于推动数字经济与实体经济深度融合的建议案"])
    }

    @Test func columnsAreUnitsBusiestFirstWithCounts() throws {
        let graph = try Fixtures.workPlan()
        let matrix = try OwnershipMatrix(graph, Subgraph(wholeOf: graph), style: .schema)
        let counts = matrix.columns.map { matrix.count(column: $0) }
        #expect(counts == counts.sorted(by: >))
        #expect(counts.reduce(0, +) == 12 * 3)
        #expect(matrix.rows.allSatisfy { matrix.count(row: $0) == 3 })
        let dot = writer.dot(graph, matrix)
        #expect(dot.contains("12 × Task 任务 · 7 × Agency 单位 · 36 assignments"))
        #expect(dot.contains("牵头 LEADS (12)") && dot.contains("责任 RESPONSIBLE_FOR (24)"))
    }

    @Test func eachCellCarriesItsFactAndSourceAsTooltipAndLinks() throws {
        let graph = try Fixtures.workPlan(sections: 1, perSection: 1)
        var linked = writer
        linked.options.relationshipLink = "/relationship/{id}"
        linked.options.nodeLink = "/node/{id}"
        let dot = try linked.dot(graph, Subgraph(wholeOf: graph))
        #expect(dot.contains("TOOLTIP=\"市经信局 —牵头 LEADS→ (一)1 任务1&#10;“1.任务1。(牵头单位:…)” — plan\""))
        #expect(dot.contains("HREF=\"/relationship/r1\""))
        #expect(dot.contains("HREF=\"/node/n8\""))
    }

    @Test func aSelectionWithoutRelationshipsBetweenTwoLabelsIsRefused() throws {
        let graph = try Fixtures.workPlan()
        let error = #expect(throws: DiagramError.self) {
            try writer.dot(graph, graph.subgraph(labels: ["Agency"]))
        }
        #expect(error?.kind == .nothingToDraw)
        #expect(error?.message.contains("units → tasks") == true)
    }

    @Test func peopleAndPartiesMakeAMatrixToo() throws {
        let graph = try Fixtures.cppcc()
        let matrix = try OwnershipMatrix(graph, graph.subgraph(labels: ["Person", "Party"]), style: .schema)
        #expect(matrix.rowLabel == "Person" && matrix.columnLabel == "Party")
        #expect(matrix.rows.count == 2 && matrix.columns.count == 1 && matrix.types == ["MEMBER_OF"])
    }

    @Test func theWrittenWorkPlanHasItsTwentyTwoTasksInOrder() throws {
        let graph = try Fixtures.writtenWorkPlan()
        let matrix = try OwnershipMatrix(graph, Subgraph(wholeOf: graph), style: .schema)
        let keys = matrix.rows.map { DocumentOrder.numbers(in: graph.node($0).properties["code"]!.stringValue!) }
        #expect(keys.count == 22)
        #expect(keys == keys.sorted { $0.lexicographicallyPrecedes($1) })
        #expect(matrix.groups.count == 4 && matrix.groups[3].heading == "(四) 强化要素保障")
        #expect(matrix.wholes == ["关于推动数字经济与实体经济深度融合的建议案"])
    }

    @Test func theBundledWorkPlanHasAllItsTasksAndUnits() throws {
        let graph = try Fixtures.bundled()
        let selection = graph.subgraph(labels: ["Agency", "Task", "Proposal"])
        let matrix = try OwnershipMatrix(graph, selection, style: .schema)
        let owned = Set(
            (Array(graph.relationships(ofType: "LEADS")) + graph.relationships(ofType: "RESPONSIBLE_FOR")).map { graph.relationship($0) })
        #expect(matrix.rows.count == Set(owned.map(\.end)).count)
        #expect(matrix.columns.count == Set(owned.map(\.start)).count)
        let keys = matrix.rows.map { DocumentOrder.numbers(in: graph.node($0).properties["code"]?.stringValue ?? "") }
        #expect(keys == keys.sorted { $0.lexicographicallyPrecedes($1) })
    }

    @Test func codesAreReadAsNumbers() {
        #expect(DocumentOrder.numbers(in: "(二)10(3)") == [2, 10, 3])
        #expect(DocumentOrder.numbers(in: "（十二）3") == [12, 3])
        #expect(DocumentOrder.numbers(in: "总则") == [])
    }
}
