import Graph

/// Folds the graph extracted from one document into the dataset's graph, as
/// if the document's facts had been written there: nodes merge by key
/// (labels and missing properties added, aliases joined), relationships merge
/// by type, ends and properties, and each keeps its sources up to the
/// writers' caps.
///
/// Documents are extracted one graph each, on every core, and folded in
/// document order: the result does not depend on which core finished first.
/// One fold owns the dataset's graph while the documents are folded, so its
/// index of relationships by ends stays that of the graph.
struct DocumentGraphMerge {
    /// A node keeps at most this many sources once it exists (`FactWriter.maximumNodeSources`).
    static let maximumNodeSources = 8
    /// A relationship keeps at most this many sources (`FactWriter.maximumRelationshipSources`).
    static let maximumRelationshipSources = 64

    /// The dataset's graph: every part folded so far.
    private(set) var graph: PropertyGraph
    /// Every relationship of `graph` by its ends and type. Whether the graph holds a part's
    /// relationship is one lookup here, where a scan of an adjacency list read a whole
    /// relationship value per candidate (a document's node links to hundreds of others,
    /// so that scan grew with the square of a document's mentions).
    private var byEnds: [Ends: RelationshipID] = [:]
    /// The second and later relationships of one key (other properties: a role, a date).
    private var moreByEnds: [Ends: [RelationshipID]] = [:]

    /// A relationship's type and ends.
    struct Ends: Hashable {
        var start: Int32
        var end: Int32
        var type: String
    }

    /// A fold into `graph` (usually empty: the documents' facts are all it will hold).
    init(into graph: PropertyGraph = PropertyGraph()) {
        self.graph = graph
        for relationship in graph.relationships { index(relationship.id, relationship.type, relationship.start, relationship.end) }
    }

    /// The graph folded so far, handed over (the fold is empty afterwards).
    mutating func takeGraph() -> PropertyGraph {
        byEnds = [:]
        moreByEnds = [:]
        var taken = PropertyGraph()
        swap(&taken, &graph)
        return taken
    }

    private mutating func index(_ id: RelationshipID, _ type: String, _ start: NodeID, _ end: NodeID) {
        let key = Ends(start: Int32(truncatingIfNeeded: start.rawValue), end: Int32(truncatingIfNeeded: end.rawValue), type: type)
        if byEnds[key] == nil { byEnds[key] = id } else { moreByEnds[key, default: []].append(id) }
    }

    /// Adds `part` to the graph.
    mutating func merge(_ part: PropertyGraph) throws {
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
                    try Self.mergeRoles(roles, into: id, of: &graph)
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
                // A node named in many documents is at its cap long before the last: test once
                // (each test reads the node whole) before testing per source.
                if graph.nodes[id.rawValue].sources.count < Self.maximumNodeSources {
                    for source in node.sources where graph.nodes[id.rawValue].sources.count < Self.maximumNodeSources {
                        graph.addSource(source, to: id)
                    }
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
            if let id = existing(relationship, from: start, to: end) {
                for source in relationship.sources where graph.relationships[id.rawValue].sources.count < Self.maximumRelationshipSources {
                    graph.addSource(source, to: id)
                }
            } else {
                let id = try graph.addRelationship(
                    type: relationship.type, from: start, to: end, properties: relationship.properties, sources: relationship.sources)
                index(id, relationship.type, start, end)
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

    /// The relationship of the graph that `relationship` merges into: the one of its type
    /// and ends with equal properties (the fold never adds a second such relationship).
    func existing(_ relationship: Relationship, from start: NodeID, to end: NodeID) -> RelationshipID? {
        let key = Ends(start: Int32(truncatingIfNeeded: start.rawValue), end: Int32(truncatingIfNeeded: end.rawValue), type: relationship.type)
        guard let first = byEnds[key] else { return nil }
        if graph.relationships[first.rawValue].properties == relationship.properties { return first }
        return moreByEnds[key]?.first { graph.relationships[$0.rawValue].properties == relationship.properties }
    }
}
