/// Chooses how to run each clause; above all, where to start each pattern.
///
/// A pattern starts at the node with the fewest candidates: one already bound
/// by an earlier clause, else one with an inline `name` (the name index), else
/// the rarest label (the label index), else all nodes. Matching then expands
/// right and left from there.
struct Planner {
    let graph: PropertyGraph

    func plan(_ query: Query) -> Plan {
        var bound: Set<String> = []
        var steps: [PlanStep] = []
        var returnsRows = false
        for clause in query.clauses {
            switch clause {
            case .match(let match):
                var parts: [PartPlan] = []
                var newVariables: [String] = []
                for pattern in match.patterns {
                    parts.append(planPart(pattern, bound: bound))
                    for name in pattern.variableNames where !bound.contains(name) {
                        bound.insert(name)
                        newVariables.append(name)
                    }
                }
                steps.append(.match(MatchStep(
                    optional: match.optional, parts: parts, predicate: match.predicate, newVariables: newVariables)))
            case .unwind(let unwind):
                bound.insert(unwind.variable)
                steps.append(.unwind(unwind))
            case .with(let projection):
                var next: Set<String> = projection.star ? bound : []
                for item in projection.items { next.insert(item.name) }
                steps.append(.project(projection, isReturn: false, inScope: bound.sorted()))
                bound = next
            case .return(let projection):
                returnsRows = true
                steps.append(.project(projection, isReturn: true, inScope: bound.sorted()))
            case .create(let create):
                for pattern in create.patterns { bound.formUnion(pattern.variableNames) }
                steps.append(.create(create))
            }
        }
        return Plan(steps: steps, returnsRows: returnsRows)
    }

    func planPart(_ pattern: PatternPart, bound: Set<String>) -> PartPlan {
        var best = PartPlan(pattern: pattern, start: 0, access: .allNodes, estimate: graph.nodeCount)
        for (index, node) in pattern.nodes.enumerated() {
            // A shortest path is searched from its first node.
            if pattern.shortest != nil && index > 0 { break }
            let candidate: (NodeAccess, Int)
            if let variable = node.variable, bound.contains(variable) {
                candidate = (.bound(variable), 1)
            } else if let name = nameProperty(node) {
                var estimate = graph.nodeCount
                if case .literal(.string(let s)) = name.kind { estimate = graph.nodes(named: s).count }
                candidate = (.nameIndex(name), min(estimate, graph.nodeCount))
            } else if let label = node.labels.min(by: { graph.nodes(withLabel: $0).count < graph.nodes(withLabel: $1).count }) {
                candidate = (.labelScan(label), graph.nodes(withLabel: label).count)
            } else {
                candidate = (.allNodes, graph.nodeCount)
            }
            // Fewest candidates wins; on a tie, the more selective access (bound, name, label, scan).
            if index == 0 || (candidate.1, rank(candidate.0)) < (best.estimate, rank(best.access)) {
                best = PartPlan(pattern: pattern, start: index, access: candidate.0, estimate: candidate.1)
            }
        }
        return best
    }

    private func rank(_ access: NodeAccess) -> Int {
        switch access {
        case .bound: return 0
        case .nameIndex: return 1
        case .labelScan: return 2
        case .allNodes: return 3
        }
    }

    /// The expression of an inline `name: …` property that is a literal or parameter.
    private func nameProperty(_ node: NodePattern) -> Expression? {
        guard let properties = node.properties, case .map(let entries) = properties.kind else { return nil }
        for (key, value) in entries where key == "name" {
            switch value.kind {
            case .literal(.string), .parameter: return value
            default: return nil
            }
        }
        return nil
    }
}
