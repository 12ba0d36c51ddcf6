import Foundation

/// A stored property value as an equality-index key, matching openCypher `=`:
/// an integral float is the integer it equals, strings compare by canonical
/// equivalence. Lists, maps, NaN and floats too large to compare exactly with
/// an integer have no key (they are found by scanning).
enum PropertyIndexKey: Hashable {
    case int(Int)
    case float(Double)
    case bool(Bool)
    case string(CanonicalString)

    init?(_ value: Value) {
        switch value {
        case .int(let i):
            // Near the float limit below, `=` compares through Double: scan instead.
            guard i.magnitude < 9_100_000_000_000_000_000 else { return nil }
            self = .int(i)
        case .float(let d):
            guard !d.isNaN, abs(d) < 9.2e18 else { return nil }
            self = d == d.rounded() ? .int(Int(d)) : .float(d)
        case .bool(let b): self = .bool(b)
        case .string(let s): self = .string(CanonicalString(s))
        default: return nil
        }
    }
}

extension PropertyGraph {
    /// The equality index on node property `key`: every node holding a value with a
    /// `PropertyIndexKey`, under that key's hash (see `HashedNodeIndex`). O(nodes).
    func builtPropertyIndex(_ key: String) -> HashedNodeIndex {
        // No more nodes hold the key than elements do (`propertyKeyUses` counts both).
        HashedNodeIndex(expected: Swift.min(nodeCount, propertyKeyUses[key] ?? 0)) { add in
            nodes.scan { i in
                guard let stored = nodes.property(key, i), let indexKey = PropertyIndexKey(stored) else { return }
                add(HashedNodeIndex.hash(indexKey), i)
            }
        }
    }
}

/// The equality indexes, string columns and degree counts of one graph value, built on first use.
///
/// Shared by copies of a `PropertyGraph` until one of them changes (which then
/// starts a fresh cache), and locked because queries run on worker threads.
final class PropertyIndexCache: @unchecked Sendable {
    private let lock = NSLock()
    private var indexes: [String: HashedNodeIndex] = [:]
    private var stringColumns: [String: [Int32]] = [:]
    private var degreeCounts: [String: [Int32]] = [:]

    var isEmpty: Bool {
        lock.lock()
        defer { lock.unlock() }
        return indexes.isEmpty && stringColumns.isEmpty && degreeCounts.isEmpty
    }

    /// At most this many degree count arrays are kept (4 bytes a node each); past it, the
    /// oldest are dropped (all of them: the keys of one graph value are few in practice).
    static let maxDegreeCounts = 32

    /// The per-node counts kept under `key` (see `PropertyGraph.degreeCounts`), calling `build`
    /// the first time; nothing is kept when `build` throws.
    func degreeCounts(for key: String, build: () throws -> [Int32]) rethrows -> [Int32] {
        try cached(\.degreeCounts, key, limit: Self.maxDegreeCounts, build)
    }

    /// A cache with this one's property indexes and string columns but no degree counts: for a
    /// graph whose relationships or labels changed (the counts read them, the others do not).
    func withoutDegreeCounts() -> PropertyIndexCache {
        lock.lock()
        defer { lock.unlock() }
        let copy = PropertyIndexCache()
        copy.indexes = indexes
        copy.stringColumns = stringColumns
        return copy
    }

    var hasDegreeCounts: Bool {
        lock.lock()
        defer { lock.unlock() }
        return !degreeCounts.isEmpty
    }

    /// The counts kept under `key`, if they were built.
    func builtDegreeCounts(for key: String) -> [Int32]? {
        lock.lock()
        defer { lock.unlock() }
        return degreeCounts[key]
    }

    /// The string column for `key` (see `NodeTable.stringColumn`), calling `build` the first time.
    func stringColumn(for key: String, build: () -> [Int32]) -> [Int32] { cached(\.stringColumns, key, build) }

    /// The index for `key`, calling `build` the first time.
    func index(for key: String, build: () -> HashedNodeIndex) -> HashedNodeIndex {
        cached(\.indexes, key, build)
    }

    /// `table[key]`, built and kept the first time (the table emptied first when it holds `limit`).
    private func cached<V>(
        _ table: ReferenceWritableKeyPath<PropertyIndexCache, [String: V]>, _ key: String, limit: Int = .max,
        _ build: () throws -> V
    ) rethrows -> V {
        lock.lock()
        defer { lock.unlock() }
        if let value = self[keyPath: table][key] { return value }
        let value = try build()
        if self[keyPath: table].count >= limit { self[keyPath: table] = [:] }
        self[keyPath: table][key] = value
        return value
    }
}
