import Graph
import Testing
@testable import Shell

@Suite struct ResultPrinterTests {
    private func render(_ result: ResultTable, _ configure: (inout ShellSettings) -> Void = { _ in }) throws -> String {
        var settings = ShellSettings()
        configure(&settings)
        return ResultPrinter(settings: settings).render(result, graph: try ShellFixture.graph())
    }

    @Test func tableAlignsChineseText() throws {
        let text = try render(ResultTable(columns: ["name", "n"], rows: [["梁鸣", 1], ["Li", 22]]))
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines.contains("│ 梁鸣 │ 1  │"))
        #expect(lines.contains("│ Li   │ 22 │"))
        let widths = Set(lines.dropLast().map { DisplayText.width(of: $0) })
        #expect(widths.count == 1)
        #expect(lines.last == "2 rows")
    }

    @Test func wideValuesAreCutWithAMarker() throws {
        let long = String(repeating: "政协", count: 30)
        let text = try render(ResultTable(columns: ["quote"], rows: [[.string(long)]])) { $0.maxCellWidth = 10 }
        #expect(text.contains("│ 政协政协… │"))
        #expect(!text.contains(long))
    }

    @Test func longResultsAreCappedWithTheTotalShown() throws {
        let rows = (1...120).map { [Value.int($0)] }
        let text = try render(ResultTable(columns: ["i"], rows: rows)) { $0.rowLimit = 50 }
        #expect(text.contains("│ 50 │"))
        #expect(!text.contains("│ 51 │"))
        #expect(text.contains("120 rows, first 50 shown"))
    }

    @Test func nodesShowLabelsAndName() throws {
        let text = try render(ResultTable(columns: ["p"], rows: [[.node(NodeID(0))]]))
        #expect(text.contains("(:Person 梁鸣)"))
    }

    @Test func otherFormatsPrintEveryValueInFull() throws {
        let result = ResultTable(columns: ["name", "n"], rows: [["梁,鸣", 1], ["李\"强", .null]])
        #expect(try render(result) { $0.format = .csv } == "name,n\n\"梁,鸣\",1\n\"李\"\"强\",null\n")
        #expect(try render(result) { $0.format = .jsonl } == "{\"name\":\"梁,鸣\",\"n\":1}\n{\"name\":\"李\\\"强\",\"n\":null}\n")
        #expect(try render(result) { $0.format = .json }.hasPrefix("[{\"name\":\"梁,鸣\",\"n\":1},"))
        #expect(try render(result) { $0.format = .markdown }.hasPrefix("| name | n |\n| --- | --- |\n| 梁,鸣 | 1 |\n"))
    }
}
