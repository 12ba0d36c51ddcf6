import Foundation
import Graph
import Testing
@testable import Plugins

/// Indicator target tables, responsibility tables with several units in a cell,
/// progress notices with a label per project and plans in traditional script
/// (`Fixtures/plan-layouts`; their units are scored by `WorkPlanRealLayoutTests`):
/// what they must give besides their units, and what must not read as a row.
@Suite struct WorkPlanIndicatorTableTests {
    typealias Layout = WorkPlanFlattenedLayoutTests

    static func task(_ g: PropertyGraph, _ prefix: String) -> Node? {
        Layout.tasks(g).first { $0.properties["title"]?.stringValue?.hasPrefix(prefix) == true }
    }

    @Test func anIndicatorTableWithTabsGivesEachIndicatorItsCategoryAndNoMeasureAsAUnit() throws {
        let g = try Layout.extract("municipal-indicator-tabs.txt", city: "溪州")
        #expect(Layout.tasks(g).count == 6)
        // The category cell merged over rows is each row's group.
        #expect(Self.task(g, "规模以上工业增加值增速")?.properties["group"] == .string("经济发展"))
        #expect(Self.task(g, "居民人均可支配收入增速")?.properties["group"] == .string("民生福祉"))
        // `单位` beside `牵头单位` is the measure's column: % is no unit.
        #expect(!Layout.agencies(g).contains("%"))
        #expect(!Layout.titles(g).contains { $0.hasPrefix("各单位于每季度末") })
    }

    @Test func anIndicatorTableWithSpacesEndsAtItsFirstLineThatIsNoRow() throws {
        let g = try Layout.extract("county-indicator-spaces.txt", city: "南屏")
        #expect(Layout.tasks(g).count == 5)
        // The signature under the table is no row, nor its office a unit.
        #expect(!Layout.agencies(g).contains("南屏县人民政府办公室"))
        // A note under the header with runs of spaces reads as no row.
        let text = "指标        目标      责任单位\n地区生产总值增长    6%    县发改局\n注：  以上指标  均为预期性指标\n各乡镇  要对照  目标任务\n"
        let noted = try WorkPlanExtractorTests.extract(text, id: "indicator-note", date: "2026-03-01")
        #expect(Layout.titles(noted) == ["地区生产总值增长"])
    }

    @Test func anIndicatorTableOneCellToALineWithNoNumberEndsWhereARowWouldNotStart() throws {
        let g = try Layout.extract("county-indicator-cells-no-number.txt", city: "石泉")
        #expect(Layout.tasks(g).count == 4)
        // Header cells are no units, and the sentences after the table no rows.
        #expect(Layout.agencies(g).isDisjoint(with: ["牵头单位", "配合单位", "万吨"]))
        #expect(!Layout.titles(g).contains { $0.hasPrefix("各牵头单位") || $0.hasPrefix("2025年目标值") })
    }

    @Test func aCategoryColumnOneCellToALineIsTheRowsGroup() throws {
        let g = try Layout.extract("district-indicator-category-cells.txt", city: "桐溪")
        #expect(Layout.tasks(g).count == 4)
        #expect(Self.task(g, "工业增加值增速")?.properties["group"] == .string("经济发展"))
        #expect(Self.task(g, "每千名老年人养老床位数")?.properties["group"] == .string("民生福祉"))
        #expect(!Layout.titles(g).contains { $0.hasPrefix("民生福祉") || $0.hasPrefix("经济发展") })
    }

    @Test func aTaskTableOneCellToALineWithNoNumberHasItsRowsClosedByDeadlines() throws {
        let g = try Layout.extract("municipal-cells-no-number-deadlines.txt", city: "松溪")
        #expect(Layout.tasks(g).count == 3)
        let checkup = try #require(Self.task(g, "开展城市体检"))
        #expect(checkup.properties["deadline"] == .string("2024年10月"))
        #expect(!Layout.titles(g).contains { $0.hasPrefix("各牵头单位") })
    }

    @Test func aHeaderOpeningWithMainIndicatorsIsRead() throws {
        let text = "主要指标\t2025年目标\t牵头单位\t配合单位\n地区生产总值增长\t6%\t市发改委\t市统计局\n进出口总额增长\t5%\t市商务局\t市外事办\n"
        let g = try WorkPlanExtractorTests.extract(text, id: "main-indicators", date: "2026-03-01")
        #expect(Set(Layout.titles(g)) == ["地区生产总值增长", "进出口总额增长"])
    }

    @Test func indicatorLinesNeedAnIndicatorHeader() throws {
        // The same lines under a header that names no indicator column give no task.
        let text = "项目  进度  情况说明\n地区生产总值增长    6%    县发改局\n一般公共预算收入增长    5%    县财政局\n"
        let g = try WorkPlanExtractorTests.extract(text, id: "no-indicator-header", date: "2026-03-01")
        #expect(Layout.tasks(g).isEmpty)
    }

    @Test func anIndicatorRowWithNoUnitLinesSharesTheMergedCellAbove() throws {
        let g = try Layout.extract("district-indicator-cells.txt", city: "青枫")
        #expect(Layout.tasks(g).count == 5)
        #expect(!Layout.agencies(g).contains { $0.contains("林小青") || $0 == "亿元" || $0 == "万人" })
        let rate = try #require(Self.task(g, "城镇登记失业率"))
        let leads = g.incoming(rate.id).map(g.relationship).filter { $0.type == "LEADS" }.map { g.node($0.start).name }
        #expect(leads == ["区人力社保局"])
    }

    @Test func blankLinesPartTheLeadCellFromTheResponsibleOne() throws {
        let g = try Layout.extract("municipal-cells-blank-lines.txt", city: "云溪")
        #expect(Layout.tasks(g).count == 4)
        let grain = try #require(Self.task(g, "稳定粮食生产"))
        #expect(grain.properties["deadline"] == .string("2025年10月"))
        let kinds = Dictionary(grouping: g.incoming(grain.id).map(g.relationship), by: \.type)
        #expect(kinds["LEADS"]?.count == 2)
        #expect(kinds["RESPONSIBLE_FOR"]?.count == 1)
    }

    @Test func aProgressNoticeGivesEachProjectItsLabelledUnitsAndNothingElse() throws {
        let g = try Layout.extract("municipal-progress-notice.txt", city: "枫林")
        #expect(Layout.tasks(g).count == 6)
        #expect(!Layout.titles(g).contains { $0.hasPrefix("一季度") || $0.hasPrefix("部分项目征收") })
        #expect(Layout.agencies(g).isDisjoint(with: ["各责任单位", "市重点项目办公室", "市直有关单位"]))
    }

    @Test func aUnitInTraditionalScriptIsKeptAsWrittenAndFoundInBoth() throws {
        let traditional = "1.推動數字經濟提質擴量。（牽頭單位：綜合科；責任單位：市大數據中心）\n"
        let simplified = "1.推动数字经济提质扩量。（牵头单位：综合科；责任单位：市大数据中心）\n"
        let registry = try PluginRegistry(plugins: [WorkPlansPlugin()])
        var g = PropertyGraph()
        for (id, text) in [("trad", traditional), ("simp", simplified)] {
            let document = SourceDocument(id: id, title: id, date: "2026-03-01", kind: "work-plan", text: text)
            for extractor in registry.extractors { try extractor.item.extract(from: document, context: registry.extractionContext, into: &g) }
        }
        // One node for each unit across the two scripts, named as first written, with both spellings.
        let sections = g.nodes(withLabel: "Agency").map(g.node).filter { ExtractionScoreTests.names(of: $0).contains("综合科") }
        #expect(sections.count == 1)
        #expect(sections.first?.name == "綜合科")
        #expect(sections.first.map(ExtractionScoreTests.names) == ["綜合科", "综合科"])
        let centre = g.nodes(withLabel: "Agency").map(g.node).filter { ExtractionScoreTests.names(of: $0).contains("市大數據中心") }
        #expect(centre.count == 1)
        #expect(centre.first.map(ExtractionScoreTests.names)?.contains("市大数据中心") == true)
        // The task keeps its title as written.
        #expect(Layout.titles(g).contains("推動數字經濟提質擴量"))
    }

    @Test func aBig5PlanNamesItsUnitsAsWritten() throws {
        let data = try Data(contentsOf: DocumentReaderTests.fixtures.appendingPathComponent("work-plan-big5.txt"))
        let (text, _) = try DocumentReader.decodeDetectingEncoding(data, file: "plan.txt")
        let g = try WorkPlanExtractorTests.extract(text, id: "big5-plan", date: "2026-03-01")
        #expect(Layout.tasks(g).count == 3)
        let names = Layout.agencies(g)
        #expect(names.isSuperset(of: ["市經信局", "市发改委", "市發改委", "市財政局", "市财政局", "市衛生健康委"]))
    }

    /// Person documents and news pages hold no task table: the layouts must not fire on them.
    @Test func noTaskInThePersonDocumentsOfTheScoredSets() throws {
        let root = WorkPlanExtractorTests.packageRoot.appendingPathComponent("Tests/PluginsTests/Fixtures")
        for set in ["blind", "blind-e"] {
            for url in ExtractionScoreTests.files("people", in: root.appendingPathComponent(set)) {
                let (_, text) = try ExtractionScoreTests.split(url)
                let g = try WorkPlanExtractorTests.extract(text, id: url.lastPathComponent, date: "2026-03-01")
                #expect(Layout.tasks(g).isEmpty, "\(set)/\(url.lastPathComponent): \(Layout.titles(g))")
            }
        }
    }
}
