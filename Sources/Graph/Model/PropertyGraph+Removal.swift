/// Removing elements and labels, for openCypher's `DELETE` and `REMOVE`.
///
/// The graph's indexes only ever grow, so a removal builds a new graph from the
/// elements that stay, through the public writing methods: O(graph) per call,
/// which an update query pays once at its end (deletes) or once per clause (labels).
/// Nodes and relationships that stay keep their order; ids after a deleted one
/// move down, and `Renumbering` says where each old id went.
extension PropertyGraph {
    /// Where each id of the graph before a removal went: nil for a removed element.
    public struct Renumbering: Sendable {
        public var nodes: [NodeID?]
        public var relationships: [RelationshipID?]

        public func node(_ id: NodeID) -> NodeID? { id.rawValue < nodes.count ? nodes[id.rawValue] : nil }
        public func relationship(_ id: RelationshipID) -> RelationshipID? {
            id.rawValue < relationships.count ? relationships[id.rawValue] : nil
        }
    }

    /// This graph without `deletedNodes` and `deletedRelationships` (a relationship
    /// of a deleted node must be deleted too) and with `removedLabels` taken off
    /// their nodes, with the renumbering.
    public func removing(
        nodes deletedNodes: Set<NodeID> = [], relationships deletedRelationships: Set<RelationshipID> = [],
        labels removedLabels: [NodeID: Set<String>] = [:]
    ) throws -> (graph: PropertyGraph, renumbering: Renumbering) {
        var rebuilt = PropertyGraph()
        var nodeMap = [NodeID?](repeating: nil, count: nodes.count)
        for node in nodes where !deletedNodes.contains(node.id) {
            var labels = node.labels
            if let removed = removedLabels[node.id] { labels.removeAll(where: removed.contains) }
            let id: NodeID
            if let key = key(of: node.id) {
                id = try rebuilt.mergeNode(key: key, labels: labels, properties: node.properties)
                for source in node.sources { rebuilt.addSource(source, to: id) }
            } else {
                id = try rebuilt.addNode(labels: labels, properties: node.properties, sources: node.sources)
            }
            nodeMap[node.id.rawValue] = id
        }
        var relationshipMap = [RelationshipID?](repeating: nil, count: relationships.count)
        for relationship in relationships where !deletedRelationships.contains(relationship.id) {
            guard let start = nodeMap[relationship.start.rawValue], let end = nodeMap[relationship.end.rawValue] else {
                throw GraphError(
                    .unknownNode,
                    "relationship \(relationship.id) of a deleted node would be left without an end; delete it too")
            }
            relationshipMap[relationship.id.rawValue] = try rebuilt.addRelationship(
                type: relationship.type, from: start, to: end, properties: relationship.properties,
                sources: relationship.sources)
        }
        return (rebuilt, Renumbering(nodes: nodeMap, relationships: relationshipMap))
    }
}
