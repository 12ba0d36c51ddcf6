/// Nodes by a 32-bit hash of a value, as one sorted array of `hash << 32 | node`: eight bytes
/// a node, no dictionary, no array and no copied key per value.
///
/// The equality indexes (`PropertyIndex`) and an opened snapshot's name index are built this
/// way: a dictionary from values to node arrays cost ~90 bytes a node at a million nodes
/// (buckets sized for a 0.75 load factor, an array per key, the key itself), a third of the
/// memory the opened graph holds. The hash only narrows the search: a lookup reads the
/// candidates' values (from the mapped records) and keeps those that are equal, so two values
/// sharing a hash cost one more comparison, never a wrong answer.
struct HashedNodeIndex: Sendable {
    /// `hash << 32 | node`, sorted: the nodes of one hash are adjacent and in id order.
    private let entries: [UInt64]

    /// Collects the entries with `add(hash, node)` (any order), then sorts them once.
    /// `expected` is how many will probably be added (the array is sized for it).
    init(expected: Int, _ collect: (_ add: (UInt32, Int) -> Void) throws -> Void) rethrows {
        var entries: [UInt64] = []
        entries.reserveCapacity(expected)
        try collect { hash, node in
            // Node ids are below 2^31 (the snapshot and the adjacency hold them as Int32).
            entries.append(UInt64(hash) << 32 | UInt64(UInt32(truncatingIfNeeded: node)))
        }
        entries.sort()
        if entries.capacity > entries.count + entries.count / 8 + 64 {
            // Sized for more than came (a key that few nodes hold): keep only what is used.
            let used = entries
            entries = [UInt64](unsafeUninitializedCapacity: used.count) { buffer, initialized in
                initialized = buffer.initialize(fromContentsOf: used)
            }
        }
        self.entries = entries
    }

    /// How many entries the index holds.
    var count: Int { entries.count }

    /// The nodes entered under `hash`, in id order, each once, for which `matches` is true.
    func nodes(withHash hash: UInt32, where matches: (NodeID) -> Bool) -> [NodeID] {
        let low = UInt64(hash) << 32
        var at = entries.partitioningIndex { $0 >= low }
        var found: [NodeID] = []
        var previous = -1
        while at < entries.count, entries[at] >> 32 == UInt64(hash) {
            let node = Int(entries[at] & 0xFFFF_FFFF)
            at += 1
            // A node may be entered twice under one hash (a name and an alias that share it).
            guard node != previous else { continue }
            previous = node
            if matches(NodeID(node)) { found.append(NodeID(node)) }
        }
        return found
    }

    /// The 32-bit hash under which `value` is entered, for a hashable key.
    static func hash<Key: Hashable>(_ key: Key) -> UInt32 { UInt32(truncatingIfNeeded: key.hashValue) }

    /// The 32-bit hash of a string's UTF-8 bytes (see `ByteKey`).
    static func byteHash(_ string: String) -> UInt32 { hash(ByteKey(string)) }
}
