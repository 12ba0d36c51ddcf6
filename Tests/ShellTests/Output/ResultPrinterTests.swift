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
        #expect(lines.contains("| 梁鸣 | 1  |"))
        #expect(lines.contains("| Li   | 22 |"))
        let widths = Set(lines.dropLast().map { DisplayText.width(of: $0) })
        #expect(widths.count == 1)
        #expect(lines.last == "2 rows")
    }

    @Test func wideValuesAreCutWithAMarker() throws {
        let long = String(repeating: "政协", count: 30)
        let text = try render(ResultTable(columns: ["quote"], rows: [[.string(long)]])) { $0.maxCellWidth = 10 }
        #expect(text.contains("| 政协政协… |"))
        #expect(!text.contains(long))
    }

    @Test func longResultsAreCappedWithTheTotalShown() throws {
        let rows = (1...120).map { [Value.int($0)] }
        let text = try render(ResultTable(columns: ["i"], rows: rows)) { $0.rowLimit = 50 }
        #expect(text.contains("| 50 |"))
        #expect(!text.contains("| 51 |"))
        #expect(text.contains("120 rows, first 50 shown"))
    }

    @Test func nodesShowLabelsAndProperties() throws {
        let text = try render(ResultTable(columns: ["p"], rows: [[.node(NodeID(0))]]))
        #expect(text.contains("(n0:Person {name: '梁鸣'})"))
    }

    @Test func otherFormatsPrintEveryRowInFull() throws {
        let rows = (1...60).map { [Value.string("梁,鸣\($0)"), Value.int($0)] }
        let result = ResultTable(columns: ["name", "n"], rows: rows)
        let csv = try render(result) { $0.format = .csv }
        #expect(csv.hasPrefix("name,n\r\n\"梁,鸣1\",1\r\n"))
        #expect(csv.contains("\"梁,鸣60\",60"))
        let jsonl = try render(result) { $0.format = .jsonl }
        #expect(jsonl.split(separator: "\n").count == 60)
        #expect(try render(result) { $0.format = .json }.contains("梁,鸣60"))
        let markdown = try render(result) { $0.format = .markdown }
        #expect(markdown.hasPrefix("| name | n |\n| --- | --- |\n| 梁,鸣1 | 1 |\n"))
        #expect(markdown.contains("60 rows, first 50 shown"))
    }

    @Test func changesAreCounted() throws {
        var result = ResultTable(columns: ["n"], rows: [[.int(1)]])
        result.statistics.nodesCreated = 2
        result.statistics.relationshipsCreated = 1
        #expect(try render(result).hasSuffix("1 row\ncreated 2 nodes, created 1 relationship\n"))
    }
}
