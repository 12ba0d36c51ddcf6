import Foundation
import Graph
import Testing
@testable import Plugins

/// Leaders' posts beside a task's units, the first-listed note inside a task's own bracket, and
/// the wording of table unit cells (`Fixtures/plan-layouts`: provincial-leaders-in-brackets,
/// municipal-leaders-before-units, district-bar-noise-marks, provincial-bureau-divisions-bar-rows,
/// municipal-divisions-two-columns, municipal-bar-units-by-header, district-labels-comma-lists;
/// their units are scored by `WorkPlanRealLayoutTests`), and what they must not read.
@Suite struct WorkPlanLeadersAndCellsTests {
    static func units(_ cell: String, column: WorkPlanTable.Column = .responsible, sole: Bool = true) -> [String] {
        let bytes = Array(cell.utf8)
        return UnitCell.units(bytes, 0..<bytes.count, column: column, soleUnitColumn: sole)
            .map { ($0.kind == .lead ? "lead " : "") + $0.name }
    }

    @Test(arguments: ["分管副省长", "协管副秘书长", "协管秘书长", "市政府副秘书长", "牵头领导", "分管副市长", "副区长王明", "张三同志"])
    func aLeadersPostIsNoUnit(_ name: String) {
        #expect(UnitAssignment.isLeader(name))
    }

    @Test(arguments: ["市政府秘书长办公室", "区人大常委会", "市委组织部领导小组办公室", "省交通厅", "市领导小组办"])
    func aUnitNamedAfterAPostIsStillAUnit(_ name: String) {
        #expect(!UnitAssignment.isLeader(name))
    }

    @Test func leadersInATasksBracketAreNoUnitsAndTheNoteThereHoldsBelow() throws {
        let g = try WorkPlanFlattenedLayoutTests.extract("provincial-leaders-in-brackets.txt", city: "")
        #expect(WorkPlanFlattenedLayoutTests.agencies(g).isDisjoint(with: ["分管副省长", "协管副秘书长", "协管秘书长", "牵头领导"]))
        // 列第一者为牵头单位，下同 in the second task's bracket: the third task's first unit leads too.
        #expect(WorkPlanMoreLayoutsTests.units(of: "培育外贸新业态新模式", in: g)["LEADS"] == ["省商务厅"])
    }

    @Test func aNoteInOneTasksBracketWithoutSameBelowHoldsForThatTaskOnly() throws {
        let g = try WorkPlanFlattenedLayoutTests.extract("municipal-leaders-before-units.txt", city: "青原")
        #expect(WorkPlanMoreLayoutsTests.units(of: "办好市民健身运动会", in: g)["LEADS"] == nil)
        #expect(WorkPlanMoreLayoutsTests.units(of: "推进老旧小区加装电梯", in: g)["LEADS"] == ["市住房和城乡建设局"]
            || WorkPlanMoreLayoutsTests.units(of: "推进老旧小区加装电梯", in: g)["LEADS"] == ["市住建局"])
    }

    @Test func aDutyPhraseAfterACellsUnitsIsNoPartOfThem() {
        #expect(Self.units("应急处、监督处、医政医管处等按职责分工落实") == ["应急处", "监督处", "医政医管处"])
        #expect(Self.units("区财政局负责") == ["区财政局"])
        // No unit before the verb: the cell is left as it is.
        #expect(Self.units("按职责分工落实") == ["按职责分工落实"])
    }

    @Test func aUnitJoinedByHuiLeadsInASoleUnitColumn() {
        #expect(Self.units("宣传处会办公室") == ["lead 宣传处", "办公室"])
        #expect(Self.units("科教处会同人事处、财务处") == ["lead 科教处", "人事处", "财务处"])
        #expect(Self.units("执法监督处会法规处", column: .lead, sole: false) == ["lead 执法监督处", "lead 法规处"])
        #expect(Self.units("执法监督处会法规处", column: .responsible, sole: false) == ["执法监督处", "法规处"])
    }

    @Test(arguments: ["财务处会计科", "区人大常委会", "市总工会", "市会展办", "区住建局会议中心"])
    func aHuiThatOpensAWordOrEndsANameJoinsNothing(_ cell: String) {
        #expect(Self.units(cell) == [cell])
    }

    @Test func aBarTablesNoiseMarksAreNoPartOfItsCells() throws {
        let g = try WorkPlanFlattenedLayoutTests.extract("district-bar-noise-marks.txt", city: "青岭")
        #expect(WorkPlanFlattenedLayoutTests.tasks(g).count == 3)
        #expect(!WorkPlanFlattenedLayoutTests.titles(g).contains { $0.hasSuffix("?") })
        #expect(!WorkPlanFlattenedLayoutTests.agencies(g).contains { $0.contains("?") || $0.contains("某") })
    }

    @Test func aPersonsColumnGivesNoUnits() throws {
        let g = try WorkPlanFlattenedLayoutTests.extract("municipal-bar-units-by-header.txt", city: "云川")
        #expect(WorkPlanFlattenedLayoutTests.tasks(g).count == 4)
        #expect(!WorkPlanFlattenedLayoutTests.agencies(g).contains { $0.contains("某") })
    }

    @Test func aDivisionsAliasInBracketsIsNoUnitOfItsOwn() throws {
        let g = try WorkPlanFlattenedLayoutTests.extract("provincial-bureau-divisions-bar-rows.txt", city: "")
        #expect(WorkPlanFlattenedLayoutTests.tasks(g).count == 5)
        #expect(!WorkPlanFlattenedLayoutTests.agencies(g).contains("爱卫办"))
        #expect(WorkPlanMoreLayoutsTests.units(of: "深入开展爱国卫生运动", in: g)["RESPONSIBLE_FOR"]?.count == 1)
    }

    static func unitLine(_ text: String) -> [String]? {
        let bytes = Array(text.utf8)
        return UnitLine.parse(bytes, 0..<bytes.count)?.units.map { ($0.kind == .lead ? "lead " : "") + $0.name }
    }

    @Test func aUnitLineMayCloseWithAStopAndNameLeadersFirst() {
        #expect(Self.unitLine("分管副市长、协管副秘书长负责,市住建局牵头,市自然资源局配合。") == ["lead 市住建局", "市自然资源局"])
        #expect(Self.unitLine("市发改委牵头落实。") == ["lead 市发改委"])
    }

    @Test(arguments: ["各单位要认真负责。", "分管副市长负责。", "市发改委牵头。市财政局配合。", "要把各项工作抓好落实。"])
    func aSentenceIsNoUnitLine(_ text: String) {
        #expect(Self.unitLine(text) == nil)
    }

    @Test func anOrderNoteInABracketNamesNoUnit() {
        let text = "分管副市长负责;市体育局、市教育局负责,排在第一位的为牵头单位,下同"
        let bytes = Array(text.utf8)
        var deadline: Range<Int>?
        let units = UnitAssignment.parseVerbs(bytes, 0..<bytes.count, deadline: &deadline)
        #expect(units?.map(\.name) == ["市体育局", "市教育局"])
    }
}
