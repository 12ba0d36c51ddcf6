/// The nodes of a graph by id. A `Node` value is made when one is read.
///
/// Nodes read from a snapshot keep their properties and sources encoded
/// (`StoredRecords`) until a query reads them, and their labels as the index of a
/// label set shared by every node that carries it; nodes added in memory, and stored
/// ones changed since, are held as `Node` values.
public struct NodeTable: RandomAccessCollection, Equatable, Sendable {
    /// The encoded properties and sources of nodes 0 ..< `stored.count`.
    var stored: StoredRecords?
    /// The labels of each stored node, as an index into `storedLabelSets`.
    var storedLabelSetOfNode: [Int32] = []
    var storedLabelSets: [[String]] = []
    /// The nodes after the stored ones, by id minus `storedCount`.
    private var added: [Node] = []
    /// Stored nodes changed since they were read, by id.
    private var changed: [Int: Node] = [:]

    public var startIndex: Int { 0 }
    public var endIndex: Int { storedCount + added.count }

    public subscript(position: Int) -> Node {
        if position >= storedCount { return added[position - storedCount] }
        if let node = changed[position] { return node }
        return Node(
            id: NodeID(position), labels: storedLabelSets[Int(storedLabelSetOfNode[position])],
            properties: stored!.properties(position), sources: stored!.sources(position))
    }

    public static func == (a: NodeTable, b: NodeTable) -> Bool { a.elementsEqual(b) }

    private var storedCount: Int { stored?.count ?? 0 }

    /// The labels of node `i`, without decoding its properties.
    func labels(_ i: Int) -> [String] {
        if i >= storedCount { return added[i - storedCount].labels }
        if let node = changed[i] { return node.labels }
        return storedLabelSets[Int(storedLabelSetOfNode[i])]
    }

    /// Property `key` of node `i`, decoding only that value.
    func property(_ key: String, _ i: Int) -> Value? {
        if i >= storedCount { return added[i - storedCount].properties[key] }
        if let node = changed[i] { return node.properties[key] }
        return stored!.property(key, i)
    }

    /// The strings that `stringColumn` ids name.
    var storedStrings: [String] { stored?.strings ?? [] }

    /// Per node, for string tests over many nodes: the id in `storedStrings` of its property
    /// `key` when that is a string, -1 when it is missing or not a string, and -2 for a node
    /// held as a value (added or changed since the snapshot: read it with `property`).
    func stringColumn(_ key: String) -> [Int32] {
        var column = stored?.stringIDs(key) ?? []
        dropResidentPages()
        column.reserveCapacity(count)
        for i in changed.keys { column[i] = -2 }
        column.append(contentsOf: repeatElement(-2, count: added.count))
        return column
    }

    /// Gives back the resident pages of the stored records after a pass over all of them
    /// (see `StoredRecords.dropResidentPages`).
    func dropResidentPages() { stored?.dropResidentPages() }

    /// Calls `body` with every node id in order, giving back the pages of the stored records
    /// read so far every `StoredRecords.pagesGivenBackEvery` nodes and at the end: a pass that
    /// builds an index never has all the records resident at once.
    func scan(_ body: (Int) -> Void) {
        let every = StoredRecords.pagesGivenBackEvery
        for i in indices {
            if i % every == 0, i > 0, i <= storedCount { stored?.dropResidentPages(i - every ..< i) }
            body(i)
        }
        dropResidentPages()
    }

    mutating func reserveCapacity(_ n: Int) { added.reserveCapacity(n - storedCount) }

    mutating func append(_ node: Node) { added.append(node) }

    /// Changes node `i` in place.
    mutating func modify<T>(_ i: Int, _ body: (inout Node) -> T) -> T {
        if i >= storedCount { return body(&added[i - storedCount]) }
        var node = changed.removeValue(forKey: i) ?? self[i]
        defer { changed[i] = node }
        return body(&node)
    }
}
