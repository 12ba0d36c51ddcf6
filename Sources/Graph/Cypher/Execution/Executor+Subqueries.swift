/// `CALL { … }`: the subquery runs once per incoming row, on what that row imports.
///
/// A subquery ending in RETURN adds its columns to the row, once per row it returns:
/// a row for which it returns nothing is dropped (as in Neo4j). A unit subquery (no
/// RETURN) is run for its updates, and each incoming row passes unchanged.
extension Executor {
    func runSubquery(_ subquery: SubqueryStep, _ rows: [Row]) throws -> [Row] {
        var result: [Row] = []
        for row in rows {
            try checkpoint()
            var produced: [Row] = []
            var seen: Set<[EquivalenceKey]> = []
            let returned = subquery.returned.sorted()
            for (number, steps) in subquery.branches.enumerated() {
                let (innerRows, _) = try runSteps(steps, [imported(from: row, by: subquery, branch: number)])
                guard subquery.returnsRows else { continue }
                for inner in innerRows {
                    if subquery.distinct, !seen.insert(returned.map { EquivalenceKey(inner[$0] ?? .null) }).inserted {
                        continue
                    }
                    produced.append(inner)
                }
            }
            guard subquery.returnsRows else {
                result.append(row)
                continue
            }
            for inner in produced {
                var next = row
                for name in returned { next[name] = inner[name] ?? .null }
                result.append(next)
                try checkRowCount(result.count)
            }
        }
        return result
    }

    /// The part of `row` a branch of the subquery starts with.
    private func imported(from row: Row, by subquery: SubqueryStep, branch: Int) -> Row {
        switch subquery.imports {
        case .all:
            return row
        case .names(let names):
            var chosen: Row = [:]
            for name in names { chosen[name] = row[name] ?? .null }
            return chosen
        case .leadingWith:
            // The leading WITH projects what it imports; without one nothing is imported.
            return subquery.startsWithWith[branch] ? row : [:]
        }
    }
}
