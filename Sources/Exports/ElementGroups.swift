import Graph

/// The graph cut into the groups one file or one statement holds: nodes by
/// label set, relationships by type and the label sets of their two ends.
struct ElementGroups {
    struct RelationshipGroup {
        var type: String
        var startLabels: [String]
        var endLabels: [String]
        var relationships: [Relationship]
    }

    /// Node groups in order of first label set, each node once.
    var nodes: [(labels: [String], nodes: [Node])] = []
    var relationships: [RelationshipGroup] = []

    init(_ graph: PropertyGraph) {
        var nodeIndex: [[String]: Int] = [:]
        for node in graph.nodes {
            if let i = nodeIndex[node.labels] { nodes[i].nodes.append(node); continue }
            nodeIndex[node.labels] = nodes.count
            nodes.append((node.labels, [node]))
        }
        nodes.sort { $0.labels.lexicographicallyPrecedes($1.labels) }
        struct Key: Hashable { var type: String; var start: [String]; var end: [String] }
        var relationshipIndex: [Key: Int] = [:]
        for r in graph.relationships {
            let key = Key(type: r.type, start: graph.node(r.start).labels, end: graph.node(r.end).labels)
            if let i = relationshipIndex[key] { relationships[i].relationships.append(r); continue }
            relationshipIndex[key] = relationships.count
            relationships.append(RelationshipGroup(type: key.type, startLabels: key.start, endLabels: key.end, relationships: [r]))
        }
        relationships.sort {
            ($0.type, $0.startLabels.joined(separator: ":"), $0.endLabels.joined(separator: ":"))
                < ($1.type, $1.startLabels.joined(separator: ":"), $1.endLabels.joined(separator: ":"))
        }
    }

    /// A file-name-safe name for a label set: the labels joined with `_`, unsafe characters as `-`.
    static func fileName(_ labels: [String]) -> String {
        let joined = labels.isEmpty ? "unlabelled" : labels.joined(separator: "_")
        return String(joined.map { $0.isLetter || $0.isNumber || $0 == "_" ? $0 : "-" })
    }
}
