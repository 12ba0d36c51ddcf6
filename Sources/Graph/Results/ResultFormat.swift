/// The ways a query result can be printed.
public enum ResultFormat: String, CaseIterable, Sendable {
    /// Aligned columns for a terminal; Chinese characters count two columns.
    case table
    /// RFC 4180 comma-separated values with a header row.
    case csv
    /// One JSON document: `{"columns": […], "rows": [{column: value, …}, …]}`.
    case json
    /// One JSON object per row, keyed by column.
    case jsonl
    /// A GitHub-flavoured Markdown table.
    case markdown
}
