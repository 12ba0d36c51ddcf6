import Graph

extension NamedQuery {
    /// Runs the query with `parameters` (already typed; see `bind`).
    public func run(on engine: QueryEngine, parameters: [String: Value]) throws -> QueryResult {
        try engine.execute(cypher, parameters: parameters)
    }

    /// What `--render` draws: the result of the diagram query when there is
    /// one, else the nodes, relationships and paths in the result itself.
    public func diagramSubgraph(on engine: QueryEngine, parameters: [String: Value], result: QueryResult) throws -> Subgraph {
        var cells = result.rows.flatMap { $0 }
        if let drawing = diagram.cypher {
            let used = Self.parameterNames(in: drawing)
            cells = try engine.execute(drawing, parameters: parameters.filter { used.contains($0.key) }).rows.flatMap { $0 }
        }
        return Subgraph(collectingFrom: cells, in: engine.graph)
    }

    /// The values the parameter's suggestion query proposes (its first column), at most `limit`.
    public func suggestions(for parameter: QueryParameter, on engine: QueryEngine, limit: Int = 20) throws -> [Value] {
        guard let suggest = parameter.suggest else { return [] }
        return try engine.execute(suggest).rows.prefix(limit).compactMap(\.first)
    }
}
