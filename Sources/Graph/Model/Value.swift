/// A property value, or a value produced by a query.
///
/// Stored properties use only `null` … `map` and `temporal`; `node`, `relationship`
/// and `path` appear in query results. Integers are 64-bit as in openCypher.
public enum Value: Hashable, Sendable {
    case null
    case bool(Bool)
    case int(Int)
    case float(Double)
    case string(String)
    case list([Value])
    case map([String: Value])
    case node(NodeID)
    case relationship(RelationshipID)
    case path(Path)
    /// A date, time, datetime or duration (`Sources/Graph/Temporal`).
    case temporal(Temporal)

    /// True for the kinds a stored property may hold.
    public var isStorable: Bool {
        switch self {
        case .null, .bool, .int, .float, .string, .temporal: return true
        case .list(let items): return items.allSatisfy(\.isStorable)
        case .map(let entries): return entries.values.allSatisfy(\.isStorable)
        case .node, .relationship, .path: return false
        }
    }

    public var isNull: Bool { if case .null = self { return true } else { return false } }

    public var stringValue: String? { if case .string(let s) = self { return s } else { return nil } }
    public var intValue: Int? { if case .int(let i) = self { return i } else { return nil } }
    public var listValue: [Value]? { if case .list(let l) = self { return l } else { return nil } }
}

/// No `ExpressibleByNilLiteral`: `dict[k] = nil` must keep meaning removal.
extension Value: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByBooleanLiteral,
    ExpressibleByFloatLiteral, ExpressibleByArrayLiteral
{
    public init(stringLiteral value: String) { self = .string(value) }
    public init(integerLiteral value: Int) { self = .int(value) }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    public init(floatLiteral value: Double) { self = .float(value) }
    public init(arrayLiteral elements: Value...) { self = .list(elements) }
}

/// A path as returned by a query: alternating nodes and relationships.
public struct Path: Hashable, Sendable {
    public var nodes: [NodeID]
    public var relationships: [RelationshipID]

    public init(nodes: [NodeID], relationships: [RelationshipID]) {
        self.nodes = nodes
        self.relationships = relationships
    }

    public var length: Int { relationships.count }
}
