import Foundation
import Graph

/// A named query's example: parameters and the rows the query must return for
/// them on the bundled dataset. One test runs every example (the pattern of
/// SwiftLint's triggering examples), so a query cannot silently drift.
public struct QueryExample: Sendable, Hashable {
    /// The parameters of the run; those left out take their defaults.
    public var parameters: [String: Value]
    /// The expected column names, when the example states them.
    public var columns: [String]?
    /// The rows the query must return, in result-column order.
    public var rows: [[Value]]
    /// When false (the default) the rows are compared as a multiset, since
    /// openCypher promises no order without ORDER BY.
    public var ordered: Bool

    /// An example; rows compare as a multiset unless `ordered`.
    public init(parameters: [String: Value] = [:], columns: [String]? = nil, rows: [[Value]], ordered: Bool = false) {
        self.parameters = parameters
        self.columns = columns
        self.rows = rows
        self.ordered = ordered
    }

    /// Compares actual rows with the expected ones and says how they differ,
    /// or returns nil when they agree.
    public func mismatch(columns actualColumns: [String], rows answered: [[Value]]) -> String? {
        // An example writes a date as its ISO text, as YAML reads it: a date value matches its text.
        let actual = answered.map { $0.map(\.withDatesAsText) }
        if let columns, columns != actualColumns {
            return "columns are \(actualColumns), expected \(columns)"
        }
        if ordered {
            if actual == rows { return nil }
            return "rows are \(Self.describe(actual)), expected in this order \(Self.describe(rows))"
        }
        var remaining: [[Value]: Int] = [:]
        for row in rows { remaining[row, default: 0] += 1 }
        var unexpected: [[Value]] = []
        for row in actual {
            if let count = remaining[row], count > 0 { remaining[row] = count - 1 } else { unexpected.append(row) }
        }
        let missing = rows.filter { row in
            guard let count = remaining[row], count > 0 else { return false }
            remaining[row] = count - 1
            return true
        }
        if unexpected.isEmpty && missing.isEmpty { return nil }
        var parts: [String] = []
        if !missing.isEmpty { parts.append("missing \(Self.describe(missing))") }
        if !unexpected.isEmpty { parts.append("unexpected \(Self.describe(unexpected))") }
        return parts.joined(separator: "; ") + " (\(actual.count) rows, expected \(rows.count))"
    }

    /// `rows` as the YAML an example holds (flow lists, single-quoted text),
    /// so a pack author can paste what a query returns into its example.
    public static func yaml(columns: [String], rows: [[Value]], indent: String = "  ") -> String {
        var lines = ["\(indent)columns: [" + columns.map { describe(.string($0)) }.joined(separator: ", ") + "]"]
        lines.append("\(indent)rows:" + (rows.isEmpty ? " []" : ""))
        for row in rows { lines.append("\(indent)  - [" + row.map(describe).joined(separator: ", ") + "]") }
        return lines.joined(separator: "\n")
    }

    static func describe(_ rows: [[Value]]) -> String {
        "[" + rows.map { "[" + $0.map(Self.describe).joined(separator: ", ") + "]" }.joined(separator: ", ") + "]"
    }

    static func describe(_ value: Value) -> String {
        switch value {
        case .null: return "null"
        case .bool(let b): return String(b)
        case .int(let i): return String(i)
        case .float(let f): return String(f)
        case .string(let s): return "'" + s.replacingOccurrences(of: "'", with: "''") + "'"
        case .list(let items): return "[" + items.map(describe).joined(separator: ", ") + "]"
        case .map(let entries):
            return "{" + entries.keys.sorted().map { "\($0): \(describe(entries[$0]!))" }.joined(separator: ", ") + "}"
        case .node(let id): return "node \(id)"
        case .relationship(let id): return "relationship \(id)"
        case .path(let path): return "path of length \(path.length)"
        case .temporal(let t): return t.cypherLiteral
        }
    }
}
