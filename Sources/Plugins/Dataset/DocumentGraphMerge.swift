import Graph

/// Folds the graph extracted from one document into the dataset's graph, as
/// if the document's facts had been written there: nodes merge by key
/// (labels and missing properties added, aliases joined), relationships merge
/// by type, ends and properties, and each keeps its sources up to the
/// writers' caps.
///
/// Documents are extracted one graph each, on every core, and folded in
/// document order: the result does not depend on which core finished first.
enum DocumentGraphMerge {
    /// A node keeps at most this many sources once it exists (`FactWriter.maximumNodeSources`).
    static let maximumNodeSources = 8
    /// A relationship keeps at most this many sources (`FactWriter.maximumRelationshipSources`).
    static let maximumRelationshipSources = 64

    /// Adds `part` to `graph`.
    static func merge(_ part: PropertyGraph, into graph: inout PropertyGraph) throws {
        var mapped: [NodeID] = []
        mapped.reserveCapacity(part.nodeCount)
        for node in part.nodes {
            guard let key = part.key(of: node.id) else {
                mapped.append(try graph.addNode(labels: node.labels, properties: node.properties, sources: node.sources))
                continue
            }
            if let id = graph.node(forKey: key) {
                for label in node.labels { graph.addLabel(label, to: id) }
                // Most nodes of a document are known already and bring no property they
                // lack: look first, and sort (for a fixed order of writes) only when one is new.
                let known = graph.nodes[id.rawValue].properties
                if node.properties.contains(where: { $0.key != "aliases" && $0.key != "roles" && known[$0.key] == nil }) {
                    for (name, value) in node.properties.sorted(by: { $0.key < $1.key }) where name != "aliases" && name != "roles" {
                        if graph.nodes[id.rawValue].properties[name] == nil { try graph.setProperty(name, to: value, on: id) }
                    }
                }
                if let roles = node.properties["roles"]?.listValue {
                    try mergeRoles(roles, into: id, of: &graph)
                }
                if let aliases = node.properties["aliases"]?.listValue?.compactMap(\.stringValue) {
                    try graph.addAliases(aliases, to: id)
                }
                // One name in two scripts (a traditional page's 劉勛建, a mainland page's 刘勋建):
                // the later form is an alias of the node named first.
                if case .string(let incoming)? = node.properties["name"], case .string(let present)? = known["name"],
                   !LabelledName.sameBytes(incoming, present), ScriptFolding.sameFolded(incoming, present) {
                    try graph.addAlias(incoming, to: id)
                }
                for source in node.sources where graph.nodes[id.rawValue].sources.count < maximumNodeSources {
                    graph.addSource(source, to: id)
                }
                mapped.append(id)
            } else {
                let id = try graph.mergeNode(key: key, labels: node.labels, properties: node.properties)
                for source in node.sources { graph.addSource(source, to: id) }
                mapped.append(id)
            }
        }
        for relationship in part.relationships {
            let start = mapped[relationship.start.rawValue], end = mapped[relationship.end.rawValue]
            if let id = existing(relationship, from: start, to: end, in: graph) {
                for source in relationship.sources where graph.relationships[id.rawValue].sources.count < maximumRelationshipSources {
                    graph.addSource(source, to: id)
                }
            } else {
                try graph.addRelationship(
                    type: relationship.type, from: start, to: end, properties: relationship.properties, sources: relationship.sources)
            }
        }
    }

    /// A person's `roles` list grows document by document (`PersonRoles.add`):
    /// the part's roles are appended in order, those already there skipped, up to the cap.
    static func mergeRoles(_ roles: [Value], into id: NodeID, of graph: inout PropertyGraph) throws {
        guard var list = graph.nodes[id.rawValue].properties["roles"]?.listValue else {
            try graph.setProperty("roles", to: .list(roles), on: id)
            return
        }
        let before = list.count
        for role in roles where list.count < PersonRoles.maximum {
            guard let text = role.stringValue else { continue }
            if !list.contains(where: { $0.stringValue.map { LabelledName.sameBytes($0, text) } ?? false }) { list.append(role) }
        }
        if list.count != before { try graph.setProperty("roles", to: .list(list), on: id) }
    }

    /// The relationship of `graph` that `relationship` merges into, searching
    /// the shorter adjacency list (an agency leads thousands of tasks; a task has a dozen units).
    static func existing(_ relationship: Relationship, from start: NodeID, to end: NodeID, in graph: PropertyGraph) -> RelationshipID? {
        // Fields read in place: copying each candidate `Relationship` retains its type, properties and sources.
        let outgoing = graph.outgoing(start), incoming = graph.incoming(end)
        if incoming.count < outgoing.count {
            return incoming.first {
                graph.relationships[$0.rawValue].start == start && graph.relationships[$0.rawValue].type == relationship.type
                    && graph.relationships[$0.rawValue].properties == relationship.properties
            }
        }
        return outgoing.first {
            graph.relationships[$0.rawValue].end == end && graph.relationships[$0.rawValue].type == relationship.type
                && graph.relationships[$0.rawValue].properties == relationship.properties
        }
    }
}
