extension PropertyGraph {
    /// Names of nodes with every one of `labels` (any node when empty) that `name` is
    /// likely a typo of: the same ignoring case and width, or within a third of its
    /// length in edits (at least one). An alias that is close counts for the node's
    /// name. Closest first, then by name; at most `limit`.
    ///
    /// Complexity: O(n·m²) for the n names and aliases of the candidates, each of
    /// about m characters; the first label's index narrows the candidates.
    public func similarNames(to name: String, labels: [String], limit: Int = 3) -> [String] {
        let wanted = name.lowercased()
        let budget = max(1, name.count / 3)
        let candidates = labels.first.map { nodes(withLabel: $0) } ?? nodes.map(\.id)
        var best: [String: Int] = [:]
        for id in candidates {
            let node = self.node(id)
            guard labels.allSatisfy(node.hasLabel), let canonical = node.name else { continue }
            let aliases = node.properties["aliases"]?.listValue?.compactMap(\.stringValue) ?? []
            for form in [canonical] + aliases where abs(form.count - name.count) <= budget {
                let distance = form.lowercased() == wanted ? 0 : EditDistance.between(form.lowercased(), wanted)
                guard distance <= budget, distance < (best[canonical] ?? .max) else { continue }
                best[canonical] = distance
            }
        }
        best[name] = nil
        return best.sorted { ($0.value, $0.key) < ($1.value, $1.key) }.prefix(limit).map(\.key)
    }
}
