import ArgumentParser
import Foundation
import Graph

/// `--format` for the commands that list things (`queries`, `plugins`,
/// `check`): text for people on a terminal, JSON when piped, as the query
/// commands do; any result format on request.
struct ListingOptions: ParsableArguments {
    @Option(help: "Output format: text, table, csv, json, jsonl or markdown (default: text on a terminal, else json).")
    var format: String?

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
