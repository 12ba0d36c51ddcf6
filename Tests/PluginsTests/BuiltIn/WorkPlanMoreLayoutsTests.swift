import Foundation
import Graph
import Testing
@testable import Plugins

/// The layouts of `Fixtures/plan-layouts` added for issue 9 item 6 (their units are scored by
/// `WorkPlanRealLayoutTests`), and what they must not read: a numbered target's bracket of bare
/// unit names, a table copied as lines with single spaces between its cells, bar tables with
/// spaced header words and a leader's column, a progress notice's labels on one line, and a
/// `部门分工:` label after a leader's line.
@Suite struct WorkPlanMoreLayoutsTests {
    static func extract(text: String, city: String? = "某市") throws -> PropertyGraph {
        try ExtractionScoreTests.extract(text, city: city, id: "inline.txt")
    }

    static func units(of title: String, in g: PropertyGraph) -> [String: Set<String>] {
        guard let task = ExtractionScoreTests.task(titled: title, in: g) else { return [:] }
        var result: [String: Set<String>] = [:]
        for r in g.incoming(task).map(g.relationship) where r.type == "LEADS" || r.type == "RESPONSIBLE_FOR" {
            result[r.type, default: []].insert(g.node(r.start).name ?? "?")
        }
        return result
    }

    @Test func aTargetsBracketOfBareNamesGivesResponsibleUnitsCollectivesToo() throws {
        let g = try WorkPlanFlattenedLayoutTests.extract("municipal-targets-bare-brackets.txt", city: "桐溪")
        #expect(WorkPlanFlattenedLayoutTests.tasks(g).count == 7)
        let units = Self.units(of: "地区生产总值增长7%", in: g)
        #expect(units["LEADS"] == nil)
        // 市发改委 is merged with its lexicon entry.
        // A collective listed by itself (`市政府相关部门`) is a unit beside the named ones.
        #expect(units["RESPONSIBLE_FOR"] == ["市发展和改革委员会", "市政府相关部门", "各县市区政府", "桐溪经济开发区"])
        #expect(WorkPlanFlattenedLayoutTests.agencies(g).isSuperset(of: ["市政府相关部门", "有关部门"]))
        // The closing paragraph and the signature are no tasks.
        #expect(!WorkPlanFlattenedLayoutTests.titles(g).contains { $0.hasPrefix("各地各部门") })
    }

    @Test func aTargetsBracketOnTheNextLineIsItsUnitsAndANoteInABracketIsNone() throws {
        let g = try WorkPlanFlattenedLayoutTests.extract("municipal-targets-bracket-below.txt", city: "临川")
        #expect(WorkPlanFlattenedLayoutTests.tasks(g).count == 4)
        #expect(!WorkPlanFlattenedLayoutTests.titles(g).contains { $0.hasPrefix("各地各部门") })
        #expect(!WorkPlanFlattenedLayoutTests.agencies(g).contains { $0.contains("此项") })
    }

    @Test func personDocumentsGiveNoTasks() throws {
        let root = WorkPlanExtractorTests.packageRoot.appendingPathComponent("Tests/PluginsTests/Fixtures")
        for folder in ["blind", "blind-e"] {
            let files = ExtractionScoreTests.files("people", in: root.appendingPathComponent(folder))
            #expect(files.count >= 16)
            for url in files {
                let (header, text) = try ExtractionScoreTests.split(url)
                let g = try ExtractionScoreTests.extract(text, city: header.first { $0.0 == "city" }?.1, id: url.lastPathComponent)
                #expect(g.nodes(withLabel: "Task").isEmpty, "\(folder)/\(url.lastPathComponent): \(WorkPlanFlattenedLayoutTests.titles(g))")
            }
        }
    }

    @Test func aBracketThatIsNoUnitListMakesNoTask() throws {
        let text = """
        市政协召开十二届二次会议

        1.会议听取并审议了常委会工作报告(书面)。
        2.会议表彰了优秀提案(共计30件,含集体提案)。
        3.委员们分组讨论了政府工作报告(王某某、李某某主持)。
        4.大会选举产生了新一届领导班子(见附件2)。
        """
        let g = try Self.extract(text: text)
        #expect(g.nodes(withLabel: "Task").isEmpty)
        #expect(g.nodes(withLabel: "Agency").isEmpty)
    }

    @Test func aTableWithSingleSpacesGivesOneTaskPerRowUnderItsGroup() throws {
        let g = try WorkPlanFlattenedLayoutTests.extract("county-single-space-table.txt", city: "岚溪")
        #expect(WorkPlanFlattenedLayoutTests.tasks(g).count == 7)
        // A row too long for the page has its unit cell on the next line; its title is its first line's.
        #expect(WorkPlanFlattenedLayoutTests.titles(g).contains { $0.hasPrefix("新改建农村公路120公里") && !$0.contains("\n") && !$0.contains("交通运输局") })
        let investment = try #require(WorkPlanFlattenedLayoutTests.tasks(g).first { $0.properties["code"] == .string("4") })
        #expect(investment.properties["title"] == .string("全社会固定资产投资增长9%,其中工业投资增长12%"))
        #expect(investment.properties["group"] == .string("经济发展主要预期目标(4项)"))
        #expect(Self.units(of: "全社会固定资产投资增长9%", in: g)["LEADS"] == ["发改委", "经信委", "住建局"])
    }

    @Test func aHeaderSetOutCharacterByCharacterIsCutIntoItsColumns() throws {
        #expect(WorkPlanSpacedTable.words("序 号 工 作 任 务 牵 头 单 位 配 合 单 位 完 成 时 限") == ["序号", "工作任务", "牵头单位", "配合单位", "完成时限"])
        #expect(WorkPlanSpacedTable.words("序号 工 作 任 务 牵头责任单位") == ["序号", "工作任务", "牵头责任单位"])
        let g = try WorkPlanFlattenedLayoutTests.extract("district-fully-spaced-header.txt", city: "临溪")
        #expect(WorkPlanFlattenedLayoutTests.tasks(g).count == 3)
        let base = try #require(WorkPlanFlattenedLayoutTests.tasks(g).first { $0.properties["title"] == .string("建成5G基站200个") })
        #expect(base.properties["deadline"] == .string("10月底"))
    }

    @Test func aTableOfNumbersOrRowsWithoutUnitsIsNone() throws {
        let text = """
        2024年公交线网优化情况

        序号 区域 新辟线路 优化线路
        鄞州 海曙 合计 新辟线路年度目标 2 5 1
        1 鄞州区 2 5
        2 海曙区 1 3

        序号 工作任务 责任单位
        1 推进公交线网优化调整 12
        2 完成公交站台改造 全年
        本表由市交通局汇总。
        3 新增新能源公交车100辆 市交通局
        """
        let g = try Self.extract(text: text)
        // The second table ends at the line that is no row: row 3 after it is no task.
        #expect(g.nodes(withLabel: "Task").isEmpty)
        #expect(!WorkPlanFlattenedLayoutTests.agencies(g).contains { ["鄞州", "海曙", "合计", "12", "全年"].contains($0) })
    }

    @Test func barTablesReadTheirSpacedHeadersAndSkipTheLeadersColumn() throws {
        let g = try WorkPlanFlattenedLayoutTests.extract("municipal-pipe-spaced-headers.txt", city: "澄州")
        #expect(WorkPlanFlattenedLayoutTests.tasks(g).count == 6)
        #expect(!WorkPlanFlattenedLayoutTests.agencies(g).contains { $0.contains("周建平") || $0.contains("吴晓东") || $0.contains("约束性") || $0.contains("预期性") })
        // The kind's column (目标类型) is not read as the task's: the title is the first task column.
        #expect(WorkPlanFlattenedLayoutTests.titles(g).contains("建成保障性租赁住房6000套"))
        let kindergartens = try #require(WorkPlanFlattenedLayoutTests.tasks(g).first { $0.properties["title"] == .string("新建普惠性幼儿园12所") })
        #expect(kindergartens.properties["deadline"] == .string("全年"))
    }

    @Test func labelsOnOneLineEndAtTheNextLabel() throws {
        let g = try WorkPlanFlattenedLayoutTests.extract("municipal-progress-labels-one-line.txt", city: "汀州")
        #expect(WorkPlanFlattenedLayoutTests.tasks(g).count == 5)
        let agencies = WorkPlanFlattenedLayoutTests.agencies(g)
        #expect(agencies.isDisjoint(with: ["马某某", "郑某某", "何某某", "田某某"]))
        #expect(agencies.contains("相关管委会"))
        #expect(!agencies.contains { $0.contains("完成") || $0.contains("已") })
        #expect(agencies.contains("各区政府"))
        let market = try #require(WorkPlanFlattenedLayoutTests.tasks(g).first { $0.properties["title"] == .string("改造农贸市场15个") })
        #expect(market.properties["deadline"] == .string("2024年12月"))
    }

    @Test func aDivisionLabelAndLabelsAfterALeadersLine() throws {
        let g = try WorkPlanFlattenedLayoutTests.extract("provincial-division-labels.txt", city: "")
        #expect(WorkPlanFlattenedLayoutTests.tasks(g).count == 3)
        #expect(WorkPlanFlattenedLayoutTests.agencies(g).isDisjoint(with: ["陈某某", "林某某", "分管省领导"]))
        #expect(Self.units(of: "加快建设现代化产业体系", in: g)["LEADS"] == ["省发展改革委"])
        // The task's text runs to its labels, not past them.
        let investment = try #require(WorkPlanFlattenedLayoutTests.tasks(g).first { $0.properties["title"] == .string("扩大有效投资") })
        #expect(investment.properties["text"]?.stringValue?.contains("牵头单位") == false)
    }

    @Test func aProgressColumnLabelInProseIsNoUnitLabel() throws {
        // A sentence with a colon after a label: the list still ends where the next label begins, and a
        // colon with no label before it (a time, a quotation) leaves the line unread as before.
        let text = """
        1.推进老旧管网改造。牵头单位:市水务局 进展情况:已完成60%。
        2.举办消费季活动。会上市商务局负责人表示:今年将举办30场活动。
        """
        let g = try Self.extract(text: text)
        #expect(Self.units(of: "推进老旧管网改造", in: g)["LEADS"] == ["市水务局"])
        #expect(ExtractionScoreTests.task(titled: "举办消费季活动", in: g) == nil)
    }

    // MARK: Layouts not fitted to any one plan: broken cells, continued rows, units in words

    @Test func aUnitNameBrokenOverTheLinesOfANarrowColumnIsOneUnit() throws {
        let g = try WorkPlanFlattenedLayoutTests.extract("municipal-pdf-cells-broken-units.txt", city: "青岚")
        #expect(WorkPlanFlattenedLayoutTests.tasks(g).count == 5)
        let agencies = WorkPlanFlattenedLayoutTests.agencies(g)
        // No piece of a name is a unit, and the leader's column gives none.
        #expect(agencies.isDisjoint(with: ["市政", "府办", "公厅", "委", "市发展改革", "市政府办", "副市长李某", "副市长王某"]))
        #expect(!agencies.contains { $0.contains("月") || $0.contains("推进") })
        let start = try #require(WorkPlanFlattenedLayoutTests.tasks(g).first { $0.properties["code"] == .string("1") })
        #expect(start.properties["deadline"] == .string("2024年6月"))
    }

    @Test func piecesOfAUnitAreJoinedOnlyWhenTheLaterFinishesTheEarlier() {
        #expect(BrokenUnitName.continues("市发展改革", "委"))
        #expect(BrokenUnitName.continues("市政府办", "公厅"))
        #expect(BrokenUnitName.continues("各乡镇", "人民政府"))
        // Two whole units, or a piece opening a unit of its own, are never glued.
        #expect(!BrokenUnitName.continues("市住建局", "文旅局"))
        #expect(!BrokenUnitName.continues("市财政局", "市税务局"))
        #expect(!BrokenUnitName.continues("市委", "各区政府"))
        // A task's last line before a unit's first (`提升政务服务` / `市政务服务中心`) stays the task's.
        let text = "1\n提升政务服务\n市政务服务中心\n"
        let bytes = Array(text.utf8)
        let lines = Segmenter.lines(bytes)
        #expect(BrokenUnitName.rejoin(bytes, Array(lines.dropFirst())).count == 2)
    }

    @Test func aTabTableWhoseCellsHoldLineBreaksGivesEachRowItsWholeCells() throws {
        let g = try WorkPlanFlattenedLayoutTests.extract("municipal-word-tab-multiline-cells.txt", city: "青岚")
        #expect(WorkPlanFlattenedLayoutTests.tasks(g).count == 7)
        #expect(WorkPlanFlattenedLayoutTests.agencies(g).isDisjoint(with: ["副市长张某", "副市长赵某"]))
        let parking = try #require(WorkPlanFlattenedLayoutTests.tasks(g).first { $0.properties["title"] == .string("完善停车设施") })
        #expect(parking.properties["deadline"] == .string("2024年12月"))
    }

    @Test func aTableRowWrappedUnderItsColumnsKeepsItsPieces() throws {
        for (name, count) in [("district-bar-grid-wrapped-cells.txt", 4), ("county-pdf-layout-wrapped-rows.txt", 4)] {
            let g = try WorkPlanFlattenedLayoutTests.extract(name, city: "青岚")
            #expect(WorkPlanFlattenedLayoutTests.tasks(g).count == count, "\(name)")
            let agencies = WorkPlanFlattenedLayoutTests.agencies(g)
            #expect(!agencies.contains { $0.count < 3 || $0.contains("\n") || $0.contains("公里") }, "\(name): \(agencies.sorted())")
        }
    }

    @Test func unitsInWordsAfterTheTask() throws {
        let g = try WorkPlanFlattenedLayoutTests.extract("municipal-units-in-words.txt", city: "青岚")
        let fund = try #require(WorkPlanFlattenedLayoutTests.tasks(g).first { $0.properties["title"] == .string("推动科技金融融合") })
        // Those who carry the task out (落实) answer for it beside the unit in charge; nobody leads.
        #expect(Self.units(of: "推动科技金融融合", in: g) == ["RESPONSIBLE_FOR": ["市地方金融监管局", "各区人民政府"]])
        #expect(fund.properties["deadline"] == nil)
        let pilot = try #require(WorkPlanFlattenedLayoutTests.tasks(g).first { $0.properties["title"] == .string("建设科技成果转化中试基地") })
        #expect(pilot.properties["deadline"] == .string("2024年12月底前完成"))
    }

    @Test func aSentenceThatMentionsAnAgencyAssignsNoUnit() throws {
        // An agency named inside the task's sentences, a sentence ending in 落实, deadlines, amounts and
        // percentages in brackets, a closing charge to every body: no unit and so no task. An item whose title sentence
        // is followed by one its unit opens as the subject (`市发改委要…`) gives that unit the task, as readers key it,
        // and so do the units opening its later clauses (`,市财政局要保障资金`); 由市财政局负责 inside a charge does not.
        let text = """
        三、保障措施
        （一）加强统筹协调。市发改委要加强统筹，市财政局要保障资金，确保各项任务按时完成。
        （二）强化资金保障。安排专项资金5000万元（2024年）。
        （三）提高供水覆盖率。农村自来水普及率达到98%（省定目标）。
        （四）压实工作责任。各地各部门要细化措施，所需经费由市财政局负责。
        （五）抓好督促检查。对工作推进不力的单位予以通报，确保各项措施抓好落实。
        （六）做好宣传引导。市委宣传部要加大宣传力度，营造良好氛围（2024年底前）。
        """
        let g = try Self.extract(text: text)
        // (Agencies named in the text are still mentioned; only the subjects of (一) and (六) are assigned a task.)
        #expect(g.relationships(ofType: "LEADS").isEmpty)
        #expect(Set(WorkPlanFlattenedLayoutTests.titles(g)) == ["加强统筹协调", "做好宣传引导"])
        #expect(Self.units(of: "加强统筹协调", in: g) == ["RESPONSIBLE_FOR": ["市发展和改革委员会", "市财政局"]])
        #expect(Self.units(of: "做好宣传引导", in: g) == ["RESPONSIBLE_FOR": ["市委宣传部"]])
    }

    @Test func cellsOfDeadlinesAmountsAndLeadersInATableAreNoUnits() throws {
        let text = """
        序号\t重点任务\t牵头领导\t牵头单位\t配合单位\t完成时限
        1\t新增城镇就业岗位\t副市长周某\t市人力资源社会保障局\t各区政府\t2024年12月
        2\t完成投资30亿元\t副市长周某\t市发展改革委\t\t持续推进
        3\t建设充电桩500个\t常务副市长吴某\t市城市管理局
        市供电公司\t市住建局\t2024年10月
        """
        let g = try Self.extract(text: text)
        #expect(WorkPlanFlattenedLayoutTests.tasks(g).count == 3)
        let agencies = WorkPlanFlattenedLayoutTests.agencies(g)
        #expect(agencies.isDisjoint(with: ["副市长周某", "常务副市长吴某", "2024年12月", "持续推进", "2024年10月"]))
        #expect(!agencies.contains { $0.contains("亿元") || $0.contains("%") || $0.contains("市长") })
        #expect(Self.units(of: "建设充电桩500个", in: g)["LEADS"] == ["市城市管理局", "市供电公司"])
    }

    @Test func unitsGivenOnceAfterAGroupsItemsGoToEachItem() throws {
        let g = try WorkPlanFlattenedLayoutTests.extract("county-nested-numbering-shared-units.txt", city: "青岚")
        // The heading with no units of its own is no task; its items are.
        #expect(ExtractionScoreTests.task(titled: "强化森林资源保护", in: g) == nil)
        #expect(Self.units(of: "实施国土绿化行动", in: g) == Self.units(of: "加强古树名木保护", in: g))
        // An item that names its own units keeps them.
        #expect(Self.units(of: "推进森林防火网格化管理", in: g)["LEADS"] == ["县应急管理局"])
    }

    @Test func targetsUnderAGoalShareTheUnitCellsMergedOverThem() throws {
        let g = try WorkPlanFlattenedLayoutTests.extract("provincial-target-breakdown-merged-unit-cells.txt", city: "海岚省")
        // A numbered goal with dash targets under it is their group, no task; one with units right under it is a task.
        #expect(ExtractionScoreTests.task(titled: "提高老年人健康水平", in: g) == nil)
        let target = try #require(ExtractionScoreTests.task(titled: "每千名老年人拥有", in: g))
        #expect(g.node(target).properties["group"] == .string("2.健全养老服务体系。"))
        #expect(Self.units(of: "老年教育机构覆盖所有县", in: g)["LEADS"] == ["省教育厅"])
        // A goal with neither targets nor units under it, and the office signing over a date, assign nothing.
        #expect(ExtractionScoreTests.task(titled: "老年人社会参与", in: g) == nil)
        #expect(!WorkPlanFlattenedLayoutTests.agencies(g).contains("海岚省老龄工作委员会办公室"))
    }
}
