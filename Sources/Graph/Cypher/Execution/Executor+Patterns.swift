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
        for row in rows {
            if let cap = match.rowCap, result.count >= cap { break }
            var found = false
            do {
                try matchParts(match.parts, 0, row, []) { matched in
                    if let predicate = match.predicate {
                        guard try self.evaluate(predicate, matched) == .bool(true) else { return }
                    }
                    found = true
                    result.append(matched)
                    try self.checkRowCount(result.count)
                    if let cap = match.rowCap, result.count >= cap { throw StopMatching() }
                }
            } catch is StopMatching {}
            if !found && match.optional {
                var empty = row
                for name in match.newVariables { empty[name] = .null }
                result.append(empty)
            }
        }
        return result
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
        case .labelScan(let label):
            return graph.nodes(withLabel: label)
        case .allNodes:
            return (0..<graph.nodeCount).map(NodeID.init)
        }
    }

    /// Does node `id` fit the node pattern, given what `row` has bound?
    func nodeFits(_ pattern: NodePattern, _ id: NodeID, _ row: Row) throws -> Bool {
        guard graph.contains(id) else { return false }
        if let name = pattern.variable, let existing = row[name] {
            guard case .node(let other) = existing, other == id else { return false }
        }
        let node = graph.node(id)
        for label in pattern.labels where !node.labels.contains(label) { return false }
        if let properties = pattern.properties {
            return try propertiesFit(properties, node.properties, row)
        }
        return true
    }

    private func propertiesFit(_ expression: Expression, _ actual: [String: Value], _ row: Row) throws -> Bool {
        guard case .map(let wanted) = try evaluate(expression, row) else { return false }
        for (key, value) in wanted {
            guard let have = actual[key], ValueComparison.equals(have, value) == true else { return false }
        }
        return true
    }

    private func relationshipFits(_ pattern: RelationshipPattern, _ id: RelationshipID, _ row: Row) throws -> Bool {
        let relationship = graph.relationship(id)
        if !pattern.types.isEmpty && !pattern.types.contains(relationship.type) { return false }
        if let properties = pattern.properties {
            return try propertiesFit(properties, relationship.properties, row)
        }
        return true
    }

    /// Relationships leaving `node` in `direction`, with the node at their other end.
    private func adjacent(_ node: NodeID, _ direction: RelationshipPattern.Direction) -> [(RelationshipID, NodeID)] {
        var result: [(RelationshipID, NodeID)] = []
        if direction != .incoming {
            for id in graph.outgoing(node) { result.append((id, graph.relationship(id).end)) }
        }
        if direction != .outgoing {
            for id in graph.incoming(node) {
                let r = graph.relationship(id)
                // A self-loop was already listed as outgoing.
                if direction == .both && r.start == r.end { continue }
                result.append((id, r.start))
            }
        }
        return result
    }

    private func flipped(_ d: RelationshipPattern.Direction) -> RelationshipPattern.Direction {
        switch d {
        case .outgoing: return .incoming
        case .incoming: return .outgoing
        case .both: return .both
        }
    }

    private struct PartState {
        var row: Row
        var used: Set<RelationshipID>
        var nodes: [NodeID?]
        var segments: [[RelationshipID]]
    }

    private func matchPart(
        _ plan: PartPlan, _ row: Row, _ used: Set<RelationshipID>, _ emit: (Row, Set<RelationshipID>) throws -> Void
    ) throws {
        let pattern = plan.pattern
        if pattern.shortest != nil { return try matchShortest(plan, row, used, emit) }
        let steps = Array(plan.start..<pattern.relationships.count) + Array((0..<plan.start).reversed())
        for candidate in try startCandidates(plan, row) {
            try checkpoint()
            let startPattern = pattern.nodes[plan.start]
            guard try nodeFits(startPattern, candidate, row) else { continue }
            var state = PartState(
                row: row, used: used, nodes: Array(repeating: nil, count: pattern.nodes.count),
                segments: Array(repeating: [], count: pattern.relationships.count))
            if let name = startPattern.variable { state.row[name] = .node(candidate) }
            state.nodes[plan.start] = candidate
            try extend(plan, steps, 0, state, emit)
        }
    }

    private func extend(
        _ plan: PartPlan, _ steps: [Int], _ stepIndex: Int, _ state: PartState,
        _ emit: (Row, Set<RelationshipID>) throws -> Void
    ) throws {
        let pattern = plan.pattern
        guard stepIndex < steps.count else {
            var row = state.row
            if let pathName = pattern.pathVariable {
                row[pathName] = .path(buildPath(start: state.nodes[0]!, segments: state.segments))
            }
            return try emit(row, state.used)
        }
        let index = steps[stepIndex]
        let forward = index >= plan.start
        let from = (forward ? state.nodes[index] : state.nodes[index + 1])!
        let targetIndex = forward ? index + 1 : index
        let target = pattern.nodes[targetIndex]
        let relationship = pattern.relationships[index]
        let direction = forward ? relationship.direction : flipped(relationship.direction)

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
            return try extend(plan, steps, stepIndex + 1, next, emit)
        }
        if let range = relationship.range {
            let low = range.min ?? 1
            let high = range.max ?? Int.max
            var trail: [RelationshipID] = []
            var inTrail: Set<RelationshipID> = []
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
                        try extend(plan, steps, stepIndex + 1, next, emit)
                    }
                }
                guard trail.count < high else { return }
                for (id, other) in adjacent(node, direction) {
                    guard !state.used.contains(id), !inTrail.contains(id), try relationshipFits(relationship, id, state.row)
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

        for (id, other) in adjacent(from, direction) {
            guard !state.used.contains(id) else { continue }
            if let name = relationship.variable, let existing = state.row[name] {
                guard case .relationship(let bound) = existing, bound == id else { continue }
            }
            guard try relationshipFits(relationship, id, state.row) else { continue }
            guard try nodeFits(target, other, state.row) else { continue }
            if let already = state.nodes[targetIndex], already != other { continue }
            var next = state
            next.used.insert(id)
            next.segments[index] = [id]
            next.nodes[targetIndex] = other
            if let name = relationship.variable { next.row[name] = .relationship(id) }
            if let name = target.variable { next.row[name] = .node(other) }
            try extend(plan, steps, stepIndex + 1, next, emit)
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
    /// Complexity: O(V + E) per start node for the search, plus the paths listed.
    private func matchShortest(
        _ plan: PartPlan, _ row: Row, _ used: Set<RelationshipID>, _ emit: (Row, Set<RelationshipID>) throws -> Void
    ) throws {
        let pattern = plan.pattern
        let relationship = pattern.relationships[0]
        let low = relationship.range?.min ?? 1
        let high = relationship.range?.max ?? (relationship.range == nil ? 1 : Int.max)
        let all = pattern.shortest == .all
        for start in try startCandidates(plan, row) {
            guard try nodeFits(pattern.nodes[0], start, row) else { continue }
            var startRow = row
            if let name = pattern.nodes[0].variable { startRow[name] = .node(start) }
            var depth: [NodeID: Int] = [start: 0]
            var predecessors: [NodeID: [(NodeID, RelationshipID)]] = [:]
            var frontier = [start]
            var level = 0
            var results: [(NodeID, Int)] = []
            if low == 0, try nodeFits(pattern.nodes[1], start, startRow) { results.append((start, 0)) }
            while !frontier.isEmpty && level < high {
                level += 1
                var next: [NodeID] = []
                for node in frontier {
                    try checkpoint()
                    for (id, other) in adjacent(node, relationship.direction) {
                        guard !used.contains(id), try relationshipFits(relationship, id, startRow) else { continue }
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
                    for node in next where try nodeFits(pattern.nodes[1], node, startRow) { results.append((node, level)) }
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
                    var out = startRow
                    if let name = pattern.nodes[1].variable { out[name] = .node(end) }
                    if let name = relationship.variable { out[name] = .list(rels.map { .relationship($0) }) }
                    if let name = pattern.pathVariable { out[name] = .path(buildPath(start: start, segments: [rels])) }
                    try emit(out, used.union(rels))
                    if !all { break }
                }
            }
        }
    }
}
