import Diagrams
import Graph

extension WebPages {
    /// `/node/ID`: labels, properties, dated facts with their sources, the
    /// node's own sources, and its neighbourhood drawn with links.
    func nodePage(_ id: NodeID, view: NeighbourhoodView) throws -> HTML {
        guard let details = NodeDetails(id, in: graph) else {
            throw WebError(.notFound, "there is no node \(id) in this graph; search for it by name instead")
        }
        let node = details.node
        let name = NodeDetails.title(of: node)
        let properties = node.properties.keys.sorted().map { key -> HTML in
            "<tr><th>\(key)</th><td>\(NodeDetails.text(node.properties[key]!))</td></tr>"
        }
        let facts = details.facts.map { fact -> HTML in
            let words = [name, NodeDetails.title(of: fact.other)] + Self.aliases(of: node) + Self.aliases(of: fact.other)
            let shown = fact.relationship.properties.keys.sorted().filter { !NodeDetails.dateKeys.contains($0) }
                .map { "\($0): \(NodeDetails.text(fact.relationship.properties[$0]!))" }.joined(separator: "; ")
            let arrow: HTML = fact.outgoing ? "→" : "←"
            return """
                <tr class="fact"><td>\(fact.date ?? "")</td><td>\(arrow) <code>\(fact.relationship.type)</code></td>
                <td>\(nodeLink(fact.other.id)) \(labelChips(fact.other.labels))</td><td>\(shown)</td>
                <td>\(sourcesBlock(fact.relationship.sources, words: words))</td></tr>
                """
        }
        let drawing: HTML
        let (subgraph, truncated) = view.subgraph(around: id, in: graph, maxNodes: state.options.maxDiagramNodes)
        do {
            drawing = try diagrams.inlineSVG(graph, subgraph, center: id)
        } catch {
            drawing = "<p class=\"error\">The diagram could not be drawn: \(String(describing: error))</p>"
        }
        let base = NodeLinks.link(id)
        let more = NeighbourhoodView(depth: view.depth + 1, hiddenLabels: view.hiddenLabels, collapseHubs: view.collapseHubs)
        let fewer = NeighbourhoodView(depth: view.depth - 1, hiddenLabels: view.hiddenLabels, collapseHubs: view.collapseHubs)
        let toggled = NeighbourhoodView(depth: view.depth, hiddenLabels: view.hiddenLabels, collapseHubs: !view.collapseHubs)
        let shownLabels = Set(subgraph.nodes.filter { $0 != id }.flatMap { graph.node($0).labels }).union(view.hiddenLabels).sorted()
        let labelToggles = shownLabels.map { label -> HTML in
            var hidden = view.hiddenLabels
            let hiding = !hidden.contains(label)
            if hiding { hidden.insert(label) } else { hidden.remove(label) }
            let next = NeighbourhoodView(depth: view.depth, hiddenLabels: hidden, collapseHubs: view.collapseHubs)
            return "<a class=\"button hide-label\" href=\"\(base)?\(next.query)#neighbourhood\">\(hiding ? "Hide" : "Show") \(label)</a>"
        }
        let expand: HTML = view.depth < NeighbourhoodView.maxDepth
            ? "<a class=\"button\" id=\"expand\" href=\"\(base)?\(more.query)#neighbourhood\">Expand one hop (\(view.depth + 1))</a>" : ""
        let shrink: HTML = view.depth > 1 ? "<a class=\"button\" href=\"\(base)?\(fewer.query)#neighbourhood\">One hop less</a>" : ""
        let downloads = ["svg", "png", "pdf"].map { format -> HTML in
            "<a class=\"button\" download href=\"/api/node/\(id.description)/diagram.\(format)?\(view.query)\">\(format.uppercased())</a>"
        }
        let ownSources = sourcesBlock(node.sources, words: [name] + Self.aliases(of: node), open: node.sources.count <= 3)
        return page(
            name, section: nil,
            """
            <h1 id="node-name">\(name)</h1>
            <p>\(labelChips(node.labels)) <span class="muted">node \(id.description) · \(details.facts.count) facts</span>
            · <a href="/api/node/\(id.description)">JSON</a></p>
            <table class="properties">\(properties)</table>
            <h2 id="neighbourhood">Neighbourhood (\(view.depth) hop\(view.depth == 1 ? "" : "s"), \(subgraph.nodes.count) nodes)</h2>
            <div class="toolbar">\(expand)\(shrink)
            <a class="button" href="\(base)?\(toggled.query)#neighbourhood">\(view.collapseHubs ? "Expand hubs" : "Collapse hubs")</a>
            \(labelToggles)
            <span class="muted">Download:</span>\(downloads)</div>
            \(truncated ? "<p class=\"muted\">Stopped at \(state.options.maxDiagramNodes) nodes; hide a label or collapse hubs to see the rest.</p>" as HTML : "")
            <div class="diagram">\(drawing)</div>
            <h2>Facts</h2>
            <p class="muted">Dated facts first (roles over time); open the sources to read the sentences that state each one.</p>
            <table class="facts"><tr><th>Date</th><th>Relationship</th><th>With</th><th>Details</th><th>Sources</th></tr>
            \(facts)</table>
            <h2>Stated in</h2>
            \(ownSources)
            """)
    }

    /// A node's `aliases` property, for highlighting in its sources.
    static func aliases(of node: Node) -> [String] {
        node.properties["aliases"]?.listValue?.compactMap(\.stringValue) ?? []
    }
}
