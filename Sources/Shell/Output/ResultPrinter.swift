import Foundation
import Graph

/// Prints a result with the engine's formatter in the chosen format, and caps
/// long tables at `rowLimit` rows while saying how many there were. CSV and
/// JSON are for other programs, so they always carry every row.
struct ResultPrinter {
    let settings: ShellSettings

    func render(_ result: QueryResult, graph: PropertyGraph) -> String {
        let width = settings.fitsTerminal ? TerminalSize.of(STDOUT_FILENO)?.columns : nil
        let formatter = ResultFormatter(graph: graph, maxCellWidth: settings.maxCellWidth, terminalWidth: width)
        let format = settings.format
        var text: String
        let total = result.rows.count
        if let limit = settings.rowLimit, total > limit, format == .table || format == .markdown {
            var capped = result
            capped.rows = Array(result.rows.prefix(limit))
            text = formatter.format(capped, as: format)
            // The table ends with its own count of the rows it shows; the total replaces it.
            let shownCount = "\(limit) row\(limit == 1 ? "" : "s")\n"
            if format == .table && text.hasSuffix(shownCount) { text.removeLast(shownCount.count) }
            text += "\(total) rows, first \(limit) shown (:rows all prints every row)\n"
        } else {
            text = formatter.format(result, as: format)
        }
        if !result.statistics.isEmpty && !result.columns.isEmpty {
            text += Self.describe(result.statistics) + "\n"
        }
        return text
    }

    /// `created 2 nodes, 1 relationship`.
    static func describe(_ statistics: QueryStatistics) -> String {
        let counts = [
            (statistics.nodesCreated, "node", "created"), (statistics.relationshipsCreated, "relationship", "created"),
            (statistics.propertiesSet, "property", "set"), (statistics.labelsAdded, "label", "added"),
            (statistics.nodesDeleted, "node", "deleted"), (statistics.relationshipsDeleted, "relationship", "deleted"),
            (statistics.labelsRemoved, "label", "removed"),
        ]
        return counts.filter { $0.0 > 0 }.map { count, noun, verb in
            let plural = noun == "property" ? "properties" : noun + "s"
            return "\(verb) \(count) \(count == 1 ? noun : plural)"
        }.joined(separator: ", ")
    }
}
