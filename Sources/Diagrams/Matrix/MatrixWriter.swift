import Graph
import Plugins

/// Writes an `OwnershipMatrix` as DOT: one node whose label is an HTML-like
/// table (Graphviz lays out nothing, it only draws the table), so SVG, PNG and
/// PDF come out of the same renderer as the other diagrams.
///
/// Each mark is a shape as well as a colour (● lead, ○ responsible), so the
/// table reads in grey print and for colour-blind readers. Each cell's tooltip
/// is the fact and its source quote.
public struct MatrixWriter: Sendable {
    public var style: DiagramStyle
    public var options: DiagramOptions
    public var fontName: String?

    /// Marks for the relationship types, most significant first.
    static let marks = ["●", "○", "◆", "◇", "■", "□", "▲", "△"]
    static let markColors = ["#D55E00", "#0072B2", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000", "#666666"]
    /// Background of a cell holding the first (lead) type, and of every other row.
    static let leadFill = "#FBE3D2"
    static let stripeFill = "#F4F4F4"
    static let headingFill = "#E4E4E4"

    public init(style: DiagramStyle = .schema, options: DiagramOptions = DiagramOptions(), fontName: String?) {
        self.style = style
        self.options = options
        self.fontName = fontName
    }

    /// The DOT text for the matrix of `subgraph`. O(rows × columns).
    public func dot(_ graph: PropertyGraph, _ subgraph: Subgraph) throws -> String {
        let matrix = try OwnershipMatrix(graph, subgraph, style: style)
        return dot(graph, matrix)
    }

    /// The DOT text for `matrix`.
    public func dot(_ graph: PropertyGraph, _ matrix: OwnershipMatrix) -> String {
        let facts = FactText(style: style)
        let rows = matrix.rows
        let hasCode = rows.contains { graph.node($0).properties["code"] != nil }
        let span = matrix.columns.count + (hasCode ? 3 : 2)
        let longest = matrix.columns.map { FactText.name(of: graph.node($0)).count }.max() ?? 1
        let headerHeight = min(max(longest, 4), 16)

        var table = "<TABLE BORDER=\"0\" CELLBORDER=\"1\" CELLSPACING=\"0\" CELLPADDING=\"4\" COLOR=\"#BBBBBB\">\n"
        // The key: which mark is which type, with its count.
        let key = matrix.types.enumerated().map { index, type in
            "\(mark(index)) \(HTMLLabel.escaped(style.bilingualName(ofType: type))) (\(matrix.count(type: type)))"
        }.joined(separator: "    ")
        table += "<TR><TD COLSPAN=\"\(span)\" ALIGN=\"LEFT\" BORDER=\"0\">\(key)</TD></TR>\n"

        // The header: the row label, then each column's name written downwards, then the totals.
        table += "<TR>"
        if hasCode { table += "<TD VALIGN=\"BOTTOM\"><B>编号<BR/>Code</B></TD>" }
        let rowName = HTMLLabel.escaped(DiagramStyle.bilingualName(ofLabel: matrix.rowLabel))
        table += "<TD VALIGN=\"BOTTOM\" ALIGN=\"LEFT\"><B>\(rowName)</B>  ↓   "
            + "<B>\(HTMLLabel.escaped(DiagramStyle.bilingualName(ofLabel: matrix.columnLabel)))</B> →</TD>"
        for column in matrix.columns {
            let node = graph.node(column)
            let name = HTMLLabel.vertical(FactText.name(of: node), height: headerHeight, columns: 12)
            table += "<TD VALIGN=\"BOTTOM\"\(link(node: column, tooltip: facts.node(node)))>\(name)</TD>"
        }
        table += "<TD VALIGN=\"BOTTOM\"><B>合<BR/>计<BR/>Σ</B></TD></TR>\n"

        var stripe = false
        for group in matrix.groups {
            if let heading = group.heading {
                table += "<TR><TD COLSPAN=\"\(span)\" ALIGN=\"LEFT\" BGCOLOR=\"\(Self.headingFill)\"><B>"
                    + HTMLLabel.escaped(heading) + "</B></TD></TR>\n"
            }
            for row in group.rows {
                let node = graph.node(row)
                let fill = stripe ? " BGCOLOR=\"\(Self.stripeFill)\"" : ""
                stripe.toggle()
                table += "<TR>"
                let rowLink = link(node: row, tooltip: facts.node(node))
                if hasCode {
                    let code = node.properties["code"].flatMap(DOTWriter.display) ?? ""
                    table += "<TD\(fill)\(rowLink)>\(HTMLLabel.escaped(code))</TD>"
                }
                let title = hasCode ? (node.properties["title"].flatMap(DOTWriter.display) ?? FactText.name(of: node)) : FactText.name(of: node)
                let lines = TextWrapping.wrap(title, columns: 34, maxLines: 3)
                table += "<TD ALIGN=\"LEFT\"\(fill)\(rowLink)>\(HTMLLabel.lines(lines, align: "LEFT"))</TD>"
                for column in matrix.columns {
                    guard let cell = matrix.cells[row]?[column] else {
                        table += "<TD\(fill)> </TD>"
                        continue
                    }
                    let marks = cell.types.map { mark(matrix.types.firstIndex(of: $0)!) }.joined()
                    let tooltip = cell.relationships.map { facts.relationship(graph.relationship($0), in: graph) }
                        .joined(separator: "\n\n")
                    let cellFill = cell.types.first == matrix.types.first ? " BGCOLOR=\"\(Self.leadFill)\"" : fill
                    table += "<TD\(cellFill)\(link(relationship: cell.relationships[0], tooltip: tooltip))>\(marks)</TD>"
                }
                table += "<TD\(fill)><B>\(matrix.count(row: row))</B></TD></TR>\n"
            }
        }

        // Totals per column: all cells, and the first type's under them.
        table += "<TR><TD COLSPAN=\"\(hasCode ? 2 : 1)\" ALIGN=\"RIGHT\"><B>合计 Total</B>"
        if let first = matrix.types.first, matrix.types.count > 1 { table += "<BR ALIGN=\"RIGHT\"/>\(mark(0)) \(HTMLLabel.escaped(style.bilingualName(ofType: first)))" }
        table += "</TD>"
        for column in matrix.columns {
            var text = "<B>\(matrix.count(column: column))</B>"
            if let first = matrix.types.first, matrix.types.count > 1 {
                let leads = matrix.count(column: column, type: first)
                text += "<BR/>" + (leads > 0 ? "\(leads)" : " ")
            }
            table += "<TD>\(text)</TD>"
        }
        let total = matrix.cells.values.reduce(0) { $0 + $1.count }
        table += "<TD><B>\(total)</B></TD></TR>\n</TABLE>"

        return HTMLLabel.tableDiagram(
            name: "ownership_matrix", node: "matrix", caption: caption(graph, matrix), table: table, fontName: fontName)
    }

    /// The title, what the rows are part of (the proposal), and the counts.
    private func caption(_ graph: PropertyGraph, _ matrix: OwnershipMatrix) -> String {
        var lines: [String] = []
        if let title = options.title, !title.isEmpty { lines.append(title) }
        for whole in matrix.wholes.prefix(3) { lines += TextWrapping.wrap(whole, columns: 90, maxLines: 2) }
        if matrix.wholes.count > 3 { lines.append("(and \(matrix.wholes.count - 3) more)") }
        let rowName = DiagramStyle.bilingualName(ofLabel: matrix.rowLabel)
        let columnName = DiagramStyle.bilingualName(ofLabel: matrix.columnLabel)
        let cellCount = matrix.cells.values.reduce(0) { $0 + $1.count }
        lines.append("\(matrix.rows.count) × \(rowName) · \(matrix.columns.count) × \(columnName) · \(cellCount) assignments")
        return lines.joined(separator: "\n")
    }

    private func mark(_ index: Int) -> String {
        let color = Self.markColors[index % Self.markColors.count]
        let text = index < Self.marks.count ? Self.marks[index] : "×"
        return "<FONT COLOR=\"\(color)\" POINT-SIZE=\"14\">\(text)</FONT>"
    }

    /// HREF (the link template, else the element itself: Graphviz writes a
    /// cell's tooltip only on a link), ID and TOOLTIP attributes of a cell.
    private func link(node id: NodeID, tooltip: String) -> String {
        let href = DiagramOptions.link(options.nodeLink, id: id.description) ?? "#\(id)"
        return HTMLLabel.attributes([("HREF", href), ("TOOLTIP", tooltip), ("TARGET", options.nodeLink == nil ? nil : "_top")])
    }

    private func link(relationship id: RelationshipID, tooltip: String) -> String {
        let href = DiagramOptions.link(options.relationshipLink, id: id.description) ?? "#\(id)"
        return HTMLLabel.attributes([
            ("HREF", href), ("ID", id.description), ("TOOLTIP", tooltip),
            ("TARGET", options.relationshipLink == nil ? nil : "_top"),
        ])
    }
}
