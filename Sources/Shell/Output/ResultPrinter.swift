import Graph

/// Turns a result into text in the chosen format, capping long results and
/// saying how many rows there were.
// TODO(engine merge): delegate the formats to Graph's result formatters.
struct ResultPrinter {
    let settings: ShellSettings

    func render(_ result: ResultTable, graph: PropertyGraph) -> String {
        let total = result.rows.count
        let shown = settings.rowLimit.map { min($0, total) } ?? total
        let rows = Array(result.rows.prefix(shown))
        let cells = rows.map { $0.map { ValueText.describe($0, in: graph) } }
        var text: String
        switch settings.format {
        case .table: text = table(result.columns, cells)
        case .markdown: text = markdown(result.columns, cells)
        case .csv: text = csv(result.columns, cells)
        case .json, .jsonl: text = json(result.columns, rows, graph: graph, lines: settings.format == .jsonl)
        }
        if !result.statistics.isEmpty {
            text += Self.describe(result.statistics) + "\n"
        }
        if settings.format == .table || settings.format == .markdown {
            if shown < total {
                text += "\(total) rows, first \(shown) shown (:rows all shows every row)\n"
            } else {
                text += total == 1 ? "1 row\n" : "\(total) rows\n"
            }
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

    private func table(_ columns: [String], _ rows: [[String]]) -> String {
        let limit = max(4, settings.maxCellWidth)
        let header = columns.map { DisplayText.truncate($0, to: limit) }
        let body = rows.map { $0.map { DisplayText.truncate($0.replacingOccurrences(of: "\n", with: " "), to: limit) } }
        var widths = header.map(DisplayText.width(of:))
        for row in body {
            for (index, cell) in row.enumerated() where index < widths.count {
                widths[index] = max(widths[index], DisplayText.width(of: cell))
            }
        }
        func line(_ cells: [String]) -> String {
            "│ " + cells.enumerated().map { DisplayText.pad($0.element, to: widths[$0.offset]) }.joined(separator: " │ ")
                + " │\n"
        }
        func rule(_ left: String, _ middle: String, _ right: String) -> String {
            left + widths.map { String(repeating: "─", count: $0 + 2) }.joined(separator: middle) + right + "\n"
        }
        guard !columns.isEmpty else { return "" }
        return rule("┌", "┬", "┐") + line(header) + rule("├", "┼", "┤") + body.map(line).joined()
            + rule("└", "┴", "┘")
    }

    private func markdown(_ columns: [String], _ rows: [[String]]) -> String {
        func escape(_ cell: String) -> String {
            cell.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ")
        }
        var text = "| " + columns.map(escape).joined(separator: " | ") + " |\n"
        text += "|" + columns.map { _ in " --- |" }.joined() + "\n"
        for row in rows { text += "| " + row.map(escape).joined(separator: " | ") + " |\n" }
        return text
    }

    private func csv(_ columns: [String], _ rows: [[String]]) -> String {
        func field(_ cell: String) -> String {
            guard cell.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" }) else { return cell }
            return "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        return ([columns] + rows).map { $0.map(field).joined(separator: ",") + "\n" }.joined()
    }

    private func json(_ columns: [String], _ rows: [[Value]], graph: PropertyGraph, lines: Bool) -> String {
        let objects = rows.map { row in
            "{" + zip(columns, row).map { "\(ValueText.jsonString($0)):\(ValueText.json($1, in: graph))" }
                .joined(separator: ",") + "}"
        }
        return lines ? objects.map { $0 + "\n" }.joined() : "[" + objects.joined(separator: ",\n ") + "]\n"
    }
}
