/// The label, relationship type and property key names of a FalkorDB graph, by
/// the ids the compact result set uses for them. Ids only grow, so a cached
/// list stays right; an id past its end means the graph gained names since it
/// was read, and `FalkorGraph` reads the lists again.
public struct FalkorSchema: Sendable {
    public var labels: [String] = []
    public var types: [String] = []
    public var keys: [String] = []

    public init(labels: [String] = [], types: [String] = [], keys: [String] = []) {
        self.labels = labels
        self.types = types
        self.keys = keys
    }

    /// Thrown for an id past the end of a list.
    struct UnknownID: Error {}

    func label(_ id: Int) throws -> String { guard labels.indices.contains(id) else { throw UnknownID() }; return labels[id] }
    func type(_ id: Int) throws -> String { guard types.indices.contains(id) else { throw UnknownID() }; return types[id] }
    func key(_ id: Int) throws -> String { guard keys.indices.contains(id) else { throw UnknownID() }; return keys[id] }
}
