extension PropertyGraph {
    /// The nodes within `depth` relationships of `center`, following
    /// relationships in either direction, and every relationship among them.
    ///
    /// Depth 0 is the node alone, depth 1 adds its direct neighbours. When
    /// `labels` is given, only nodes carrying one of them are kept and walked
    /// through (the center is always kept), so "the agencies and tasks around
    /// this proposal" does not wander off through people.
    ///
    /// Breadth-first: O(v log v + e) for the v nodes reached and the e
    /// relationships touching them, independent of the graph's total size.
    public func neighbourhood(of center: NodeID, depth: Int, labels: Set<String>? = nil) -> Subgraph {
        guard contains(center) else { return Subgraph(nodes: [], relationships: [], in: self) }
        func admits(_ id: NodeID) -> Bool {
            guard let labels else { return true }
            return node(id).labels.contains { labels.contains($0) }
        }
        var reached: Set<NodeID> = [center]
        var frontier: [NodeID] = [center]
        var level = 0
        while level < depth, !frontier.isEmpty {
            var next: [NodeID] = []
            for id in frontier {
                for edge in [outgoing(id), incoming(id)].joined() {
                    let other = relationship(edge).otherEnd(from: id)
                    if !reached.contains(other), admits(other) {
                        reached.insert(other)
                        next.append(other)
                    }
                }
            }
            frontier = next
            level += 1
        }
        return inducedSubgraph(nodes: reached)
    }
}
