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

    @Test func aDataProviderSuppliesFiguresAndAnswersForNothing() throws {
        let g = try Self.graph("municipal-data-providers.txt")
        let title = "规模以上工业增加值增长6.5%左右"
        #expect(try Self.units(g, title, "PROVIDES_DATA_FOR") == ["市统计局"])
        #expect(try Self.units(g, title, "RESPONSIBLE_FOR") == ["市科技局", "市能源局"])
        #expect(try Self.units(g, title, "LEADS") == ["市工信局"])
        // The label the plan used is kept on the relationship; the lead leader is a person, no unit.
        let id = try #require(ExtractionScoreTests.task(titled: title, in: g))
        let data = try #require(g.incoming(id).map(g.relationship).first { $0.type == "PROVIDES_DATA_FOR" })
        #expect(data.properties["role"] == .string("数据提供单位"))
        #expect(!g.nodes(withLabel: "Agency").compactMap { g.node($0).name }.contains { $0.contains("赵某") || $0.hasPrefix("数据") })
    }

    @Test func aMarkLeadsOnlyWhereThePlanSaysSo() throws {
        let stated = try Self.graph("county-bar-cells-star-leads.txt")
        #expect(try Self.units(stated, "城乡居民人均可支配收入增长6.5%", "LEADS") == ["县发改局"])
        let unstated = try Self.graph("district-bar-cells-marked-units.txt")
        #expect(unstated.relationships(ofType: "LEADS").isEmpty)
        #expect(unstated.relationships(ofType: "RESPONSIBLE_FOR").count == 8)
        #expect(try Self.units(unstated, "规上工业总产值增长5%左右", "RESPONSIBLE_FOR") == ["区工信局", "统计局"])
        // No unit keeps the mark in its name.
        for g in [stated, unstated] {
            #expect(!g.nodes(withLabel: "Agency").compactMap { g.node($0).name }.contains { $0.contains("★") || $0.contains("▲") })
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
