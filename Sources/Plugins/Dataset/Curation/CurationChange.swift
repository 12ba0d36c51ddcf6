import Graph

extension CurationReplay {
    /// What one statement did to the graph, found by comparing the graph before and after it.
    /// O(nodes + relationships) per statement.
    struct Change {
        let before: PropertyGraph
        var after: PropertyGraph
        /// The id each element of `before` has in `after`; nil when the statement deleted it.
        let nodeMap: [NodeID?]
        let relationshipMap: [RelationshipID?]
        /// Elements the statement created (in `after`'s ids).
        let createdNodes: [NodeID]
        let createdRelationships: [RelationshipID]
        /// Elements whose labels or properties it changed: (id in `before`, id in `after`).
        let changedNodes: [(before: NodeID, after: NodeID)]
        let changedRelationships: [(before: RelationshipID, after: RelationshipID)]

        init(before: PropertyGraph, after: PropertyGraph, renumbering: PropertyGraph.Renumbering?) {
            self.before = before
            self.after = after
            // The executor appends what it creates, then a DELETE renumbers everything it kept:
            // old ids first, then the created ones.
            let executorNodes = renumbering?.nodes.count ?? after.nodeCount
            let executorRelationships = renumbering?.relationships.count ?? after.relationshipCount
            func node(_ raw: Int) -> NodeID? { renumbering.map { $0.node(NodeID(raw)) } ?? NodeID(raw) }
            func relationship(_ raw: Int) -> RelationshipID? {
                renumbering.map { $0.relationship(RelationshipID(raw)) } ?? RelationshipID(raw)
            }
            nodeMap = (0..<before.nodeCount).map(node)
            relationshipMap = (0..<before.relationshipCount).map(relationship)
            createdNodes = (before.nodeCount..<max(before.nodeCount, executorNodes)).compactMap(node)
            createdRelationships = (before.relationshipCount..<max(before.relationshipCount, executorRelationships))
                .compactMap(relationship)
            var changedNodes: [(NodeID, NodeID)] = []
            for (raw, mapped) in nodeMap.enumerated() {
                guard let mapped else { continue }
                let old = before.nodes[raw], new = after.node(mapped)
                if old.labels != new.labels || old.properties != new.properties { changedNodes.append((old.id, mapped)) }
            }
            var changedRelationships: [(RelationshipID, RelationshipID)] = []
            for (raw, mapped) in relationshipMap.enumerated() {
                guard let mapped else { continue }
                let old = before.relationships[raw]
                if old.properties != after.relationship(mapped).properties { changedRelationships.append((old.id, mapped)) }
            }
            self.changedNodes = changedNodes
            self.changedRelationships = changedRelationships
        }

        /// Nodes of `before` the statement deleted.
        var deletedNodes: [NodeID] { nodeMap.indices.filter { nodeMap[$0] == nil }.map { NodeID($0) } }
        var deletedRelationships: [RelationshipID] {
            relationshipMap.indices.filter { relationshipMap[$0] == nil }.map { RelationshipID($0) }
        }

        /// Created or changed nodes, in `after`'s ids: those that carry the statement as a source.
        var touchedNodes: [NodeID] { createdNodes + changedNodes.map(\.after) }
        var touchedRelationships: [RelationshipID] { createdRelationships + changedRelationships.map(\.after) }

        /// True when the statement created, changed and deleted nothing.
        var isEmpty: Bool {
            createdNodes.isEmpty && createdRelationships.isEmpty && changedNodes.isEmpty
                && changedRelationships.isEmpty && !nodeMap.contains(nil) && !relationshipMap.contains(nil)
        }

        /// `values` (one per element of `before`) moved to `after`'s ids; created elements get nil.
        func carry(_ values: [NodeID?]) -> [NodeID?] {
            var carried = [NodeID?](repeating: nil, count: after.nodeCount)
            for (raw, mapped) in nodeMap.enumerated() { if let mapped { carried[mapped.rawValue] = values[raw] } }
            return carried
        }

        func carry(_ values: [RelationshipID?]) -> [RelationshipID?] {
            var carried = [RelationshipID?](repeating: nil, count: after.relationshipCount)
            for (raw, mapped) in relationshipMap.enumerated() { if let mapped { carried[mapped.rawValue] = values[raw] } }
            return carried
        }
    }
}
