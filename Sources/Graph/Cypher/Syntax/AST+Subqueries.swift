/// `CALL { … }` and `CALL (a, b) { … }`: a query run once for each incoming row
/// (see `Parser+CallSubqueries.swift`, `Binder+Subqueries.swift`, `Executor+Subqueries.swift`).
struct SubqueryClause {
    /// What the subquery sees of the outer row.
    enum Imports: Equatable {
        /// `CALL { … }`: nothing, unless the subquery starts with `WITH`, which then
        /// reads the outer row (`WITH a, b` imports `a` and `b`).
        case leadingWith
        /// `CALL (a, b) { … }`: these variables.
        case names([String])
        /// `CALL (*) { … }`: every variable in scope.
        case all
    }

    var imports: Imports
    /// Where each name of `CALL (a, b)` is written, for errors.
    var importOffsets: [Int] = []
    var clauses: [Clause]
    /// The queries joined to `clauses` by `UNION` or `UNION ALL` inside the braces.
    var unions: [UnionBranch]
    var offset: Int

    /// Every branch: `clauses`, then each UNION branch's.
    var branches: [[Clause]] { [clauses] + unions.map(\.clauses) }

    /// True when the subquery ends in RETURN: its columns are added to each row.
    /// Otherwise it is a unit subquery, run for its updates, and each row passes unchanged.
    var returnsRows: Bool {
        if case .return? = clauses.last { return true }
        return false
    }

    /// True when a clause inside changes the graph.
    var updates: Bool { branches.joined().contains(where: \.updates) }
}
