/// The relationships of a graph by id, as columns: start, end and type id as integers,
/// properties and sources beside them. A `Relationship` value is made when one is read.
///
/// Relationships read from a snapshot keep their properties and sources encoded
/// (`StoredRecords`) until a query reads them; those added in memory, and stored ones
/// changed since, hold them as values.
public struct RelationshipTable: RandomAccessCollection, Equatable, Sendable {
    var starts: [Int32] = []
    var ends: [Int32] = []
    var typeIDs: [Int32] = []
    /// Type names by type id.
    var typeNames: [String] = []
    /// The encoded properties and sources of relationships 0 ..< `stored.count`.
    var stored: StoredRecords?
    /// Properties and sources of the relationships after the stored ones, by id minus `storedCount`.
    private var addedProperties: [[String: Value]] = []
    private var addedSources: [[Provenance]] = []
    /// Stored relationships changed since they were read, by id.
    private var changed: [Int: Fields] = [:]

    private struct Fields: Equatable, Sendable {
        var properties: [String: Value]
        var sources: [Provenance]
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { starts.count }

    public subscript(position: Int) -> Relationship {
        Relationship(
            id: RelationshipID(position), type: typeNames[Int(typeIDs[position])],
            start: NodeID(Int(starts[position])), end: NodeID(Int(ends[position])),
            properties: properties(position), sources: sources(position))
    }

    public static func == (a: RelationshipTable, b: RelationshipTable) -> Bool { a.elementsEqual(b) }

    private var storedCount: Int { stored?.count ?? 0 }

    // MARK: Reading fields

    func properties(_ i: Int) -> [String: Value] {
        if i >= storedCount { return addedProperties[i - storedCount] }
        if let fields = changed[i] { return fields.properties }
        return stored!.properties(i)
    }

    func sources(_ i: Int) -> [Provenance] {
        if i >= storedCount { return addedSources[i - storedCount] }
        if let fields = changed[i] { return fields.sources }
        return stored!.sources(i)
    }

    func property(_ key: String, _ i: Int) -> Value? {
        if i >= storedCount { return addedProperties[i - storedCount][key] }
        if let fields = changed[i] { return fields.properties[key] }
        return stored!.property(key, i)
    }

    func hasNoProperties(_ i: Int) -> Bool {
        if i >= storedCount { return addedProperties[i - storedCount].isEmpty }
        if let fields = changed[i] { return fields.properties.isEmpty }
        return stored!.hasNoProperties(i)
    }

    // MARK: Writing

    mutating func reserveCapacity(_ n: Int) {
        starts.reserveCapacity(n)
        ends.reserveCapacity(n)
        typeIDs.reserveCapacity(n)
    }

    /// Appends a relationship whose properties and sources are in `stored`.
    mutating func appendStored(type: Int32, from start: Int32, to end: Int32) {
        starts.append(start)
        ends.append(end)
        typeIDs.append(type)
    }

    /// Appends a relationship made in memory; `type` is a type id, `typeName` its name
    /// (recorded when the id is new).
    mutating func append(
        type: Int32, typeName: String, from start: Int32, to end: Int32,
        properties: [String: Value], sources: [Provenance]
    ) {
        if Int(type) == typeNames.count { typeNames.append(typeName) }
        starts.append(start)
        ends.append(end)
        typeIDs.append(type)
        addedProperties.append(properties)
        addedSources.append(sources)
    }

    /// Changes the properties and sources of relationship `i` in place.
    mutating func modify<T>(_ i: Int, _ body: (inout [String: Value], inout [Provenance]) -> T) -> T {
        if i >= storedCount { return body(&addedProperties[i - storedCount], &addedSources[i - storedCount]) }
        var fields = changed.removeValue(forKey: i) ?? Fields(properties: stored!.properties(i), sources: stored!.sources(i))
        defer { changed[i] = fields }
        return body(&fields.properties, &fields.sources)
    }
}
