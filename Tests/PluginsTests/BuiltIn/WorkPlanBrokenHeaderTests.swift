import Foundation
import Graph
import Testing
@testable import Plugins

/// A table one cell to a line whose header cells are broken over lines (`牵头` / `部门`,
/// `完成` / `时间`, `项目` / `类别`) or spaced out (`具 体 内 容`), with rows that leave the
/// empty category cell out (`Fixtures/plan-layouts`: district-cells-broken-header, its units
/// scored by `WorkPlanRealLayoutTests`), and a collective of places written with a second
/// level after 、 (`9个街道、镇`) as one unit.
@Suite struct WorkPlanBrokenHeaderTests {
    typealias Layout = WorkPlanFlattenedLayoutTests

    static func lines(_ text: String) -> (bytes: [UInt8], lines: [Range<Int>]) {
        let bytes = Array(text.utf8)
        var lines: [Range<Int>] = []
        var start = 0
        for (i, b) in bytes.enumerated() where b == 0x0A {
            if i > start { lines.append(start..<i) }
            start = i + 1
        }
        if start < bytes.count { lines.append(start..<bytes.count) }
        return (bytes, lines)
    }

    @Test func aHeaderBrokenOverLinesGivesEachRowItsTaskAndUnits() throws {
        let g = try Layout.extract("district-cells-broken-header.txt", city: "岚溪")
        // Eight rows over two pages; the repeated header's fragments are no cells, titles or units.
        #expect(Layout.tasks(g).count == 8)
        #expect(Layout.titles(g).allSatisfy { !["序号", "项目", "类别", "完成", "时间", "具 体 内 容"].contains($0) && !$0.hasPrefix("序号") })
        #expect(Layout.agencies(g).isDisjoint(with: ["镇", "乡", "9个街道", "部门", "牵头", "时间", "相关责任部门"]))
        let gym = try #require(Layout.tasks(g).first { $0.properties["title"] == .string("完成枫港体育馆改扩建工程") })
        #expect(gym.properties["deadline"] == .string("2010年"))
    }

    @Test func fragmentsJoinOnlyIntoAKnownHeader() {
        let (bytes, lines) = Self.lines("序号\n项目\n类别\n具 体 内 容\n牵头\n部门\n相关责任部门\n完成\n时间\n1\n")
        let header = WorkPlanCellTable.header(bytes, lines, at: 0)
        #expect(header?.columns == [.number, .group, .task, .lead, .responsible, .deadline])
        #expect(header?.first == 9)
        // Whole cells stay as they are, and short cells that make no known header are not joined (任务 / 时间).
        let (whole, wholeLines) = Self.lines("序号\n重点任务\n牵头单位\n责任单位\n完成时限\n1\n")
        #expect(WorkPlanCellTable.header(whole, wholeLines, at: 0)?.columns == [.number, .task, .lead, .responsible, .deadline])
        let (short, shortLines) = Self.lines("序号\n任务\n时间\n责任单位\n1\n")
        #expect(WorkPlanCellTable.header(short, shortLines, at: 0)?.columns == [.number, .task, .deadline, .responsible])
        #expect(BrokenHeaderCell.cell(short, shortLines, at: 1).lines == 1)
    }

    @Test func aRowWithItsCategoryCellKeepsIt() throws {
        // The category column's cells are written: the row's first line is its group, not its task.
        let text = """
        青石县2024年重点工作分解表

        序号

        类别

        工作任务

        责任单位

        完成时限

        1

        文化

        建设乡村书屋20个

        县文旅局

        6月底前

        2

        体育

        举办全民健身运动会

        县体育中心

        10月底前
        """
        let g = try ExtractionScoreTests.extract(text, city: "青石", id: "category-cells.txt")
        let tasks = Layout.tasks(g)
        #expect(tasks.count == 2)
        let books = try #require(tasks.first { $0.properties["title"] == .string("建设乡村书屋20个") })
        #expect(books.properties["group"] == .string("文化"))
        #expect(!Layout.titles(g).contains("文化"))
    }

    static func names(_ list: String) -> [String] {
        let bytes = Array(list.utf8)
        return UnitAssignment.names(bytes, 0..<bytes.count).map(\.name)
    }

    @Test func aLevelWordAfterACollectiveOfPlacesIsPartOfIt() {
        #expect(Self.names("区卫健委等相关部门,9个街道、镇") == ["区卫健委", "9个街道、镇"])
        #expect(Self.names("各街道、乡") == ["各街道、乡"])
        #expect(Self.names("十二个街道、镇") == ["十二个街道、镇"])
        // Past bare levels to a government, as before.
        #expect(Self.names("各县、市、区政府") == ["各县、市、区政府"])
        #expect(UnitLine.readsAsUnit("9个街道、镇"))
        #expect(UnitLine.parseBare(Array("区民政局、9个街道、镇".utf8), 0..<"区民政局、9个街道、镇".utf8.count, kind: .responsible)?.units.count == 2)
    }

    @Test func aLevelWordStaysApartAfterANamedUnitOrAComma() {
        // After a named unit the bare word joins nothing; a comma is no 、 inside one name.
        #expect(Self.names("区民政局、镇") == ["区民政局", "镇"])
        #expect(Self.names("9个街道,镇") == ["9个街道", "镇"])
        // A unit after the collective is a unit of its own.
        #expect(Self.names("各街道、区城管局") == ["各街道", "区城管局"])
        // A count of things that are no places is no collective of places.
        #expect(!UnitLine.readsAsUnit("3个项目"))
        #expect(!PlaceCollective.isCounted("重点街道"))
    }

    @Test func aFederationsShortNameIsAUnitBesideOthersAndACountEndsNoName() {
        let cell = "区民政局、残联"
        #expect(UnitLine.parseBare(Array(cell.utf8), 0..<cell.utf8.count, kind: .responsible)?.units.map(\.name) == ["区民政局", "残联"])
        // Alone, or a word ending so, two characters are no unit cell.
        #expect(UnitLine.parseBare(Array("残联".utf8), 0..<"残联".utf8.count, kind: .responsible) == nil)
        #expect(!UnitLine.isShortUnitName("关联"))
        // A task that counts what it builds (`…4所`) is no unit's name; a division numbered in words is.
        #expect(!UnitLine.readsAsUnit("新建文化活动中心4所"))
        #expect(UnitLine.readsAsUnit("市发改委三处"))
    }
}
