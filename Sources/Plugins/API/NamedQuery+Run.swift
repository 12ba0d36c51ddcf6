import Graph

extension NamedQuery {
    /// Runs the query with `parameters` (already typed; see `bind`).
    public func run(on engine: QueryEngine, parameters: [String: Value]) throws -> QueryResult {
        try engine.execute(cypher, parameters: parameters)
    }

    /// The values with every name parameter (one with a `label`) given as an
    /// alias or another known form replaced by the node's name: 市经信局 becomes
    /// 市经济和信息化局, AI becomes 人工智能. A name nothing knows is kept as given.
    public func resolvingNames(_ values: [String: Value], in graph: PropertyGraph?, lexicons: [Lexicon] = []) -> [String: Value] {
        let vocabulary = EntityVocabulary(graph: graph, lexicons: lexicons)
        var result = values
        for parameter in parameters {
            guard let label = parameter.label, case .string(let text)? = values[parameter.name],
                let resolved = vocabulary.resolve(text, label: label)
            else { continue }
            result[parameter.name] = .string(resolved.name)
        }
        return result
    }

    /// The ids among `ids` that `name` probably meant: those containing it or
    /// its last part (`units-for-industry`), else the nearest by edit distance
    /// when it is within a third of the id (`work-plans.units-for-industy`).
    public static func closestIDs(to name: String, among ids: [String]) -> [String] {
        let containing = ids.filter {
            $0.contains(name) || name.contains($0) || $0.split(separator: ".").last.map { name.contains($0) } == true
        }
        if !containing.isEmpty { return containing }
        let nearest = ids.map { ($0, EditDistance.between($0, name)) }.min { $0.1 < $1.1 }
        guard let nearest, nearest.1 <= max(3, name.count / 3) else { return [] }
        return [nearest.0]
    }

    /// One warning per name parameter whose value names no node of its label
    /// (a typo, a name from another dataset), with names to try: the query
    /// will find nothing, and an empty table alone looks like a true answer.
    /// Give it the values after `resolvingNames`. Complexity: O(nodes of the label).
    public func unknownNames(in values: [String: Value], graph: PropertyGraph) -> [String] {
        var warnings: [String] = []
        for parameter in parameters {
            guard let label = parameter.label, case .string(let text)? = values[parameter.name] else { continue }
            guard !graph.nodes(named: text).contains(where: { graph.node($0).hasLabel(label) }) else { continue }
            let names = Set(graph.nodes(withLabel: label).compactMap { graph.node($0).name })
            // A typo or a name in pinyin is told as such; else the names that contain it, or all.
            var similar = graph.similarNames(to: text, labels: [label])
            for other in PinyinIndex.similarNames(in: graph)(text, [label]) where !similar.contains(other) { similar.append(other) }
            let close = names.filter { $0.contains(text) || text.contains($0) }
            let offer = (close.isEmpty ? names : close).sorted().prefix(8)
            var warning = "no :\(label) is named '\(text)' in this graph, so '\(parameter.name)' matches nothing"
            if !similar.isEmpty {
                warning += "; did you mean " + similar.prefix(3).map { "'\($0)'" }.joined(separator: " or ") + "?"
            } else {
                warning += offer.isEmpty ? "; the graph has no :\(label) at all" : "; try one of: \(offer.joined(separator: ", "))"
            }
            warnings.append(warning)
        }
        return warnings
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
