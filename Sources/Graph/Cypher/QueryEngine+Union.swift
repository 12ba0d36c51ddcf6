extension QueryEngine {
    /// `q1 UNION [ALL] q2 …`: runs each query in turn on the graph the one before left,
    /// and joins their rows under the first query's columns; `UNION` keeps each distinct row once.
    func executeUnion(_ query: Query, parameters: [String: Value]) throws -> QueryResult {
        let branches = [query.clauses] + query.unions.map(\.clauses)
        if query.explain {
            var lines: [String] = []
            for (number, clauses) in branches.enumerated() {
                let plan = Planner(graph: graph, parameters: parameters).plan(Query(clauses: clauses, explain: true))
                if number > 0 { lines.append(query.unions[number - 1].all ? "UNION ALL" : "UNION") }
                lines += plan.explanation.split(separator: "\n").map(String.init)
            }
            return QueryResult(columns: ["plan"], rows: lines.map { [.string($0)] })
        }
        let distinct = !(query.unions.first?.all ?? true)
        var combined = QueryResult()
        var seen: Set<[EquivalenceKey]> = []
        for (number, clauses) in branches.enumerated() {
            let plan = Planner(graph: graph, parameters: parameters).plan(Query(clauses: clauses, explain: false))
            let result = try run(plan, parameters: parameters)
            if number == 0 {
                combined.columns = result.columns
            } else if result.columns != combined.columns {
                // Only `RETURN *` gets here: the binder compares named columns.
                throw QueryError.runtime(
                    "SyntaxError", "DifferentColumnsInUnion",
                    "every query joined by UNION must return the same columns: "
                        + "\(combined.columns.joined(separator: ", ")) and \(result.columns.joined(separator: ", ")) differ",
                    at: query.unions[number - 1].offset)
            }
            for row in result.rows where !distinct || seen.insert(row.map(EquivalenceKey.init)).inserted {
                combined.rows.append(row)
            }
            combined.statistics.add(result.statistics)
        }
        return combined
    }
}

extension QueryStatistics {
    /// Adds another query's counts to these.
    mutating func add(_ other: QueryStatistics) {
        nodesCreated += other.nodesCreated
        nodesDeleted += other.nodesDeleted
        relationshipsCreated += other.relationshipsCreated
        relationshipsDeleted += other.relationshipsDeleted
        propertiesSet += other.propertiesSet
        labelsAdded += other.labelsAdded
        labelsRemoved += other.labelsRemoved
    }
}
