import Foundation
import Graph
import Testing
@testable import Plugins

/// What the layouts of `Fixtures/plan-layouts` must not read as tasks or units
/// (their units are scored by `WorkPlanRealLayoutTests`): a table without a unit
/// column, a note in brackets inside a sentence, a sentence that ends in 负责, a
/// leader named beside the units, a contact's label, a qualifier before a label.
@Suite struct WorkPlanFlattenedLayoutTests {
    static func extract(_ name: String, city: String) throws -> PropertyGraph {
        let url = WorkPlanRealLayoutTests.folder.appendingPathComponent("plans/\(name)")
        let (_, text) = try ExtractionScoreTests.split(url)
        return try ExtractionScoreTests.extract(text, city: city, id: name)
    }

    static func tasks(_ g: PropertyGraph) -> [Node] {
        g.nodes(withLabel: "Task").map(g.node)
    }

    static func titles(_ g: PropertyGraph) -> [String] {
        tasks(g).compactMap { $0.properties["title"]?.stringValue }
    }

    /// Every agency's name and aliases (市统计局 may be merged with its lexicon entry).
    static func agencies(_ g: PropertyGraph) -> Set<String> {
        Set(g.nodes(withLabel: "Agency").flatMap { ExtractionScoreTests.names(of: g.node($0)) })
    }

    /// Found by running the extractor over cut and rejoined pages: a duty sentence opened by a heading's word that
    /// reaches past its qualifier (`职责分工负责…`) left the unit list's end before its start, and the range trapped.
    @Test func aDutySentenceOpenedByAHeadingWordNamesNoUnits() throws {
        let sentence = Array("职责分工负责统筹推进全区重点工作任务落实".utf8)
        #expect(UnitLedSentences.gluedDuty(sentence, 0..<sentence.count) == nil)
        let g = try ExtractionScoreTests.extract("三、组织实施\n职责分工负责统筹推进全区重点工作任务落实;区发展改革局负责项目审批和资金安排;区财政局负责经费保障。",
                                                 city: "青澜", id: "duty")
        // The heading's word is no unit, whatever the clauses after it give.
        #expect(!Self.agencies(g).contains { $0.hasPrefix("职责") || $0.hasPrefix("分工") })
    }

    @Test func aTableOneCellToALineGivesOneTaskPerRowAndOnlyWithAUnitColumn() throws {
        let g = try Self.extract("district-cell-per-line.txt", city: "青澜")
        // Three targets and two tasks; the project table (no unit column) gives none.
        #expect(Self.tasks(g).count == 5)
        #expect(!Self.titles(g).contains { $0.hasPrefix("松岗湿地公园") || $0.hasPrefix("体育中心") })
        let parking = try #require(Self.tasks(g).first { $0.properties["title"] == .string("建设智慧停车平台") })
        #expect(parking.properties["deadline"] == .string("2025年9月"))
        // The text column broken over two lines is the task's text.
        #expect(parking.properties["text"]?.stringValue?.contains("新增智能泊位800个") == true)
    }

    @Test func aParagraphOfTasksSplitsOnlyAtBracketsOfUnits() throws {
        let g = try Self.extract("municipal-paragraph-clauses.txt", city: "临川")
        #expect(Self.tasks(g).count == 9)
        // The heading sentence of the paragraph is the tasks' group, not a task.
        let planning = try #require(Self.tasks(g).first { $0.properties["title"]?.stringValue?.hasPrefix("编制发布国土空间总体规划") == true })
        #expect(planning.properties["group"] == .string("围绕规划建设做好信息公开"))
        // A note in brackets inside a sentence neither splits a task nor is a unit.
        #expect(Self.titles(g).contains("梳理公布涉企收费目录清单(含行政事业性收费)"))
        #expect(Self.agencies(g).isDisjoint(with: ["含行政事业性收费", "不含涉密事项", "不含派驻机构"]))
        // A leader named beside the units is no unit; 市人大常委会 is one.
        #expect(!Self.agencies(g).contains { $0.contains("周立新") })
        #expect(Self.agencies(g).contains("市人大常委会"))
        #expect(!Self.titles(g).contains { $0.hasPrefix("各单位要加强组织领导") })
    }

    @Test func aUnitLineUnderATaskLineAssignsIt() throws {
        let g = try Self.extract("county-unit-lines.txt", city: "阳泉")
        // Five tasks: neither the heading over them, nor a sentence ending in 负责, nor a contact is one.
        #expect(Self.tasks(g).count == 5)
        #expect(!Self.titles(g).contains { $0.hasPrefix("加强经济形势解读") || $0.hasPrefix("各单位要高度重视") || $0.hasPrefix("联系方式") })
        #expect(!Self.agencies(g).contains { $0.hasPrefix("各单位") || $0.hasPrefix("县政府办公室政务公开科") })
    }

    @Test func qualifiedLabelsAndOtherBracketsAreRead() throws {
        let g = try Self.extract("district-qualified-labels.txt", city: "武陵")
        #expect(Self.tasks(g).count == 6)
        // 共同责任单位: the qualifier is the label's, not a unit; the label is kept as the role.
        #expect(!Self.agencies(g).contains("共同"))
        let shared = g.relationships(ofType: "RESPONSIBLE_FOR").map(g.relationship).filter { g.node($0.start).name == "相关街道" }
        #expect(shared.map { $0.properties["role"] } == [.string("共同责任单位")])
        // A deadline after the last list, with no label, is the task's.
        let pipes = try #require(Self.tasks(g).first { $0.properties["title"]?.stringValue?.hasPrefix("实施老旧管网改造") == true })
        #expect(pipes.properties["deadline"] == .string("2023年10月底前完成"))
        #expect(!Self.agencies(g).contains { $0.contains("完成") || $0.hasSuffix("〕") })
    }

    @Test func aQualifierThatIsAUnitsNameIsNoLabel() throws {
        // 市统计局责任单位: with no separator, the unit comes before the label.
        let text = "1.开展经济普查。(牵头单位:市统计局责任单位:市财政局)\n"
        let g = try WorkPlanExtractorTests.extract(text, id: "qualifier-near-miss", date: "2026-03-01")
        #expect(Self.agencies(g).isSuperset(of: ["市统计局"]))
        #expect(!Self.agencies(g).contains { $0.contains("责任单位") })
    }

    @Test func unitsGivenOnceForAGroupAndUnitsHeadingATask() throws {
        let g = try Self.extract("district-grouped-units.txt", city: "白川")
        // The heading with units and its two items, three unit-headed items, two unit-headed lines in a run.
        #expect(Self.tasks(g).count == 8)
        // The items' units are those the heading named once, their sources pointing at the heading.
        let pipes = try #require(Self.tasks(g).first { $0.properties["title"]?.stringValue?.hasPrefix("新建改造供水管网") == true })
        #expect(pipes.properties["code"] == .string("(一)1"))
        // A unit-headed line alone (a report's remark) is no task, nor is a goal's label a unit.
        #expect(!Self.titles(g).contains { $0.hasPrefix("将对各单位") || $0.hasPrefix("各项任务年底前") })
        #expect(!Self.agencies(g).contains("主要目标"))
        // 主办:A / 会办:B、C name units of a form, no task.
        #expect(!Self.titles(g).contains { $0.hasPrefix("区住房和城乡建设局") || $0.hasPrefix("区财政局") })
        #expect(!Self.agencies(g).contains("主办") && !Self.agencies(g).contains("会办"))
    }

    @Test func bareUnitNamesUnderATargetAreItsOnlyUnderAHeaderNamingTheColumn() throws {
        let g = try Self.extract("county-target-lines.txt", city: "南溪")
        #expect(Self.tasks(g).count == 4)
        // A sentence with the signing office under it is no target.
        #expect(!Self.titles(g).contains { $0.hasPrefix("各责任单位要按季度") })
        // The same lines with no header naming a unit column give no task.
        let headerless = "南溪县2023年主要经济指标\n请各单位抓好落实。\n地区生产总值增长6.5%\n县发展改革局\n一般公共预算收入增长5%\n县财政局\n"
        let bare = try WorkPlanExtractorTests.extract(headerless, id: "headerless-targets", date: "2026-03-01")
        #expect(Self.tasks(bare).isEmpty)
    }

    @Test func aUnitCellMergedOverRowsGivesEachRowItsUnits() throws {
        let g = try Self.extract("district-merged-cells.txt", city: "石门")
        #expect(Self.tasks(g).count == 4)
        let reading = try #require(Self.tasks(g).first { $0.properties["title"]?.stringValue?.hasPrefix("开展全民阅读活动") == true })
        #expect(reading.properties["deadline"] == .string("2024年12月"))
    }
}
