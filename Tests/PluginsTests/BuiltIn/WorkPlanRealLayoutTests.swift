import Foundation
import Graph
import Testing
@testable import Plugins

/// Work plans laid out as governments publish them (`Fixtures/plan-layouts/plans`,
/// written by us in the blind plans' format, each task with its units):
/// `(A牵头,B、C等部门,D配合)` where a list shares the next list's verb,
/// 相关/有关 collectives listed as units of their own (after named units or alone; a trailing 等有关部门 is none),
/// `(A负责)` and `(A、B分工负责)` with no lead, `(A牵头负责)`, paragraphs and unit
/// names broken at a PDF page's width, labels on lines of their own between blank
/// lines with a 牵头领导 before them, a bracket of units on its own line, tasks
/// numbered `一是`, and a deadline's bracket after the units'.
@Suite struct WorkPlanRealLayoutTests {
    static let folder = WorkPlanExtractorTests.packageRoot.appendingPathComponent("Tests/PluginsTests/Fixtures/plan-layouts")

    @Test func everyUnitOfEveryLayoutIsRead() throws {
        let score = try ExtractionScoreTests.score(Self.folder)
        #expect(score.units.expected >= 50)
        #expect(score.units.f1 == 1, "task units \(score.units.summary)\n\(score.lines.joined(separator: "\n"))")
    }

    /// `WorkPlanFlatTable` tests a header's bytes against two lists written out (so a document with no header builds
    /// no word list); they must be what its column words give.
    @Test func theFlatTablesWrittenOutListsAreItsColumnWords() {
        let words = WorkPlanFlatTable.columnWords.map { String($0) }
        let openings = Set(words.filter { $0.hasSuffix("单位") || $0.hasSuffix("部门") || $0.contains("单位及") }.map { Array($0.prefix(2).utf8) })
        let ends = Set(words.filter { $0.count >= 2 }.map { Array($0.suffix(2).utf8) })
        #expect(Set(WorkPlanFlatTable.unitColumnOpenings) == openings)
        #expect(Set(WorkPlanFlatTable.columnWordEnds) == ends)
    }

    @Test func aDeadlineBracketAfterTheUnitsIsTheTasks() throws {
        let url = Self.folder.appendingPathComponent("plans/county-clauses.txt")
        let (_, text) = try ExtractionScoreTests.split(url)
        let g = try ExtractionScoreTests.extract(text, city: "赣州", id: "county-clauses.txt")
        let tasks = g.nodes(withLabel: "Task").map(g.node)
        #expect(tasks.count == 4)
        let environment = try #require(tasks.first { $0.properties["title"]?.stringValue?.hasPrefix("改善农村人居环境") == true })
        #expect(environment.properties["deadline"] == .string("2024年底前完成"))
        let governance = try #require(tasks.first { $0.properties["title"]?.stringValue?.hasPrefix("推进乡村治理示范创建") == true })
        #expect(governance.properties["deadline"] == .string("长期坚持"))
        // The text after a bracket of units on its own line is not the task's title.
        #expect(tasks.contains { $0.properties["title"] == .string("完善农村寄递物流体系") })
    }

    /// A header cell wrapped over two lines (`区政府办` / `协管责任人`) shifts a table's cells, and the officers' names
    /// fall in its unit columns: a name spelled as a person's, reading as no unit, is dropped from a task's units.
    @Test func officersNamesAreNoUnits() throws {
        let words = try PersonWords.builtIn()
        for name in ["徐铭喜", "杨大明", "沈为庆"] { #expect(WorkPlanExtractor.isPersonsName(name, words: words), "\(name)") }
        for unit in ["区发改局", "高新园", "财务科", "办公室", "各科室", "各乡", "文明办", "区统计局", "临江镇"] {
            #expect(!WorkPlanExtractor.isPersonsName(unit, words: words), "\(unit)")
        }
    }

    @Test func personsWhoAnswerForATaskAreNoUnits() throws {
        let url = Self.folder.appendingPathComponent("plans/district-own-lines.txt")
        let (_, text) = try ExtractionScoreTests.split(url)
        let g = try ExtractionScoreTests.extract(text, city: "营口", id: "district-own-lines.txt")
        let agencies = Set(g.nodes(withLabel: "Agency").compactMap { g.node($0).name })
        #expect(agencies.isDisjoint(with: ["王明", "李强", "牵头领导"]))
        // A collective listed as a unit of its own after named ones (`各街道,各相关单位`) is kept, as the guide keys it.
        #expect(agencies.contains("各相关单位"))
        #expect(agencies.contains("有关成员单位"))
    }
}
