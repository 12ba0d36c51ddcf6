import Foundation
import Graph
import Testing
@testable import Plugins

/// What the cell tables and prose plans of `Fixtures/plan-layouts` must and must
/// not read (their units are scored by `WorkPlanRealLayoutTests`): a unit cell one
/// unit to a line, a sub-item sharing a merged unit cell, a header repeated on a new
/// page, bars between cells with a group column before the number, an office's own
/// sections as units, tasks opened by `X牵头,` in prose, and a target closed by `。`
/// over its unit but not a signature's office over its date.
@Suite struct WorkPlanCellAndProseTests {
    typealias Layout = WorkPlanFlattenedLayoutTests

    @Test func aUnitCellOneUnitToALineAndASubItemUnderItsMergedCell() throws {
        let g = try Layout.extract("county-cell-table-unit-lines.txt", city: "青枫县")
        // Six rows and one sub-item; the repeated header, the page's number and the 抄送 line are none.
        #expect(Layout.tasks(g).count == 7)
        #expect(!Layout.titles(g).contains { $0.hasPrefix("序号") || $0.hasPrefix("第 1 页") || $0.hasPrefix("抄送") })
        #expect(Layout.agencies(g).isDisjoint(with: ["县委办公室", "县人大常委会办公室", "完成时限"]))
        let home = try #require(Layout.tasks(g).first { $0.properties["title"] == .string("建设乡镇养老服务站5个") })
        #expect(home.properties["deadline"] == .string("12月底前"))
        let drains = try #require(Layout.tasks(g).first { $0.properties["title"] == .string("改造城西排水管网12公里") })
        #expect(drains.properties["deadline"] == .string("11月底前"))
    }

    @Test func aGroupColumnBeforeTheNumberIsTheRowsGroup() throws {
        let g = try Layout.extract("bureau-sections-bar-cells.txt", city: "")
        #expect(Layout.tasks(g).count == 5)
        func group(_ prefix: String) -> String? {
            Layout.tasks(g).first { $0.properties["title"]?.stringValue?.hasPrefix(prefix) == true }?.properties["group"]?.stringValue
        }
        #expect(group("梳理本局行政执法事项清单") == "规范执法信息公开")
        // Row 3 has no group cell of its own: the merged cell above it is its group.
        #expect(group("按时答复群众来信来访") == "提升公开时效")
        #expect(group("组织全体干部参加保密知识测试") == "强化保密管理")
        // Group cells are no tasks and no units.
        #expect(!Layout.titles(g).contains { $0.hasPrefix("提升公开时效") || $0.hasPrefix("强化保密管理") })
    }

    @Test func proseTasksNeedUnitsAtTheSentencesStartAndTwoInAParagraph() throws {
        let g = try Layout.extract("county-prose-lead-sentences.txt", city: "松岭县")
        #expect(Layout.tasks(g).count == 4)
        // A leader is no unit, and one sentence alone in its paragraph is a remark, not a plan.
        #expect(!Layout.agencies(g).contains { $0.contains("陈立新") })
        #expect(!Layout.titles(g).contains { $0.hasPrefix("每月通报各断面水质") || $0.hasPrefix("对下一步督查工作") })
        // `要牵头抓好…` (no comma after the verb) opens no task.
        #expect(!Layout.agencies(g).contains("县级部门"))
    }

    @Test func aTargetClosedByAStopTakesItsUnitButASignatureIsNone() throws {
        let g = try Layout.extract("county-target-lines-stops.txt", city: "白河")
        #expect(Layout.tasks(g).count == 3)
        #expect(!Layout.agencies(g).contains("白河县人民政府办公室"))
    }

    @Test func sectionsEndAsUnitsButDisciplinesAndHoldingsDoNot() {
        #expect(UnitAssignment.looksLikeUnit("综合科"))
        #expect(UnitAssignment.looksLikeUnit("人事股"))
        #expect(!UnitAssignment.looksLikeUnit("重点学科"))
        #expect(!UnitAssignment.looksLikeUnit("国有控股"))
    }
}
