import Foundation
import Graph
import Testing
@testable import Plugins

/// What the layouts of a government work report's breakdown (`Fixtures/plan-layouts`, their units
/// scored by `WorkPlanRealLayoutTests`) must and must not read: items numbered `⑴`, figure targets
/// whose one-unit lists come before the note saying the first listed leads, `A、B分别牵头`, a
/// table's first category cell that reads like a column's name, bullet items (`●`, or `?`
/// where a wrong decoding lost the glyph) closed by a bracket of bare unit names, and a breakdown
/// flattened to one line, each task closed by `部门分工:`.
@Suite struct WorkPlanBreakdownLayoutsTests {
    static func extract(_ name: String, city: String) throws -> PropertyGraph {
        try WorkPlanFlattenedLayoutTests.extract(name, city: city)
    }

    @Test(arguments: [("⑴", 1), ("⑼", 9), ("⑿", 12), ("⒀", 13), ("⒇", 20)])
    func aDigitInBracketsAsOneGlyphIsAFourthLevelItem(glyph: String, number: Int) throws {
        let bytes = Array((glyph + "推进某项工作").utf8)
        let marker = try #require(OutlineMarker.parse(bytes, at: 0, end: bytes.count))
        #expect(marker.level == 4)
        #expect(marker.number == number)
        #expect(marker.contentStart == glyph.utf8.count)
    }

    @Test func aCircledOrOtherSymbolIsNoBracketedDigit() {
        // ⒈ (a digit with a full stop, U+2488) and ⓵ are other glyphs; ① stays level 5.
        for text in ["⒈推进某项工作", "⓵推进某项工作"] {
            let bytes = Array(text.utf8)
            #expect(OutlineMarker.parse(bytes, at: 0, end: bytes.count) == nil)
        }
        let circled = Array("①推进某项工作".utf8)
        #expect(OutlineMarker.parse(circled, at: 0, end: circled.count)?.level == 5)
    }

    @Test func bracketedNumeralsWithLabelsBelowAreTasksButRequirementsAreNot() throws {
        let g = try Self.extract("provincial-bracketed-numerals-labels-below.txt", city: "云川省")
        let titles = WorkPlanFlattenedLayoutTests.titles(g)
        #expect(titles.count == 4)
        #expect(!titles.contains { $0.hasPrefix("各地要") || $0.hasPrefix("各部门每半年") })
    }

    @Test func oneUnitTargetsAboveTheFirstListedNoteAreLedAndEachLeadsWithFenbie() throws {
        let g = try Self.extract("municipal-figure-targets-first-listed-above.txt", city: "桐江")
        #expect(WorkPlanFlattenedLayoutTests.titles(g).count == 5)
        let leads = g.relationships(ofType: "LEADS").map { g.relationship($0) }
        let leaders = Set(leads.flatMap { ExtractionScoreTests.names(of: g.node($0.start)) })
        #expect(leaders.isSuperset(of: ["市发改委", "市经信局", "市人社局", "市农业农村局"]))
        #expect(!leaders.contains("市财政局"))
    }

    @Test func aCategoryCellReadingLikeAColumnNameIsTheRowsGroup() throws {
        let g = try Self.extract("district-category-cell-before-first-row.txt", city: "青岚")
        let tasks = WorkPlanFlattenedLayoutTests.tasks(g)
        #expect(tasks.count == 3)
        #expect(!WorkPlanFlattenedLayoutTests.titles(g).contains("发展目标"))
    }

    @Test func bulletItemsClosedByBareUnitsAreTasksAndOthersAreNot() throws {
        let g = try Self.extract("municipal-bullet-items-bare-brackets.txt", city: "澜沧江")
        let titles = WorkPlanFlattenedLayoutTests.titles(g)
        // A bullet with no bracket, one closed by a year, a lone `?` and a question are no tasks.
        #expect(titles.count == 3)
        #expect(!titles.contains { $0.hasPrefix("持续优化") || $0.hasPrefix("扎实办好") || $0.hasPrefix("你最关心") || $0.hasPrefix("政府工作报告") })
    }

    @Test func aBreakdownFlattenedToOneLineGivesATaskPerDivisionLabel() throws {
        let g = try Self.extract("provincial-division-labels-one-line.txt", city: "云川省")
        let titles = WorkPlanFlattenedLayoutTests.titles(g)
        // The title ends before its text's label; a label glued to a sentence (`…考核,部门分工:`) opens no task.
        #expect(titles.count == 3)
        #expect(titles.contains("培育壮大高原特色食品产业"))
        #expect(!titles.contains { $0.hasPrefix("各地各部门") || $0.contains("工作措施") })
    }

    @Test func theLastItemsUnitLineMayCloseTheTextOnlyAfterARunOfThem() throws {
        let g = try Self.extract("municipal-unit-lines-last-item.txt", city: "岚山")
        #expect(WorkPlanFlattenedLayoutTests.titles(g).count == 2)
        // One item with an office under it at the text's end is a signed notice, no task.
        let signed = try ExtractionScoreTests.extract("关于明确节日值班责任单位的通知\n一、值班安排\n1.各单位要安排专人值班,确保通讯畅通。\n市政府办公室", city: "岚山", id: "signed")
        #expect(WorkPlanFlattenedLayoutTests.titles(signed).isEmpty)
    }
}
