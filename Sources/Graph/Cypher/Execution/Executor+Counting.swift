/// Counting without expanding (factorized counting).
///
/// When the nodes and relationships at the end of a MATCH's last pattern part are read by
/// nothing but plain `count(x)` / `count(*)` aggregates of the projection after it, matching
/// stops before them: each row of the steps before goes to the projection once, with the
/// number of ways the remaining steps complete it as its weight. `MATCH (a)-[:T]->(b:B)
/// RETURN a.name, count(b)` then walks each `a`'s relationships of type T and tests `b`'s
/// label bits, but binds no `b` and makes no row per relationship; a chain multiplies through
/// (`(x)<-[:S]-(y)-[:T]->(z)` counts, per `x`, the sum over its `y` of their `z`).
///
/// The semantics are those of the expanded rows: labels, inline properties, relationship
/// uniqueness within the MATCH and directions are checked as matching would; a row whose
/// count is zero is no match (so OPTIONAL MATCH still gives its null row); DISTINCT counts,
/// other aggregates, paths, variable-length and shortest-path steps never take this route.
extension Executor {
    /// `match` with its last part's counted suffix set, when `projection` (streamed into right
    /// after it) only counts the suffix's variables; nil when the shortcut does not apply.
    func countedMatch(_ match: MatchStep, into projection: Projection) -> MatchStep? {
        guard !projection.star, let last = match.parts.last else { return nil }
        let pattern = last.pattern
        guard pattern.shortest == nil, pattern.pathVariable == nil else { return nil }

        // Every aggregate is a plain count, and there is at least one in the items.
        var calls: [Expression] = []
        for item in projection.items { Self.aggregateCalls(item.expression, into: &calls) }
        guard !calls.isEmpty else { return nil }
        for sort in projection.orderBy { Self.aggregateCalls(sort.expression, into: &calls) }
        guard calls.allSatisfy(Self.isPlainCountCall) else { return nil }

        // What reads variables other than a count's bare argument.
        var read: Set<String> = []
        func readOutsideCounts(_ e: Expression) {
            var inner: [Expression] = []
            Self.aggregateCalls(e, into: &inner)
            if inner.isEmpty { return read.formUnion(e.variables) }
            switch e.kind {
            case .countStar: return
            case .function(let name, _, let arguments) where FunctionCatalog.aggregates.contains(name.lowercased()):
                if arguments.count == 1, case .variable = arguments[0].kind { return }
                for argument in arguments { read.formUnion(argument.variables) }
            default:
                for child in e.children { readOutsideCounts(child) }
                read.formUnion(e.variables.subtracting(e.children.reduce(into: Set<String>()) { $0.formUnion($1.variables) }))
            }
        }
        for item in projection.items { readOutsideCounts(item.expression) }
        for sort in projection.orderBy { readOutsideCounts(sort.expression) }
        for e in [projection.predicate, projection.skip, projection.limit].compactMap({ $0 }) {
            read.formUnion(e.variables)
        }
        for part in match.parts {
            for e in part.pattern.propertyExpressions { read.formUnion(e.variables) }
        }

        // One node alone: its candidates that pass the WHERE are counted.
        if pattern.relationships.isEmpty {
            guard match.parts.count == 1, let name = pattern.nodes[0].variable, match.newVariables == [name],
                !read.contains(name)
            else { return nil }
            var result = match
            result.predicate = nil
            result.parts[0].counted = CountedSuffix(
                fromStep: 0, variables: [name], checksUsed: [], filter: match.predicate)
            return result
        }
        if let predicate = match.predicate { read.formUnion(predicate.variables) }

        let countable = Self.boundOnceAndUnread(in: match, read: read)

        // The longest run of steps at the end of the matching order that can be counted.
        let order = Self.matchingOrder(last)
        var fromStep = order.count
        var variables: Set<String> = []
        while fromStep > 0 {
            let index = order[fromStep - 1]
            let relationship = pattern.relationships[index]
            let target = pattern.nodes[index >= last.start ? index + 1 : index]
            guard relationship.range == nil, countable(relationship.variable), countable(target.variable) else { break }
            if let name = relationship.variable { variables.insert(name) }
            if let name = target.variable { variables.insert(name) }
            fromStep -= 1
        }
        guard fromStep < order.count else { return nil }

        // Uniqueness only matters between relationship patterns that can match the same relationship.
        let checksUsed = Planner.uniquenessChecks(match.parts.map(\.pattern)).last!
        var result = match
        result.parts[result.parts.count - 1].counted = CountedSuffix(
            fromStep: fromStep, variables: variables, checksUsed: checksUsed)
        return result
    }

    /// The number of start candidates of a one-node part that fit its pattern and `suffix.filter`.
    func countCandidates(_ plan: PartPlan, _ candidates: [NodeID], _ row: Row, _ suffix: CountedSuffix) throws -> Int {
        let node = plan.pattern.nodes[0]
        // The row the WHERE reads, with the candidate bound (`row` itself never has it).
        var bound = row
        var total = 0
        // Candidates from the index of the node's only label fit it already.
        var fitsAlready = false
        if case .labelScan(let label) = plan.access, node.labels == [label], node.properties == nil {
            fitsAlready = node.variable.map { row[$0] == nil } ?? true
        }
        if let filter = suffix.filter, let direct = directStringTest(filter, on: node.variable) {
            return try countStringMatches(
                candidates, direct.key, direct.test, fits: fitsAlready ? nil : { try self.nodeFits(node, $0, row) })
        }
        let narrowed = plan.startFilters.isEmpty
            ? candidates : try narrowedByStringTests(candidates, plan.startFilters, on: node.variable)
        for candidate in narrowed {
            try checkpoint()
            guard try fitsAlready || nodeFits(node, candidate, row) else { continue }
            if let filter = suffix.filter {
                if let name = node.variable { bound[name] = .node(candidate) }
                guard try evaluate(filter, bound) == .bool(true) else { continue }
            }
            total += 1
        }
        return total
    }

    /// For a WHERE of the form `v.key CONTAINS|STARTS WITH|ENDS WITH 'text'` (a literal or a
    /// parameter) on the counted node `v`: the key and the test on a string property, so each
    /// candidate is tested without binding it in a row. Anything else but a string is null
    /// there, which fails the WHERE, as `evaluate` has it.
    func directStringTest(
        _ filter: Expression, on variable: String?
    ) -> (key: String, test: (String) -> Bool)? {
        guard let variable, case .binary(let op, let left, let right) = filter.kind,
            case .property(let base, let key) = left.kind, case .variable(let name) = base.kind, name == variable
        else { return nil }
        let needle: String
        switch right.kind {
        case .literal(.string(let s)): needle = s
        case .parameter(let p):
            guard case .string(let s)? = parameters[p] else { return nil }
            needle = s
        default: return nil
        }
        switch op {
        case .contains: return (key, { ByteString.contains($0, needle) })
        case .startsWith: return (key, { ByteString.hasPrefix($0, needle) })
        case .endsWith: return (key, { ByteString.hasSuffix($0, needle) })
        default: return nil
        }
    }

    /// A test of a pattern variable (nil for an anonymous element): true when `match` binds it
    /// (it is not bound before), it occurs once in the MATCH's patterns and `read` does not hold it.
    static func boundOnceAndUnread(in match: MatchStep, read: Set<String>) -> (String?) -> Bool {
        var occurrences: [String: Int] = [:]
        for part in match.parts {
            for name in part.pattern.variableNames { occurrences[name, default: 0] += 1 }
        }
        let new = Set(match.newVariables)
        return { name in
            guard let name else { return true }
            return new.contains(name) && occurrences[name] == 1 && !read.contains(name)
        }
    }

    /// The order in which matching takes a part's relationships: right from the start node, then left.
    static func matchingOrder(_ plan: PartPlan) -> [Int] {
        Array(plan.start..<plan.pattern.relationships.count) + Array((0..<plan.start).reversed())
    }

    /// What counting reads, resolved once per pattern part: one copy of the graph (reading
    /// `self.graph` per relationship would copy it each time), and per relationship of the
    /// pattern its type ids and the label bits its target must carry.
    final class CountingContext {
        let graph: PropertyGraph
        let steps: [CountingStep]
        /// How often the last step was counted node by node.
        var lastStepVisits = 0
        /// The part's start candidates, when its first step is the counted last one.
        var startCandidates: [NodeID]?
        /// After many visits: the last step's count for every node, from one pass over the
        /// relationships of its types (see `lastStepCounts`).
        var lastStepCounts: [Int32]?

        init(graph: PropertyGraph, steps: [CountingStep]) {
            self.graph = graph
            self.steps = steps
        }
    }

    struct CountingStep {
        /// nil for any type; empty when none of the pattern's types exists (nothing matches).
        var types: [Int32]?
        var mask: UInt64
        /// Labels past the first 64, or that no node has: read from the node.
        var slowLabels: [String]
    }

    func countingContext(_ plan: PartPlan) -> CountingContext {
        let graph = self.graph
        let steps = plan.pattern.relationships.indices.map { index -> CountingStep in
            let relationship = plan.pattern.relationships[index]
            let target = plan.pattern.nodes[index >= plan.start ? index + 1 : index]
            var step = CountingStep(types: typeFilter(relationship), mask: 0, slowLabels: [])
            for label in target.labels {
                if let bit = graph.labelBit(label) { step.mask |= bit } else { step.slowLabels.append(label) }
            }
            return step
        }
        return CountingContext(graph: graph, steps: steps)
    }

    /// The number of ways the steps from `stepIndex` on complete the bindings in `state`
    /// (1 past the last step). Reads type ids, ends and label bits only; binds nothing in the row.
    func countCompletions(
        _ plan: PartPlan, _ order: [Int], _ stepIndex: Int, _ state: inout PartState, _ suffix: CountedSuffix,
        _ context: CountingContext
    ) throws -> Int {
        guard stepIndex < order.count else { return 1 }
        try checkpoint()
        let graph = context.graph
        let pattern = plan.pattern
        let index = order[stepIndex]
        let (from, targetIndex, direction) = stepEnds(plan, index, state)
        let target = pattern.nodes[targetIndex]
        let relationship = pattern.relationships[index]
        let step = context.steps[index]
        let types = step.types
        if let types, types.isEmpty { return 0 }
        let mask = step.mask
        let slowLabels = step.slowLabels
        let checksUsed = suffix.checksUsed[index]
        let isLast = stepIndex + 1 == order.count
        if isLast, !checksUsed, relationship.properties == nil, target.properties == nil {
            if let counts = context.lastStepCounts { return Int(counts[from.rawValue]) }
            context.lastStepVisits += 1
            // Counted for every node at once: when an earlier query did (the graph keeps the
            // counts), after many visits, or when the start candidates' relationship lists are
            // longer together than the relationships of the step's types.
            let first = context.lastStepVisits == 1
            var counts = first ? graph.keptDegreeCounts(Self.degreeCountsKey(direction, step)) : nil
            if counts == nil, context.lastStepVisits >= Self.visitsBeforeCountingAll
                || (first && stepIndex == 0 && onePassIsShorter(context, direction, step))
            {
                counts = try graph.degreeCounts(Self.degreeCountsKey(direction, step)) {
                    try lastStepCounts(relationship, direction, step, graph)
                }
            }
            if let counts {
                context.lastStepCounts = counts
                return Int(counts[from.rawValue])
            }
        }
        var total = 0

        func visit(_ id: RelationshipID, _ other: NodeID, _ state: inout PartState) throws {
            if let types, !types.contains(graph.typeID(of: id)) { return }
            if checksUsed, state.used.contains(id) { return }
            guard graph.labelBits(of: other) & mask == mask else { return }
            for label in slowLabels where !graph.hasLabel(other, label) { return }
            if relationship.properties != nil {
                guard try relationshipFits(relationship, id, state.row, typesChecked: true) else { return }
            }
            if target.properties != nil {
                guard try nodeFits(target, other, state.row) else { return }
            }
            if isLast {
                total += 1
                return
            }
            if checksUsed { state.used.insert(id) }
            state.nodes[targetIndex] = other
            total += try countCompletions(plan, order, stepIndex + 1, &state, suffix, context)
            state.nodes[targetIndex] = nil
            if checksUsed { state.used.remove(id) }
        }

        if direction != .incoming {
            for id in graph.outgoing(from) { try visit(id, graph.end(of: id), &state) }
        }
        if direction != .outgoing {
            for id in graph.incoming(from) {
                let start = graph.start(of: id)
                // A self-loop was already counted as outgoing.
                if direction == .both && start == graph.end(of: id) { continue }
                try visit(id, start, &state)
            }
        }
        return total
    }

    /// The key under which the graph keeps a last step's counts for every node (`degreeCounts`):
    /// what `lastStepCounts` reads, namely the step's types, direction and target labels.
    private static func degreeCountsKey(_ direction: RelationshipPattern.Direction, _ step: CountingStep) -> String {
        let types = step.types.map { Set($0).sorted().map(String.init).joined(separator: ",") } ?? "*"
        return "\(types)|\(direction)|\(step.mask)|\(step.slowLabels.sorted().joined(separator: "\u{1F}"))"
    }

    /// True when walking the relationship lists of every start candidate (the step counted
    /// from the part's start) reads more relationships than one pass over the step's types.
    private func onePassIsShorter(
        _ context: CountingContext, _ direction: RelationshipPattern.Direction, _ step: CountingStep
    ) -> Bool {
        guard let starts = context.startCandidates else { return false }
        let graph = context.graph
        let onePass = step.types.map { Set($0).reduce(0) { $0 + graph.relationshipCount(ofTypeID: $1) } }
            ?? graph.relationshipCount
        var walked = 0
        for node in starts {
            if direction != .incoming { walked += graph.outgoing(node).count }
            if direction != .outgoing { walked += graph.incoming(node).count }
            if walked > onePass { return true }
        }
        return false
    }

    /// Past this many nodes counted one by one at the last step, the last step is counted for
    /// every node at once: reading each node's own relationship list is a cache miss per node,
    /// one pass over the relationships of the step's types reads columns in order.
    static let visitsBeforeCountingAll = 2048

    /// Per node, the number of relationships of the step's types in `direction` whose other end
    /// carries the step's labels: what `countCompletions` finds at the last step, for every node.
    private func lastStepCounts(
        _ relationship: RelationshipPattern, _ direction: RelationshipPattern.Direction, _ step: CountingStep,
        _ graph: PropertyGraph
    ) throws -> [Int32] {
        var counts = [Int32](repeating: 0, count: graph.nodeCount)
        let mask = step.mask
        func fits(_ node: NodeID) -> Bool {
            graph.labelBits(of: node) & mask == mask && step.slowLabels.allSatisfy { graph.hasLabel(node, $0) }
        }
        func add(_ id: RelationshipID) {
            let start = graph.start(of: id), end = graph.end(of: id)
            if direction != .incoming, fits(end) { counts[start.rawValue] += 1 }
            // A self-loop was already counted as outgoing.
            if direction != .outgoing, !(direction == .both && start == end), fits(start) { counts[end.rawValue] += 1 }
        }
        if relationship.types.isEmpty {
            for raw in 0..<graph.relationshipCount {
                if raw & 0xFFFF == 0 { try checkpoint() }
                add(RelationshipID(raw))
            }
        } else {
            // Each type once, though the pattern may name it twice.
            for type in Set(relationship.types) {
                for (n, id) in graph.relationships(ofType: type).enumerated() {
                    if n & 0xFFFF == 0 { try checkpoint() }
                    add(id)
                }
            }
        }
        return counts
    }

    /// The aggregate calls in `e`, not looking inside their arguments.
    static func aggregateCalls(_ e: Expression, into calls: inout [Expression]) {
        switch e.kind {
        case .countStar:
            calls.append(e)
        case .function(let name, _, _) where FunctionCatalog.aggregates.contains(name.lowercased()):
            calls.append(e)
        default:
            for child in e.children { aggregateCalls(child, into: &calls) }
        }
    }

    /// `count(*)` or `count(x)` without DISTINCT.
    static func isPlainCountCall(_ call: Expression) -> Bool {
        switch call.kind {
        case .countStar: return true
        case .function(let name, let distinct, let arguments):
            return !distinct && arguments.count == 1 && name.lowercased() == "count"
        default: return false
        }
    }
}
