/// Checks of `CALL { … }`: what the subquery imports, that it uses nothing it did not
/// import, and that the columns it returns are new names in the outer query.
extension Binder {
    /// Checks `subquery` against the outer `scope` and adds the columns it returns to it.
    mutating func checkSubquery(_ subquery: SubqueryClause, scope: inout Scope) throws {
        var imported: Scope?
        switch subquery.imports {
        case .leadingWith:
            imported = nil
        case .all:
            imported = scope
        case .names(let names):
            var chosen: Scope = [:]
            for (name, offset) in zip(names, subquery.importOffsets) {
                guard let type = scope[name] else {
                    throw error(
                        "UndefinedVariable", "CALL imports \(name), but \(name) is not defined before the CALL",
                        at: offset, length: name.utf8.count)
                }
                if chosen[name] != nil {
                    throw error(
                        "VariableAlreadyBound", "CALL imports \(name) twice; name it once", at: offset,
                        length: name.utf8.count)
                }
                chosen[name] = type
            }
            imported = chosen
        }
        let returns = subquery.returnsRows
        var returned: Scope = [:]
        let savedHints = notImported
        subqueryDepth += 1
        defer {
            notImported = savedHints
            subqueryDepth -= 1
        }
        for (number, clauses) in subquery.branches.enumerated() {
            // Without an import list only a leading WITH sees the outer row: `WITH a, b` imports a and b.
            var initial: Scope = [:]
            if let imported {
                initial = imported
            } else if case .with? = clauses.first {
                initial = scope
            }
            // A leading WITH may drop what it does not list: those names are outer ones not imported too.
            notImported = Set(scope.keys).subtracting(imported.map { Set($0.keys) } ?? [])
            let branchReturns: Bool
            if case .return? = clauses.last { branchReturns = true } else { branchReturns = false }
            if branchReturns != returns {
                throw error(
                    "InvalidClauseComposition",
                    "every part of a UNION in CALL { … } must end with RETURN, or none of them",
                    at: subquery.unions[number - 1].offset)
            }
            var branchBinder = Binder()
            branchBinder.notImported = notImported
            branchBinder.subqueryDepth = subqueryDepth
            let result = try branchBinder.checkClauses(clauses, scope: initial)
            if number == 0 { returned = result }
        }
        try Self.checkUnions(Query(clauses: subquery.clauses, explain: false, unions: subquery.unions))
        guard returns, case .return(let projection)? = subquery.clauses.last else { return }
        for name in returned.keys.sorted() where scope[name] != nil {
            let item = projection.items.first { $0.name == name }
            throw error(
                "VariableAlreadyBound",
                "CALL { … } returns \(name), but \(name) is already defined outside it; rename the column with AS",
                at: item?.expression.offset ?? projection.offset, length: item?.expression.length ?? 6)
        }
        scope.merge(returned) { outer, _ in outer }
    }
}
