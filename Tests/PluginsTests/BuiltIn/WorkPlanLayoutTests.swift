import Foundation
import Graph
import Testing
@testable import Plugins

/// Work plans of other levels and layouts: labels on lines of their own, lists
/// mixing 、 , and spaces, trailing 等有关部门, notes in brackets, and a
/// national plan whose `（A、B负责）` lists lead with the first unit.
@Suite struct WorkPlanLayoutTests {
    static func extract(_ fixture: String) throws -> PropertyGraph {
        let url = WorkPlanExtractorTests.packageRoot.appendingPathComponent("Tests/PluginsTests/Fixtures/\(fixture)")
        return try WorkPlanExtractorTests.extract(String(contentsOf: url, encoding: .utf8), id: fixture, date: "2026-03-01")
    }

    /// The unit names of `type` for the task whose title starts with `title`.
    static func units(_ graph: PropertyGraph, _ title: String, _ type: String) -> [String: String] {
        guard let task = graph.nodes(withLabel: "Task").first(where: { (graph.node($0).properties["title"]?.stringValue ?? "").hasPrefix(title) })
        else { return [:] }
        var found: [String: String] = [:]
        for r in graph.incoming(task).map(graph.relationship) where r.type == type {
            found[graph.node(r.start).name!] = r.properties["role"]?.stringValue ?? ""
        }
        return found
    }

    @Test func provincialPlanWithLabelsOnTheirOwnLines() throws {
        let g = try Self.extract("work-plan-province-own-lines.txt")
        #expect(g.nodes(withLabel: "Task").count == 4)
        #expect(Self.units(g, "推进千兆光网进小区", "LEADS").keys.sorted() == ["省通信管理局"])
        #expect(Set(Self.units(g, "推进千兆光网进小区", "RESPONSIBLE_FOR").keys) == ["省工业和信息化厅", "省发展改革委", "各设区市人民政府"])
        #expect(Self.units(g, "布局算力枢纽节点", "LEADS").keys.sorted() == ["省发展改革委"])
        let helpers = Self.units(g, "布局算力枢纽节点", "RESPONSIBLE_FOR")
        #expect(Set(helpers.keys) == ["省数据管理局", "省能源局", "国网福建省电力有限公司"])
        #expect(helpers.values.allSatisfy { $0 == "配合单位" })
        #expect(Self.units(g, "做强集成电路产业", "LEADS").keys.sorted() == ["省工业和信息化厅"])
        #expect(Set(Self.units(g, "做强集成电路产业", "RESPONSIBLE_FOR").keys) == ["省科技厅", "省财政厅"])
        // Three label lines under one task.
        #expect(Self.units(g, "培育数据要素市场", "LEADS").keys.sorted() == ["省数据管理局"])
        #expect(Set(Self.units(g, "培育数据要素市场", "RESPONSIBLE_FOR").keys) == ["省市场监管局", "省委网信办", "省公安厅"])
        // The salutation listing recipients is no task and names no unit.
        #expect(g.nodes(withLabel: "Agency").allSatisfy { !(g.node($0).name ?? "").contains("管委会") })
    }

    @Test func nationalPlanLeadsWithTheFirstListed() throws {
        let g = try Self.extract("work-plan-national-first-leads.txt")
        #expect(g.nodes(withLabel: "Task").count == 4)
        #expect(Self.units(g, "推进千兆光网建设", "LEADS").keys.sorted() == ["工业和信息化部"])
        #expect(Self.units(g, "推进千兆光网建设", "RESPONSIBLE_FOR").keys.sorted() == ["国家发展和改革委员会"])
        #expect(Self.units(g, "布局全国一体化算力网络", "LEADS").keys.sorted() == ["国家发展和改革委员会"])
        #expect(Set(Self.units(g, "布局全国一体化算力网络", "RESPONSIBLE_FOR").keys) == ["中央网络安全和信息化委员会办公室", "工业和信息化部", "国家能源局"])
        #expect(Self.units(g, "实施中小企业数字化赋能专项行动", "LEADS").keys.sorted() == ["工业和信息化部"])
        #expect(Set(Self.units(g, "实施中小企业数字化赋能专项行动", "RESPONSIBLE_FOR").keys) == ["财政部", "商务部", "国家市场监督管理总局"])
        #expect(Self.units(g, "发展数字普惠金融", "LEADS").keys.sorted() == ["中国人民银行"])
        #expect(Set(Self.units(g, "发展数字普惠金融", "RESPONSIBLE_FOR").keys) == ["国家金融监督管理总局", "中国证券监督管理委员会"])
        // Aliases merged: 国家发展改革委 in three tasks is one agency.
        #expect(g.nodes(named: "国家发展改革委").count == 1)
        // A national plan binds no city's unit.
        #expect(!g.indexedNames.contains { $0.hasPrefix("武汉") })
        #expect(g.nodes(named: "市发展和改革委员会").isEmpty)
    }
}

extension WorkPlanLayoutTests {
    /// A municipal plan that says once that the first unit listed leads, with
    /// lists of responsible units only, mixed separators and notes in brackets.
    @Test func firstListedLeadsWhenThePlanSaysSo() throws {
        let g = try Self.extract("work-plan-chengdu-first-listed.txt")
        #expect(g.nodes(withLabel: "Task").count == 3)
        #expect(Self.units(g, "建设低空飞行服务站", "LEADS").keys.sorted() == ["市交通运输局"])
        #expect(Set(Self.units(g, "建设低空飞行服务站", "RESPONSIBLE_FOR").keys)
            == ["市发展和改革委员会", "市规划和自然资源局", "各区(市)县政府"])
        // Short names merge into the units' full names (市经信局 = 市经济和信息化局).
        #expect(Self.units(g, "开放低空应用场景", "LEADS").keys.sorted() == ["市经济和信息化局"])
        #expect(Set(Self.units(g, "开放低空应用场景", "RESPONSIBLE_FOR").keys) == ["市应急管理局", "市公安局"])
        // A list with its own lead keeps it.
        #expect(Self.units(g, "培育低空制造企业", "LEADS").keys.sorted() == ["市经济和信息化局"])
        #expect(Set(Self.units(g, "培育低空制造企业", "RESPONSIBLE_FOR").keys) == ["市科技局", "市投资促进局"])
        // 成都's 市经信局 is its own bureau, not 武汉's (the manifest-less text names 成都市人民政府).
        #expect(!g.indexedNames.contains { $0.hasPrefix("武汉") })
    }
}

extension WorkPlanLayoutTests {
    /// A district's plan: 牵头部门/责任部门 and 主办单位/协办单位 on lines of their
    /// own, a bracket whose lists are separated by full-width spaces, and
    /// `（A牵头，B、C等部门配合）`.
    @Test func districtPlanWithDepartmentLabels() throws {
        let g = try Self.extract("work-plan-district-nanjing.txt")
        #expect(g.nodes(withLabel: "Task").count == 4)
        #expect(Self.units(g, "打造算力基础设施", "LEADS").keys.sorted() == ["区发改委"])
        #expect(Set(Self.units(g, "打造算力基础设施", "RESPONSIBLE_FOR").keys) == ["区工信局", "区数据局", "江宁开发区管委会"])
        #expect(Self.units(g, "建设人工智能创新平台", "LEADS").keys.sorted() == ["区科技局"])
        #expect(Set(Self.units(g, "建设人工智能创新平台", "RESPONSIBLE_FOR").keys) == ["区财政局", "区人社局", "各街道"])
        #expect(Self.units(g, "拓展应用场景", "LEADS").keys.sorted() == ["区工信局"])
        #expect(Self.units(g, "拓展应用场景", "RESPONSIBLE_FOR") == ["区卫健委": "配合", "区教育局": "配合"])
        #expect(Self.units(g, "优化产业生态", "LEADS").keys.sorted() == ["区投促中心"])
        #expect(Self.units(g, "优化产业生态", "RESPONSIBLE_FOR") == ["区市场监管局": "协办单位", "区金融办": "协办单位"])
    }

    /// A heading whose text is on the next line and whose labels follow it; a list that
    /// ends a line before the next heading or a closing paragraph; 等有关执法部门.
    @Test func headingsWithTheirTextAboveTheirLabels() throws {
        let g = try WorkPlanExtractorTests.extract("""
            柳州市2018年深化改革重点任务分工

            一、推进“多证合一”改革
            在“五证合一”基础上，将更多涉企证照事项整合到营业执照。
            牵头单位：市工商局
            责任单位：市质监局、市人社局

            二、推行“双随机、一公开”监管
            建立随机抽查事项清单，抽查结果及时向社会公开。
            牵头单位：市工商局
            配合单位：市食药监局、市城管局等有关执法部门

            三、加快构建现代化基础设施体系
            1.推进轨道交通建设。加快地铁1号线建设，推进枢纽配套工程。牵头单位：市交通运输局；责任单位：市发展改革委、柳州地铁集团有限公司

            四、持续增进民生福祉
            2.办好民生实事。牵头单位：市人民政府办公室；责任单位：市民政局、市卫生健康委员会

            各牵头单位要会同责任单位细化工作措施，明确时间节点。
            """)
        #expect(Self.units(g, "推进“多证合一”改革", "LEADS").keys.sorted() == ["市工商局"])
        #expect(Set(Self.units(g, "推进“多证合一”改革", "RESPONSIBLE_FOR").keys) == ["市质监局", "市人力资源和社会保障局"])
        #expect(Set(Self.units(g, "推行“双随机、一公开”监管", "RESPONSIBLE_FOR").keys) == ["市食药监局", "市城管局"])
        #expect(Set(Self.units(g, "推进轨道交通建设", "RESPONSIBLE_FOR").keys) == ["市发展和改革委员会", "柳州地铁集团有限公司"])
        #expect(Set(Self.units(g, "办好民生实事", "RESPONSIBLE_FOR").keys) == ["市民政局", "市卫生健康委员会"])
        let titles = g.nodes(withLabel: "Task").compactMap { g.node($0).properties["title"]?.stringValue }
        #expect(titles.contains("推进“多证合一”改革") && titles.count == 4, "\(titles)")
    }

    /// A table with a task column and a content column: the task names the task.
    @Test func aTableNamesItsTaskInItsFirstTaskColumn() throws {
        let g = try WorkPlanExtractorTests.extract("""
            序号\t重点任务\t具体内容\t牵头单位\t责任单位\t完成时限
            1\t压缩企业开办时间\t企业开办全流程压缩至1个工作日以内\t市市场监管局\t市公安局、市税务局\t2023年6月底
            2\t加强知识产权保护\t建立知识产权快速维权机制\t市市场监管局（市知识产权局）\t市中级人民法院、市公安局\t持续推进
            """)
        let titles = Set(g.nodes(withLabel: "Task").compactMap { g.node($0).properties["title"]?.stringValue })
        #expect(titles == ["压缩企业开办时间", "加强知识产权保护"])
        #expect(Set(Self.units(g, "加强知识产权保护", "RESPONSIBLE_FOR").keys) == ["市中级人民法院", "市公安局"])
    }

    /// Found by the fuzzer: a task line with no text of its own (`1.`) whose labels follow.
    @Test func aTaskLineWithNoTextOfItsOwn() throws {
        let g = try WorkPlanExtractorTests.extract("一、\n（666666666666666666666666666666666666666666666666666伀）\n1.\n绻单位：-、、\n％发言责任单位：、、\n％发言？？\n")
        #expect(g.nodes(withLabel: "Task").allSatisfy { g.node($0).properties["title"]?.stringValue?.isEmpty == false })
        // With no text, the task's number as written names it.
        let h = try WorkPlanExtractorTests.extract("1.\n牵头单位：市科技局\n责任单位：市财政局\n")
        #expect(Self.units(h, "1.", "LEADS").keys.sorted() == ["市科技局"])
    }

    /// A table written with bars, as one copied out of a web page or a markdown file arrives.
    @Test func aTableWrittenWithBars() throws {
        let g = try WorkPlanExtractorTests.extract("""
            序号 | 重点任务 | 主要内容 | 牵头单位 | 责任单位 | 完成时限
            1 | 加强采空区生态修复 | 完成历史遗留矿山修复 | 市自然资源和规划局、市能源局 | 市应急管理局、市财政局 | 2024年12月
            | 2 | 完善生态环境监测网络 | 新建水质自动监测站 | 市生态环境局 | 市气象局 | 2024年9月 |
            """)
        #expect(Set(Self.units(g, "加强采空区生态修复", "LEADS").keys) == ["市自然资源和规划局", "市能源局"])
        #expect(Set(Self.units(g, "完善生态环境监测网络", "RESPONSIBLE_FOR").keys) == ["市气象局"])
    }
}
