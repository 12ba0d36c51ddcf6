/// An in-memory property graph with indexes by label, by name (aliases included)
/// and by merge key.
///
/// A value type: copying it is cheap until one copy changes (the arrays are
/// copy-on-write). Elements are never removed, so ids stay dense and stable.
public struct PropertyGraph: Sendable {
    /// By id (see `NodeTable`); reading one makes a `Node` value.
    public internal(set) var nodes = NodeTable()
    /// By id, as columns (see `RelationshipTable`); reading one makes a `Relationship` value.
    public internal(set) var relationships = RelationshipTable()

    var outgoingByNode = Adjacency()
    var incomingByNode = Adjacency()
    var nodesByLabel: [String: [NodeID]] = [:]
    // Names and merge keys are mostly Chinese: byte-keyed, so looking one up
    // does not normalize it (see `ByteString`).
    var nodesByName: [ByteKey: NodeIDSet] = [:]
    /// Set in a graph opened from a snapshot: lookups build a compact name index there once
    /// (see `builtCompactNameIndex`); the first change to a name builds `nodesByName` instead.
    var pendingNameIndex: BuiltOnce<HashedNodeIndex>?
    var nodesByKey: [ByteKey: NodeID] = [:]
    /// The merge key of each node that has one, by id (a dictionary: an imported graph of a
    /// million nodes has none, and an array of optionals would cost 16 bytes a node).
    var keysByNode: [Int: String] = [:]
    /// Relationships by type id (see `typeIDs`), each in id order, as 32-bit ids.
    var relationshipsByType: [[Int32]] = []
    /// Set in a graph opened from a snapshot: each type's list is built when it is first needed
    /// (see `BuiltOnce`), so a session pays only for the types its queries read.
    var pendingTypeLists: [BuiltOnce<[Int32]>]?
    /// How many relationships have each type id, kept whether or not the lists are built (planning reads it).
    var relationshipCountByType: [Int] = []

    /// Relationship types and labels as small integers, in order of first use.
    var typeIDs: [String: Int32] = [:]
    var labelIDs: [String: Int] = [:]
    /// One bit per label id below 64, by node; labels past the 64th are read from the node.
    var labelBitsByNode: [UInt64] = []
    /// One array per distinct label set, shared by the nodes that carry it (most graphs have a
    /// handful of label sets and a million nodes: an array each would cost ~50 bytes a node).
    var labelSets: [[String]: [String]] = [:]
    /// Equality indexes on node properties, built on first use (see `PropertyIndex`).
    var propertyIndexes = PropertyIndexCache()
    /// False in a scratch graph that is only folded into another (`withoutNameIndex`).
    var indexesNames = true

    /// How many nodes and relationships hold each property key (for `propertyKeys`).
    var propertyKeyUses: [String: Int] = [:]

    // The stored properties above are internal rather than private only so that
    // `PropertyGraph+Bulk.swift` can fill them in one pass; everything else goes through methods.

    public init() {}

    /// A graph that keeps no name index (`nodes(named:)` finds nothing): a
    /// document's facts during a build, folded into the dataset's graph, which
    /// indexes them; the scratch graph's own index would be built to be thrown away.
    public static func withoutNameIndex() -> PropertyGraph {
        var graph = PropertyGraph()
        graph.indexesNames = false
        return graph
    }

    public var nodeCount: Int { nodes.count }
    public var relationshipCount: Int { relationships.count }

    // MARK: Reading

    public func node(_ id: NodeID) -> Node { nodes[id.rawValue] }
    public func relationship(_ id: RelationshipID) -> Relationship { relationships[id.rawValue] }

    public func contains(_ id: NodeID) -> Bool { id.rawValue >= 0 && id.rawValue < nodes.count }
    public func contains(_ id: RelationshipID) -> Bool { id.rawValue >= 0 && id.rawValue < relationships.count }

    /// Relationships that start at `node`, in insertion order (a slice of the adjacency, not a copy).
    public func outgoing(_ node: NodeID) -> RelationshipIDs { outgoingByNode[node.rawValue] }
    /// Relationships that end at `node`, in insertion order (a slice of the adjacency, not a copy).
    public func incoming(_ node: NodeID) -> RelationshipIDs { incomingByNode[node.rawValue] }
    /// The relationships that start at `node`, then those that end there (a loop is in both).
    public func relationships(at node: NodeID) -> [RelationshipID] { Array(outgoing(node)) + incoming(node) }

    /// Nodes carrying `label`, in id order. O(1) lookup.
    public func nodes(withLabel label: String) -> [NodeID] { nodesByLabel[label] ?? [] }

    /// Relationships of `type`, in id order.
    public func relationships(ofType type: String) -> RelationshipIDs {
        guard let typeID = typeIDs[type] else { return RelationshipIDs([]) }
        guard let pending = pendingTypeLists else { return RelationshipIDs(relationshipsByType[Int(typeID)][...]) }
        return RelationshipIDs(pending[Int(typeID)].index { builtTypeList(typeID) }[...])
    }

    /// Nodes whose `name` or one of whose `aliases` equals `name`, in id order.
    public func nodes(named name: String) -> [NodeID] {
        guard let pending = pendingNameIndex else { return nodesByName[ByteKey(name)]?.ids ?? [] }
        return pending.index { builtCompactNameIndex() }.nodes(withHash: HashedNodeIndex.byteHash(name)) { id in
            isNamed(id, name)
        }
    }

    /// Every label in use, sorted.
    public var labels: [String] { nodesByLabel.keys.sorted() }
    /// Every relationship type in use, sorted.
    public var relationshipTypes: [String] { typeIDs.keys.sorted() }
    /// Every property key some node or relationship holds. O(keys): kept up to date as
    /// properties change, so it never scans the elements.
    public var propertyKeys: Set<String> { Set(propertyKeyUses.keys) }
    /// Every name and alias in the name index, sorted.
    public var indexedNames: [String] {
        guard pendingNameIndex != nil else { return nodesByName.keys.map(\.string).sorted() }
        return namesOfNodes().map(\.string).sorted()
    }

    /// Builds the name index as a dictionary before a change to it, in a graph opened from a
    /// snapshot (whose compact index cannot take changes).
    private mutating func materializeNameIndex() {
        guard pendingNameIndex != nil else { return }
        nodesByName = builtNameIndex()
        pendingNameIndex = nil
    }

    /// The node registered under a merge key, if any.
    public func node(forKey key: String) -> NodeID? { nodesByKey[ByteKey(key)] }
    /// The merge key of a node, if it has one.
    public func key(of node: NodeID) -> String? {
        keysByNode[node.rawValue]
    }

    /// Takes pending lists by type into the graph before a relationship is added.
    private mutating func materializeTypeLists() {
        guard let pending = pendingTypeLists else { return }
        relationshipsByType = pending.indices.map { type in pending[type].index { builtTypeList(Int32(type)) } }
        pendingTypeLists = nil
    }

    // MARK: Writing

    /// Adds a node and returns its id.
    @discardableResult
    public mutating func addNode(
        labels: [String], properties: [String: Value] = [:], sources: [Provenance] = []
    ) throws -> NodeID {
        try Self.checkStorable(properties)
        let id = NodeID(nodes.count)
        let node = Node(
            id: id, labels: sharedLabelSet(labels.count == 1 ? labels : Array(Set(labels)).sorted()),
            properties: Self.withoutNulls(properties), sources: Self.sortedUnique(sources))
        nodes.append(node)
        countKeys(of: node.properties, by: 1)
        labelBitsByNode.append(0)
        for label in node.labels {
            nodesByLabel[label, default: []].append(id)
            setLabelBit(label, id)
        }
        invalidatePropertyIndexes()
        indexNames(of: id, adding: true)
        return id
    }

    /// Returns the node registered under `key`, adding it first if there is none.
    ///
    /// An existing node gains the labels, the properties it lacked and the source;
    /// a property it already has keeps its value (extractors report disagreements
    /// as conflicts rather than overwrite).
    @discardableResult
    public mutating func mergeNode(
        key: String, labels: [String], properties: [String: Value] = [:], source: Provenance? = nil
    ) throws -> NodeID {
        let byteKey = ByteKey(key)
        if let id = nodesByKey[byteKey] {
            for label in labels { addLabel(label, to: id) }
            for (name, value) in properties where nodes.property(name, id.rawValue) == nil {
                try setProperty(name, to: value, on: id)
            }
            if let source { addSource(source, to: id) }
            return id
        }
        let id = try addNode(labels: labels, properties: properties, sources: source.map { [$0] } ?? [])
        nodesByKey[byteKey] = id
        keysByNode[id.rawValue] = key
        return id
    }

    /// Adds a relationship from `start` to `end` and returns its id.
    @discardableResult
    public mutating func addRelationship(
        type: String, from start: NodeID, to end: NodeID,
        properties: [String: Value] = [:], sources: [Provenance] = []
    ) throws -> RelationshipID {
        guard contains(start) else { throw GraphError(.unknownNode, "no node \(start) to start a \(type) relationship") }
        guard contains(end) else { throw GraphError(.unknownNode, "no node \(end) to end a \(type) relationship") }
        try Self.checkStorable(properties)
        let id = RelationshipID(relationships.count)
        let stored = Self.withoutNulls(properties)
        countKeys(of: stored, by: 1)
        outgoingByNode.append(id, at: start.rawValue)
        incomingByNode.append(id, at: end.rawValue)
        materializeTypeLists()
        let typeID: Int32
        if let known = typeIDs[type] {
            typeID = known
        } else {
            typeID = Int32(typeIDs.count)
            typeIDs[type] = typeID
            relationshipsByType.append([])
            relationshipCountByType.append(0)
        }
        relationshipCountByType[Int(typeID)] += 1
        relationshipsByType[Int(typeID)].append(Int32(truncatingIfNeeded: id.rawValue))
        invalidateDegreeCounts()
        relationships.append(
            type: typeID, typeName: type, from: Int32(truncatingIfNeeded: start.rawValue),
            to: Int32(truncatingIfNeeded: end.rawValue), properties: stored, sources: Self.sortedUnique(sources))
        return id
    }

    /// Returns the relationship of `type` from `start` to `end` with exactly
    /// `properties`, adding it first if there is none, and records `source` on it.
    ///
    /// This is how a fact stated by several sentences becomes one relationship
    /// with several sources.
    @discardableResult
    public mutating func mergeRelationship(
        type: String, from start: NodeID, to end: NodeID,
        properties: [String: Value] = [:], source: Provenance? = nil
    ) throws -> RelationshipID {
        guard contains(start) else { throw GraphError(.unknownNode, "no node \(start) to start a \(type) relationship") }
        let wanted = Self.withoutNulls(properties)
        let typeID = typeIDs[type]
        for id in outgoingByNode[start.rawValue] where self.end(of: id) == end && self.typeID(of: id) == typeID {
            if relationships.properties(id.rawValue) == wanted {
                if let source { addSource(source, to: id) }
                return id
            }
        }
        return try addRelationship(
            type: type, from: start, to: end, properties: properties, sources: source.map { [$0] } ?? [])
    }

    public mutating func addLabel(_ label: String, to id: NodeID) {
        guard !nodes.labels(id.rawValue).contains(label) else { return }
        nodes.modify(id.rawValue) { node in
            node.labels.append(label)
            node.labels.sort()
        }
        setLabelBit(label, id)
        invalidateDegreeCounts()
        // Keep the label index in id order.
        var ids = nodesByLabel[label, default: []]
        ids.insert(id, at: ids.partitioningIndex { $0 > id })
        nodesByLabel[label] = ids
    }

    /// Sets a property; `.null` removes it, as in openCypher.
    public mutating func setProperty(_ name: String, to value: Value, on id: NodeID) throws {
        guard value.isStorable else {
            throw GraphError(.unstorableValue, "property \(name) cannot hold a node, relationship or path")
        }
        let touchesNames = name == "name" || name == "aliases"
        if touchesNames { indexNames(of: id, adding: false) }
        let old = nodes.modify(id.rawValue) { node in
            value.isNull ? node.properties.removeValue(forKey: name) : node.properties.updateValue(value, forKey: name)
        }
        countKey(name, had: old != nil, has: !value.isNull)
        invalidatePropertyIndexes()
        if touchesNames { indexNames(of: id, adding: true) }
    }

    /// Sets a relationship property; `.null` removes it.
    public mutating func setProperty(_ name: String, to value: Value, on id: RelationshipID) throws {
        guard value.isStorable else {
            throw GraphError(.unstorableValue, "property \(name) cannot hold a node, relationship or path")
        }
        let old = relationships.modify(id.rawValue) { properties, _ in
            value.isNull ? properties.removeValue(forKey: name) : properties.updateValue(value, forKey: name)
        }
        countKey(name, had: old != nil, has: !value.isNull)
    }

    public mutating func addSource(_ source: Provenance, to id: NodeID) {
        nodes.modify(id.rawValue) { node in Self.insertSorted(source, into: &node.sources) }
    }

    public mutating func addSource(_ source: Provenance, to id: RelationshipID) {
        relationships.modify(id.rawValue) { _, sources in Self.insertSorted(source, into: &sources) }
    }

    /// Adds `alias` to the node's `aliases` list (kept sorted) unless it is its name or already there.
    public mutating func addAlias(_ alias: String, to id: NodeID) throws {
        let current = nodes.property("aliases", id.rawValue)
        if case .string(let name)? = nodes.property("name", id.rawValue), ByteString.equal(name, alias) { return }
        // Most calls name an alias the node has already: answer those without allocating.
        if case .list(let items)? = current, items.contains(where: {
            if case .string(let s) = $0 { return ByteString.equal(s, alias) } else { return false }
        }) { return }
        var aliases = (current?.listValue ?? []).compactMap(\.stringValue)
        guard case .list? = current ?? .list([]) else {
            // A non-list `aliases` property: replace it through the general path.
            aliases.append(alias)
            aliases.sort()
            try setProperty("aliases", to: .list(aliases.map(Value.string)), on: id)
            return
        }
        // Only the new alias joins the name index; the others are there already.
        aliases.append(alias)
        aliases.sort()
        nodes.modify(id.rawValue) { node in node.properties["aliases"] = .list(aliases.map(Value.string)) }
        countKey("aliases", had: current != nil, has: true)
        invalidatePropertyIndexes()
        addToNameIndex(alias, id)
    }

    /// Adds each of `aliases` as `addAlias` does, reading the node's name and
    /// alias list once for all of them (a lexicon entry brings its whole alias
    /// list every time it is mentioned, and most are known already).
    public mutating func addAliases(_ aliases: [String], to id: NodeID) throws {
        guard !aliases.isEmpty else { return }
        let name = nodes.property("name", id.rawValue)?.stringValue
        let known = nodes.property("aliases", id.rawValue)?.listValue ?? []
        for alias in aliases {
            if let name, ByteString.equal(name, alias) { continue }
            if known.contains(where: { if case .string(let s) = $0 { return ByteString.equal(s, alias) } else { return false } }) {
                continue
            }
            try addAlias(alias, to: id)
        }
    }

    /// Makes room for `nodes` more nodes and `relationships` more relationships, so a
    /// snapshot or an import of known size grows each array once.
    mutating func reserveCapacity(nodes more: Int, relationships moreRelationships: Int) {
        let n = nodes.count + more, r = relationships.count + moreRelationships
        nodes.reserveCapacity(n)
        labelBitsByNode.reserveCapacity(n)
        relationships.reserveCapacity(r)
    }

    // MARK: Helpers

    /// The shared array equal to `labels` (sorted, without duplicates).
    private mutating func sharedLabelSet(_ labels: [String]) -> [String] {
        if let shared = labelSets[labels] { return shared }
        labelSets[labels] = labels
        return labels
    }

    private mutating func setLabelBit(_ label: String, _ id: NodeID) {
        let labelID = numberLabel(label)
        if labelID < 64 { labelBitsByNode[id.rawValue] |= 1 << UInt64(labelID) }
    }

    /// The small integer standing for `label`, numbered in order of first use.
    mutating func numberLabel(_ label: String) -> Int {
        if let known = labelIDs[label] { return known }
        labelIDs[label] = labelIDs.count
        return labelIDs.count - 1
    }

    private mutating func countKeys(of properties: [String: Value], by change: Int) {
        for key in properties.keys { propertyKeyUses[key, default: 0] += change }
    }

    private mutating func countKey(_ key: String, had: Bool, has: Bool) {
        guard had != has else { return }
        let uses = propertyKeyUses[key, default: 0] + (has ? 1 : -1)
        propertyKeyUses[key] = uses > 0 ? uses : nil
    }

    /// A copy that changes drops the indexes it shared with the original.
    private mutating func invalidatePropertyIndexes() {
        if !propertyIndexes.isEmpty { propertyIndexes = PropertyIndexCache() }
    }

    /// A copy whose relationships or labels change drops the degree counts it shared.
    private mutating func invalidateDegreeCounts() {
        if propertyIndexes.hasDegreeCounts { propertyIndexes = propertyIndexes.withoutDegreeCounts() }
    }

    private mutating func indexNames(of id: NodeID, adding: Bool) {
        guard indexesNames else { return }
        materializeNameIndex()
        let node = nodes[id.rawValue]
        var names: [String] = []
        if let name = node.name { names.append(name) }
        for alias in node.properties["aliases"]?.listValue ?? [] {
            if let s = alias.stringValue, !names.contains(where: { ByteString.equal($0, s) }) { names.append(s) }
        }
        for name in names {
            if adding {
                addToNameIndex(name, id)
            } else {
                let key = ByteKey(name)
                guard var ids = nodesByName[key]?.ids else { continue }
                ids.removeAll { $0 == id }
                nodesByName[key] = ids.isEmpty ? nil : NodeIDSet(ids)
            }
        }
    }

    /// Adds `id` under `name`, keeping the list in id order and free of duplicates.
    private mutating func addToNameIndex(_ name: String, _ id: NodeID) {
        guard indexesNames else { return }
        materializeNameIndex()
        let key = ByteKey(name)
        guard var ids = nodesByName[key]?.ids else {
            // Most names belong to one node: no array for them.
            nodesByName[key] = .one(id)
            return
        }
        let at = ids.partitioningIndex { $0 >= id }
        if at < ids.count, ids[at] == id { return }
        ids.insert(id, at: at)
        nodesByName[key] = NodeIDSet(ids)
    }

    /// `properties` without null values (a null property is an absent one).
    private static func withoutNulls(_ properties: [String: Value]) -> [String: Value] {
        properties.values.contains(where: \.isNull) ? properties.filter { !$0.value.isNull } : properties
    }

    /// Sorted and free of duplicates.
    static func sortedUnique(_ sources: [Provenance]) -> [Provenance] {
        guard sources.count > 1 else { return sources }
        var result: [Provenance] = []
        result.reserveCapacity(sources.count)
        for source in sources.sorted() where result.last != source { result.append(source) }
        return result
    }

    private static func checkStorable(_ properties: [String: Value]) throws {
        for (name, value) in properties where !value.isStorable {
            throw GraphError(.unstorableValue, "property \(name) cannot hold a node, relationship or path")
        }
    }

    private static func insertSorted(_ source: Provenance, into sources: inout [Provenance]) {
        let at = sources.partitioningIndex { $0 >= source }
        if at < sources.count, sources[at] == source { return }
        sources.insert(source, at: at)
    }

    /// Restores a merge key when loading a snapshot.
    mutating func restoreKey(_ key: String, for id: NodeID) {
        nodesByKey[ByteKey(key)] = id
        keysByNode[id.rawValue] = key
    }
}

/// The nodes under one name: one id inline, or a sorted array for a name several nodes share.
enum NodeIDSet {
    case one(NodeID)
    case many([NodeID])

    init(_ ids: [NodeID]) { self = ids.count == 1 ? .one(ids[0]) : .many(ids) }

    var ids: [NodeID] {
        switch self {
        case .one(let id): return [id]
        case .many(let ids): return ids
        }
    }
}

// MARK: Compact reading for the query engine

extension PropertyGraph {
    /// The small integer standing for a relationship type, nil when no relationship has it.
    func typeID(_ type: String) -> Int32? { typeIDs[type] }
    /// How many relationships have type id `type`.
    func relationshipCount(ofTypeID type: Int32) -> Int { relationshipCountByType[Int(type)] }
    /// The type id of relationship `id`.
    @inline(__always) func typeID(of id: RelationshipID) -> Int32 { relationships.typeIDs[id.rawValue] }
    /// The start node of relationship `id`, without copying the relationship.
    @inline(__always) func start(of id: RelationshipID) -> NodeID { NodeID(Int(relationships.starts[id.rawValue])) }
    /// The end node of relationship `id`, without copying the relationship.
    @inline(__always) func end(of id: RelationshipID) -> NodeID { NodeID(Int(relationships.ends[id.rawValue])) }

    /// True when node `id` carries `label`, read from a bit set for the first 64 labels.
    @inline(__always) func hasLabel(_ id: NodeID, _ label: String) -> Bool {
        guard let labelID = labelIDs[label] else { return false }
        if labelID < 64 { return labelBitsByNode[id.rawValue] & (1 << UInt64(labelID)) != 0 }
        return nodes.labels(id.rawValue).contains(label)
    }

    /// The bit of `label` in `labelBits(of:)`; nil when no node has the label or it is past the
    /// first 64 labels (then `hasLabel` reads the node's labels).
    func labelBit(_ label: String) -> UInt64? {
        guard let labelID = labelIDs[label], labelID < 64 else { return nil }
        return 1 << UInt64(labelID)
    }
    /// The label bits of node `id` (see `labelBit`).
    @inline(__always) func labelBits(of id: NodeID) -> UInt64 { labelBitsByNode[id.rawValue] }

    /// Property `key` of node `id`, without copying the node.
    @inline(__always) func property(_ key: String, of id: NodeID) -> Value? { nodes.property(key, id.rawValue) }
    /// Property `key` of relationship `id`, without copying the relationship.
    @inline(__always) func property(_ key: String, of id: RelationshipID) -> Value? {
        relationships.property(key, id.rawValue)
    }
    /// True when relationship `id` has no properties (most have none).
    @inline(__always) func hasNoProperties(_ id: RelationshipID) -> Bool { relationships.hasNoProperties(id.rawValue) }

    /// Nodes whose property `key` equals `value` under openCypher equality (`1` equals `1.0`,
    /// strings by canonical equivalence), in id order; nil when the value cannot be looked up
    /// in an index (a list, a map, NaN), so the caller scans instead.
    ///
    /// The index for `key` is built on first use, O(nodes), and kept until the graph changes;
    /// a lookup is O(1) plus the answer.
    public func nodes(withProperty key: String, equalTo value: Value) -> [NodeID]? {
        if case .null = value { return [] }
        guard let wanted = PropertyIndexKey(value) else { return nil }
        let index = propertyIndexes.index(for: key) { builtPropertyIndex(key) }
        return index.nodes(withHash: HashedNodeIndex.hash(wanted)) { node in
            nodes.property(key, node.rawValue).flatMap(PropertyIndexKey.init) == wanted
        }
    }
}

extension PropertyGraph {
    /// Node property `key` as a column of string ids, for tests of one string property over many
    /// nodes without making a `Value` per node: `ids[node]` names a string in `strings`, is -1
    /// when the node lacks the property or holds another type, and -2 for a node to read with
    /// `property(_:of:)`. Built on first use, O(nodes), kept until the graph changes.
    func stringColumn(_ key: String) -> (ids: [Int32], strings: [String]) {
        (propertyIndexes.stringColumn(for: key) { nodes.stringColumn(key) }, nodes.storedStrings)
    }

    /// Per-node counts that a query computed in one pass over the relationships (how many
    /// relationships of some types in some direction reach a node with some labels: a degree
    /// index), kept under `key` until the graph changes, so the next query reads them.
    /// `build` runs when none are kept.
    func degreeCounts(_ key: String, build: () throws -> [Int32]) rethrows -> [Int32] {
        try propertyIndexes.degreeCounts(for: key, build: build)
    }

    /// The counts kept under `key` by `degreeCounts`, if a query built them.
    func keptDegreeCounts(_ key: String) -> [Int32]? { propertyIndexes.builtDegreeCounts(for: key) }
}

extension Array {
    /// The first index whose element satisfies `belongsInSecondPartition`, for an
    /// array already partitioned by it. O(log n).
    func partitioningIndex(where belongsInSecondPartition: (Element) -> Bool) -> Int {
        var low = 0
        var high = count
        while low < high {
            let mid = (low + high) / 2
            if belongsInSecondPartition(self[mid]) { high = mid } else { low = mid + 1 }
        }
        return low
    }
}
