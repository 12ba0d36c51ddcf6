import Diagrams
import Graph

extension WebPages {
    /// A query result as a table; nodes link to their pages.
    func resultTable(_ result: QueryResult, graph: PropertyGraph) -> HTML {
        let head = result.columns.map { "<th>\($0)</th>" as HTML }
        let rows = result.rows.map { row -> HTML in
            "<tr>\(row.map { "<td>\(cell($0, graph: graph))</td>" as HTML })</tr>"
        }
        let count = result.rows.count
        return """
            <p class="muted result-count">\(count) row\(count == 1 ? "" : "s")</p>
            <table class="result"><tr>\(head)</tr>\(rows)</table>
            """
    }

    /// One cell: a node as a link, a relationship as start -[TYPE]→ end, a list item by item, else its text.
    func cell(_ value: Value, graph: PropertyGraph) -> HTML {
        switch value {
        case .node(let id) where graph.contains(id):
            let node = graph.node(id)
            return "<a href=\"\(NodeLinks.link(id))\">\(NodeDetails.title(of: node))</a> \(labelChips(node.labels))"
        case .relationship(let id) where graph.contains(id):
            let relationship = graph.relationship(id)
            return "\(cell(.node(relationship.start), graph: graph)) <code>-[\(relationship.type)]→</code> \(cell(.node(relationship.end), graph: graph))"
        case .list(let items) where items.contains(where: { if case .node = $0 { return true } else { return false } }):
            return HTML.join(items.map { cell($0, graph: graph) }, separator: "<br>")
        case .string(let text):
            return "\(text)"
        default:
            return "\(ResultFormatter(graph: graph).text(value))"
        }
    }

    /// The result drawn (nodes link to their pages), or a line saying why not.
    func resultDiagram(_ subgraph: Subgraph, graph: PropertyGraph, downloads: String, layout: String = "dot") -> HTML {
        guard !subgraph.isEmpty else {
            return "<p class=\"muted\">No diagram: the result has no nodes or relationships (return nodes, e.g. RETURN p, to draw them).</p>"
        }
        let links = ["svg", "png", "pdf"].map { format -> HTML in
            "<a class=\"button\" download href=\"\(downloads.replacingOccurrences(of: "{format}", with: format))\">\(format.uppercased())</a>"
        }
        let drawing: HTML
        do {
            drawing = try diagrams.inlineSVG(graph, subgraph, layout: layout)
        } catch {
            drawing = "<p class=\"error\">\(String(describing: error))</p>"
        }
        return """
            <div class="toolbar"><span class="muted">Diagram (\(subgraph.nodes.count) nodes). Download:</span>\(links)</div>
            <div class="diagram">\(drawing)</div>
            """
    }

    /// The download links of a table.
    func tableDownloads(_ base: String) -> HTML {
        let separator = base.contains("?") ? "&" : "?"
        return """
            <div class="toolbar"><span class="muted">Table:</span>
            <a class="button" download href="\(base)\(separator)format=csv">CSV</a>
            <a class="button" href="\(base)\(separator)format=json">JSON</a></div>
            """
    }
}
