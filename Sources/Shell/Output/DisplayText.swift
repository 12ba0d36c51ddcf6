import Graph

/// Terminal widths of text and values, for aligning tables that mix Chinese
/// (two cells a character) and Latin text.
enum DisplayText {
    static func width(of text: String) -> Int { DisplayWidth.of(text) }

    /// `text` cut to at most `limit` cells, ending in `…` when cut.
    static func truncate(_ text: String, to limit: Int) -> String { DisplayWidth.truncate(text, to: limit) }

    /// `text` followed by spaces up to `cells` cells.
    static func pad(_ text: String, to cells: Int) -> String {
        text + String(repeating: " ", count: max(0, cells - width(of: text)))
    }
}
