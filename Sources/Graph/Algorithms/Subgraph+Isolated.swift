extension Subgraph {
    /// This selection without the nodes that no selected relationship touches
    /// (except `kept`), so "people and their parties" leaves out the people
    /// whose party is not known.
    ///
    /// O(n + r) for n nodes and r relationships selected.
    public func removingIsolatedNodes(of graph: PropertyGraph, keeping kept: NodeID? = nil) -> Subgraph {
        var touched: Set<NodeID> = []
        if let kept { touched.insert(kept) }
        for id in relationships {
            let relationship = graph.relationship(id)
            touched.insert(relationship.start)
            touched.insert(relationship.end)
        }
        return Subgraph(nodes: nodes.filter(touched.contains), relationships: relationships, in: graph)
    }
}
