/// How results are printed; chosen with `:format`.
public enum OutputFormat: String, CaseIterable, Sendable {
    /// Aligned columns; Chinese characters count two cells; wide values are cut with `…`.
    case table
    case csv
    /// One JSON array of row objects.
    case json
    /// One JSON object per line.
    case jsonl
    /// A Markdown table, for pasting into notes.
    case markdown
}
