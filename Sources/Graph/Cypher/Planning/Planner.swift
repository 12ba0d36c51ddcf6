/// Chooses how to run each clause; above all, where to start each pattern.
///
/// A pattern starts at the node with the fewest candidates: one already bound
/// by an earlier clause, else one with an inline `name` (the name index), else
/// the rarest label (the label index), else all nodes. Matching then expands
/// right and left from there.
struct Planner {
    let graph: PropertyGraph
    /// The query's parameters when known, so `{name: $name}` can be estimated exactly.
    var parameters: [String: Value] = [:]

    func plan(_ query: Query) -> Plan {
        var bound: Set<String> = []
        var steps: [PlanStep] = []
        var returnsRows = false
        var patternPlans: [Int: PartPlan] = [:]
        for clause in query.clauses {
            let before = bound
            switch clause {
            case .match(let match):
                var parts: [PartPlan] = []
                var newVariables: [String] = []
                let hints = match.predicate.map(Self.nameHints) ?? [:]
                for pattern in match.patterns {
                    parts.append(planPart(pattern, bound: bound, nameHints: hints))
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
            // Patterns inside this clause's expressions may use variables from before and after it.
            for expression in Self.expressions(in: clause) {
                planPatterns(in: expression, bound: before.union(bound), into: &patternPlans)
            }
        }
        capMatches(&steps)
        return Plan(steps: steps, returnsRows: returnsRows, patternPlans: patternPlans)
    }

    /// Lets a MATCH stop early when the projection after it keeps only its first rows.
    private func capMatches(_ steps: inout [PlanStep]) {
        for index in steps.indices.dropLast() {
            guard case .match(var match) = steps[index], !match.optional,
                case .project(let projection, _, _) = steps[index + 1],
                projection.orderBy.isEmpty, !projection.distinct, projection.predicate == nil,
                case .literal(.int(let limit))? = projection.limit?.kind,
                !projection.items.contains(where: { Self.aggregates($0.expression) })
            else { continue }
            var skip = 0
            if let s = projection.skip {
                guard case .literal(.int(let n)) = s.kind else { continue }
                skip = n
            }
            guard limit >= 0, skip >= 0 else { continue }
            let (cap, overflow) = skip.addingReportingOverflow(limit)
            match.rowCap = overflow ? Int.max : cap
            steps[index] = .match(match)
        }
    }

    private static func aggregates(_ e: Expression) -> Bool {
        switch e.kind {
        case .countStar: return true
        case .function(let name, _, _) where FunctionCatalog.aggregates.contains(name.lowercased()): return true
        default: return e.children.contains(where: aggregates)
        }
    }

    private static func expressions(in clause: Clause) -> [Expression] {
        switch clause {
        case .match(let match):
            return match.patterns.flatMap(\.propertyExpressions) + [match.predicate].compactMap { $0 }
        case .unwind(let unwind):
            return [unwind.expression]
        case .with(let projection), .return(let projection):
            return projection.items.map(\.expression) + projection.orderBy.map(\.expression)
                + [projection.skip, projection.limit, projection.predicate].compactMap { $0 }
        case .create(let create):
            return create.patterns.flatMap(\.propertyExpressions)
        }
    }

    private func planPatterns(in expression: Expression, bound: Set<String>, into plans: inout [Int: PartPlan]) {
        switch expression.kind {
        case .pattern(let part):
            plans[expression.offset] = planPart(part, bound: bound)
        case .patternComprehension(_, let part, _, _):
            plans[expression.offset] = planPart(part, bound: bound)
        default:
            break
        }
        for child in expression.children { planPatterns(in: child, bound: bound, into: &plans) }
    }

    /// `v.name = 'x'` conditions joined by AND in a WHERE: the name index can find `v`.
    private static func nameHints(_ predicate: Expression) -> [String: Expression] {
        switch predicate.kind {
        case .binary(.and, let left, let right):
            return nameHints(left).merging(nameHints(right)) { a, _ in a }
        case .binary(.equal, let left, let right):
            for (property, value) in [(left, right), (right, left)] {
                guard case .property(let base, "name") = property.kind, case .variable(let variable) = base.kind else {
                    continue
                }
                switch value.kind {
                case .literal(.string), .parameter: return [variable: value]
                default: continue
                }
            }
            return [:]
        default:
            return [:]
        }
    }

    func planPart(_ pattern: PatternPart, bound: Set<String>, nameHints: [String: Expression] = [:]) -> PartPlan {
        var best = PartPlan(pattern: pattern, start: 0, access: .allNodes, estimate: graph.nodeCount)
        for (index, node) in pattern.nodes.enumerated() {
            // A shortest path is searched from its first node.
            if pattern.shortest != nil && index > 0 { break }
            let candidate: (NodeAccess, Int)
            if let variable = node.variable, bound.contains(variable) {
                candidate = (.bound(variable), 1)
            } else if let name = nameProperty(node) ?? node.variable.flatMap({ nameHints[$0] }) {
                // A name is selective: without the parameter's value, assume one node.
                var estimate = 1
                if case .literal(.string(let s)) = name.kind { estimate = graph.nodes(named: s).count }
                if case .parameter(let p) = name.kind, case .string(let s)? = parameters[p] {
                    estimate = graph.nodes(named: s).count
                }
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
