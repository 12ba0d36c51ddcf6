import Foundation
import Graph
import Testing
@testable import Plugins

/// How units are split where a list joins them by words or brackets (`JoinedUnits`, `GluedUnits`,
/// `UnitAssignment.bareBracketAfterSentence`): what must be two units and what must stay one.
@Suite struct WorkPlanJoinedUnitsTests {
    static func agencies(_ file: String, city: String) throws -> (names: Set<String>, tasks: Int) {
        let url = WorkPlanRealLayoutTests.folder.appendingPathComponent("plans/\(file)")
        let (_, text) = try ExtractionScoreTests.split(url)
        let g = try ExtractionScoreTests.extract(text, city: city, id: file)
        return (Set(g.nodes(withLabel: "Agency").compactMap { g.node($0).name }), g.nodes(withLabel: "Task").count)
    }

    static func pieces(_ item: String) -> [String] {
        let bytes = Array(item.utf8)
        return JoinedUnits.split(bytes, 0..<bytes.count).map { String(decoding: bytes[$0], as: UTF8.self) }
    }

    @Test(arguments: [
        ("市委宣传部和市文明办", ["市委宣传部", "市文明办"]),
        ("各县(市、区)和开发区", ["各县(市、区)", "开发区"]),
        ("省直有关部门和各市人民政府", ["省直有关部门", "各市人民政府"]),
        ("市农业局等有关部门以及各乡镇政府", ["市农业局等有关部门", "各乡镇政府"]),
        ("住房和城乡建设局和市交通局", ["住房和城乡建设局", "市交通局"]),
        ("住房和城乡建设局", ["住房和城乡建设局"]),
        ("市工业和信息化局", ["市工业和信息化局"]),
        ("省人大及其常委会", ["省人大及其常委会"]),
        ("县委和县政府", ["县委和县政府"]),
        ("各有关单位和个人", ["各有关单位和个人"]),
    ])
    func aJoinerPartsTwoUnitsOnly(item: String, expected: [String]) {
        #expect(Self.pieces(item) == expected)
    }

    @Test func aGovernmentsDepartmentsAreOneUnit() {
        for whole in ["省政府各部门", "市政府各直属机构"] {
            let bytes = Array(whole.utf8)
            #expect(GluedUnits.split(bytes, 0..<bytes.count) == [0..<bytes.count])
        }
        let glued = Array("县市场监管局各镇人民政府".utf8)
        #expect(GluedUnits.split(glued, 0..<glued.count).count == 2)
    }

    @Test func bracketsAfterSentencesNameUnitsAndNothingElseDoes() throws {
        let (names, tasks) = try Self.agencies("municipal-bare-brackets-after-sentences.txt", city: "岚州")
        // Five paragraphs close with units; a paragraph with none and a title's bracket make no task.
        #expect(tasks == 5)
        #expect(names.isDisjoint(with: ["住房", "城乡建设局", "工业", "信息化局", "市政府", "各部门", "市政府办公室",
                                        "各县〔市", "区〕政府", "相关县〔市、区〕政府", "市委宣传部和市文明办"]))
        #expect(names.isSuperset(of: ["各县〔市、区〕政府", "市政府各部门", "市委宣传部", "市文明办", "开发区"]))
    }
}
