/// Syntax of the clauses that change the graph besides `CREATE`, of `UNION` and of `CALL`.

/// `UNION [ALL]` followed by another query.
struct UnionBranch {
    /// `UNION ALL` keeps duplicate rows; `UNION` removes them.
    var all: Bool
    var clauses: [Clause]
    /// Where the `UNION` keyword is.
    var offset: Int
}

/// `MERGE pattern [ON CREATE SET …] [ON MATCH SET …]`.
struct MergeClause {
    var pattern: PatternPart
    var onCreate: [SetItem]
    var onMatch: [SetItem]
    var offset: Int
}

/// `SET item, …`.
struct SetClause {
    var items: [SetItem]
    var offset: Int
}

/// One assignment of `SET`.
enum SetItem {
    /// `target.key = value`; `target` is any expression giving a node or relationship.
    case property(target: Expression, key: String, value: Expression)
    /// `v = map`: replaces every property of `v`.
    case replaceAll(variable: String, value: Expression, offset: Int)
    /// `v += map`: sets the map's entries, keeping the other properties.
    case mergeAll(variable: String, value: Expression, offset: Int)
    /// `v:A:B`.
    case labels(variable: String, labels: [String], offset: Int)

    /// The expressions the item reads.
    var expressions: [Expression] {
        switch self {
        case .property(let target, _, let value): return [target, value]
        case .replaceAll(_, let value, _), .mergeAll(_, let value, _): return [value]
        case .labels: return []
        }
    }
}

/// `REMOVE item, …`.
struct RemoveClause {
    enum Item {
        /// `target.key`.
        case property(target: Expression, key: String)
        /// `v:A:B`.
        case labels(variable: String, labels: [String], offset: Int)
    }
    var items: [Item]
    var offset: Int
}

/// `[DETACH] DELETE expression, …`.
struct DeleteClause {
    var detach: Bool
    var expressions: [Expression]
    var offset: Int
}

/// `CALL name(arguments) [YIELD output [AS name], … [WHERE …]]`.
struct CallClause {
    /// Dotted: `db.labels`.
    var name: String
    /// Nil for `CALL name` without parentheses: the arguments are the parameters of the same names.
    var arguments: [Expression]?
    /// Nil without YIELD.
    var yields: [YieldItem]?
    /// `YIELD *`.
    var yieldsAll: Bool
    var predicate: Expression?
    var offset: Int
}

/// `output [AS name]` after YIELD.
struct YieldItem {
    var output: String
    var alias: String?
    var offset: Int
    /// The variable the output is bound to.
    var name: String { alias ?? output }
}

/// `FOREACH (variable IN list | updating clauses)`.
struct ForeachClause {
    var variable: String
    var variableOffset: Int
    var list: Expression
    var clauses: [Clause]
    var offset: Int
}
