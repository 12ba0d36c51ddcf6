/// A node: labels, properties and the sources that state it.
public struct Node: Hashable, Sendable {
    public let id: NodeID
    /// Sorted and free of duplicates, so two nodes with the same labels compare equal.
    public internal(set) var labels: [String]
    public internal(set) var properties: [String: Value]
    /// Sorted and free of duplicates.
    public internal(set) var sources: [Provenance]

    public func hasLabel(_ label: String) -> Bool { labels.contains(label) }

    /// The `name` property, when it is a string.
    public var name: String? { properties["name"]?.stringValue }
}

/// A directed relationship with one type.
public struct Relationship: Hashable, Sendable {
    public let id: RelationshipID
    public let type: String
    public let start: NodeID
    public let end: NodeID
    public internal(set) var properties: [String: Value]
    /// Sorted and free of duplicates.
    public internal(set) var sources: [Provenance]

    /// The node at the other end from `node`.
    public func otherEnd(from node: NodeID) -> NodeID { node == start ? end : start }
}
