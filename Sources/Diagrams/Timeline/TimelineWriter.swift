import Graph
import Plugins

/// Writes a `RoleTimeline` as DOT: one node whose label is a table with the
/// dates across and one row per fact, grouped by type. A dot marks each date a
/// document states the fact; a bar joins the first and the last statement.
public struct TimelineWriter: Sendable {
    public var style: DiagramStyle
    public var options: DiagramOptions
    public var fontName: String?

    static let barFill = "#D9ECF7"
    static let headingFill = "#E4E4E4"

    public init(style: DiagramStyle = .schema, options: DiagramOptions = DiagramOptions(), fontName: String?) {
        self.style = style
        self.options = options
        self.fontName = fontName
    }

    /// The DOT text for the timeline of `options.center` (or the most dated node of `subgraph`).
    public func dot(_ graph: PropertyGraph, _ subgraph: Subgraph) throws -> String {
        dot(graph, try RoleTimeline(graph, subject: options.center, in: subgraph))
    }

    /// The DOT text for `timeline`. O(rows × dates).
    public func dot(_ graph: PropertyGraph, _ timeline: RoleTimeline) -> String {
        let facts = FactText(style: style)
        let subject = graph.node(timeline.subject)
        let span = timeline.dates.count + 1
        var table = "<TABLE BORDER=\"0\" CELLBORDER=\"1\" CELLSPACING=\"0\" CELLPADDING=\"5\" COLOR=\"#BBBBBB\">\n"
        table += "<TR><TD ALIGN=\"LEFT\"><B>\(HTMLLabel.escaped(FactText.name(of: subject)))</B></TD>"
        for date in timeline.dates { table += "<TD><B>\(HTMLLabel.escaped(date))</B></TD>" }
        table += "</TR>\n"
        var currentType: String?
        for row in timeline.rows {
            if row.type != currentType {
                currentType = row.type
                let color = style.edges[row.type]?.color ?? "#000000"
                table += "<TR><TD COLSPAN=\"\(span)\" ALIGN=\"LEFT\" BGCOLOR=\"\(Self.headingFill)\">"
                    + "<FONT COLOR=\"\(HTMLLabel.escaped(color))\">■</FONT> <B>"
                    + HTMLLabel.escaped(style.bilingualName(ofType: row.type)) + "</B></TD></TR>\n"
            }
            let other = graph.node(row.other)
            var text = HTMLLabel.escaped(FactText.name(of: other))
            if let detail = row.detail { text += " · <B>\(HTMLLabel.escaped(detail))</B>" }
            let href = DiagramOptions.link(options.nodeLink, id: row.other.description) ?? "#\(row.other)"
            table += "<TR><TD ALIGN=\"LEFT\"\(HTMLLabel.attributes([("HREF", href), ("TOOLTIP", facts.node(other))]))>\(text)</TD>"
            for date in timeline.dates {
                if let stated = row.statements[date] {
                    let tooltip = stated.map { facts.relationship(graph.relationship($0), in: graph) }.joined(separator: "\n\n")
                    let link = DiagramOptions.link(options.relationshipLink, id: stated[0].description) ?? "#\(stated[0])"
                    let color = style.edges[row.type]?.color ?? "#000000"
                    table += "<TD BGCOLOR=\"\(Self.barFill)\""
                        + HTMLLabel.attributes([("HREF", link), ("ID", stated[0].description), ("TOOLTIP", tooltip)])
                        + "><FONT COLOR=\"\(HTMLLabel.escaped(color))\" POINT-SIZE=\"14\">●</FONT></TD>"
                } else if date > row.firstDate, date < row.lastDate {
                    table += "<TD BGCOLOR=\"\(Self.barFill)\"> </TD>"
                } else {
                    table += "<TD> </TD>"
                }
            }
            table += "</TR>\n"
        }
        table += "</TABLE>"

        var lines: [String] = []
        if let title = options.title, !title.isEmpty { lines.append(title) }
        var counts = "\(timeline.rows.count) facts over \(timeline.dates.count) dates"
        if timeline.undated > 0 { counts += " · \(timeline.undated) undated relationships not shown" }
        lines.append(counts)
        return HTMLLabel.tableDiagram(
            name: "timeline", node: "timeline", caption: lines.joined(separator: "\n"), table: table, fontName: fontName)
    }
}
