import Foundation
import Graph

extension MetaCommand {
    /// `:show ROW`: one row of the last result in full, a column a line.
    static var show: MetaCommand {
        MetaCommand(
            name: "show", usage: "ROW",
            summary: "Show one row of the last result in full, one column a line (tables cut long cells).",
            details: """
                :show 3     row 3 of the last result, every value whole: what a table cut with …
                            (:why 3 shows the sources behind it)
                """
        ) { session, arguments in
            guard let result = session.lastResult, !result.rows.isEmpty else {
                throw ShellError("there is no result row to show yet; run a query first, then :show ROW")
            }
            let text = arguments.trimmingWhitespace()
            let number = Int(text) ?? (text.isEmpty && result.rows.count == 1 ? 1 : 0)
            guard (1...result.rows.count).contains(number) else {
                throw ShellError("row \(text.isEmpty ? "?" : text) does not exist; the last result has rows 1 to \(result.rows.count): :show 1 … :show \(result.rows.count)")
            }
            let formatter = ResultFormatter(graph: session.graph)
            let width = result.columns.map(DisplayWidth.of).max() ?? 0
            var out = ""
            for (column, value) in zip(result.columns, result.rows[number - 1]) {
                out += DisplayText.pad(column, to: width) + "  " + formatter.text(value) + "\n"
            }
            session.output.write(out)
            return .proceed
        }
    }
}
