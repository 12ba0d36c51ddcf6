import Foundation
import Graph
import Testing
@testable import Plugins

/// Data providers beside a task's units, units marked ★ in a table one cell to a line,
/// and group headings inside a plan flattened to one paragraph (`Fixtures/plan-layouts`).
@Suite struct WorkPlanProvidersAndGroupsTests {
    static func graph(_ file: String) throws -> PropertyGraph {
        let url = WorkPlanRealLayoutTests.folder.appendingPathComponent("plans/\(file)")
        let (header, text) = try ExtractionScoreTests.split(url)
        return try ExtractionScoreTests.extract(text, city: header.first { $0.0 == "city" }?.1, id: file)
    }

    static func task(_ g: PropertyGraph, _ title: String) throws -> Node {
        try #require(ExtractionScoreTests.task(titled: title, in: g).map(g.node))
    }

    static func units(_ g: PropertyGraph, _ title: String, _ type: String) throws -> [String] {
        let id = try #require(ExtractionScoreTests.task(titled: title, in: g))
        return g.incoming(id).map(g.relationship).filter { $0.type == type }.compactMap { g.node($0.start).name }.sorted()
    }

    @Test func aDataProviderAnswersForTheFiguresAsWritten() throws {
        let g = try Self.graph("municipal-data-providers.txt")
        let title = "规模以上工业增加值增长6.5%左右"
        #expect(try Self.units(g, title, "RESPONSIBLE_FOR") == ["市科技局", "市统计局", "市能源局"])
        #expect(try Self.units(g, title, "LEADS") == ["市工信局"])
        // The label the plan used is kept on the relationship; the lead leader is a person, no unit.
        let id = try #require(ExtractionScoreTests.task(titled: title, in: g))
        let data = try #require(g.incoming(id).map(g.relationship).first { g.node($0.start).name == "市统计局" })
        #expect(data.properties["role"] == .string("数据提供单位"))
        // A unit responsible for a task that also supplies its figures answers for it once.
        let trade = try #require(ExtractionScoreTests.task(titled: "外贸进出口总额增长5%", in: g))
        #expect(g.incoming(trade).map(g.relationship).filter { g.node($0.start).name == "临溪海关" }.count == 1)
        #expect(!g.nodes(withLabel: "Agency").compactMap { g.node($0).name }.contains { $0.contains("赵某") || $0.hasPrefix("数据") })
    }

    @Test func aStarLeadsByCustomOtherMarksOnlyWhereThePlanSaysSo() throws {
        let stated = try Self.graph("county-bar-cells-star-leads.txt")
        #expect(try Self.units(stated, "城乡居民人均可支配收入增长6.5%", "LEADS") == ["县发改局"])
        // No note on the mark: ★ before one unit of a cell is the lead by custom.
        let unstated = try Self.graph("district-bar-cells-marked-units.txt")
        #expect(unstated.relationships(ofType: "LEADS").count == 4)
        #expect(try Self.units(unstated, "规上工业总产值增长5%左右", "LEADS") == ["区工信局"])
        #expect(try Self.units(unstated, "规上工业总产值增长5%左右", "RESPONSIBLE_FOR") == ["统计局"])
        #expect(try Self.units(unstated, "社会消费品零售总额增长7%", "RESPONSIBLE_FOR") == ["区商务局"])
        // No unit keeps the mark in its name.
        for g in [stated, unstated] {
            #expect(!g.nodes(withLabel: "Agency").compactMap { g.node($0).name }.contains { $0.contains("★") || $0.contains("▲") })
        }
    }

    @Test func aMarkWithNoNoteThatSinglesOutNoUnitLeadsNothing() throws {
        func plan(_ cells: [String]) -> String {
            var lines = ["某区2025年重点工作任务分解表", "序号", "|", "重点工作任务", "|", "责任单位", "|"]
            for (n, cell) in cells.enumerated() {
                lines += ["\(n + 1)", "|", "完成第\(n + 1)项重点工作任务。", "|", cell, "|"]
            }
            return lines.joined(separator: "\n")
        }
        // ◆ is no lead's mark by custom; ★ on every unit of a cell singles none out.
        for (cells, units) in [(["◆区发改局、区统计局", "◆区财政局、区税务局"], 4), (["★区发改局、★区统计局", "★区财政局"], 3)] {
            let g = try ExtractionScoreTests.extract(plan(cells), city: "某市", id: "marks")
            #expect(g.relationships(ofType: "LEADS").isEmpty, "\(cells)")
            #expect(g.relationships(ofType: "RESPONSIBLE_FOR").count == units, "\(cells)")
        }
    }

    @Test func aCategoryCellMergedOverRowsIsTheirGroup() throws {
        let g = try Self.graph("district-bar-cells-marked-units.txt")
        #expect(try Self.task(g, "新增规上工业企业12家").properties["group"] == .string("工业经济"))
        #expect(try Self.task(g, "实际使用外资1.2亿美元").properties["group"] == .string("消费"))
    }

    @Test func headingsInsideAOneLinePlanGroupTheTasksAfterThem() throws {
        let g = try Self.graph("provincial-one-line-group-headings.txt")
        #expect(try Self.task(g, "稳住外贸基本盘").properties["group"] == .string("稳订单拓市场"))
        #expect(try Self.task(g, "扩大优质农产品出口").properties["group"] == .string("稳订单拓市场"))
        #expect(try Self.task(g, "加快建设区域性消费中心").properties["group"] == .string("全面促进消费"))
        #expect(try Self.task(g, "开展县域商业体系建设").properties["group"] == .string("完善流通体系"))
        #expect(try Self.task(g, "推进数字政府建设").properties["group"] == .string("深化重点领域改革"))
        // Numbered items inside a task's own text, with no heading before them, start no task.
        #expect(try Self.task(g, "统筹推进三项改革").properties["title"]?.stringValue?.hasPrefix("统筹推进三项改革") == true)
        #expect(g.nodes(withLabel: "Task").count == 6)
    }

    @Test func aHeadingNamingTheLeadLeadsItsItemsOnly() throws {
        let g = try Self.graph("county-lead-named-in-group-headings.txt")
        let titles = g.nodes(withLabel: "Task").compactMap { g.node($0).properties["title"]?.stringValue }
        #expect(titles.count == 10, "\(titles)")
        // The headings are no tasks, and an item under a heading naming no unit, with none of its own, is none.
        #expect(!titles.contains { $0.contains("牵头") || $0.hasPrefix("持续优化营商环境") })
        #expect(try Self.units(g, "改造农贸市场4个", "LEADS") == ["县市场监管局"])
        #expect(try Self.units(g, "新建城市书房6处", "LEADS").isEmpty)
    }
}
