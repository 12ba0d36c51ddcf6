import Graph

/// Terminal widths of text and values, for aligning tables that mix Chinese
/// (two cells a character) and Latin text.
enum DisplayText {
    // TODO(engine merge): use Graph's DisplayWidth.
    static func width(of text: String) -> Int {
        text.unicodeScalars.reduce(0) { total, scalar in
            let v = scalar.value
            if (0x300...0x36F).contains(v) || (0x200B...0x200F).contains(v) { return total }
            let wide = (0x1100...0x115F).contains(v) || (0x2E80...0xA4CF).contains(v) || (0xAC00...0xD7A3).contains(v)
                || (0xF900...0xFAFF).contains(v) || (0xFE30...0xFE4F).contains(v) || (0xFF00...0xFF60).contains(v)
                || (0xFFE0...0xFFE6).contains(v) || (0x20000...0x3FFFD).contains(v)
            return total + (wide ? 2 : 1)
        }
    }

    /// `text` cut to at most `limit` cells, ending in `…` when cut.
    static func truncate(_ text: String, to limit: Int) -> String {
        guard width(of: text) > limit else { return text }
        var result = ""
        var used = 0
        for character in text {
            let cells = width(of: String(character))
            if used + cells > limit - 1 { break }
            result.append(character)
            used += cells
        }
        return result + "…"
    }

    /// `text` followed by spaces up to `cells` cells.
    static func pad(_ text: String, to cells: Int) -> String {
        text + String(repeating: " ", count: max(0, cells - width(of: text)))
    }
}
