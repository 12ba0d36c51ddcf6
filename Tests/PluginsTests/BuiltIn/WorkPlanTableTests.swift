import Foundation
import Graph
import Testing
@testable import Plugins

/// Work plans whose task list is a table flattened to text (columns separated
/// by tabs or runs of spaces under a header row `序号 任务 牵头单位 责任单位
/// 完成时限`), and plans numbered `①` and `(1)` whose brackets say
/// `按职责分工负责`.
@Suite struct WorkPlanTableTests {
    /// Short names merge into the units' full names, as in every other layout
    /// (市市场监管局 = 市市场监督管理局, 市人社局 = 市人力资源和社会保障局).
    @Test func tabSeparatedTableWithLeadAndResponsibleColumns() throws {
        let g = try WorkPlanLayoutTests.extract("work-plan-table-tabs.txt")
        #expect(g.nodes(withLabel: "Task").count == 4)
        #expect(WorkPlanLayoutTests.units(g, "推行企业开办", "LEADS").keys.sorted() == ["市市场监督管理局"])
        #expect(Set(WorkPlanLayoutTests.units(g, "推行企业开办", "RESPONSIBLE_FOR").keys) == ["市公安局", "市税务局", "市人力资源和社会保障局"])
        #expect(WorkPlanLayoutTests.units(g, "深化工程建设项目审批制度改革", "LEADS").keys.sorted() == ["市住房城乡建设局"])
        #expect(Set(WorkPlanLayoutTests.units(g, "深化工程建设项目审批制度改革", "RESPONSIBLE_FOR").keys) == ["市自然资源和规划局", "市发展和改革委员会"])
        // An empty cell names no unit; the deadline column is no unit.
        #expect(WorkPlanLayoutTests.units(g, "优化纳税缴费服务", "LEADS").keys.sorted() == ["市税务局"])
        #expect(WorkPlanLayoutTests.units(g, "优化纳税缴费服务", "RESPONSIBLE_FOR").isEmpty)
        // 市直有关部门 listed as a unit of its own after a named unit is kept.
        #expect(Set(WorkPlanLayoutTests.units(g, "加强知识产权保护", "RESPONSIBLE_FOR").keys) == ["各区人民政府", "市直有关部门"])
        #expect(g.nodes(withLabel: "Agency").allSatisfy { !(g.node($0).name ?? "").contains("年") })
        // The deadline is kept on the task.
        let task = try #require(g.nodes(withLabel: "Task").map(g.node).first { $0.properties["title"]?.stringValue?.hasPrefix("推行企业开办") == true })
        #expect(task.properties["deadline"] == .string("2024年6月底"))
    }

    @Test func spaceAlignedTableWithOnlyResponsibleUnits() throws {
        let g = try WorkPlanLayoutTests.extract("work-plan-table-spaces.txt")
        #expect(g.nodes(withLabel: "Task").count == 4)
        #expect(Set(WorkPlanLayoutTests.units(g, "建设国家级互联网骨干直联点扩容", "RESPONSIBLE_FOR").keys) == ["市大数据局", "市通信管理办公室"])
        #expect(WorkPlanLayoutTests.units(g, "推进数据中心集群建设", "RESPONSIBLE_FOR").keys.sorted() == ["市发展和改革委员会"])
        #expect(Set(WorkPlanLayoutTests.units(g, "培育软件和信息技术服务业", "RESPONSIBLE_FOR").keys) == ["市工业和信息化局", "各区(市、县)人民政府"])
        // A unit marked (牵头) in a responsible column leads.
        #expect(WorkPlanLayoutTests.units(g, "开展数据要素市场化配置改革试点", "LEADS").keys.sorted() == ["市大数据局"])
        #expect(WorkPlanLayoutTests.units(g, "开展数据要素市场化配置改革试点", "RESPONSIBLE_FOR").keys.sorted() == ["市财政局"])
    }

    @Test func circledNumbersAndDutySharing() throws {
        let g = try WorkPlanLayoutTests.extract("work-plan-circled-numbers.txt")
        #expect(g.nodes(withLabel: "Task").count == 4)
        #expect(WorkPlanLayoutTests.units(g, "推行“一件事”集成服务", "LEADS").keys.sorted() == ["市行政服务中心管委会"])
        #expect(WorkPlanLayoutTests.units(g, "推行“一件事”集成服务", "RESPONSIBLE_FOR").keys.sorted() == ["市直有关部门"])
        // (A、B、C按职责分工负责) where the plan never says the first listed leads: all three responsible, no lead.
        #expect(WorkPlanLayoutTests.units(g, "推行惠企政策", "LEADS").isEmpty)
        #expect(Set(WorkPlanLayoutTests.units(g, "推行惠企政策", "RESPONSIBLE_FOR").keys) == ["市财政局", "市人力资源和社会保障局", "市工信局"])
        #expect(WorkPlanLayoutTests.units(g, "保障重点项目用地需求", "LEADS").keys.sorted() == ["市自然资源局"])
        #expect(WorkPlanLayoutTests.units(g, "保障重点项目用地需求", "RESPONSIBLE_FOR").keys.sorted() == ["各县(区)人民政府"])
        #expect(Set(WorkPlanLayoutTests.units(g, "降低企业物流成本", "RESPONSIBLE_FOR").keys) == ["市交通运输局", "各县(区)人民政府"])
    }
}

extension WorkPlanTableTests {
    /// A deadline written among the units (`完成时限:…` as a label, `…负责,2023年底前完成`)
    /// is the task's deadline, not a unit; `由A牵头` names A.
    @Test func deadlinesAmongTheUnits() throws {
        let g = try WorkPlanLayoutTests.extract("work-plan-deadlines-in-brackets.txt")
        #expect(g.nodes(withLabel: "Task").count == 4)
        #expect(WorkPlanLayoutTests.units(g, "举办“龙城消费节”系列活动", "LEADS").keys.sorted() == ["市商务局"])
        #expect(WorkPlanLayoutTests.units(g, "举办“龙城消费节”系列活动", "RESPONSIBLE_FOR").keys.sorted() == ["各辖市、区人民政府"])
        #expect(WorkPlanLayoutTests.units(g, "发展夜间经济", "LEADS").keys.sorted() == ["市商务局"])
        #expect(Set(WorkPlanLayoutTests.units(g, "发展夜间经济", "RESPONSIBLE_FOR").keys) == ["市文广旅局", "市公安局"])
        // (A、B、C按职责分工负责,…) in a plan that never says the first listed leads: no lead.
        #expect(WorkPlanLayoutTests.units(g, "促进汽车消费", "LEADS").isEmpty)
        #expect(Set(WorkPlanLayoutTests.units(g, "促进汽车消费", "RESPONSIBLE_FOR").keys) == ["市商务局", "市公安局", "市税务局"])
        #expect(WorkPlanLayoutTests.units(g, "完善社区商业设施", "LEADS").keys.sorted() == ["市住建局"])
        #expect(Set(WorkPlanLayoutTests.units(g, "完善社区商业设施", "RESPONSIBLE_FOR").keys) == ["市商务局", "市自然资源规划局"])
        let deadlines = Dictionary(uniqueKeysWithValues: g.nodes(withLabel: "Task").map(g.node).map {
            ($0.properties["code"]?.stringValue ?? "", $0.properties["deadline"]?.stringValue ?? "")
        })
        #expect(deadlines == ["(一)1": "2023年12月底", "(一)2": "", "(一)3": "2023年底前完成", "(一)4": "持续推进"])
        #expect(g.nodes(withLabel: "Agency").allSatisfy { !(g.node($0).name ?? "").contains("年") && !(g.node($0).name ?? "").hasPrefix("由") })
    }
}
