/// Chooses how to run each clause; above all, where to start each pattern.
///
/// A pattern starts at the node with the fewest candidates: one already bound
/// by an earlier clause, else one with an inline `name` (the name index), else
/// one looked up by equality on another property (`{id: 4452}`, `WHERE n.code = $c`:
/// the property index), else the rarest label (the label index), else all nodes.
/// Matching then expands right and left from there.
struct Planner {
    let graph: PropertyGraph
    /// The query's parameters when known, so `{name: $name}` can be estimated exactly.
    var parameters: [String: Value] = [:]

    /// The plan of `query`; `initial` holds the variables bound before it (the imports of a `CALL { … }`).
    func plan(_ query: Query, bound initial: Set<String> = []) -> Plan {
        var bound = initial
        var steps: [PlanStep] = []
        var returnsRows = false
        var patternPlans: [Int: PartPlan] = [:]
        for clause in query.clauses {
            let before = bound
            switch clause {
            case .match(let match):
                var parts: [PartPlan] = []
                var newVariables: [String] = []
                let hints = match.predicate.map(Self.equalityHints) ?? [:]
                let stringTests = match.predicate.map(Self.stringTests) ?? []
                for pattern in match.patterns {
                    var part = planPart(pattern, bound: bound, hints: hints)
                    if let start = pattern.nodes[part.start].variable, !bound.contains(start) {
                        part.startFilters = stringTests.filter { Self.testedVariable($0) == start }
                    }
                    parts.append(part)
                    for name in pattern.variableNames where !bound.contains(name) {
                        bound.insert(name)
                        newVariables.append(name)
                    }
                }
                for (index, checks) in Self.uniquenessChecks(match.patterns).enumerated() { parts[index].checksUsed = checks }
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
                bound = (projection.star ? bound : []).union(projection.items.map(\.name))
                steps.append(.project(projection, isReturn: true, inScope: bound.sorted()))
            case .create(let create):
                for pattern in create.patterns { bound.formUnion(pattern.variableNames) }
                steps.append(.create(create))
            case .merge(let merge):
                let part = planPart(merge.pattern, bound: bound)
                let newVariables = merge.pattern.variableNames.filter { !bound.contains($0) }
                bound.formUnion(newVariables)
                let match = MatchStep(optional: false, parts: [part], predicate: nil, newVariables: newVariables)
                steps.append(.merge(MergeStep(
                    match: match, create: CreateClause(patterns: [merge.pattern], offset: merge.offset),
                    onCreate: merge.onCreate, onMatch: merge.onMatch, offset: merge.offset)))
            case .set(let set):
                steps.append(.set(set.items))
            case .remove(let remove):
                steps.append(.remove(remove))
            case .delete(let delete):
                steps.append(.delete(delete))
            case .call(let call):
                bound.formUnion((call.yields ?? []).map(\.name))
                steps.append(.call(call))
            case .foreach(let foreach):
                let inner = plan(Query(clauses: foreach.clauses, explain: false))
                patternPlans.merge(inner.patternPlans) { first, _ in first }
                steps.append(.foreach(variable: foreach.variable, list: foreach.list, steps: inner.steps))
            case .subquery(let subquery):
                let step = planSubquery(subquery, bound: bound, patternPlans: &patternPlans)
                if subquery.returnsRows { bound.formUnion(step.returned) }
                steps.append(.subquery(step))
            }
            // Patterns inside this clause's expressions may use variables from before and after it.
            for expression in Self.expressions(in: clause) {
                planPatterns(in: expression, bound: before.union(bound), into: &patternPlans)
            }
        }
        capMatches(&steps)
        return Plan(steps: steps, returnsRows: returnsRows, patternPlans: patternPlans, boundAtEnd: bound)
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
        case .merge(let merge):
            return merge.pattern.propertyExpressions + (merge.onCreate + merge.onMatch).flatMap(\.expressions)
        case .set(let set):
            return set.items.flatMap(\.expressions)
        case .remove(let remove):
            return remove.items.compactMap { item in
                if case .property(let target, _) = item { return target } else { return nil }
            }
        case .delete(let delete):
            return delete.expressions
        case .call(let call):
            return (call.arguments ?? []) + [call.predicate].compactMap { $0 }
        case .foreach(let foreach):
            return [foreach.list]
        case .subquery:
            // Planned with the subquery's own plan.
            return []
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

    /// `v.key = 'x'` conditions joined by AND in a WHERE, by variable and key (a literal or
    /// parameter on one side): an index can find `v`.
    static func equalityHints(_ predicate: Expression) -> [String: [String: Expression]] {
        switch predicate.kind {
        case .binary(.and, let left, let right):
            return equalityHints(left).merging(equalityHints(right)) { a, b in a.merging(b) { first, _ in first } }
        case .binary(.equal, let left, let right):
            for (property, value) in [(left, right), (right, left)] {
                guard case .property(let base, let key) = property.kind, case .variable(let variable) = base.kind else {
                    continue
                }
                switch value.kind {
                case .literal(.string), .literal(.int), .literal(.float), .literal(.bool), .parameter:
                    return [variable: [key: value]]
                default: continue
                }
            }
            return [:]
        default:
            return [:]
        }
    }

    /// Per part of a MATCH and per relationship pattern in it: true when another relationship
    /// pattern of the MATCH may match the same relationship, so matching must keep the
    /// relationships it has used (relationship uniqueness) for this one.
    static func uniquenessChecks(_ patterns: [PatternPart]) -> [[Bool]] {
        let all = patterns.flatMap(\.relationships)
        var first = 0
        return patterns.map { pattern in
            defer { first += pattern.relationships.count }
            return pattern.relationships.indices.map { index in
                all.indices.contains { other in
                    other != first + index && mayShareRelationships(pattern.relationships[index], all[other])
                }
            }
        }
    }

    /// True when some relationship could match both patterns (either has no type, or they share one).
    private static func mayShareRelationships(_ a: RelationshipPattern, _ b: RelationshipPattern) -> Bool {
        a.types.isEmpty || b.types.isEmpty || a.types.contains(where: b.types.contains)
    }

    /// `v.key CONTAINS|STARTS WITH|ENDS WITH x` conditions joined by AND in a WHERE, with `x`
    /// a literal or parameter: a string column can narrow `v`'s candidates.
    static func stringTests(_ predicate: Expression) -> [Expression] {
        switch predicate.kind {
        case .binary(.and, let left, let right):
            return stringTests(left) + stringTests(right)
        case .binary(.contains, _, let right), .binary(.startsWith, _, let right), .binary(.endsWith, _, let right):
            switch right.kind {
            case .literal(.string), .parameter: return testedVariable(predicate) == nil ? [] : [predicate]
            default: return []
            }
        default:
            return []
        }
    }

    /// The variable `v` of a condition `v.key OP x`, if it has that form.
    static func testedVariable(_ condition: Expression) -> String? {
        guard case .binary(_, let left, _) = condition.kind, case .property(let base, _) = left.kind,
            case .variable(let name) = base.kind
        else { return nil }
        return name
    }

    func planPart(_ pattern: PatternPart, bound: Set<String>, hints: [String: [String: Expression]] = [:]) -> PartPlan {
        var best = PartPlan(pattern: pattern, start: 0, access: .allNodes, estimate: graph.nodeCount)
        for (index, node) in pattern.nodes.enumerated() {
            // A shortest path is searched from its first node.
            if pattern.shortest != nil && index > 0 { break }
            var lookups = inlineEqualities(node)
            if let variable = node.variable, let fromWhere = hints[variable] {
                lookups.merge(fromWhere) { inline, _ in inline }
            }
            let rarestLabel = node.labels.min(by: { graph.nodes(withLabel: $0).count < graph.nodes(withLabel: $1).count })
            var candidate: (NodeAccess, Int)
            if let rarestLabel {
                candidate = (.labelScan(rarestLabel), graph.nodes(withLabel: rarestLabel).count)
            } else {
                candidate = (.allNodes, graph.nodeCount)
            }
            if let variable = node.variable, bound.contains(variable) {
                candidate = (.bound(variable), 1)
            } else if let name = lookups["name"], isString(name) {
                // A name is selective: without the parameter's value, assume one node.
                var estimate = 1
                if let s = known(name)?.stringValue { estimate = graph.nodes(named: s).count }
                candidate = (.nameIndex(name), min(estimate, graph.nodeCount))
            } else {
                // Any other key looked up by equality: the most selective known value, else the first key.
                for key in lookups.keys.sorted() where key != "name" {
                    let value = lookups[key]!
                    var estimate = 1
                    if let v = known(value) {
                        guard let found = graph.nodes(withProperty: key, equalTo: v) else { continue }
                        estimate = found.count
                    }
                    if estimate < candidate.1 || (estimate == candidate.1 && rank(candidate.0) > 1) {
                        candidate = (.propertyIndex(key: key, value: value, fallbackLabel: rarestLabel), estimate)
                    }
                }
            }
            // Fewest candidates wins; on a tie, the more selective access (bound, name, property, label, scan).
            if index == 0 || (candidate.1, rank(candidate.0)) < (best.estimate, rank(best.access)) {
                best = PartPlan(pattern: pattern, start: index, access: candidate.0, estimate: candidate.1)
            }
        }
        return best
    }

    /// The value of a literal, or of a parameter whose value is known.
    private func known(_ e: Expression) -> Value? {
        switch e.kind {
        case .literal(let v): return v
        case .parameter(let p): return parameters[p]
        default: return nil
        }
    }

    /// A string literal, or a parameter (its value may be a string).
    private func isString(_ e: Expression) -> Bool {
        switch e.kind {
        case .literal(.string), .parameter: return true
        default: return false
        }
    }

    private func rank(_ access: NodeAccess) -> Int {
        switch access {
        case .bound: return 0
        case .nameIndex: return 1
        case .propertyIndex: return 2
        case .labelScan: return 3
        case .allNodes: return 4
        }
    }

    /// Inline `{key: value}` entries whose value is a literal or parameter, by key.
    private func inlineEqualities(_ node: NodePattern) -> [String: Expression] {
        guard let properties = node.properties, case .map(let entries) = properties.kind else { return [:] }
        var result: [String: Expression] = [:]
        for (key, value) in entries where result[key] == nil {
            switch value.kind {
            case .literal(.string), .literal(.int), .literal(.float), .literal(.bool), .parameter: result[key] = value
            default: continue
            }
        }
        return result
    }
}
