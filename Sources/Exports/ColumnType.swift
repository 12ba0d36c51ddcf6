import Graph

/// The one type a CSV column has in every row, read off the values it holds:
/// what neo4j-admin's header suffix and Kùzu's column type are made from.
enum ColumnType: Equatable {
    case integer, float, boolean, string, integerList, stringList

    /// The narrowest type all `values` fit; text (JSON for maps and mixed lists) when nothing narrower does.
    init(values: [Value]) {
        func all(_ test: (Value) -> Bool) -> Bool { !values.isEmpty && values.allSatisfy(test) }
        if all({ $0.intValue != nil }) { self = .integer; return }
        if all({ if case .float = $0 { return true }; return $0.intValue != nil }) { self = .float; return }
        if all({ if case .bool = $0 { return true }; return false }) { self = .boolean; return }
        if all({ $0.listValue?.allSatisfy { $0.intValue != nil } == true }) { self = .integerList; return }
        if all({ $0.listValue?.allSatisfy { $0.stringValue != nil } == true }) { self = .stringList; return }
        self = .string
    }

    /// neo4j-admin's header type suffix (empty for string, its default).
    var neo4jSuffix: String {
        switch self {
        case .integer: return ":long"
        case .float: return ":double"
        case .boolean: return ":boolean"
        case .string: return ""
        case .integerList: return ":long[]"
        case .stringList: return ":string[]"
        }
    }

    /// Kùzu's column type.
    var kuzuType: String {
        switch self {
        case .integer: return "INT64"
        case .float: return "DOUBLE"
        case .boolean: return "BOOLEAN"
        case .string: return "STRING"
        case .integerList: return "INT64[]"
        case .stringList: return "STRING[]"
        }
    }

    /// Every property key of `rows` with its type, keys sorted.
    static func columns(of rows: [[String: Value]]) -> [(key: String, type: ColumnType)] {
        var valuesByKey: [String: [Value]] = [:]
        for row in rows { for (key, value) in row { valuesByKey[key, default: []].append(value) } }
        return valuesByKey.keys.sorted().map { ($0, ColumnType(values: valuesByKey[$0]!)) }
    }
}
