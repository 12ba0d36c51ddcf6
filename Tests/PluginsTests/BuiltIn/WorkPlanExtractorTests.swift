import Foundation
import Graph
import Testing
@testable import Plugins

/// Checks the work-plan extractor against a careful reading of
/// graphs/wuhan-cppcc/documents/2025-05-05-work-plan-proposal-2.txt.
@Suite struct WorkPlanExtractorTests {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func extract(_ text: String, id: String = "plan", date: String? = "2025-05-05") throws -> PropertyGraph {
        let registry = try PluginRegistry(plugins: [WorkPlansPlugin()])
        var graph = PropertyGraph()
        let document = SourceDocument(id: id, title: "plan", date: date, kind: "work-plan", text: text)
        for extractor in registry.extractors {
            try extractor.item.extract(from: document, context: registry.extractionContext, into: &graph)
        }
        return graph
    }

    static let wuhan: PropertyGraph = {
        let url = packageRoot.appendingPathComponent("graphs/wuhan-cppcc/documents/2025-05-05-work-plan-proposal-2.txt")
        return try! extract(String(contentsOf: url, encoding: .utf8), id: "2025-05-05-work-plan-proposal-2")
    }()

    /// The units of each task as the document writes them (aliases resolved by the graph's name index).
    static let expected: [(code: String, title: String, leads: [String], responsible: [String])] = [
        ("(一)1", "加快传统产业转型升级", ["市经信局"],
         ["市自然资源和城乡建设局", "市文旅局", "市商务局", "市卫健委", "市教育局", "市交通运输局", "市发改委", "市投资促进局", "市委宣传部", "各区人民政府"]),
        ("(一)2", "推进新兴产业加快崛起", ["市发改委", "市经信局"],
         ["市科技创新局", "市市场监管局", "市投资促进局", "各“965”产业链牵头单位", "各区人民政府"]),
        ("(一)3", "加快未来产业前瞻布局", ["市科技创新局"], ["市经信局", "市发改委", "市教育局", "各区人民政府"]),
        ("(二)1", "积极承接沿海产业梯度转移", ["市发改委"], ["市商务局", "市投资促进局", "市交通运输局", "市经信局", "各区人民政府"]),
        ("(二)2", "加快中心城区产业转型闯关", ["市发改委"],
         ["各相关区人民政府", "市经信局", "市科技创新局", "市自然资源和城乡建设局", "市住房和城市更新局", "市商务局", "市市场监管局", "市投资促进局", "市教育局"]),
        ("(二)3", "强化错位发展和区域协同", ["市发改委"],
         ["各相关区人民政府", "市委网信办", "市经信局", "市科技创新局", "市交通运输局", "市数据局", "市投资促进局", "市自然资源和城乡建设局"]),
        ("(三)1", "强化人才保障", ["市人才工作局"], ["市人社局", "市教育局", "市科技创新局", "市投资促进局", "各区人民政府", "武汉人才集团"]),
        ("(三)2", "强化资金保障", ["市委金融办", "市科技创新局"], ["市财政局", "各区人民政府", "武汉金控集团", "武汉投控集团"]),
        ("(三)3", "强化数据要素保障", ["市数据局", "市经信局"], ["各区人民政府", "武汉投控集团"]),
    ]

    static func task(_ graph: PropertyGraph, code: String) -> Node? {
        graph.nodes(withLabel: "Task").map(graph.node).first { $0.properties["code"] == .string(code) }
    }

    static func units(_ graph: PropertyGraph, of task: Node, type: String) -> Set<NodeID> {
        Set(graph.incoming(task.id).map(graph.relationship).filter { $0.type == type }.map(\.start))
    }

    static func agency(_ graph: PropertyGraph, _ name: String) -> NodeID? {
        let ids = graph.nodes(named: name).filter { graph.node($0).hasLabel("Agency") }
        return ids.count == 1 ? ids[0] : nil
    }

    @Test func findsExactlyTheNineTasks() {
        let tasks = Self.wuhan.nodes(withLabel: "Task").map(Self.wuhan.node)
        #expect(tasks.compactMap { $0.properties["code"]?.stringValue } == Self.expected.map(\.code))
        #expect(tasks.compactMap { $0.properties["title"]?.stringValue } == Self.expected.map(\.title))
    }

    @Test(arguments: expected.map(\.code))
    func eachTaskHasExactlyItsUnits(code: String) throws {
        let graph = Self.wuhan
        let want = try #require(Self.expected.first { $0.code == code })
        let task = try #require(Self.task(graph, code: code))
        let leads = want.leads.compactMap { Self.agency(graph, $0) }
        let responsible = want.responsible.compactMap { Self.agency(graph, $0) }
        #expect(leads.count == want.leads.count, "every lead unit resolves to one Agency")
        #expect(responsible.count == want.responsible.count, "every responsible unit resolves to one Agency")
        #expect(Self.units(graph, of: task, type: "LEADS") == Set(leads))
        #expect(Self.units(graph, of: task, type: "RESPONSIBLE_FOR") == Set(responsible))
    }

    @Test func aliasesMergeIntoOneAgency() throws {
        let graph = Self.wuhan
        let ndrc = try #require(Self.agency(graph, "市发改委"))
        #expect(graph.node(ndrc).name == "市发展和改革委员会")
        #expect(Self.agency(graph, "市发展改革委") == ndrc)
        let tech = try #require(Self.agency(graph, "市科技创新局"))
        #expect(Self.agency(graph, "市科创局") == tech)
        // An entry marked `city: 武汉` keeps all its aliases in a 武汉 document.
        let land = try #require(Self.agency(graph, "市自然资源和城乡建设局"))
        #expect(Self.agency(graph, "市资规局") == land)
        #expect(graph.nodes(withLabel: "Agency").count == 25)
    }

    @Test func tasksImplementProposalTwo() throws {
        let graph = Self.wuhan
        let proposals = graph.nodes(withLabel: "Proposal").map(graph.node)
        #expect(proposals.count == 1)
        let proposal = try #require(proposals.first)
        #expect(proposal.properties["number"] == 2)
        #expect(proposal.properties["term"] == 14)
        #expect(proposal.properties["session"] == 4)
        #expect(proposal.properties["title"] == "关于加快产业转型闯关 打造支撑中部地区崛起重要增长极的建议案")
        let parts = graph.incoming(proposal.id).map(graph.relationship).filter { $0.type == "PART_OF" }
        #expect(parts.count == 9)
        let records = graph.incoming(proposal.id).map(graph.relationship).filter { $0.type == "RECORDS" }
        #expect(records.count == 1)
    }

    /// The canonical question, answered by walking the graph.
    @Test func unitsOwningArtificialIntelligenceTasks() throws {
        let graph = Self.wuhan
        let ai = try #require(graph.nodes(named: "人工智能").first)
        var rows: Set<String> = []
        for about in graph.incoming(ai).map(graph.relationship) where about.type == "ABOUT" {
            let task = graph.node(about.start)
            for r in graph.incoming(task.id).map(graph.relationship) where r.type == "LEADS" || r.type == "RESPONSIBLE_FOR" {
                rows.insert("\(graph.node(r.start).name!) \(r.type) \(task.properties["code"]!.stringValue!)")
            }
        }
        // (一)1 names 人工智能 and 大模型; (三)3 names 智算 and 算力; no other task has an AI trigger.
        #expect(rows.contains("市经济和信息化局 LEADS (一)1"))
        #expect(rows.contains("市数据局 LEADS (三)3"))
        #expect(rows.contains("市经济和信息化局 LEADS (三)3"))
        #expect(rows.contains("武汉投控集团 RESPONSIBLE_FOR (三)3"))
        #expect(rows.filter { $0.hasSuffix("(一)1") }.count == 11)
        #expect(rows.filter { $0.hasSuffix("(三)3") }.count == 4)
        #expect(rows.count == 15)
    }

    @Test func everyFactQuotesItsSource() throws {
        let graph = Self.wuhan
        let bytes = Array(try String(contentsOf: Self.packageRoot.appendingPathComponent(
            "graphs/wuhan-cppcc/documents/2025-05-05-work-plan-proposal-2.txt"), encoding: .utf8).utf8)
        for node in graph.nodes { #expect(!node.sources.isEmpty, "node \(node.name ?? "") has a source") }
        for r in graph.relationships {
            #expect(!r.sources.isEmpty)
            for s in r.sources {
                #expect(String(decoding: bytes[s.offset..<(s.offset + s.length)], as: UTF8.self) == s.quote)
            }
        }
        let task = try #require(Self.task(graph, code: "(三)2"))
        let lead = try #require(graph.incoming(task.id).map(graph.relationship).first { $0.type == "LEADS" })
        #expect(lead.sources.first?.quote == "市委金融办")
    }

    /// A plan in another layout: full-width punctuation, `１．` numbering, 配合单位,
    /// `(A、B负责)`, units on their own line, a `(３)` sub-item, and a "负责" sentence that is not a task.
    @Test func readsOtherLayouts() throws {
        let url = Self.packageRoot.appendingPathComponent("Tests/PluginsTests/Fixtures/work-plan-fullwidth.txt")
        let graph = try Self.extract(String(contentsOf: url, encoding: .utf8), date: "2026-04-01")
        let codes = graph.nodes(withLabel: "Task").map(graph.node).compactMap { $0.properties["code"]?.stringValue }
        #expect(codes == ["(一)1", "(一)2", "(二)1", "(二)1(3)", "(三)1"])
        // 责任单位:…、市地方金融管理局(牵头)、…: the unit marked 牵头 leads.
        let funding = try #require(Self.task(graph, code: "(三)1"))
        #expect(Self.units(graph, of: funding, type: "LEADS") == Set([Self.agency(graph, "市金融局")!]))
        #expect(Self.units(graph, of: funding, type: "RESPONSIBLE_FOR").count == 2)
        let first = try #require(Self.task(graph, code: "(一)1"))
        #expect(Self.units(graph, of: first, type: "LEADS") == Set([Self.agency(graph, "市发展和改革委员会")!]))
        let helpers = graph.incoming(first.id).map(graph.relationship).filter { $0.type == "RESPONSIBLE_FOR" }
        #expect(helpers.count == 3)
        #expect(helpers.allSatisfy { $0.properties["role"] == "配合单位" })
        let second = try #require(Self.task(graph, code: "(一)2"))
        // (A、B、C负责) in a plan that never says the first listed leads: three responsible, no lead.
        #expect(Self.units(graph, of: second, type: "LEADS").isEmpty)
        #expect(Self.units(graph, of: second, type: "RESPONSIBLE_FOR") == Set(["市经信局", "市商务局", "市文化旅游局"].compactMap { Self.agency(graph, $0) }))
        let elderly = try #require(Self.task(graph, code: "(二)1"))
        #expect(Self.units(graph, of: elderly, type: "LEADS") == Set([Self.agency(graph, "市民政局")!]))
        let industries = Set(graph.outgoing(first.id).map(graph.relationship).filter { $0.type == "ABOUT" }.map { graph.node($0.end).name! })
        #expect(industries == ["低空经济", "人工智能"])
        let proposal = try #require(graph.nodes(withLabel: "Proposal").first.map(graph.node))
        #expect(proposal.properties["number"] == 3)
        #expect(proposal.properties["term"] == 15)
    }

    /// The names of the units of `type` for the task `code`.
    static func unitNames(_ graph: PropertyGraph, code: String, type: String) -> Set<String> {
        guard let task = task(graph, code: code) else { return [] }
        return Set(units(graph, of: task, type: type).compactMap { graph.node($0).name })
    }

    /// Another city's plan: labelled lists separated by `,` or a full-width
    /// space, units after the sentences with no bracket, and unit names with an
    /// administrative bracket (各区、县(市)政府, 各区(市)县政府).
    @Test func readsUnitListsOfOtherCities() throws {
        let url = Self.packageRoot.appendingPathComponent("Tests/PluginsTests/Fixtures/work-plan-hangzhou.txt")
        let graph = try Self.extract(String(contentsOf: url, encoding: .utf8), date: "2026-04-01")
        let codes = graph.nodes(withLabel: "Task").map(graph.node).compactMap { $0.properties["code"]?.stringValue }
        #expect(codes == ["(一)1", "(一)2", "(一)3", "(二)1", "(二)2", "(二)3"])
        // Units with no bracket of their own, the last one with a note in brackets.
        #expect(Self.unitNames(graph, code: "(二)3", type: "LEADS") == ["市数据资源局"])
        #expect(Self.unitNames(graph, code: "(二)3", type: "RESPONSIBLE_FOR") == ["各区县(市)政府"])
        // 杭州's 市科技局 is its own bureau, not 武汉's 市科技创新局 (an entry marked `city: 武汉`),
        // and no node of this graph carries a 武汉市… alias.
        #expect(Self.unitNames(graph, code: "(一)1", type: "RESPONSIBLE_FOR") == ["市科技局"])
        #expect(graph.nodes(named: "市科技创新局").isEmpty)
        #expect(!graph.indexedNames.contains { $0.hasPrefix("武汉") })
        let ndrc = try #require(Self.agency(graph, "市发改委"))
        #expect(graph.node(ndrc).name == "市发展和改革委员会")
        #expect(Self.unitNames(graph, code: "(一)1", type: "LEADS").count == 1)
        #expect(Self.unitNames(graph, code: "(一)2", type: "LEADS") == ["市卫生健康委员会"])
        let healthcare = try #require(Self.task(graph, code: "(一)2"))
        #expect(Self.units(graph, of: healthcare, type: "RESPONSIBLE_FOR") == Set(["市医保局", "市数据资源局"].compactMap { Self.agency(graph, $0) }))
        #expect(Self.task(graph, code: "(一)2")?.properties["title"] == "发展智慧医疗")
        #expect(Self.unitNames(graph, code: "(一)3", type: "LEADS") == ["市发展和改革委员会"])
        #expect(Self.unitNames(graph, code: "(一)3", type: "RESPONSIBLE_FOR") == ["市公安局"])
        #expect(Self.unitNames(graph, code: "(二)1", type: "RESPONSIBLE_FOR") == ["各区、县(市)政府"])
        #expect(Self.unitNames(graph, code: "(二)2", type: "LEADS").isEmpty)
        #expect(Self.unitNames(graph, code: "(二)2", type: "RESPONSIBLE_FOR") == ["市文广旅局", "各区(市)县政府"])
        #expect(graph.nodes(withLabel: "Agency").allSatisfy { !(graph.node($0).name ?? "").contains(":") })
    }

    /// Labels on lines of their own whose values close with a full stop, and a collective of
    /// levels written with 、 and no bracket (各县、市、区政府): the stop is no part of a unit,
    /// and the levels are one unit, not 各县, 市 and 区政府.
    @Test func labelValuesClosedByAStopAndLevelsListedWithCommas() throws {
        let text = """
        某市人民政府关于2021年重点工作及责任分解的通知

        一、确保完成全年主要预期目标

        1. 全市地区生产总值增长7%左右。

        牵头责任单位:市发展改革委。

        协同责任单位:市统计局、市商务局,各县、市、区政府。

        2. 一般公共预算收入增长6%。

        牵头责任单位:市财政局。

        协同责任单位:市税务局。
        """
        let graph = try Self.extract(text, date: "2021-02-01")
        let first = graph.nodes(withLabel: "Task").first { (graph.node($0).properties["title"]?.stringValue ?? "").hasPrefix("全市地区生产总值") }
        let second = graph.nodes(withLabel: "Task").first { (graph.node($0).properties["title"]?.stringValue ?? "").hasPrefix("一般公共预算收入") }
        #expect(first != nil && second != nil)
        func units(_ task: NodeID?, _ type: String) -> Set<String> {
            guard let task else { return [] }
            return Set(graph.incoming(task).map(graph.relationship).filter { $0.type == type }.compactMap { graph.node($0.start).name })
        }
        // The lexicon knows 市发展改革委 by its full name; the point is one unit, with no stop.
        #expect(units(first, "LEADS").count == 1 && units(first, "LEADS").allSatisfy { !$0.contains("。") })
        #expect(units(first, "RESPONSIBLE_FOR") == ["市统计局", "市商务局", "各县、市、区政府"])
        #expect(units(second, "LEADS") == ["市财政局"])
        #expect(units(second, "RESPONSIBLE_FOR") == ["市税务局"])
    }

    /// A plan whose only unit word is its table's `负责部门` header (no 单位 anywhere), written one cell
    /// to a line with bars between (`Fixtures/plan-layouts`: municipal-bar-lines-between-cells-department-header;
    /// its units are scored by `WorkPlanRealLayoutTests`): its rows are read, deadlines kept; 部门 in prose opens nothing.
    @Test func aDepartmentColumnHeaderAloneMakesAPlan() throws {
        let url = Self.packageRoot.appendingPathComponent("Tests/PluginsTests/Fixtures/plan-layouts/plans/municipal-bar-lines-between-cells-department-header.txt")
        let (_, text) = try ExtractionScoreTests.split(url)
        let graph = try Self.extract(text, date: "2019-02-01")
        let tasks = graph.nodes(withLabel: "Task").map(graph.node)
        #expect(tasks.count == 4)
        let first = try #require(tasks.first { $0.properties["title"]?.stringValue?.hasPrefix("健全城乡环境整治协调机制") == true })
        #expect(first.properties["deadline"] == .string("2019年3月底前"))
        for header in ["序号\n工作任务\n负责部门\n", "| 序号 | 工作任务 | 配合部门 |", "序号\t任务\t牵头负责部门\t完成时限", "序号  工作任务  负责部门  时间进度", "负责部门"] {
            #expect(WorkPlanExtractor.hasDepartmentColumnHeader(Array(header.utf8)), "\(header)")
        }
        for prose in ["请各有关部门按照职责分工抓好工作。", "会议要求,市直各部门\n要加强协作。", "市政府办公室、市政府研究室等市直有关部门\n", "部门预算"] {
            #expect(!WorkPlanExtractor.hasDepartmentColumnHeader(Array(prose.utf8)), "\(prose)")
        }
    }
}
