/// A selection of a graph's nodes and relationships: what a diagram draws or a
/// query returned.
///
/// Both lists are sorted and free of duplicates, and every relationship's two
/// end nodes are among `nodes`, so a drawing never has a dangling edge.
public struct Subgraph: Hashable, Sendable {
    public private(set) var nodes: [NodeID]
    public private(set) var relationships: [RelationshipID]

    /// A selection of `nodes` and `relationships` in `graph`; the end nodes of
    /// each relationship are added, ids that are not in `graph` are dropped.
    ///
    /// O((n + r) log(n + r)) for n nodes and r relationships given.
    public init<N: Sequence, R: Sequence>(nodes: N, relationships: R, in graph: PropertyGraph)
    where N.Element == NodeID, R.Element == RelationshipID {
        var nodeSet = Set(nodes.lazy.filter { graph.contains($0) })
        var relationshipSet: Set<RelationshipID> = []
        for id in relationships where graph.contains(id) {
            relationshipSet.insert(id)
            let relationship = graph.relationship(id)
            nodeSet.insert(relationship.start)
            nodeSet.insert(relationship.end)
        }
        self.nodes = nodeSet.sorted()
        self.relationships = relationshipSet.sorted()
    }

    /// The nodes, relationships and paths among `values` (a query result's
    /// cells, lists and maps searched recursively), with the end nodes of each
    /// relationship. Other values are ignored.
    ///
    /// O(v + (n + r) log(n + r)) for v values visited.
    public init<S: Sequence>(collectingFrom values: S, in graph: PropertyGraph) where S.Element == Value {
        var nodes: [NodeID] = []
        var relationships: [RelationshipID] = []
        func visit(_ value: Value) {
            switch value {
            case .node(let id): nodes.append(id)
            case .relationship(let id): relationships.append(id)
            case .path(let path):
                nodes.append(contentsOf: path.nodes)
                relationships.append(contentsOf: path.relationships)
            case .list(let items): items.forEach(visit)
            case .map(let entries): entries.values.forEach(visit)
            case .null, .bool, .int, .float, .string, .temporal: break
            }
        }
        values.forEach(visit)
        self.init(nodes: nodes, relationships: relationships, in: graph)
    }

    /// The whole of `graph`. O(n + r).
    public init(wholeOf graph: PropertyGraph) {
        self.nodes = graph.nodes.map(\.id)
        self.relationships = graph.relationships.map(\.id)
    }

    public var isEmpty: Bool { nodes.isEmpty }
}
