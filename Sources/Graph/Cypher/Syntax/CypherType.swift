/// A value type as `IS :: TYPE` names it (Neo4j 5 and GQL): `INTEGER`, `STRING NOT NULL`,
/// `LIST<INTEGER>`, `INTEGER | STRING`, `ANY<…>`. Every type admits null unless `NOT NULL`.
/// See https://neo4j.com/docs/cypher-manual/current/values-and-types/type-predicate/.
struct CypherType: Equatable, CustomStringConvertible {
    indirect enum Base: Equatable {
        case any, nothing, null, boolean, string, integer, float, node, relationship, path, map
        /// A list whose every element has the element type.
        case list(CypherType)
        /// Any of these types.
        case union([CypherType])
    }

    var base: Base
    var nullable = true

    /// True when `value` has this type. O(size of `value`) for a list.
    func accepts(_ value: Value) -> Bool {
        if case .null = value { return nullable && base != .nothing }
        switch base {
        case .any: return true
        case .nothing, .null: return false
        case .boolean: if case .bool = value { return true }
        case .string: if case .string = value { return true }
        case .integer: if case .int = value { return true }
        case .float: if case .float = value { return true }
        case .node: if case .node = value { return true }
        case .relationship: if case .relationship = value { return true }
        case .path: if case .path = value { return true }
        case .map: if case .map = value { return true }
        case .list(let element): if case .list(let items) = value { return items.allSatisfy(element.accepts) }
        case .union(let members): return members.contains { $0.accepts(value) }
        }
        return false
    }

    var description: String {
        let name: String
        switch base {
        case .any: name = "ANY"
        case .nothing: name = "NOTHING"
        case .null: name = "NULL"
        case .boolean: name = "BOOLEAN"
        case .string: name = "STRING"
        case .integer: name = "INTEGER"
        case .float: name = "FLOAT"
        case .node: name = "NODE"
        case .relationship: name = "RELATIONSHIP"
        case .path: name = "PATH"
        case .map: name = "MAP"
        case .list(let element): name = "LIST<\(element)>"
        case .union(let members): return members.map(\.description).joined(separator: " | ")
        }
        return nullable || base == .null || base == .nothing ? name : name + " NOT NULL"
    }
}
