import Testing
@testable import Graph

/// Tables narrowed to the terminal: every line fits its width in display
/// cells (a Chinese character is two), the widest columns give way first,
/// and a long cell wraps onto more lines of its row (Latin at spaces, Chinese
/// between characters), at most three, the last ending in `…` when cut.
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
        // Three rules, a header, a count and two rows: more lines than that is a wrapped cell.
        #expect(text.split(separator: "\n").count > 7, "long cells wrap")
        #expect(text.contains("(一)1"), "a narrow column is left whole")
    }

    @Test func latinWrapsAtSpacesAndChineseByCharacter() {
        // A word is never broken when it fits on a line of its own.
        #expect(DisplayWidth.wrap("the investment promotion bureau", to: 12) == ["the", "investment", "promotion", "bureau"])
        #expect(DisplayWidth.wrap("tasks led by the unit", to: 12) == ["tasks led by", "the unit"])
        // Chinese breaks between characters, by display width (two cells each).
        #expect(DisplayWidth.wrap("加快传统产业转型升级", to: 8) == ["加快传统", "产业转型", "升级"])
        #expect(DisplayWidth.wrap("加快传统产业转型升级", to: 7) == ["加快传", "统产业", "转型升", "级"])
        // Mixed: the Latin word moves to the next line whole.
        #expect(DisplayWidth.wrap("市经信局 AI tasks", to: 10) == ["市经信局", "AI tasks"])
        // A word longer than a line is cut where the line ends.
        #expect(DisplayWidth.wrap("abcdefghijkl", to: 5) == ["abcde", "fghij", "kl"])
        // Past the last line allowed, the last line ends in …; short text is left alone.
        #expect(DisplayWidth.wrap("加快传统产业转型升级", to: 4, maxLines: 2) == ["加快", "传…"])
        #expect(DisplayWidth.wrap("short", to: 10) == ["short"])
    }

    @Test func aNarrowedTableWrapsItsCellsInsteadOfCuttingThem() {
        let result = QueryResult(columns: ["unit", "title"], rows: [["市投资促进局", "attract investment in the optoelectronics industry"]])
        let text = ResultFormatter(graph: PropertyGraph(), terminalWidth: 40).format(result, as: .table)
        let lines = text.split(separator: "\n").map(String.init)
        for line in lines { #expect(DisplayWidth.of(line) <= 40, "\(line)") }
        // Every word of the title is there whole, over several lines of one row.
        for word in ["attract", "investment", "optoelectronics", "industry"] {
            #expect(lines.contains { $0.contains(word) }, "\(word) in \(text)")
        }
        #expect(lines.filter { $0.hasPrefix("| 市投资促进局") }.count == 1)
        #expect(text.hasSuffix("1 row\n"))
    }

    @Test func wrappedRowsAreSeparatedByARule() {
        let text = ResultFormatter(graph: PropertyGraph(), terminalWidth: 40).format(Self.result, as: .table)
        let lines = text.split(separator: "\n").map(String.init)
        // Top, under the header, between the two rows, bottom.
        #expect(lines.filter { $0.hasPrefix("+") }.count == 4, "\(text)")
        // Cells that fit leave the table as it was: no rule between rows.
        let short = ResultFormatter(graph: PropertyGraph(), terminalWidth: 200).format(Self.result, as: .table)
        #expect(short.split(separator: "\n").filter { $0.hasPrefix("+") }.count == 3)
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
