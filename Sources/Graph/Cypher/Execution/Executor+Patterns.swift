/// Pattern matching for MATCH, OPTIONAL MATCH, pattern predicates and comprehensions.
///
/// Within one MATCH every relationship is used at most once (relationship
/// isomorphism), across all its pattern parts and inside variable-length
/// segments. Complexity: proportional to the paths explored from the start
/// candidates; variable-length segments without an upper bound can be
/// exponential, which is what the query limits are for.
extension Executor {
    func runMatch(_ match: MatchStep, _ rows: [Row]) throws -> [Row] {
        var result: [Row] = []
        try runMatch(match, rows) { result.append($0) }
        return result
    }

    /// Matches `match` against each of `rows` and hands every resulting row to `sink` as it is
    /// found, so a projection that aggregates or drops duplicates does not need them all at once.
    func runMatch(_ match: MatchStep, _ rows: [Row], _ sink: (Row) throws -> Void) throws {
        try runMatch(match, rows, weighted: { row, _ in try sink(row) })
    }

    /// As `runMatch(_:_:_:)`, each row with the number of matched rows it stands for: 1, or,
    /// when the last part has a counted suffix, the number of its completions (never 0).
    func runMatch(_ match: MatchStep, _ rows: [Row], weighted sink: (Row, Int) throws -> Void) throws {
        var produced = 0
        for row in rows {
            if let cap = match.rowCap, produced >= cap { break }
            var found = false
            do {
                try matchParts(match.parts, 0, row, []) { matched in
                    let weight = self.matchWeight
                    if let predicate = match.predicate {
                        guard try self.evaluate(predicate, matched) == .bool(true) else { return }
                    }
                    found = true
                    produced += weight
                    try self.checkRowCount(produced)
                    try sink(matched, weight)
                    if let cap = match.rowCap, produced >= cap { throw StopMatching() }
                }
            } catch is StopMatching {}
            if !found && match.optional {
                var empty = row
                for name in match.newVariables { empty[name] = .null }
                produced += 1
                try sink(empty, 1)
            }
        }
    }

    /// True when the pattern (a predicate like `(a)-->(:B)`) has at least one match for `row`.
    func hasMatch(_ pattern: PatternPart, at offset: Int, _ row: Row) throws -> Bool {
        let plan = patternPlan(pattern, at: offset)
        var found = false
        do {
            try matchParts([plan], 0, row, []) { _ in
                found = true
                throw StopMatching()
            }
        } catch is StopMatching {}
        return found
    }

    /// Every match of `pattern` extending `row`, for pattern comprehensions.
    func allMatches(_ pattern: PatternPart, at offset: Int, _ row: Row) throws -> [Row] {
        let plan = patternPlan(pattern, at: offset)
        var rows: [Row] = []
        try matchParts([plan], 0, row, []) { rows.append($0) }
        return rows
    }

    private struct StopMatching: Error {}

    /// The planner's choice for a pattern inside an expression; a scan from the first node if it made none.
    private func patternPlan(_ pattern: PatternPart, at offset: Int) -> PartPlan {
        patternPlans[offset] ?? PartPlan(pattern: pattern, start: 0, access: .allNodes, estimate: graph.nodeCount)
    }

    private func matchParts(
        _ parts: [PartPlan], _ index: Int, _ row: Row, _ used: Set<RelationshipID>, _ emit: (Row) throws -> Void
    ) throws {
        guard index < parts.count else { return try emit(row) }
        try matchPart(parts[index], row, used) { next, nextUsed in
            try self.matchParts(parts, index + 1, next, nextUsed, emit)
        }
    }

    private func startCandidates(_ plan: PartPlan, _ row: Row) throws -> [NodeID] {
        switch plan.access {
        case .bound(let name):
            switch row[name] {
            case .node(let id)?: return [id]
            // Not in this row after all (a name only visible elsewhere in the clause): scan.
            case nil: return (0..<graph.nodeCount).map(NodeID.init)
            default: return []
            }
        case .nameIndex(let expression):
            if case .string(let name) = try evaluate(expression, row) { return graph.nodes(named: name) }
            return []
        case .propertyIndex(let key, let expression, let fallbackLabel):
            if let found = graph.nodes(withProperty: key, equalTo: try evaluate(expression, row)) { return found }
            if let fallbackLabel { return graph.nodes(withLabel: fallbackLabel) }
            return (0..<graph.nodeCount).map(NodeID.init)
        case .labelScan(let label):
            return graph.nodes(withLabel: label)
        case .allNodes:
            return (0..<graph.nodeCount).map(NodeID.init)
        }
    }

    /// Does node `id` fit the node pattern, given what `row` has bound?
    func nodeFits(_ pattern: NodePattern, _ id: NodeID, _ row: Row) throws -> Bool {
        let fits = inGraph { graph in graph.contains(id) && pattern.labels.allSatisfy { graph.hasLabel(id, $0) } }
        guard fits else { return false }
        if let name = pattern.variable, let existing = row[name] {
            guard case .node(let other) = existing, other == id else { return false }
        }
        if let properties = pattern.properties {
            return try propertiesFit(properties, row) { key in self.inGraph { $0.property(key, of: id) } }
        }
        return true
    }

    /// Does every `key: value` of an inline property map equal the element's property?
    /// A literal map is read entry by entry, without building a dictionary per candidate.
    private func propertiesFit(_ expression: Expression, _ row: Row, _ actual: (String) -> Value?) throws -> Bool {
        if case .map(let entries) = expression.kind {
            for (key, valueExpression) in entries {
                let value: Value
                switch valueExpression.kind {
                case .literal(let v): value = v
                case .parameter(let name) where parameters[name] != nil: value = parameters[name]!
                default: value = try evaluate(valueExpression, row)
                }
                guard let have = actual(key), ValueComparison.equals(have, value) == true else { return false }
            }
            return true
        }
        guard case .map(let wanted) = try evaluate(expression, row) else { return false }
        for (key, value) in wanted {
            guard let have = actual(key), ValueComparison.equals(have, value) == true else { return false }
        }
        return true
    }

    func relationshipFits(
        _ pattern: RelationshipPattern, _ id: RelationshipID, _ row: Row, typesChecked: Bool = false
    ) throws -> Bool {
        if !typesChecked && !pattern.types.isEmpty {
            let fits = inGraph { graph in
                let type = graph.typeID(of: id)
                return pattern.types.contains(where: { graph.typeID($0) == type })
            }
            guard fits else { return false }
        }
        if let properties = pattern.properties {
            return try propertiesFit(properties, row) { key in self.inGraph { $0.property(key, of: id) } }
        }
        return true
    }

    /// Relationships leaving `node` in `direction`, with the node at their other end; only
    /// those of `types` when it is given (type ids: see `typeFilter`). Reads the compact
    /// columns, never a whole relationship.
    private func adjacent(
        _ node: NodeID, _ direction: RelationshipPattern.Direction, types: [Int32]? = nil
    ) -> [(RelationshipID, NodeID)] {
        inGraph { graph in
            var result: [(RelationshipID, NodeID)] = []
            if direction != .incoming {
                for id in graph.outgoing(node) {
                    if let types, !types.contains(graph.typeID(of: id)) { continue }
                    result.append((id, graph.end(of: id)))
                }
            }
            if direction != .outgoing {
                for id in graph.incoming(node) {
                    if let types, !types.contains(graph.typeID(of: id)) { continue }
                    let start = graph.start(of: id)
                    // A self-loop was already listed as outgoing.
                    if direction == .both && start == graph.end(of: id) { continue }
                    result.append((id, start))
                }
            }
            return result
        }
    }

    /// The type ids a relationship pattern allows, nil for any type (types no relationship has are left out).
    func typeFilter(_ pattern: RelationshipPattern) -> [Int32]? {
        pattern.types.isEmpty ? nil : pattern.types.compactMap { graph.typeID($0) }
    }

    /// Relationship `index` of a part as matching walks it from its start: the node it leaves
    /// (bound already), the position of the node it reaches, and its direction seen that way.
    @inline(__always)
    func stepEnds(_ plan: PartPlan, _ index: Int, _ state: PartState) -> (from: NodeID, targetIndex: Int, direction: RelationshipPattern.Direction) {
        let forward = index >= plan.start
        let direction = plan.pattern.relationships[index].direction
        return ((forward ? state.nodes[index] : state.nodes[index + 1])!, forward ? index + 1 : index, forward ? direction : flipped(direction))
    }

    func flipped(_ d: RelationshipPattern.Direction) -> RelationshipPattern.Direction {
        switch d {
        case .outgoing: return .incoming
        case .incoming: return .outgoing
        case .both: return .both
        }
    }

    struct PartState {
        var row: Row
        var used: Set<RelationshipID>
        var nodes: [NodeID?]
        var segments: [[RelationshipID]]
        var tests: PartTests
        /// Under a DISTINCT that prunes (see `Executor+DistinctSuffix.swift`): per step of the
        /// matching order from `distinctFromStep` on, the nodes it has reached since the steps
        /// before it last bound something new.
        var reached: [Set<NodeID>] = []
    }

    /// A part's tests resolved once per part instead of per relationship visited: type ids
    /// (string lookups), label bits, which relationships need the uniqueness set, and which
    /// node variables may already be bound (only those are looked up in the row).
    struct PartTests {
        /// Per relationship pattern (see `typeFilter`).
        var types: [[Int32]?]
        var checksUsed: [Bool]
        /// Per node pattern: the bits of its labels, and its labels without a bit.
        var labelMasks: [UInt64]
        var slowLabels: [[String]]
        var mayBeBound: [Bool]
    }

    func partTests(_ plan: PartPlan, _ row: Row) -> PartTests {
        let pattern = plan.pattern
        var occurrences: [String: Int] = [:]
        for node in pattern.nodes { if let name = node.variable { occurrences[name, default: 0] += 1 } }
        var tests = PartTests(
            types: pattern.relationships.map(typeFilter),
            checksUsed: plan.checksUsed ?? Array(repeating: true, count: pattern.relationships.count),
            labelMasks: [], slowLabels: [], mayBeBound: [])
        inGraph { graph in
            for node in pattern.nodes {
                var mask: UInt64 = 0
                var slow: [String] = []
                for label in node.labels {
                    if let bit = graph.labelBit(label) { mask |= bit } else { slow.append(label) }
                }
                tests.labelMasks.append(mask)
                tests.slowLabels.append(slow)
                tests.mayBeBound.append(node.variable.map { row[$0] != nil || occurrences[$0, default: 0] > 1 } ?? false)
            }
        }
        return tests
    }

    private func matchPart(
        _ plan: PartPlan, _ row: Row, _ used: Set<RelationshipID>, _ emit: (Row, Set<RelationshipID>) throws -> Void
    ) throws {
        let pattern = plan.pattern
        if pattern.shortest != nil { return try matchShortest(plan, row, used, emit) }
        if let suffix = plan.counted, pattern.relationships.isEmpty {
            let weight = try countCandidates(plan, try startCandidates(plan, row), row, suffix)
            guard weight > 0 else { return }
            matchWeight = weight
            defer { matchWeight = 1 }
            return try emit(row, used)
        }
        let steps = Self.matchingOrder(plan)
        let counting = plan.counted == nil ? nil : countingContext(plan)
        let startPattern = pattern.nodes[plan.start]
        // One state for every candidate, changed in place and restored after each, so a
        // matched row costs no copy unless something keeps it.
        var state = PartState(
            row: row, used: used, nodes: Array(repeating: nil, count: pattern.nodes.count),
            segments: Array(repeating: [], count: pattern.relationships.count), tests: partTests(plan, row))
        if plan.distinctFromStep != nil { state.reached = Array(repeating: [], count: steps.count) }
        var candidates = try startCandidates(plan, row)
        if !plan.startFilters.isEmpty, candidates.count > 1 {
            candidates = try narrowedByStringTests(candidates, plan.startFilters, on: startPattern.variable)
        }
        if let counting, plan.counted?.fromStep == 0, steps.count == 1 { counting.startCandidates = candidates }
        for candidate in candidates {
            try checkpoint()
            guard try nodeFits(startPattern, candidate, row) else { continue }
            let previous = bind(startPattern.variable, .node(candidate), in: &state.row)
            state.nodes[plan.start] = candidate
            try extend(plan, steps, 0, &state, counting, emit)
            state.nodes[plan.start] = nil
            unbind(startPattern.variable, previous, in: &state.row)
        }
    }

    /// Sets `name` (when there is one) to `value` in `row`; returns what it was, for `unbind`.
    private func bind(_ name: String?, _ value: Value, in row: inout Row) -> Value?? {
        guard let name else { return nil }
        return .some(row.updateValue(value, forKey: name))
    }

    /// Undoes `bind`.
    private func unbind(_ name: String?, _ previous: Value??, in row: inout Row) {
        guard let name, case .some(let old) = previous else { return }
        if let old { row[name] = old } else { row.removeValue(forKey: name) }
    }

    private func extend(
        _ plan: PartPlan, _ steps: [Int], _ stepIndex: Int, _ state: inout PartState, _ counting: CountingContext?,
        _ emit: (Row, Set<RelationshipID>) throws -> Void
    ) throws {
        let pattern = plan.pattern
        if let suffix = plan.counted, stepIndex == suffix.fromStep, let counting {
            let weight = try countCompletions(plan, steps, stepIndex, &state, suffix, counting)
            guard weight > 0 else { return }
            matchWeight = weight
            defer { matchWeight = 1 }
            return try emit(state.row, state.used)
        }
        guard stepIndex < steps.count else {
            if let pathName = pattern.pathVariable {
                var row = state.row
                row[pathName] = .path(buildPath(start: state.nodes[0]!, segments: state.segments))
                return try emit(row, state.used)
            }
            return try emit(state.row, state.used)
        }
        let prunes = plan.distinctFromStep.map { stepIndex >= $0 } ?? false
        if stepIndex == plan.distinctFromStep {
            // The steps before bound something new: what the pruned steps reached no longer holds.
            for i in stepIndex..<steps.count where !state.reached[i].isEmpty { state.reached[i].removeAll(keepingCapacity: true) }
        }
        let index = steps[stepIndex]
        let forward = index >= plan.start
        let (from, targetIndex, direction) = stepEnds(plan, index, state)
        let target = pattern.nodes[targetIndex]
        let relationship = pattern.relationships[index]

        if relationship.range != nil, let name = relationship.variable, let bound = state.row[name] {
            // A list of relationships bound earlier: follow exactly that sequence.
            guard case .list(let items) = bound else { return }
            var ids: [RelationshipID] = []
            for item in items {
                guard case .relationship(let id) = item, graph.contains(id) else { return }
                ids.append(id)
            }
            let sequence = forward ? ids : ids.reversed()
            var node = from
            for id in sequence {
                guard !state.used.contains(id), try relationshipFits(relationship, id, state.row) else { return }
                let r = graph.relationship(id)
                switch direction {
                case .outgoing: guard r.start == node else { return }
                case .incoming: guard r.end == node else { return }
                case .both: guard r.start == node || r.end == node else { return }
                }
                node = r.otherEnd(from: node)
            }
            guard try nodeFits(target, node, state.row), state.nodes[targetIndex].map({ $0 == node }) ?? true else { return }
            var next = state
            next.segments[index] = ids
            next.used.formUnion(ids)
            next.nodes[targetIndex] = node
            if let name = target.variable { next.row[name] = .node(node) }
            return try extend(plan, steps, stepIndex + 1, &next, counting, emit)
        }
        if let range = relationship.range {
            let low = range.min ?? 1
            let high = range.max ?? Int.max
            var trail: [RelationshipID] = []
            var inTrail: Set<RelationshipID> = []
            let types = typeFilter(relationship)
            let state = state
            func walk(_ node: NodeID) throws {
                try checkpoint()
                if trail.count >= low {
                    if try nodeFits(target, node, state.row), state.nodes[targetIndex].map({ $0 == node }) ?? true {
                        var next = state
                        let ordered = forward ? trail : trail.reversed()
                        next.segments[index] = ordered
                        next.used.formUnion(trail)
                        next.nodes[targetIndex] = node
                        if let name = relationship.variable { next.row[name] = .list(ordered.map { .relationship($0) }) }
                        if let name = target.variable { next.row[name] = .node(node) }
                        try extend(plan, steps, stepIndex + 1, &next, counting, emit)
                    }
                }
                guard trail.count < high else { return }
                for (id, other) in adjacent(node, direction, types: types) {
                    guard !state.used.contains(id), !inTrail.contains(id),
                        try relationshipFits(relationship, id, state.row, typesChecked: true)
                    else { continue }
                    trail.append(id)
                    inTrail.insert(id)
                    try walk(other)
                    trail.removeLast()
                    inTrail.remove(id)
                }
            }
            if low <= high { try walk(from) }
            return
        }

        // What the part's tests resolved once (see `PartTests`): type ids, label bits, uniqueness.
        let tests = state.tests
        let types = tests.types[index]
        let checksUsed = tests.checksUsed[index]
        let mask = tests.labelMasks[targetIndex]
        let slowLabels = tests.slowLabels[targetIndex]
        let mayBeBound = tests.mayBeBound[targetIndex]
        // Pruned steps bind no variable nothing reads: their relationships', and their nodes' but the last.
        let relationshipVariable = prunes ? nil : relationship.variable
        let targetVariable = prunes && stepIndex < steps.count - 1 ? nil : target.variable
        func visit(_ id: RelationshipID, _ other: NodeID, _ state: inout PartState) throws {
            // Reached by this step before: every completion through it was matched then.
            if prunes, state.reached[stepIndex].contains(other) { return }
            if checksUsed, state.used.contains(id) { return }
            if let name = relationship.variable, let existing = state.row[name] {
                guard case .relationship(let bound) = existing, bound == id else { return }
            }
            if relationship.properties != nil {
                guard try relationshipFits(relationship, id, state.row, typesChecked: true) else { return }
            }
            let labelsFit = inGraph { graph in
                graph.labelBits(of: other) & mask == mask && slowLabels.allSatisfy { graph.hasLabel(other, $0) }
            }
            guard labelsFit else { return }
            if mayBeBound, let name = target.variable, let existing = state.row[name] {
                guard case .node(let bound) = existing, bound == other else { return }
            }
            if target.properties != nil {
                guard try nodeFits(target, other, state.row) else { return }
            }
            let previousTarget = state.nodes[targetIndex]
            if let previousTarget, previousTarget != other { return }
            if prunes { state.reached[stepIndex].insert(other) }
            // Changed in place and restored below (see `matchPart`); a path reads the segments.
            if checksUsed { state.used.insert(id) }
            if pattern.pathVariable != nil { state.segments[index] = [id] }
            state.nodes[targetIndex] = other
            let previousRelationship = bind(relationshipVariable, .relationship(id), in: &state.row)
            let previousNode = bind(targetVariable, .node(other), in: &state.row)
            try extend(plan, steps, stepIndex + 1, &state, counting, emit)
            unbind(targetVariable, previousNode, in: &state.row)
            unbind(relationshipVariable, previousRelationship, in: &state.row)
            state.nodes[targetIndex] = previousTarget
            if checksUsed { state.used.remove(id) }
        }
        // The relationship lists are slices of the graph's adjacency: read in place, no array per node.
        if direction != .incoming {
            for id in inGraph({ $0.outgoing(from) }) {
                let (type, end) = inGraph { ($0.typeID(of: id), $0.end(of: id)) }
                if let types, !types.contains(type) { continue }
                try visit(id, end, &state)
            }
        }
        if direction != .outgoing {
            for id in inGraph({ $0.incoming(from) }) {
                let (type, start, end) = inGraph { ($0.typeID(of: id), $0.start(of: id), $0.end(of: id)) }
                if let types, !types.contains(type) { continue }
                // A self-loop was already visited as outgoing.
                if direction == .both && start == end { continue }
                try visit(id, start, &state)
            }
        }
    }

    /// The path through `segments` in pattern order, starting at `start`.
    func buildPath(start: NodeID, segments: [[RelationshipID]]) -> Path {
        var nodes = [start]
        var relationships: [RelationshipID] = []
        var current = start
        for segment in segments {
            for id in segment {
                current = graph.relationship(id).otherEnd(from: current)
                nodes.append(current)
                relationships.append(id)
            }
        }
        return Path(nodes: nodes, relationships: relationships)
    }

    // MARK: Shortest paths

    /// `shortestPath` / `allShortestPaths`: breadth-first search from each start candidate.
    ///
    /// When the end node is known in advance (bound, or found by an index through an inline
    /// `{key: value}`), the search stops at the level where the last end is reached, and a
    /// `shortestPath` to one end is a bidirectional search that stops at the first meeting
    /// depth. Complexity: O(V + E) per start node at worst, plus the paths listed.
    private func matchShortest(
        _ plan: PartPlan, _ row: Row, _ used: Set<RelationshipID>, _ emit: (Row, Set<RelationshipID>) throws -> Void
    ) throws {
        let pattern = plan.pattern
        let relationship = pattern.relationships[0]
        let low = relationship.range?.min ?? 1
        let high = relationship.range?.max ?? (relationship.range == nil ? 1 : Int.max)
        let all = pattern.shortest == .all
        let types = typeFilter(relationship)
        for start in try startCandidates(plan, row) {
            guard try nodeFits(pattern.nodes[0], start, row) else { continue }
            var startRow = row
            if let name = pattern.nodes[0].variable { startRow[name] = .node(start) }
            func emitPath(_ end: NodeID, _ rels: [RelationshipID]) throws {
                var out = startRow
                if let name = pattern.nodes[1].variable { out[name] = .node(end) }
                if let name = relationship.variable { out[name] = .list(rels.map { .relationship($0) }) }
                if let name = pattern.pathVariable { out[name] = .path(buildPath(start: start, segments: [rels])) }
                try emit(out, used.union(rels))
            }
            var ends: Set<NodeID>?
            if let known = try knownEnds(pattern.nodes[1], startRow) {
                ends = Set(try known.filter { try nodeFits(pattern.nodes[1], $0, startRow) })
            }
            if let ends, ends.isEmpty { continue }
            if let ends, ends.count == 1, !all, low <= 1, let end = ends.first {
                if end == start {
                    if low == 0 { try emitPath(end, []) }
                    continue
                }
                if let rels = try bidirectionalPath(
                    from: start, to: end, relationship, types: types, high: high, used: used, startRow)
                {
                    try emitPath(end, rels)
                }
                continue
            }
            var depth: [NodeID: Int] = [start: 0]
            var predecessors: [NodeID: [(NodeID, RelationshipID)]] = [:]
            var frontier = [start]
            var level = 0
            var results: [(NodeID, Int)] = []
            var endsLeft = ends?.count ?? Int.max
            if low == 0, try nodeFits(pattern.nodes[1], start, startRow) {
                results.append((start, 0))
                if ends?.contains(start) == true { endsLeft -= 1 }
            }
            while !frontier.isEmpty && level < high && endsLeft > 0 {
                level += 1
                var next: [NodeID] = []
                for node in frontier {
                    try checkpoint()
                    for (id, other) in adjacent(node, relationship.direction, types: types) {
                        guard !used.contains(id), try relationshipFits(relationship, id, startRow, typesChecked: true)
                        else { continue }
                        if let d = depth[other] {
                            if d == level { predecessors[other, default: []].append((node, id)) }
                            continue
                        }
                        depth[other] = level
                        predecessors[other] = [(node, id)]
                        next.append(other)
                    }
                }
                if level >= low {
                    for node in next {
                        if let ends {
                            guard ends.contains(node) else { continue }
                            endsLeft -= 1
                        } else {
                            guard try nodeFits(pattern.nodes[1], node, startRow) else { continue }
                        }
                        results.append((node, level))
                    }
                }
                frontier = next
            }
            for (end, _) in results {
                var paths: [[RelationshipID]] = []
                func back(_ node: NodeID, _ suffix: [RelationshipID]) {
                    if node == start && (suffix.count > 0 || low == 0) && depth[node] == 0 {
                        paths.append(suffix)
                        return
                    }
                    for (previous, id) in predecessors[node] ?? [] {
                        if !all && !paths.isEmpty { return }
                        back(previous, [id] + suffix)
                    }
                }
                back(end, [])
                for rels in paths {
                    try emitPath(end, rels)
                    if !all { break }
                }
            }
        }
    }

    /// The nodes an end pattern can be, when that is known without a search: the node a
    /// variable is bound to, or those an index finds for an inline `{key: value}`; nil otherwise.
    private func knownEnds(_ pattern: NodePattern, _ row: Row) throws -> [NodeID]? {
        if let name = pattern.variable, let bound = row[name] {
            if case .node(let id) = bound { return [id] }
            return []
        }
        guard let properties = pattern.properties, case .map(let entries) = properties.kind else { return nil }
        for (key, expression) in entries {
            let value: Value
            switch expression.kind {
            case .literal(let v): value = v
            case .parameter(let p) where parameters[p] != nil: value = parameters[p]!
            default: continue
            }
            if key == "name", case .string(let name) = value { return graph.nodes(named: name) }
            if let found = graph.nodes(withProperty: key, equalTo: value) { return found }
        }
        return nil
    }

    /// One shortest path from `start` to `end` (different nodes) of at most `high` steps:
    /// breadth-first from both ends, one level at a time on the side with the smaller
    /// frontier, stopping at the first level where the two searches meet.
    private func bidirectionalPath(
        from start: NodeID, to end: NodeID, _ relationship: RelationshipPattern, types: [Int32]?, high: Int,
        used: Set<RelationshipID>, _ row: Row
    ) throws -> [RelationshipID]? {
        // Each side: the edge by which a node was reached (nil for its own root).
        var forwardParent: [NodeID: (NodeID, RelationshipID)?] = [start: nil]
        var backwardParent: [NodeID: (NodeID, RelationshipID)?] = [end: nil]
        var forwardFrontier = [start], backwardFrontier = [end]
        var forwardDepth = 0, backwardDepth = 0
        var meeting: NodeID?
        while meeting == nil && !forwardFrontier.isEmpty && !backwardFrontier.isEmpty
            && forwardDepth + backwardDepth < high
        {
            let forward = forwardFrontier.count <= backwardFrontier.count
            let direction = forward ? relationship.direction : flipped(relationship.direction)
            let frontier = forward ? forwardFrontier : backwardFrontier
            var next: [NodeID] = []
            levels: for node in frontier {
                try checkpoint()
                for (id, other) in adjacent(node, direction, types: types) {
                    guard !used.contains(id), try relationshipFits(relationship, id, row, typesChecked: true) else { continue }
                    if forward {
                        guard forwardParent[other] == nil else { continue }
                        forwardParent[other] = (node, id)
                        if backwardParent[other] != nil { meeting = other; break levels }
                    } else {
                        guard backwardParent[other] == nil else { continue }
                        backwardParent[other] = (node, id)
                        if forwardParent[other] != nil { meeting = other; break levels }
                    }
                    next.append(other)
                }
            }
            if forward {
                forwardFrontier = next
                forwardDepth += 1
            } else {
                backwardFrontier = next
                backwardDepth += 1
            }
        }
        guard let meeting else { return nil }
        var path: [RelationshipID] = []
        var node = meeting
        while case let (previous, id)?? = forwardParent[node] {
            path.append(id)
            node = previous
        }
        path.reverse()
        node = meeting
        while case let (following, id)?? = backwardParent[node] {
            path.append(id)
            node = following
        }
        return path
    }
}
