import Graph

/// A local copy of the server's nodes and relationships that answers have
/// named so far, by their server ids: the rows of every answer decoded into
/// one copy refer to its ids, so a shell can print, explain and draw them together.
public struct FalkorElements: Sendable {
    /// The copied elements, with their sources and merge keys.
    public internal(set) var graph = PropertyGraph()
    var nodesByServerID: [Int: NodeID] = [:]
    var relationshipsByServerID: [Int: RelationshipID] = [:]
    /// Server node ids a relationship needs and no answer has carried yet: stand-ins in `graph` until one does.
    var missingNodes: Set<Int> = []

    public init() {}
}
