import Graph

/// Puts each node in the box of a node of one label it is linked to (each
/// member with their party, each speech with its meeting), for drawing as
/// Graphviz clusters. A node linked to several (one person given two
/// parties) goes with the one its latest dated arrow points at, else the first.
struct NodeGrouping {
    var label: String

    /// The group node of every grouped node (a group node is its own group). O(n + e).
    func groups(_ nodes: [NodeID], _ edges: [DrawnEdge], in graph: PropertyGraph) -> [NodeID: NodeID] {
        var group: [NodeID: NodeID] = [:]
        for node in nodes where graph.node(node).hasLabel(label) { group[node] = node }
        var best: [NodeID: (date: String, hub: NodeID)] = [:]
        for edge in edges {
            for (member, hub) in [(edge.first.start, edge.first.end), (edge.first.end, edge.first.start)] {
                guard graph.node(hub).hasLabel(label), !graph.node(member).hasLabel(label) else { continue }
                let date = edge.dates.max() ?? ""
                if let current = best[member], current.date >= date { continue }
                best[member] = (date, hub)
            }
        }
        for (member, choice) in best { group[member] = choice.hub }
        return group
    }
}
