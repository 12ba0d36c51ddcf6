/// The relationships at each node in one direction (leaving it, or arriving at it), in id order.
///
/// Two parts: a compact one built in a single pass when a snapshot is opened (CSR: one
/// array of relationship ids grouped by node and the offset where each node's group
/// starts, so a million nodes cost two arrays rather than a million), and a per-node
/// list for relationships added afterwards or while a graph is built from documents.
/// A node's relationships are its compact group followed by its added list; ids only
/// grow, so that is still id order.
struct Adjacency: Sendable {
    /// `offsets[n] ..< offsets[n + 1]` is node n's group in `grouped`; empty when nothing is compact.
    private var offsets: [Int32] = []
    /// Relationship ids as 32-bit integers (ids are below 2^31, as the relationship table's
    /// endpoints): half the memory of `RelationshipID`s, which at 8 M relationships is 64 MB a direction.
    private var grouped: [Int32] = []
    /// Relationships added after the compact part was built, by node; only as long as
    /// the highest node that has one (a freshly opened graph has none).
    private var added: [[Int32]] = []

    init() {}

    /// The compact form of `endpoints` (the start or end node of each relationship, by
    /// relationship id) over `nodeCount` nodes: a counting sort, O(nodes + relationships).
    /// Every endpoint is below `nodeCount` (the caller checked).
    init(nodeCount: Int, endpoints: [Int32]) {
        var offsets = [Int32](repeating: 0, count: nodeCount + 1)
        for node in endpoints { offsets[Int(node) + 1] &+= 1 }
        for n in 0..<nodeCount { offsets[n + 1] &+= offsets[n] }
        var next = offsets
        grouped = [Int32](unsafeUninitializedCapacity: endpoints.count) { buffer, initialized in
            for (id, node) in endpoints.enumerated() {
                let at = Int(next[Int(node)])
                next[Int(node)] = Int32(at + 1)
                (buffer.baseAddress! + at).initialize(to: Int32(truncatingIfNeeded: id))
            }
            initialized = endpoints.count
        }
        self.offsets = offsets
    }

    /// The relationships at `node`, in id order. Without a copy unless the node has both
    /// compact and added relationships (a node of an opened snapshot changed by an update).
    subscript(node: Int) -> RelationshipIDs {
        let compact: ArraySlice<Int32>
        if node + 1 < offsets.count {
            compact = grouped[Int(offsets[node])..<Int(offsets[node + 1])]
        } else {
            compact = []
        }
        guard node < added.count, !added[node].isEmpty else { return RelationshipIDs(compact) }
        if compact.isEmpty { return RelationshipIDs(added[node][...]) }
        return RelationshipIDs((Array(compact) + added[node])[...])
    }

    /// Records relationship `id` at `node` (ids arrive in increasing order).
    mutating func append(_ id: RelationshipID, at node: Int) {
        if added.count <= node { added.append(contentsOf: repeatElement([], count: node + 1 - added.count)) }
        added[node].append(Int32(truncatingIfNeeded: id.rawValue))
    }
}

/// Relationship ids read from 32-bit storage (the adjacency, the lists by type) without a copy.
public struct RelationshipIDs: RandomAccessCollection, Equatable, Sendable {
    let ids: ArraySlice<Int32>

    init(_ ids: ArraySlice<Int32>) { self.ids = ids }

    public static func == (a: RelationshipIDs, b: RelationshipIDs) -> Bool { a.ids.elementsEqual(b.ids) }

    public var startIndex: Int { ids.startIndex }
    public var endIndex: Int { ids.endIndex }
    public subscript(position: Int) -> RelationshipID { RelationshipID(Int(ids[position])) }
}
