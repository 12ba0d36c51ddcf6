import Foundation
import Graph
import Testing
@testable import Plugins

/// A task table run together with no separator between its cells (`WorkPlanGluedTable`): leaders' names
/// before the units are no units, units run together are cut where each ends, deadlines are no units, and
/// what is no such table is left alone. Its units are scored with `Fixtures/plan-layouts`.
@Suite struct WorkPlanGluedTableTests {
    static func rows(_ text: String) -> [(title: String, units: [String])] {
        let bytes = Array(text.utf8)
        return WorkPlanGluedTable.rows(bytes, lines: [0..<bytes.count]).map { row in
            (String(decoding: bytes[row.title], as: UTF8.self), row.units.units.map { ($0.kind == .lead ? "+" : "") + $0.name })
        }
    }

    @Test func leadersAndDeadlinesAreNoUnits() throws {
        let g = try WorkPlanFlattenedLayoutTests.extract("district-glued-table-leaders.txt", city: "青澜")
        #expect(WorkPlanFlattenedLayoutTests.tasks(g).count == 12)
        let agencies = WorkPlanFlattenedLayoutTests.agencies(g)
        #expect(agencies.allSatisfy { name in !["王建国", "李明", "赵红霞", "周芳", "何立新", "张菁", "钱卫东", "区长", "张伟", "李强", "周敏"].contains { name.contains($0) } })
        #expect(!agencies.contains { $0.contains("年") || $0.contains("长期") || $0.contains("改造") })
        // A sub-row naming its own leader and units is a task of its own; one naming none is none.
        #expect(WorkPlanFlattenedLayoutTests.titles(g).contains { $0.hasPrefix("整治背街小巷20条") })
        #expect(!WorkPlanFlattenedLayoutTests.titles(g).contains { $0.hasPrefix("对80户") })
    }

    @Test func aCellIsCutOnlyWhereEachPieceIsAUnit() {
        let rows = Self.rows("分工表序号重点任务牵头单位责任单位1推进政务公开工作完善政务公开目录。区政府办公室各街道办事处区委组织部区人社局2推进政务服务下沉完成20个服务站建设。区政务服务中心各街道")
        #expect(rows.count == 2)
        // 办公室 and 办事处 go on a name and never open one; 区委组织部 is one unit, 区人社局 another.
        #expect(rows.first?.units == ["+区政府办公室", "各街道办事处", "区委组织部", "区人社局"])
        #expect(rows.last?.units == ["+区政务服务中心", "各街道"])
    }

    @Test func aSentenceAfterAStopIsTheRowsTextNotItsUnits() {
        // Under a leaders' column the cells start at a name: `全区城镇新增…` is the row's second sentence.
        let rows = Self.rows("表序号项目名称主要内容分管领导牵头单位配合单位1促进就业落实就业优先。全区城镇新增就业1500人。王建国人社局各街道")
        #expect(rows.map(\.units) == [["+人社局", "各街道"]])
        #expect(rows.first?.title.hasPrefix("促进就业落实就业优先。全区城镇") == true)
    }

    @Test func aRowWithNoStopNeedsItsLeadersNameAndUnitsToTheEdge() {
        // With no stop the cells start at a leader's name and must run, all units, to the next row's number.
        let rows = Self.rows("表序号工作任务责任领导牵头单位完成时限1新建学校3所王建国教育局2023年底2建设王家河公园王建国园林局2024年底")
        #expect(rows.map(\.units) == [["+教育局"], ["+园林局"]])
        #expect(rows.last?.title == "建设王家河公园")
        // A name-like run in the text with no units after it up to the edge starts no cells.
        #expect(Self.rows("表序号工作任务责任领导牵头单位1推进王建国故居修缮工作2…").isEmpty)
    }

    @Test func unitsWithTheirLevelsAreReadBackFromTheEdge() throws {
        let g = try WorkPlanFlattenedLayoutTests.extract("district-glued-table-levels.txt", city: "青澜")
        #expect(WorkPlanFlattenedLayoutTests.tasks(g).count == 4)
        #expect(WorkPlanFlattenedLayoutTests.titles(g).contains("实施市区道路改造"))
        // A task's text ending in level words but no unit's ending gives no cells.
        #expect(Self.rows("表序号重点任务牵头单位完成时限1推进区域协调发展2024年底2…").isEmpty)
    }

    @Test func noGluedTableNoRows() {
        // A header with no row 1 after it, a header with spaces (`WorkPlanSpacedTable`'s), and a sentence naming 序号.
        #expect(Self.rows("附件:序号项目名称主要内容区政府分管领导牵头单位配合单位\n各街道要高度重视。王建国同志负责统筹。").isEmpty)
        #expect(Self.rows("序号 重点任务 牵头单位 责任单位\n1 推进政务公开 区政府办公室 各街道").isEmpty)
        #expect(Self.rows("请按序号顺序填报,由区发改局牵头单位汇总1份。").isEmpty)
    }
}
