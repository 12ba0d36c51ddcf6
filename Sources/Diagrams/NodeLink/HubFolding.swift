import Graph
import Plugins

/// Folds the hubs of a drawing: a node with more drawn edges than a threshold
/// (the CPPCC node with its fifty members) is drawn once, without its edges,
/// labelled with what was folded ("52 × 担任 SERVES_ON"); the nodes that only
/// it linked are left out. What remains is what the reader came for.
///
/// Degrees count drawn arrows (parallel relationships merged), so folding
/// leaves no node, besides the center and the expanded ones, with more drawn
/// edges than the threshold: removing edges only lowers the others' degrees.
struct HubFolding {
    /// What was folded into one hub.
    struct Summary {
        /// "担任 SERVES_ON" → how many arrows, by type, most first.
        var byType: [(type: String, count: Int)]
        /// Nodes left out because only this hub (or other hubs) linked them to the drawing.
        var hiddenNodes: Int
        var total: Int { byType.reduce(0) { $0 + $1.count } }
    }

    var threshold: Int
    /// Never folded: the node drawn around, and the nodes the reader expanded.
    var kept: Set<NodeID>
    /// The node a neighbourhood is drawn around: what was reached from it only
    /// through a folded hub goes with the hub.
    var center: NodeID?

    /// Arrows away from `center`, either way, of every node it reaches. O(n + e).
    static func distances(from center: NodeID, over edges: [DrawnEdge]) -> [NodeID: Int] {
        var adjacent: [NodeID: [NodeID]] = [:]
        for edge in edges {
            adjacent[edge.first.start, default: []].append(edge.first.end)
            adjacent[edge.first.end, default: []].append(edge.first.start)
        }
        var distance: [NodeID: Int] = [center: 0]
        var frontier = [center]
        while !frontier.isEmpty {
            var next: [NodeID] = []
            for node in frontier {
                for neighbour in adjacent[node] ?? [] where distance[neighbour] == nil {
                    distance[neighbour] = distance[node]! + 1
                    next.append(neighbour)
                }
            }
            frontier = next
        }
        return distance
    }

    /// The edges and nodes left after folding, and a summary per folded hub.
    /// O(n + e) for e drawn edges.
    func fold(_ nodes: [NodeID], _ edges: [DrawnEdge]) -> (nodes: [NodeID], edges: [DrawnEdge], hubs: [NodeID: Summary]) {
        var degree: [NodeID: Int] = [:]
        for edge in edges {
            degree[edge.first.start, default: 0] += 1
            if edge.first.end != edge.first.start { degree[edge.first.end, default: 0] += 1 }
        }
        let hubs = Set(nodes.filter { (degree[$0] ?? 0) > threshold && !kept.contains($0) })
        guard !hubs.isEmpty else { return (nodes, edges, [:]) }
        var keptEdges: [DrawnEdge] = []
        var folded: [NodeID: [String: Int]] = [:]
        var remaining: [NodeID: Int] = [:]
        for edge in edges {
            let ends = [edge.first.start, edge.first.end]
            let hubEnds = ends.filter(hubs.contains)
            if hubEnds.isEmpty {
                keptEdges.append(edge)
                for end in Set(ends) { remaining[end, default: 0] += 1 }
            } else {
                for hub in Set(hubEnds) { folded[hub, default: [:]][edge.first.type, default: 0] += 1 }
            }
        }
        // A node only hubs linked goes with them, counted on the first of its hubs.
        var keptNodes: [NodeID] = []
        var hidden: [NodeID: Int] = [:]
        var hubOf: [NodeID: NodeID] = [:]
        for edge in edges {
            let (start, end) = (edge.first.start, edge.first.end)
            if hubs.contains(start), !hubs.contains(end), hubOf[end] == nil { hubOf[end] = start }
            if hubs.contains(end), !hubs.contains(start), hubOf[start] == nil { hubOf[start] = end }
        }
        for node in nodes {
            if !hubs.contains(node), !kept.contains(node), remaining[node] == nil, let hub = hubOf[node] {
                hidden[hub, default: 0] += 1
            } else {
                keptNodes.append(node)
            }
        }
        if let center, keptNodes.contains(center) {
            // A neighbourhood keeps what the center still reaches within the
            // selection's depth; the rest came through a hub and goes with it.
            let depth = Self.distances(from: center, over: edges).values.max() ?? 0
            let reached = Set(Self.distances(from: center, over: keptEdges).filter { $0.value <= depth }.keys)
            let firstHub = hubs.min()!
            keptNodes = keptNodes.filter { node in
                if reached.contains(node) || hubs.contains(node) || kept.contains(node) { return true }
                hidden[hubOf[node] ?? firstHub, default: 0] += 1
                return false
            }
            keptEdges = keptEdges.filter { reached.contains($0.first.start) && reached.contains($0.first.end) }
        }
        var summaries: [NodeID: Summary] = [:]
        for hub in hubs {
            let byType = (folded[hub] ?? [:]).map { (type: $0.key, count: $0.value) }
                .sorted { $0.count != $1.count ? $0.count > $1.count : $0.type < $1.type }
            summaries[hub] = Summary(byType: byType, hiddenNodes: hidden[hub] ?? 0)
        }
        return (keptNodes, keptEdges, summaries)
    }
}
