/// What is known about a value before the query runs.
///
/// Enough to reject `MATCH (n) MATCH ()-[n]-()` or `NOT 1` at compile time, as
/// the openCypher TCK expects; `any` means "only known at run time".
enum StaticType: Equatable {
    case any, null, bool, int, float, string, list, map, node, relationship, path

    var isNumber: Bool { self == .int || self == .float }

    /// Can a value of this type be used where `other` is needed?
    func mayBe(_ other: StaticType) -> Bool {
        self == .any || self == .null || other == .any || self == other
            || (other == .float && self == .int) || (other == .int && self == .float)
    }

    /// Name for messages.
    var name: String {
        switch self {
        case .any: return "Any"
        case .null: return "Null"
        case .bool: return "Boolean"
        case .int: return "Integer"
        case .float: return "Float"
        case .string: return "String"
        case .list: return "List"
        case .map: return "Map"
        case .node: return "Node"
        case .relationship: return "Relationship"
        case .path: return "Path"
        }
    }
}
