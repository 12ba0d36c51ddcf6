import Graph

/// A script of batched `UNWIND [...] AS row CREATE …` statements, each ending in
/// `;`, that Neo4j (cypher-shell), Memgraph (mgconsole) and FalkorDB (one
/// `GRAPH.QUERY` per statement, as `explorer push` does) run as it is.
///
/// Nodes are created first, grouped by label set and by the keys they carry
/// (so every map literal names only keys the rows have: no nulls written); then
/// an index on `explorer_id` per label; then relationships, matched by the
/// `explorer_id` of their two ends. Provenance and merge keys go along as
/// properties (see `BookkeepingProperties`).
public enum CypherScriptExport {
    /// Rows per `UNWIND` statement: large enough for few round trips, small enough for any server's query size.
    public static let defaultBatchSize = 500

    /// The whole script as one text.
    public static func script(_ graph: PropertyGraph, batchSize: Int = defaultBatchSize) throws -> String {
        var header = [
            "// \(graph.nodeCount) nodes and \(graph.relationshipCount) relationships, written by `explorer export --format cypher`.",
            "// Run into an empty graph: cypher-shell -f FILE, mgconsole < FILE, or explorer push for FalkorDB.",
        ]
        header.append("")
        let (nodes, indexes, relationships) = try statements(graph, batchSize: batchSize)
        return header.joined(separator: "\n") + (nodes + indexes + relationships).map { $0 + ";\n" }.joined()
    }

    /// The statements in the order they must run: nodes, then the indexes relationships are matched by, then relationships.
    public static func statements(_ graph: PropertyGraph, batchSize: Int = defaultBatchSize) throws
        -> (nodes: [String], indexes: [String], relationships: [String])
    {
        try BookkeepingProperties.checkNoClash(graph)
        let batch = max(1, batchSize)
        let groups = ElementGroups(graph)
        var nodes: [String] = []
        for group in groups.nodes {
            let rows = group.nodes.map { BookkeepingProperties.node($0, in: graph) }
            for (keys, sameKeys) in grouped(rows, by: { $0.keys.sorted() }) {
                let assignments = keys.map { CypherLiteral.name($0) + ": row." + CypherLiteral.name($0) }.joined(separator: ", ")
                for start in stride(from: 0, to: sameKeys.count, by: batch) {
                    let slice = sameKeys[start..<min(start + batch, sameKeys.count)]
                    nodes.append(
                        "UNWIND [" + slice.map(CypherLiteral.map).joined(separator: ", ") + "] AS row CREATE (n"
                            + CypherLiteral.labels(group.labels) + " {" + assignments + "})")
                }
            }
        }
        let indexes = indexStatements(labels: Set(groups.nodes.flatMap(\.labels)).sorted(), keys: [BookkeepingProperties.id])
        var relationships: [String] = []
        for group in groups.relationships {
            let rows: [(properties: [String: Value], row: [String: Value])] = group.relationships.map { r in
                let properties = BookkeepingProperties.relationship(r)
                return (properties, ["s": .int(r.start.rawValue), "e": .int(r.end.rawValue), "p": .map(properties)])
            }
            let id = CypherLiteral.name(BookkeepingProperties.id)
            let startLabel = group.startLabels.first.map { ":" + CypherLiteral.name($0) } ?? ""
            let endLabel = group.endLabels.first.map { ":" + CypherLiteral.name($0) } ?? ""
            for (keys, sameKeys) in grouped(rows, by: { $0.properties.keys.sorted() }) {
                let assignments = keys.map { CypherLiteral.name($0) + ": row.p." + CypherLiteral.name($0) }.joined(separator: ", ")
                for start in stride(from: 0, to: sameKeys.count, by: batch) {
                    let slice = sameKeys[start..<min(start + batch, sameKeys.count)]
                    relationships.append(
                        "UNWIND [" + slice.map { CypherLiteral.map($0.row) }.joined(separator: ", ") + "] AS row "
                            + "MATCH (a\(startLabel) {\(id): row.s}), (b\(endLabel) {\(id): row.e}) "
                            + "CREATE (a)-[r:" + CypherLiteral.name(group.type) + " {" + assignments + "}]->(b)")
                }
            }
        }
        return (nodes, indexes, relationships)
    }

    /// `CREATE INDEX FOR (n:L) ON (n.k)` for every label and key: Neo4j 5's form, which FalkorDB reads too.
    public static func indexStatements(labels: [String], keys: [String]) -> [String] {
        labels.flatMap { label in
            keys.map { "CREATE INDEX FOR (n:\(CypherLiteral.name(label))) ON (n.\(CypherLiteral.name($0)))" }
        }
    }

    /// Items grouped by their sorted key sets, groups in order of first appearance.
    static func grouped<Item>(_ items: [Item], by keys: (Item) -> [String]) -> [(keys: [String], items: [Item])] {
        var order: [[String]] = []
        var groups: [[String]: [Item]] = [:]
        for item in items {
            let itemKeys = keys(item)
            if groups[itemKeys] == nil { order.append(itemKeys) }
            groups[itemKeys, default: []].append(item)
        }
        return order.map { ($0, groups[$0]!) }
    }
}
