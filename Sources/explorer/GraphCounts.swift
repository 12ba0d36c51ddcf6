import Graph

/// What `build` and `import` report about the graph they wrote: its counts by
/// label and by relationship type and where the snapshot is, as text for people
/// or as one row of a table (JSON when piped) for scripts.
struct GraphCounts {
    var dataset: String
    var graph: PropertyGraph
    var snapshot: String

    /// `built wuhan-cppcc: 120 nodes, 300 relationships`, a line per label and type, and the snapshot.
    func text(verb: String) -> String {
        var lines = ["\(verb) \(dataset): \(graph.nodeCount) nodes, \(graph.relationshipCount) relationships"]
        for label in graph.labels {
            lines.append("  :\(label)".padding(toLength: 28, withPad: " ", startingAt: 0) + " \(graph.nodes(withLabel: label).count)")
        }
        for type in graph.relationshipTypes {
            lines.append("  [:\(type)]".padding(toLength: 28, withPad: " ", startingAt: 0) + " \(graph.relationships(ofType: type).count)")
        }
        lines.append("snapshot: \(snapshot)")
        return lines.joined(separator: "\n") + "\n"
    }

    static let columns = ["dataset", "nodes", "relationships", "labels", "types", "snapshot"]

    /// The same facts as one row under `columns`: counts by label and type as maps.
    var row: [Value] {
        [
            .string(dataset), .int(graph.nodeCount), .int(graph.relationshipCount),
            .map(Dictionary(uniqueKeysWithValues: graph.labels.map { ($0, Value.int(graph.nodes(withLabel: $0).count)) })),
            .map(Dictionary(uniqueKeysWithValues: graph.relationshipTypes.map { ($0, Value.int(graph.relationships(ofType: $0).count)) })),
            .string(snapshot),
        ]
    }
}
