import Foundation

/// Building a whole graph at once from elements read in bulk (a snapshot), instead of
/// through `addNode` / `addRelationship` one element at a time.
///
/// Each index is made in one pass with its arrays sized once: adjacency by counting
/// (see `Adjacency`), the type lists by counting, the label lists and label bits per
/// distinct label set, the name index appending ids in increasing order (no sorted
/// insertion). The result is the same graph the element-by-element path gives.
extension PropertyGraph {
    /// What a bulk reader hands over; the reader has checked every id and endpoint.
    struct BulkElements {
        /// Nodes by id, with their labels as indexes into `labelSets`.
        var nodes = NodeTable()
        /// The index into `labelSets` of each node's labels, by node id.
        var labelSetOfNode: [Int32] = []
        /// Each distinct label set once (sorted, no duplicates).
        var labelSets: [[String]] = []
        /// Merge keys: (node, key) in node order.
        var keys: [(NodeID, String)] = []
        /// Relationships by id; their type ids numbered in order of first use.
        var relationships = RelationshipTable()
        /// How many elements hold each property key.
        var propertyKeyUses: [String: Int] = [:]
        /// How many relationships have each type id, when the reader counted them.
        var relationshipCountByType: [Int]?
    }

    init(bulk elements: BulkElements) {
        self.init()
        let nodeCount = elements.nodes.count
        nodes = elements.nodes
        relationships = elements.relationships
        propertyKeyUses = elements.propertyKeyUses
        // The two directions on two threads: each is a pass over 8 M endpoints at a million nodes.
        var outgoing = Adjacency(), incoming = Adjacency()
        let starts = relationships.starts, ends = relationships.ends
        DispatchQueue.concurrentPerform(iterations: 2) { direction in
            if direction == 0 {
                outgoing = Adjacency(nodeCount: nodeCount, endpoints: starts)
            } else {
                incoming = Adjacency(nodeCount: nodeCount, endpoints: ends)
            }
        }
        outgoingByNode = outgoing
        incomingByNode = incoming
        for (id, name) in relationships.typeNames.enumerated() { typeIDs[name] = Int32(id) }
        // Each type's list is built on its first `relationships(ofType:)` (see `BuiltOnce`); their sizes now.
        pendingTypeLists = relationships.typeNames.map { _ in BuiltOnce() }
        if let counted = elements.relationshipCountByType, counted.count == relationships.typeNames.count {
            relationshipCountByType = counted
        } else {
            relationshipCountByType = [Int](repeating: 0, count: relationships.typeNames.count)
            for type in relationships.typeIDs { relationshipCountByType[Int(type)] += 1 }
        }
        buildLabelIndexes(elements)
        keysByNode.reserveCapacity(elements.keys.count)
        nodesByKey.reserveCapacity(elements.keys.count)
        for (id, key) in elements.keys {
            nodesByKey[ByteKey(key)] = id
            keysByNode[id.rawValue] = key
        }
        // Built on the first name lookup (see `BuiltOnce`).
        if indexesNames { pendingNameIndex = BuiltOnce() }
    }

    /// The relationships of type id `type`, in id order: one pass over the type column, the list
    /// sized once from the count kept at open.
    func builtTypeList(_ type: Int32) -> [Int32] {
        var ids: [Int32] = []
        ids.reserveCapacity(relationshipCountByType[Int(type)])
        for (id, candidate) in relationships.typeIDs.enumerated() where candidate == type {
            ids.append(Int32(truncatingIfNeeded: id))
        }
        return ids
    }

    private mutating func buildLabelIndexes(_ elements: BulkElements) {
        // Label ids in order of first use, as `addNode` numbers them.
        var setBits = [UInt64](repeating: 0, count: elements.labelSets.count)
        var setSeen = [Bool](repeating: false, count: elements.labelSets.count)
        var setCounts = [Int](repeating: 0, count: elements.labelSets.count)
        for set in elements.labelSetOfNode {
            setCounts[Int(set)] += 1
            guard !setSeen[Int(set)] else { continue }
            setSeen[Int(set)] = true
            for label in elements.labelSets[Int(set)] {
                let labelID = numberLabel(label)
                if labelID < 64 { setBits[Int(set)] |= 1 << UInt64(labelID) }
            }
        }
        for labels in elements.labelSets { labelSets[labels] = labels }
        labelBitsByNode = elements.labelSetOfNode.map { setBits[Int($0)] }
        // One list per label, filled in id order.
        let setLabelIDs = elements.labelSets.map { $0.map { labelIDs[$0] ?? 0 } }
        var lists = [[NodeID]](repeating: [], count: labelIDs.count)
        var counts = [Int](repeating: 0, count: labelIDs.count)
        for (set, ids) in setLabelIDs.enumerated() { for id in ids { counts[id] += setCounts[set] } }
        for id in lists.indices { lists[id].reserveCapacity(counts[id]) }
        for (node, set) in elements.labelSetOfNode.enumerated() {
            for labelID in setLabelIDs[Int(set)] { lists[labelID].append(NodeID(node)) }
        }
        for (label, id) in labelIDs { nodesByLabel[label] = lists[id] }
    }
}
