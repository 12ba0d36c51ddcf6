import Graph
import Plugins

/// Writes a selection of a property graph as Graphviz DOT text. Pure Swift:
/// the same input gives the same bytes, so the output is tested against
/// golden files.
///
/// Node ids are the graph's own (`n12`), relationship ids become SVG element
/// ids (`r7`), so a drawing can be traced back to the graph.
public struct DOTWriter: Sendable {
    public var style: DiagramStyle
    public var options: DiagramOptions
    /// Set as `fontname` on the graph, nodes and edges; nil leaves Graphviz's default.
    public var fontName: String?

    public init(style: DiagramStyle = .schema, options: DiagramOptions = DiagramOptions(), fontName: String?) {
        self.style = style
        self.options = options
        self.fontName = fontName
    }

    /// The DOT text for `subgraph` of `graph`. O(n + r) in the selection's size.
    public func dot(_ graph: PropertyGraph, _ subgraph: Subgraph, layout: DiagramLayout = .dot) -> String {
        var out = "digraph \"policy_graph\" {\n"
        let edges = self.edges(graph, subgraph)
        let detailed = edges.count <= options.edgeLabelLimit
        var graphAttributes: [(String, String)] = [("layout", layout.rawValue), ("charset", "UTF-8")]
        if let fontName { graphAttributes.append(("fontname", fontName)) }
        graphAttributes += [
            ("label", caption(subgraph, detailed: detailed)), ("labelloc", "t"), ("fontsize", "16"),
            ("rankdir", "LR"), ("overlap", "false"), ("nodesep", "0.3"), ("ranksep", "0.7"),
        ]
        // Routing splines around nodes is what makes large layouts take minutes.
        if detailed {
            graphAttributes.append(("splines", "true"))
        } else if layout == .dot {
            graphAttributes += [("nslimit", "1"), ("nslimit1", "1"), ("mclimit", "0.1")]
        }
        if let center = options.center, subgraph.nodes.contains(center) {
            graphAttributes.append(("root", center.description))
        }
        out += "  graph " + attributes(graphAttributes) + ";\n"
        var nodeDefaults: [(String, String)] = []
        if let fontName { nodeDefaults.append(("fontname", fontName)) }
        nodeDefaults += [
            ("fontsize", "11"), ("shape", "box"), ("style", "filled"), ("fillcolor", "#FFFFFF"),
            ("margin", "0.12,0.06"),
        ]
        out += "  node " + attributes(nodeDefaults) + ";\n"
        var edgeDefaults: [(String, String)] = []
        if let fontName { edgeDefaults.append(("fontname", fontName)) }
        edgeDefaults += [("fontsize", "9"), ("color", "#607D8B"), ("fontcolor", "#37474F")]
        out += "  edge " + attributes(edgeDefaults) + ";\n"

        for id in subgraph.nodes {
            out += "  \(id) " + attributes(nodeAttributes(graph.node(id))) + ";\n"
        }
        for edge in edges {
            out += "  \(edge.first.start) -> \(edge.first.end) " + attributes(edgeAttributes(edge, labelled: detailed)) + ";\n"
        }
        if options.legend, !subgraph.isEmpty {
            out += "  legend " + attributes([("shape", "plain")], html: ("label", legend(graph, subgraph))) + ";\n"
        }
        out += "}\n"
        return out
    }

    // MARK: Nodes and edges

    /// The label whose style draws `node`: its first label (in sorted order) that has a style.
    func styleLabel(of node: Node) -> String {
        node.labels.first { style.nodes[$0] != nil } ?? node.labels.first ?? "(no label)"
    }

    /// What a node shows: a task its code and title, anything else its name.
    func text(of node: Node) -> String {
        func string(_ key: String) -> String? {
            guard let value = node.properties[key] else { return nil }
            return Self.display(value)
        }
        if node.hasLabel("Task") {
            let parts = [string("code"), string("title") ?? node.name].compactMap { $0 }
            if !parts.isEmpty { return parts.joined(separator: " ") }
        }
        return node.name ?? string("title") ?? string("code") ?? "\(styleLabel(of: node)) \(node.id)"
    }

    private func nodeAttributes(_ node: Node) -> [(String, String)] {
        let label = styleLabel(of: node)
        let lines = TextWrapping.wrap(text(of: node), columns: options.labelColumns, maxLines: options.labelLines)
        var result: [(String, String)] = [
            ("id", node.id.description), ("label", lines.joined(separator: "\n")),
            ("tooltip", ":" + node.labels.joined(separator: ":") + " " + node.id.description),
        ]
        if let nodeStyle = style.nodes[label] {
            if let shape = nodeStyle.shape { result.append(("shape", shape)) }
            if let fill = nodeStyle.fillColor { result.append(("fillcolor", fill)) }
            if let font = nodeStyle.fontColor { result.append(("fontcolor", font)) }
        }
        if node.id == options.center { result.append(("penwidth", "2.5")) }
        return result
    }

    /// Relationships drawn as one edge: the same ends, type and label, as when
    /// several documents state the same membership. `count` is shown as "×N",
    /// with the span of the `date`s the relationships carry.
    struct Edge {
        var first: Relationship
        var lines: [String]
        var count: Int
        var dates: Set<String>
    }

    /// The edges to draw, in order of their first relationship. O(r).
    func edges(_ graph: PropertyGraph, _ subgraph: Subgraph) -> [Edge] {
        var edges: [Edge] = []
        var indexByKey: [String: Int] = [:]
        for id in subgraph.relationships {
            let relationship = graph.relationship(id)
            var lines = [style.edges[relationship.type]?.caption ?? relationship.type]
            if let detail = (relationship.properties["role"] ?? relationship.properties["title"]).flatMap(Self.display) {
                lines += TextWrapping.wrap(detail, columns: options.labelColumns, maxLines: 2)
            }
            let key = "\(relationship.start) \(relationship.end) \(relationship.type)\n" + lines.joined(separator: "\n")
            let date = relationship.properties["date"]?.stringValue
            if let index = indexByKey[key] {
                edges[index].count += 1
                if let date { edges[index].dates.insert(date) }
            } else {
                indexByKey[key] = edges.count
                edges.append(Edge(first: relationship, lines: lines, count: 1, dates: date.map { [$0] } ?? []))
            }
        }
        return edges
    }

    private func edgeAttributes(_ edge: Edge, labelled: Bool) -> [(String, String)] {
        let edgeStyle = style.edges[edge.first.type]
        var lines = edge.lines
        if edge.count > 1 {
            let dates = edge.dates.sorted()
            let span = dates.isEmpty ? "" : dates.count == 1 ? " \(dates[0])" : " \(dates[0])–\(dates[dates.count - 1])"
            lines.append("×\(edge.count)\(span)")
        }
        var result: [(String, String)] = [
            ("id", edge.first.id.description), (labelled ? "label" : "tooltip", lines.joined(separator: "\n")),
        ]
        if let color = edgeStyle?.color { result += [("color", color), ("fontcolor", color)] }
        if let line = edgeStyle?.lineStyle { result.append(("style", line)) }
        if edge.count > 1 { result.append(("penwidth", "1.6")) }
        return result
    }

    private func caption(_ subgraph: Subgraph, detailed: Bool) -> String {
        var counts = "\(subgraph.nodes.count) nodes · \(subgraph.relationships.count) relationships"
        if !detailed { counts += " (edge labels left out above \(options.edgeLabelLimit))" }
        guard let title = options.title, !title.isEmpty else { return counts }
        return title + "\n" + counts
    }

    // MARK: Legend

    /// An HTML-like table: a colour swatch per label, a coloured arrow per
    /// relationship type, each with its count in this diagram. A table rather
    /// than a cluster, because only `dot` and `fdp` lay out clusters.
    private func legend(_ graph: PropertyGraph, _ subgraph: Subgraph) -> String {
        var labelCounts: [String: Int] = [:]
        for id in subgraph.nodes { labelCounts[styleLabel(of: graph.node(id)), default: 0] += 1 }
        var typeCounts: [String: Int] = [:]
        for id in subgraph.relationships { typeCounts[graph.relationship(id).type, default: 0] += 1 }

        var rows = "<TR><TD COLSPAN=\"2\"><B>Legend</B></TD></TR>"
        for label in labelCounts.keys.sorted() {
            let nodeStyle = style.nodes[label]
            let fill = nodeStyle?.fillColor ?? "#FFFFFF"
            rows += "\n    <TR><TD BGCOLOR=\"\(Self.html(fill))\" WIDTH=\"32\"></TD>"
                + "<TD ALIGN=\"LEFT\">\(Self.html(label)) (\(labelCounts[label]!))</TD></TR>"
        }
        for type in typeCounts.keys.sorted() {
            let edgeStyle = style.edges[type]
            let color = edgeStyle?.color ?? "#607D8B"
            var arrow: String
            switch edgeStyle?.lineStyle {
            case "dashed": arrow = "- - →"
            case "dotted": arrow = "· · · →"
            case "bold": arrow = "<B>——→</B>"
            default: arrow = "——→"
            }
            arrow = "<FONT COLOR=\"\(Self.html(color))\">\(arrow)</FONT>"
            var name = Self.html(type)
            if let caption = edgeStyle?.caption { name = Self.html(caption) + " (" + name + ")" }
            rows += "\n    <TR><TD>\(arrow)</TD><TD ALIGN=\"LEFT\">\(name) (\(typeCounts[type]!))</TD></TR>"
        }
        return "<TABLE BORDER=\"0\" CELLBORDER=\"1\" CELLSPACING=\"0\" CELLPADDING=\"4\">\n    " + rows + "\n  </TABLE>"
    }

    // MARK: Escaping

    /// `name="value", …` in brackets, values quoted; `html` is an HTML-like
    /// label written in angle brackets instead.
    private func attributes(_ pairs: [(String, String)], html: (String, String)? = nil) -> String {
        var items = pairs.map { "\($0.0)=\(Self.quoted($0.1))" }
        if let html { items.append("\(html.0)=<\(html.1)>") }
        return "[" + items.joined(separator: ", ") + "]"
    }

    /// A DOT double-quoted string: backslashes and quotes escaped, line breaks
    /// written as `\n` (a centred line in a label).
    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in XMLText.visible(text).unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n": out += "\\n"
            case "\r": break
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    /// Text inside an HTML-like label.
    static func html(_ text: String) -> String {
        var out = ""
        for character in XMLText.visible(text) {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.append(character)
            }
        }
        return out
    }

    /// A property value as label text; lists are joined with 、.
    static func display(_ value: Value) -> String? {
        switch value {
        case .string(let s): return s.isEmpty ? nil : s
        case .int(let i): return String(i)
        case .float(let d): return String(d)
        case .bool(let b): return String(b)
        case .list(let items):
            let parts = items.compactMap(display)
            return parts.isEmpty ? nil : parts.joined(separator: "、")
        case .null, .map, .node, .relationship, .path: return nil
        }
    }
}
