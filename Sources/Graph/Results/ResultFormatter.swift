/// Turns a ``QueryResult`` into text in one of the ``ResultFormat``s.
///
/// Graph elements need the graph to show their labels and properties, so the
/// formatter holds the graph the query ran on. The JSON shape is stable:
/// nodes are `{"id", "labels", "properties"}`, relationships
/// `{"id", "type", "start", "end", "properties"}`, paths `{"nodes", "relationships"}`.
public struct ResultFormatter {
    /// The graph the result came from, to show labels, types and properties.
    public var graph: PropertyGraph
    /// Widest a table cell may be, in display columns; longer values end in `…`.
    public var maxCellWidth: Int
    /// The terminal's width in display columns: a table wider than this has
    /// its widest columns narrowed until it fits, each cut cell ending in `…`.
    /// Nil for no limit (a file, a pipe).
    public var terminalWidth: Int?

    /// A formatter for results of queries on `graph`.
    public init(graph: PropertyGraph, maxCellWidth: Int = 60, terminalWidth: Int? = nil) {
        self.graph = graph
        self.maxCellWidth = max(4, maxCellWidth)
        self.terminalWidth = terminalWidth
    }

    /// The result as text in `format`, ending with a newline (empty results included).
    public func format(_ result: QueryResult, as format: ResultFormat) -> String {
        switch format {
        case .table: return table(result)
        case .csv: return csv(result)
        // JSON escapes C0 itself; DEL, C1 and bidi overrides can only be inside strings, where `\u009b` is valid JSON.
        case .json: return TerminalSafeText.escaped(json(result).serialized(indent: 2) + "\n", keepingLayout: true)
        case .jsonl:
            return TerminalSafeText.escaped(
                result.rows.map { rowObject(result.columns, $0).serialized() + "\n" }.joined(), keepingLayout: true)
        case .markdown: return markdown(result)
        }
    }

    // MARK: JSON

    /// The whole result as JSON: columns, then rows as objects keyed by column.
    public func json(_ result: QueryResult) -> JSON {
        .object([
            ("columns", .array(result.columns.map(JSON.string))),
            ("rows", .array(result.rows.map { rowObject(result.columns, $0) })),
        ])
    }

    private func rowObject(_ columns: [String], _ row: [Value]) -> JSON {
        .object(zip(columns, row).map { ($0, json($1)) })
    }

    /// One value as JSON.
    public func json(_ value: Value) -> JSON {
        switch value {
        case .null: return .null
        case .bool(let b): return .bool(b)
        case .int(let i): return .int(i)
        // JSON has no Infinity or NaN: null, with a notice from `nonFiniteColumns`.
        case .float(let d): return d.isFinite ? .float(d) : .null
        case .string(let s): return .string(s)
        case .list(let items): return .array(items.map(json))
        case .map(let entries): return JSON.sortedObject(entries.mapValues(json))
        case .node(let id):
            guard graph.contains(id) else { return .object([("id", .int(id.rawValue))]) }
            let node = graph.node(id)
            return .object([
                ("id", .int(id.rawValue)), ("labels", .array(node.labels.map(JSON.string))),
                ("properties", JSON.sortedObject(node.properties.mapValues(json))),
            ])
        case .relationship(let id):
            guard graph.contains(id) else { return .object([("id", .int(id.rawValue))]) }
            let r = graph.relationship(id)
            return .object([
                ("id", .int(id.rawValue)), ("type", .string(r.type)), ("start", .int(r.start.rawValue)),
                ("end", .int(r.end.rawValue)), ("properties", JSON.sortedObject(r.properties.mapValues(json))),
            ])
        case .path(let path):
            return .object([
                ("nodes", .array(path.nodes.map { json(.node($0)) })),
                ("relationships", .array(path.relationships.map { json(.relationship($0)) })),
            ])
        // JSON has no dates: ISO text, as Neo4j's drivers write them.
        case .temporal(let t): return .string(t.isoText)
        }
    }

    /// The columns holding an infinite or NaN float somewhere (inside lists and maps too),
    /// which JSON output writes as null; the caller tells the user.
    public static func nonFiniteColumns(_ result: QueryResult) -> [String] {
        func nonFinite(_ value: Value) -> Bool {
            switch value {
            case .float(let d): return !d.isFinite
            case .list(let items): return items.contains(where: nonFinite)
            case .map(let entries): return entries.values.contains(where: nonFinite)
            default: return false
            }
        }
        return result.columns.indices.filter { column in
            result.rows.contains { column < $0.count && nonFinite($0[column]) }
        }.map { result.columns[$0] }
    }

    // MARK: Text

    /// A value as a person reads it: strings bare at the top level, quoted inside lists and maps;
    /// nodes as `(n12:Label {name: '…'})`, relationships as `[r7:TYPE {…}]`: the id is the one
    /// `:why` takes and `elementId` returns.
    public func text(_ value: Value) -> String {
        if case .string(let s) = value { return s }
        if case .temporal(let t) = value { return t.isoText }
        return literal(value)
    }

    private func literal(_ value: Value) -> String {
        switch value {
        case .null: return "null"
        case .bool(let b): return b ? "true" : "false"
        case .int(let i): return String(i)
        case .float(let d): return Functions.formatFloat(d)
        case .string(let s): return "'" + s.replacingOccurrences(of: "'", with: "\\'") + "'"
        case .list(let items): return "[" + items.map(literal).joined(separator: ", ") + "]"
        case .map(let entries): return properties(entries, empty: "{}")
        case .temporal(let t): return t.isoText
        case .node(let id):
            guard graph.contains(id) else { return "(#\(id.rawValue))" }
            let node = graph.node(id)
            let props = properties(node.properties, empty: "")
            return "(n\(id.rawValue)" + node.labels.map { ":" + $0 }.joined() + (props.isEmpty ? "" : " ") + props + ")"
        case .relationship(let id):
            guard graph.contains(id) else { return "[#\(id.rawValue)]" }
            let r = graph.relationship(id)
            let props = properties(r.properties, empty: "")
            return "[r\(id.rawValue):" + r.type + (props.isEmpty ? "" : " " + props) + "]"
        case .path(let path):
            guard let first = path.nodes.first else { return "<>" }
            var text = "<" + literal(.node(first))
            var current = first
            for id in path.relationships {
                guard graph.contains(id) else { break }
                let r = graph.relationship(id)
                let next = r.otherEnd(from: current)
                text += (r.start == current ? "-" + literal(.relationship(id)) + "->" : "<-" + literal(.relationship(id)) + "-")
                text += literal(.node(next))
                current = next
            }
            return text + ">"
        }
    }

    private func properties(_ entries: [String: Value], empty: String) -> String {
        guard !entries.isEmpty else { return empty }
        return "{" + entries.keys.sorted().map { "\($0): \(literal(entries[$0]!))" }.joined(separator: ", ") + "}"
    }

    /// A single-line cell: line breaks and tabs shown as spaces, controls escaped, cut to the widest allowed.
    private func cell(_ value: Value) -> String {
        let flat = text(value).replacingOccurrences(of: "\r\n", with: " ")
            .replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: "\t", with: " ")
        return DisplayWidth.truncate(TerminalSafeText.escaped(flat), to: maxCellWidth)
    }

    private func pad(_ s: String, to width: Int) -> String {
        s + String(repeating: " ", count: max(0, width - DisplayWidth.of(s)))
    }

    private func table(_ result: QueryResult) -> String {
        guard !result.columns.isEmpty else { return summaryLine(result) }
        var header = result.columns.map { DisplayWidth.truncate(TerminalSafeText.escaped($0), to: maxCellWidth) }
        let cells = result.rows.map { $0.map(cell) }
        var widths = header.map(DisplayWidth.of)
        for row in cells {
            for (i, c) in row.enumerated() where i < widths.count { widths[i] = max(widths[i], DisplayWidth.of(c)) }
        }
        // Each cell's lines: one, unless the table is narrowed to the terminal and the cell wraps.
        var wrapped = cells.map { row in row.map { [$0] } }
        if let terminalWidth {
            let fitted = Self.fit(widths, into: terminalWidth)
            if fitted != widths {
                widths = fitted
                header = zip(header, widths).map { DisplayWidth.truncate($0, to: $1) }
                wrapped = cells.map { row in
                    row.enumerated().map { i, c in i < widths.count ? DisplayWidth.wrap(c, to: widths[i], maxLines: Self.maximumCellLines) : [c] }
                }
            }
        }
        let rule = "+" + widths.map { String(repeating: "-", count: $0 + 2) }.joined(separator: "+") + "+"
        func line(_ values: [String]) -> String {
            "|" + zip(values, widths).map { " " + pad($0, to: $1) + " " }.joined(separator: "|") + "|"
        }
        var lines = [rule, line(header), rule]
        // When some cell wraps, a rule between rows shows where each row ends.
        let wraps = wrapped.contains { row in row.contains { $0.count > 1 } }
        for (number, row) in wrapped.enumerated() {
            if wraps, number > 0 { lines.append(rule) }
            let height = row.map(\.count).max() ?? 1
            for index in 0..<height { lines.append(line(row.map { index < $0.count ? $0[index] : "" })) }
        }
        lines.append(rule)
        lines.append("\(result.rows.count) row\(result.rows.count == 1 ? "" : "s")")
        return lines.joined(separator: "\n") + "\n"
    }

    /// Column widths whose table (`| a | b |`: three cells of frame per
    /// column, one more at the end) fits `total` cells: the widest column is
    /// narrowed first, none below `minimumColumn` (or its own width). A table
    /// with too many columns to fit even so keeps the minimum and overflows.
    /// Complexity: O(c · (w − total)) for c columns, w the natural width.
    static func fit(_ widths: [Int], into total: Int) -> [Int] {
        var fitted = widths
        var width = widths.reduce(1) { $0 + $1 + 3 }
        while width > total {
            guard let widest = fitted.indices.filter({ fitted[$0] > minimumColumn }).max(by: { fitted[$0] < fitted[$1] }) else { break }
            fitted[widest] -= 1
            width -= 1
        }
        return fitted
    }

    /// The most lines a cell wraps onto when the table is narrowed to the terminal; the last ends in `…`.
    static let maximumCellLines = 3

    /// The narrowest a column is cut to so that a table fits the terminal.
    static let minimumColumn = 6

    /// For queries without columns (a bare CREATE): what changed.
    private func summaryLine(_ result: QueryResult) -> String {
        let s = result.statistics
        var parts: [String] = []
        if s.nodesCreated > 0 { parts.append("\(s.nodesCreated) node\(s.nodesCreated == 1 ? "" : "s") created") }
        if s.relationshipsCreated > 0 {
            parts.append("\(s.relationshipsCreated) relationship\(s.relationshipsCreated == 1 ? "" : "s") created")
        }
        if s.propertiesSet > 0 { parts.append("\(s.propertiesSet) propert\(s.propertiesSet == 1 ? "y" : "ies") set") }
        return (parts.isEmpty ? "no rows" : parts.joined(separator: ", ")) + "\n"
    }

    private func csvField(_ raw: String) -> String {
        let s = TerminalSafeText.escaped(raw, keepingLayout: true)
        if s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r") {
            return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        return s
    }

    private func csv(_ result: QueryResult) -> String {
        guard !result.columns.isEmpty else { return "" }
        var lines = [result.columns.map(csvField).joined(separator: ",")]
        for row in result.rows {
            lines.append(row.map { $0.isNull ? "" : csvField(text($0)) }.joined(separator: ","))
        }
        return lines.joined(separator: "\r\n") + "\r\n"
    }

    private func markdown(_ result: QueryResult) -> String {
        guard !result.columns.isEmpty else { return summaryLine(result) }
        func escape(_ s: String) -> String {
            TerminalSafeText.escaped(s, keepingLayout: true).replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: "<br>")
        }
        var lines = ["| " + result.columns.map(escape).joined(separator: " | ") + " |"]
        lines.append("|" + result.columns.map { _ in " --- " }.joined(separator: "|") + "|")
        for row in result.rows {
            lines.append("| " + row.map { escape(text($0)) }.joined(separator: " | ") + " |")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
