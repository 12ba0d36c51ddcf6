import Testing
@testable import Graph

/// Tables narrowed to the terminal: every line fits its width in display
/// cells (a Chinese character is two), the widest columns give way first,
/// and a cut cell ends with `…`.
@Suite struct TableFittingTests {
    static let result = QueryResult(
        columns: ["code", "title", "meeting"],
        rows: [
            ["(一)1", "加快传统产业转型升级", "政协武汉市第十四届委员会常务委员会第二十一次会议"],
            ["(三)3", "强化数据要素保障", "政协武汉市第十四届常务委员会第二十二次会议"],
        ])

    @Test(arguments: [80, 60, 40])
    func everyLineFitsTheTerminal(width: Int) {
        let text = ResultFormatter(graph: PropertyGraph(), terminalWidth: width).format(Self.result, as: .table)
        for line in text.split(separator: "\n") {
            #expect(DisplayWidth.of(String(line)) <= width, "\(line)")
        }
        #expect(text.contains("…"))
        #expect(text.contains("(一)1"), "a narrow column is left whole")
    }

    @Test func withoutATerminalNothingIsCutBelowTheCellCap() {
        let text = ResultFormatter(graph: PropertyGraph()).format(Self.result, as: .table)
        #expect(text.contains("政协武汉市第十四届委员会常务委员会第二十一次会议"))
    }

    @Test func theWidestColumnGivesWayFirstAndNoneBelowTheMinimum() {
        #expect(ResultFormatter.fit([5, 50, 10], into: 50) == [5, 25, 10])
        // Too many columns to fit at all: each keeps the minimum.
        #expect(ResultFormatter.fit([20, 20, 20], into: 10) == [6, 6, 6])
    }
}
