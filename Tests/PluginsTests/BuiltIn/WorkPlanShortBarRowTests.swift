import Foundation
import Graph
import Testing
@testable import Plugins

/// A bar table whose rows leave their empty cells unwritten (`Fixtures/plan-layouts`:
/// provincial-bar-rows-short-of-cells; its units are scored by `WorkPlanRealLayoutTests`):
/// each cell is placed by what it holds (`ShortBarRow`).
@Suite struct WorkPlanShortBarRowTests {
    static let fixture = "provincial-bar-rows-short-of-cells.txt"

    @Test func eachCellGoesToTheColumnItReadsAs() throws {
        let g = try WorkPlanFlattenedLayoutTests.extract(Self.fixture, city: "")
        let tasks = WorkPlanFlattenedLayoutTests.tasks(g)
        func task(_ title: String) -> Node? { tasks.first { $0.properties["title"] == .string(title) } }
        #expect(try #require(task("做好汛期气象灾害预警信息发布")).properties["deadline"] == .string("长期推进"))
        #expect(try #require(task("扎实做好人工影响天气作业公告")).properties["deadline"] == .string("长期推进"))
        #expect(try #require(task("规范气象行政许可信息公开")).properties["deadline"] == .string("2023年6月前"))
        #expect(try #require(task("及时更新政府信息公开指南")).properties["deadline"] == .string("每年3月底前"))
        // The title line ending in a bar above the header is no task.
        #expect(!WorkPlanFlattenedLayoutTests.titles(g).contains { $0.contains("任务台账") })
    }

    @Test func proseInARowShortOfCellsIsNoUnit() throws {
        let g = try WorkPlanFlattenedLayoutTests.extract(Self.fixture, city: "")
        let agencies = WorkPlanFlattenedLayoutTests.agencies(g)
        #expect(!agencies.contains { $0.contains("听取意见") || $0.contains("预警信息") || $0.contains("结果公示") || $0.contains("决算信息") })
    }

    @Test func aRowWithNoUnitCellInATableThatLeavesEmptyCellsOutTakesNoUnitsFromAbove() throws {
        let g = try WorkPlanFlattenedLayoutTests.extract(Self.fixture, city: "")
        let units = WorkPlanFlattenedLayoutTests.tasks(g).filter { $0.properties["title"] == .string("加强重大决策预公开") }
            .flatMap { g.incoming($0.id).map(g.relationship) }.filter { $0.type == "LEADS" || $0.type == "RESPONSIBLE_FOR" }
        #expect(units.isEmpty)
    }

    @Test func aRowOfTextAloneIsNotReadByContent() {
        let text = "1 | 加强重大决策预公开 | 对涉及群众切身利益的重要政策广泛听取意见 | 年底前"
        let bytes = Array(text.utf8)
        let cells = WorkPlanTable.split(bytes, 0..<bytes.count, separator: 0x7C)
        let columns: [WorkPlanTable.Column] = [.number, .task, .task, .responsible, .deadline, .other]
        #expect(ShortBarRow.align(bytes, cells, columns: columns) == nil)
        #expect(!ShortBarRow.readsAsUnits(bytes, cells[2]))
    }

    @Test func aUnitCellWithADutyPhraseOrAPartnerReadsAsUnits() {
        for text in ["减灾处、预报处等按职责分工落实", "科教处会同人事处", "办公室"] {
            let bytes = Array(text.utf8)
            #expect(ShortBarRow.readsAsUnits(bytes, 0..<bytes.count), "\(text)")
        }
    }
}
