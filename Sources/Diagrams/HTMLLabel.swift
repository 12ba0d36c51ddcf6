import Graph

/// Pieces of Graphviz HTML-like labels (tables), shared by the matrix, the
/// timeline and the node-link legend.
enum HTMLLabel {
    /// Text inside an HTML-like label or attribute: `&`, `<`, `>`, `"` as
    /// entities, line breaks as `&#10;` (a line break in a tooltip), and
    /// characters XML cannot take spelled out (`XMLText.visible`).
    static func escaped(_ text: String) -> String {
        var out = ""
        for character in XMLText.visible(text) {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "\n", "\r\n": out += "&#10;"
            case "\r": break
            default: out.append(character)
            }
        }
        return out
    }

    /// Lines of text joined by `<BR/>`, each escaped.
    static func lines(_ lines: [String], align: String? = nil) -> String {
        let brk = align.map { "<BR ALIGN=\"\($0)\"/>" } ?? "<BR/>"
        return lines.map(escaped).joined(separator: brk) + (align == nil ? "" : brk)
    }

    /// A column header: Chinese written top to bottom, one character a line,
    /// in side-by-side runs of at most `height` characters so a long name
    /// stays narrow; text with no wide character wrapped across instead.
    static func vertical(_ text: String, height: Int, columns: Int) -> String {
        guard TextWrapping.displayWidth(text) > text.unicodeScalars.count else {
            return lines(TextWrapping.wrap(text, columns: columns, maxLines: 4))
        }
        let characters = Array(text)
        // Balanced runs: 16 characters under a height of 12 are 8 + 8, not 12 + 4.
        let runCount = (characters.count + max(height, 1) - 1) / max(height, 1)
        let runLength = (characters.count + runCount - 1) / max(runCount, 1)
        let runs = stride(from: 0, to: characters.count, by: max(runLength, 1)).map {
            characters[$0..<min($0 + runLength, characters.count)].map { escaped(String($0)) }.joined(separator: "<BR/>")
        }
        if runs.count == 1 { return runs[0] }
        return "<TABLE BORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"0\"><TR>"
            + runs.map { "<TD VALIGN=\"TOP\">\($0)</TD>" }.joined() + "</TR></TABLE>"
    }

    /// A DOT graph of one node drawn as `table` under `caption`: Graphviz only
    /// places it, so the matrix and the timeline render like the other diagrams.
    static func tableDiagram(name: String, node: String, caption: String, table: String, fontName: String?) -> String {
        var out = "digraph \(DOTWriter.quoted(name)) {\n"
        var graphAttributes: [(String, String)] = [("charset", "UTF-8")]
        if let fontName { graphAttributes.append(("fontname", fontName)) }
        graphAttributes += [("label", caption), ("labelloc", "t"), ("fontsize", "16"), ("margin", "0.2")]
        out += "  graph " + DOTWriter.attributes(graphAttributes) + ";\n"
        var nodeAttributes: [(String, String)] = [("shape", "plain"), ("fontsize", "12")]
        if let fontName { nodeAttributes.insert(("fontname", fontName), at: 0) }
        out += "  node " + DOTWriter.attributes(nodeAttributes) + ";\n"
        out += "  \(node) " + DOTWriter.attributes([("id", node)], html: ("label", table)) + ";\n"
        return out + "}\n"
    }

    /// ` ATTR="value"` pairs for a cell, values escaped; nil values left out.
    static func attributes(_ pairs: [(String, String?)]) -> String {
        pairs.compactMap { name, value in value.map { " \(name)=\"\(escaped($0))\"" } }.joined()
    }
}
