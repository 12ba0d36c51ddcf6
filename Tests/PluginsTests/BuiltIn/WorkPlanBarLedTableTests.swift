import Foundation
import Graph
import Testing
@testable import Plugins

/// A web table copied one cell to a line, a bar opening each cell but a row's first and a lone
/// bar closing each row (`Fixtures/plan-layouts`: municipal-bar-led-cells-merged-lead; its units
/// are scored by `WorkPlanRealLayoutTests`): a lead cell broken over lines and merged over rows.
@Suite struct WorkPlanBarLedTableTests {
    static let fixture = "municipal-bar-led-cells-merged-lead.txt"

    @Test func everyRowIsATaskAndTheTextAfterTheTableIsNone() throws {
        let g = try WorkPlanFlattenedLayoutTests.extract(Self.fixture, city: "青岚")
        let titles = WorkPlanFlattenedLayoutTests.titles(g)
        #expect(titles.count == 5, "\(titles)")
        #expect(!titles.contains { $0.contains("报送进展") || $0.contains("目标任务") })
        // A task cell over two lines is one task.
        #expect(titles.contains { $0.hasPrefix("启动滨江湿地生态修复") })
    }

    @Test func aLeadBrokenOverLinesIsOneUnitAndNoPieceIsOne() throws {
        let g = try WorkPlanFlattenedLayoutTests.extract(Self.fixture, city: "青岚")
        let agencies = WorkPlanFlattenedLayoutTests.agencies(g)
        #expect(agencies.contains("市财政局"))
        #expect(!agencies.contains { ["市", "财", "市政", "公室", "青岚"].contains($0) })
    }

    @Test func aRowShortOfItsTaskIsNoRow() {
        // The header's three columns; a row of one cell (units alone) has no task and ends the table.
        let text = "牵头单位\n| 任务\n| 责任单位\n|\n市教育局\n| 推进集团化办学\n| 各区县\n|\n各区县\n|\n"
        let bytes = Array(text.utf8)
        var lines: [Range<Int>] = []
        var start = 0
        for (i, b) in bytes.enumerated() where b == 0x0A { lines.append(start..<i); start = i + 1 }
        let read = WorkPlanBarLedTable.rows(bytes, lines: lines)
        #expect(read.rows.count == 1)
        #expect(read.rows.first?.units.units.map(\.name) == ["市教育局", "各区县"])
    }

    @Test func aPlaceJoinedToAUnitByAWordIsTwoUnitsButTwoPlacesStayOne() {
        for (text, pieces) in [("岳麓区和市直相关单位", 2), ("市直相关单位和望城区", 2), ("岳麓区和望城区", 1), ("住房和城乡建设局", 1)] {
            let bytes = Array(text.utf8)
            #expect(JoinedUnits.split(bytes, 0..<bytes.count).count == pieces, "\(text)")
        }
    }
}
