import ArgumentParser
import Foundation
import Graph
import Shell

/// `--format` for the commands that list or report things (`queries`,
/// `plugins`, `check`, `build`, `import`, `render`, `serve`): text for people
/// on a terminal, JSON when piped, as the query commands do; any result format
/// on request.
struct ListingOptions: ParsableArguments {
    @Option(help: "Output format: text, table, csv, json, jsonl or markdown (default: text on a terminal, else json).")
    var format: String?

    @Flag(name: .customLong("no-pager"), help: "Print a text listing taller than the terminal directly instead of through $PAGER.")
    var noPager = false

    /// Shows a text listing: through `$PAGER` when it is taller than the terminal, as query results are.
    func page(_ text: String) {
        // Escaped here too: the pager gets the text without going through StandardOutput.
        Pager.show(TerminalSafeText.escaped(text, keepingLayout: true), enabled: !noPager, otherwise: StandardOutput.write)
    }

    /// Nil for the text listing, else the format to print a table of rows in.
    func tableFormat() throws -> ResultFormat? {
        if format?.lowercased() == "text" { return nil }
        if format == nil, isatty(STDOUT_FILENO) != 0 { return nil }
        return try ResultFormat.chosen(format)
    }

    /// Prints `rows` under `columns` in `format`.
    func print(columns: [String], rows: [[Value]], as format: ResultFormat) {
        let text = ResultFormatter(graph: PropertyGraph()).format(QueryResult(columns: columns, rows: rows), as: format)
        StandardOutput.write(text)
    }
}
