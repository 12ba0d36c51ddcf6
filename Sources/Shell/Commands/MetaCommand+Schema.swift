import Graph

extension MetaCommand {
    /// `:schema`: labels, relationship types and property keys, with counts.
    static var schema: MetaCommand {
        MetaCommand(
            name: "schema", summary: "Show the labels, relationship types and property keys of the graph.",
            details: "Each relationship type lists the labels it connects, e.g. (Agency)->(Task)."
        ) { session, _ in
            session.output.write(SchemaSummary(graph: session.graph).text)
            return .proceed
        }
    }
}

/// The shape of a graph as `:schema` prints it. One pass over nodes and relationships.
struct SchemaSummary {
    var text = ""

    init(graph: PropertyGraph) {
        text = "\(graph.nodeCount) nodes, \(graph.relationshipCount) relationships\n"
        text += "Labels:\n"
        for label in graph.labels {
            let ids = graph.nodes(withLabel: label)
            var keys = Set<String>()
            for id in ids { keys.formUnion(graph.node(id).properties.keys) }
            text += "  :\(label) (\(ids.count))  " + keys.sorted().joined(separator: ", ") + "\n"
        }
        text += "Relationship types:\n"
        for type in graph.relationshipTypes {
            let ids = graph.relationships(ofType: type)
            var shapes: [String: Int] = [:]
            var keys = Set<String>()
            for id in ids {
                let relationship = graph.relationship(id)
                keys.formUnion(relationship.properties.keys)
                let from = graph.node(relationship.start).labels.joined(separator: ":")
                let to = graph.node(relationship.end).labels.joined(separator: ":")
                shapes["(\(from))->(\(to))", default: 0] += 1
            }
            let shapeText = shapes.keys.sorted().joined(separator: " ")
            text += "  :\(type) (\(ids.count))  \(shapeText)"
            text += keys.isEmpty ? "\n" : "  {" + keys.sorted().joined(separator: ", ") + "}\n"
        }
    }
}
