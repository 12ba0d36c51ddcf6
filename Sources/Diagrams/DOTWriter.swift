import Graph
import Plugins

/// Writes a selection of a property graph as Graphviz DOT text, as nodes and
/// arrows. Pure Swift: the same input gives the same bytes, so the output is
/// tested against golden files.
///
/// Node ids are the graph's own (`n12`), relationship ids become SVG element
/// ids (`r7`), so a drawing can be traced back to the graph. Every tooltip is
/// the fact and its source quote (`FactText`). Hubs over `foldAbove` drawn
/// edges are folded (`HubFolding`); things with a document order (tasks) keep
/// it in the `dot` layout; dated facts are drawn oldest first.
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

    /// The DOT text for `subgraph` of `graph`. O((n + r) log n) in the selection's size.
    public func dot(_ graph: PropertyGraph, _ subgraph: Subgraph, layout: DiagramLayout = .dot) -> String {
        let merged = DrawnEdge.merging(subgraph.relationships, in: graph, style: style, labelColumns: options.labelColumns)
        var kept = expandedNodes(in: graph)
        if let center = options.center { kept.insert(center) }
        let folding = options.foldAbove.map { HubFolding(threshold: max($0, 1), kept: kept, center: options.center) }
        let (nodes, foldedEdges, hubs) = folding?.fold(subgraph.nodes, merged) ?? (subgraph.nodes, merged, [:])
        // Dated facts oldest first, so `ordering=out` draws a person's roles in order.
        let edges = foldedEdges.enumerated().sorted {
            ($0.element.earliestDate ?? "", $0.offset) < ($1.element.earliestDate ?? "", $1.offset)
        }.map(\.element)
        let dated = edges.contains { !$0.dates.isEmpty }
        let detailed = edges.count <= options.edgeLabelLimit
        var typeCounts: [String: Int] = [:]
        for edge in edges { typeCounts[edge.first.type, default: 0] += 1 }
        let repeatedTypes = Set(typeCounts.filter { $0.value > Self.repeatedTypeLabels }.keys)

        var out = "digraph \"policy_graph\" {\n"
        var graphAttributes: [(String, String)] = [("layout", layout.rawValue), ("charset", "UTF-8")]
        if let fontName { graphAttributes.append(("fontname", fontName)) }
        graphAttributes += [
            ("label", caption(graph, nodes: nodes.count, edges: edges, hubs: hubs, detailed: detailed)),
            ("labelloc", "t"), ("fontsize", "16"),
            ("rankdir", "LR"), ("overlap", "false"), ("nodesep", "0.3"), ("ranksep", "0.7"),
        ]
        // Routing splines around nodes is what makes large layouts take minutes.
        if detailed {
            graphAttributes.append(("splines", "true"))
        } else if layout == .dot {
            graphAttributes += [("nslimit", "1"), ("nslimit1", "1"), ("mclimit", "0.1")]
        }
        if layout == .dot, dated { graphAttributes.append(("ordering", "out")) }
        if let center = options.center, nodes.contains(center) {
            graphAttributes.append(("root", center.description))
        }
        out += "  graph " + Self.attributes(graphAttributes) + ";\n"
        var nodeDefaults: [(String, String)] = []
        if let fontName { nodeDefaults.append(("fontname", fontName)) }
        nodeDefaults += [
            ("fontsize", "11"), ("shape", "box"), ("style", "filled"), ("fillcolor", "#FFFFFF"),
            ("margin", "0.12,0.06"),
        ]
        out += "  node " + Self.attributes(nodeDefaults) + ";\n"
        var edgeDefaults: [(String, String)] = []
        if let fontName { edgeDefaults.append(("fontname", fontName)) }
        edgeDefaults += [("fontsize", "9"), ("color", "#607D8B"), ("fontcolor", "#37474F")]
        out += "  edge " + Self.attributes(edgeDefaults) + ";\n"

        // Ordered things (tasks) in document order, the rest by id.
        let ordered = DocumentOrder.sorted(nodes.filter { DocumentOrder.isOrdered(graph.node($0)) }, in: graph)
        let drawingOrder = nodes.filter { !DocumentOrder.isOrdered(graph.node($0)) } + ordered
        let facts = FactText(style: style)
        let drawnLabels = Array(Set(nodes.map { styleLabel(of: graph.node($0)) })).sorted()
        let looks = Looks(fills: style.distinctFills(for: drawnLabels), shapes: style.distinctShapes(for: drawnLabels))
        func nodeLine(_ id: NodeID, indent: String) -> String {
            indent + "\(id) " + Self.attributes(nodeAttributes(graph.node(id), hub: hubs[id], looks: looks, facts: facts)) + ";\n"
        }

        let groupLabel = options.groupBy.flatMap { Self.label(named: $0, in: graph, style: style) }
        if let groupLabel, layout == .dot || layout == .fdp {
            let groups = NodeGrouping(label: groupLabel).groups(nodes, edges, in: graph)
            var members: [NodeID: [NodeID]] = [:]
            for id in drawingOrder {
                if let group = groups[id] { members[group, default: []].append(id) } else { out += nodeLine(id, indent: "  ") }
            }
            for group in members.keys.sorted() {
                let name = FactText.name(of: graph.node(group))
                out += "  subgraph \"cluster_\(group)\" {\n"
                out += "    graph " + Self.attributes([
                    ("label", name), ("style", "rounded,filled"), ("fillcolor", "#F5F5F5"), ("color", "#999999"),
                ]) + ";\n"
                for id in members[group]! { out += nodeLine(id, indent: "    ") }
                out += "  }\n"
            }
        } else {
            for id in drawingOrder { out += nodeLine(id, indent: "  ") }
            // Keep each label's ordered nodes top to bottom in document order.
            if layout == .dot {
                var byLabel: [String: [NodeID]] = [:]
                for id in ordered { byLabel[styleLabel(of: graph.node(id)), default: []].append(id) }
                for label in byLabel.keys.sorted() where byLabel[label]!.count > 1 {
                    let chain = byLabel[label]!.map(\.description).joined(separator: " -> ")
                    out += "  { rank=same; \(chain) [style=invis]; }\n"
                }
            }
        }
        for edge in edges {
            out += "  \(edge.first.start) -> \(edge.first.end) "
                + Self.attributes(edgeAttributes(
                    edge, labelled: detailed, namingType: !repeatedTypes.contains(edge.first.type), graph: graph, facts: facts))
                + ";\n"
        }
        if options.legend, !nodes.isEmpty {
            out += "  legend " + Self.attributes([("shape", "plain")], html: ("label", legend(graph, nodes, edges, looks: looks))) + ";\n"
        }
        out += "}\n"
        return out
    }

    // MARK: Nodes and edges

    /// The label whose style draws `node`: its first label (in sorted order) that has a style.
    func styleLabel(of node: Node) -> String { Self.styleLabel(of: node, style: style) }

    static func styleLabel(of node: Node, style: DiagramStyle) -> String {
        node.labels.first { style.nodes[$0] != nil } ?? node.labels.first ?? "(no label)"
    }

    /// What a node shows: a task its code and title, anything else its name.
    func text(of node: Node) -> String { FactText.name(of: node) }

    /// The graph's label (or a styled one) spelled like `name`, ignoring case: `party` → `Party`.
    static func label(named name: String, in graph: PropertyGraph, style: DiagramStyle) -> String? {
        let known = Set(graph.labels).union(style.nodes.keys)
        return known.first { $0 == name } ?? known.sorted().first { $0.lowercased() == name.lowercased() }
    }

    /// The nodes `options.expand` names (by name, alias or id); unknown names are ignored here
    /// (the renderer refuses them before writing).
    func expandedNodes(in graph: PropertyGraph) -> Set<NodeID> {
        Set(options.expand.compactMap { try? DiagramSelection.node(named: $0, in: graph) })
    }

    /// The fill and shape of each label in one drawing, kept apart from each other's.
    struct Looks {
        var fills: [String: String]
        var shapes: [String: String]
    }

    private func nodeAttributes(_ node: Node, hub: HubFolding.Summary?, looks: Looks, facts: FactText) -> [(String, String)] {
        let label = styleLabel(of: node)
        var lines = TextWrapping.wrap(text(of: node), columns: options.labelColumns, maxLines: options.labelLines)
        var tooltip = facts.node(node)
        if let hub {
            // "⊕ 52 × 担任 SERVES_ON": what was folded, the largest kinds first.
            for entry in hub.byType.prefix(3) { lines.append("⊕ \(entry.count) × \(style.bilingualName(ofType: entry.type))") }
            if hub.byType.count > 3 { lines.append("⊕ \(hub.byType.dropFirst(3).reduce(0) { $0 + $1.count }) more") }
            tooltip += "\n\nfolded: \(hub.total) arrows, and \(hub.hiddenNodes) nodes reached only through it, are not drawn; "
                + "draw them with --expand \(node.name ?? node.id.description) or a higher --fold-above"
        }
        var result: [(String, String)] = [
            ("id", node.id.description), ("label", lines.joined(separator: "\n")), ("tooltip", tooltip),
        ]
        if let shape = looks.shapes[label] { result.append(("shape", shape)) }
        let fill = looks.fills[label] ?? "#FFFFFF"
        if looks.fills[label] != nil { result.append(("fillcolor", fill)) }
        let font = style.nodes[label]?.fontColor ?? ColourDifference.textColour(on: fill)
        if font != "#000000" { result.append(("fontcolor", font)) }
        if hub != nil { result += [("peripheries", "2"), ("style", "filled,dashed")] }
        if let url = DiagramOptions.link(options.nodeLink, id: node.id.description) {
            result += [("URL", url), ("target", "_top")]
        }
        if node.id == options.center { result.append(("penwidth", "2.5")) }
        return result
    }

    /// Above this many arrows of one type, their labels leave the type out (the
    /// colour and the legend name it) and keep only what differs: role, date, count.
    static let repeatedTypeLabels = 6

    private func edgeAttributes(
        _ edge: DrawnEdge, labelled: Bool, namingType: Bool, graph: PropertyGraph, facts: FactText
    ) -> [(String, String)] {
        let edgeStyle = style.edges[edge.first.type]
        var lines = namingType ? edge.lines : Array(edge.lines.dropFirst())
        if edge.count > 1 {
            let dates = edge.dates.sorted()
            let span = dates.isEmpty ? "" : dates.count == 1 ? " \(dates[0])" : " \(dates[0])–\(dates[dates.count - 1])"
            lines.append("×\(edge.count)\(span)")
        } else if let date = edge.dates.first {
            lines.append(date)
        }
        var tooltip = facts.relationship(edge.first, in: graph)
        if edge.count > 1 { tooltip += "\n(stated \(edge.count) times: \(edge.dates.sorted().joined(separator: ", ")))" }
        var result: [(String, String)] = [("id", edge.first.id.description)]
        if labelled, !lines.isEmpty { result.append(("label", lines.joined(separator: "\n"))) }
        result += [("tooltip", tooltip), ("labeltooltip", tooltip)]
        if let color = edgeStyle?.color { result += [("color", color), ("fontcolor", color)] }
        if let line = edgeStyle?.lineStyle { result.append(("style", line)) }
        if edge.count > 1 { result.append(("penwidth", "1.6")) }
        if let url = DiagramOptions.link(options.relationshipLink, id: edge.first.id.description) {
            result += [("URL", url), ("target", "_top")]
        }
        return result
    }

    private func caption(
        _ graph: PropertyGraph, nodes: Int, edges: [DrawnEdge], hubs: [NodeID: HubFolding.Summary], detailed: Bool
    ) -> String {
        let relationships = edges.reduce(0) { $0 + $1.count }
        var counts = "\(nodes) nodes · \(relationships) relationships"
        if !detailed { counts += " (edge labels left out above \(options.edgeLabelLimit))" }
        if !hubs.isEmpty {
            let names = hubs.keys.sorted().prefix(4).map { text(of: graph.node($0)) }.joined(separator: ", ")
            counts += "\nfolded (over \(options.foldAbove ?? 0) arrows): \(names)\(hubs.count > 4 ? " …" : "")"
        }
        guard let title = options.title, !title.isEmpty else { return counts }
        return title + "\n" + counts
    }

    // MARK: Legend

    /// An HTML-like table: a colour swatch per label, a coloured arrow per
    /// relationship type, each in English and Chinese with its count in this
    /// diagram. A table rather than a cluster, because only `dot` and `fdp` lay out clusters.
    private func legend(_ graph: PropertyGraph, _ nodes: [NodeID], _ edges: [DrawnEdge], looks: Looks) -> String {
        var labelCounts: [String: Int] = [:]
        for id in nodes { labelCounts[styleLabel(of: graph.node(id)), default: 0] += 1 }
        var typeCounts: [String: Int] = [:]
        for edge in edges { typeCounts[edge.first.type, default: 0] += edge.count }

        var rows = "<TR><TD COLSPAN=\"2\"><B>Legend 图例</B></TD></TR>"
        for label in labelCounts.keys.sorted() {
            let fill = looks.fills[label] ?? "#FFFFFF"
            let shape = looks.shapes[label].map { " · \($0)" } ?? ""
            rows += "\n    <TR><TD BGCOLOR=\"\(Self.html(fill))\" WIDTH=\"32\"></TD>"
                + "<TD ALIGN=\"LEFT\">\(Self.html(DiagramStyle.bilingualName(ofLabel: label))) (\(labelCounts[label]!))"
                + "<FONT COLOR=\"#777777\">\(Self.html(shape))</FONT></TD></TR>"
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
            let name = Self.html(style.bilingualName(ofType: type))
            rows += "\n    <TR><TD>\(arrow)</TD><TD ALIGN=\"LEFT\">\(name) (\(typeCounts[type]!))</TD></TR>"
        }
        return "<TABLE BORDER=\"0\" CELLBORDER=\"1\" CELLSPACING=\"0\" CELLPADDING=\"4\">\n    " + rows + "\n  </TABLE>"
    }

    // MARK: Escaping

    /// `name="value", …` in brackets, values quoted; `html` is an HTML-like
    /// label written in angle brackets instead.
    static func attributes(_ pairs: [(String, String)], html: (String, String)? = nil) -> String {
        var items = pairs.map { "\($0.0)=\(quoted($0.1))" }
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
    static func html(_ text: String) -> String { HTMLLabel.escaped(text) }

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
        case .temporal(let t): return t.isoText
        case .null, .map, .node, .relationship, .path: return nil
        }
    }
}
