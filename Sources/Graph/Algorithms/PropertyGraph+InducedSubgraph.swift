extension PropertyGraph {
    /// The given nodes and every relationship whose two ends are both among them.
    ///
    /// O(n log n + d) for n nodes with d relationships leaving them in total;
    /// ids not in the graph are ignored.
    public func inducedSubgraph<S: Sequence>(nodes: S) -> Subgraph where S.Element == NodeID {
        let selected = Set(nodes.lazy.filter { self.contains($0) })
        var relationships: [RelationshipID] = []
        for node in selected {
            for id in outgoing(node) where selected.contains(relationship(id).end) {
                relationships.append(id)
            }
        }
        return Subgraph(nodes: selected, relationships: relationships, in: self)
    }

    /// The nodes carrying any of `labels`, and the relationships between them:
    /// "which agencies own which tasks" is `subgraph(labels: ["Agency", "Task"])`.
    ///
    /// O(n log n + d) for n matching nodes with d relationships leaving them;
    /// each label is found through the label index.
    public func subgraph<S: Sequence>(labels: S) -> Subgraph where S.Element == String {
        var nodes: Set<NodeID> = []
        for label in labels { nodes.formUnion(self.nodes(withLabel: label)) }
        return inducedSubgraph(nodes: nodes)
    }
}
