import Graph

/// What the node page draws around a node: how many hops, which labels are
/// hidden, and whether hubs are collapsed. Read from and written to the
/// page's query string, so every view has a link.
public struct NeighbourhoodView: Sendable, Hashable {
    public var depth: Int
    public var hiddenLabels: Set<String>
    /// When true, a node (other than the centre) with more than `hubDegree`
    /// relationships is drawn but not expanded, so one busy agency does not
    /// bury the picture.
    public var collapseHubs: Bool
    public static let hubDegree = 12
    public static let maxDepth = 4

    public init(depth: Int = 1, hiddenLabels: Set<String> = [], collapseHubs: Bool = false) {
        self.depth = min(max(depth, 1), Self.maxDepth)
        self.hiddenLabels = hiddenLabels
        self.collapseHubs = collapseHubs
    }

    /// From `depth`, `hide` (repeatable) and `collapse` query fields.
    public init(fields: FormFields) {
        self.init(
            depth: fields.first("depth").flatMap { Int($0) } ?? 1, hiddenLabels: Set(fields.all("hide")),
            collapseHubs: fields.first("collapse") == "1")
    }

    /// The query string of this view (without the `?`).
    public var query: String {
        var pairs: [(String, String)] = [("depth", String(depth))]
        pairs += hiddenLabels.sorted().map { ("hide", $0) }
        if collapseHubs { pairs.append(("collapse", "1")) }
        return URLText.query(pairs)
    }

    /// The nodes and relationships to draw around `center`, breadth first, at
    /// most `maxNodes` nodes; `truncated` tells when the cap cut it short.
    /// O(visited nodes + their relationships).
    public func subgraph(around center: NodeID, in graph: PropertyGraph, maxNodes: Int) -> (subgraph: Subgraph, truncated: Bool) {
        var seen: Set<NodeID> = [center]
        var order: [NodeID] = [center]
        var relationships: [RelationshipID] = []
        var frontier: [NodeID] = [center]
        var truncated = false
        func visible(_ id: NodeID) -> Bool {
            id == center || !graph.node(id).labels.contains(where: hiddenLabels.contains)
        }
        for _ in 0..<depth {
            var next: [NodeID] = []
            for id in frontier {
                let edges = graph.relationships(at: id)
                if collapseHubs, id != center, edges.count > Self.hubDegree { continue }
                for edge in edges {
                    let other = graph.relationship(edge).otherEnd(from: id)
                    guard visible(other) else { continue }
                    if seen.insert(other).inserted {
                        if order.count >= maxNodes {
                            truncated = true
                            seen.remove(other)
                            continue
                        }
                        order.append(other)
                        next.append(other)
                    }
                }
            }
            frontier = next
        }
        // Every relationship among the drawn nodes, not only the tree's.
        for id in order {
            for edge in graph.outgoing(id) where seen.contains(graph.relationship(edge).end) { relationships.append(edge) }
        }
        return (Subgraph(nodes: order, relationships: relationships, in: graph), truncated)
    }
}
