/// `WITH` and `RETURN`: projection, grouping with aggregates, DISTINCT,
/// ORDER BY, SKIP, LIMIT and `WITH … WHERE`, in that order.
extension Executor {
    /// One output row and what ORDER BY may still see.
    private struct Projected {
        var row: Row
        /// The variables before the projection (nothing after DISTINCT merges rows).
        var source: Row
        var aggregates: [Int: Value]
    }

    func runProjection(_ projection: Projection, inScope: [String], _ rows: [Row]) throws -> (columns: [String], rows: [Row]) {
        try runProjection(projection, inScope: inScope) { feed in
            for row in rows { try feed(row, 1) }
        }
    }

    /// The projection of the rows that `produce` hands to its argument one at a time (a
    /// MATCH streams its rows here): only rows that survive DISTINCT, and per group only
    /// the first row and the counts, are kept while the rows arrive.
    ///
    /// Each row comes with a weight: how many matched rows it stands for (see
    /// `Executor+Counting.swift`); it is 1 unless the projection only counts, and `counted`
    /// names the variables such a row leaves unbound because only `count` reads them.
    func runProjection(
        _ projection: Projection, inScope: [String], counted: Set<String> = [],
        producing produce: ((Row, Int) throws -> Void) throws -> Void
    ) throws -> (columns: [String], rows: [Row]) {
        var items = projection.items
        if projection.star {
            let starred = inScope.filter { name in !projection.items.contains { $0.name == name } }
            items = starred.map { name in
                ProjectionItem(expression: Expression(.variable(name), offset: projection.offset, length: 0), alias: nil, name: name)
            } + items
        }
        let columns = items.map(\.name)
        var aggregateCalls: [Expression] = []
        for item in items { Self.aggregateCalls(item.expression, into: &aggregateCalls) }
        let itemAggregateCount = aggregateCalls.count
        for sort in projection.orderBy { Self.aggregateCalls(sort.expression, into: &aggregateCalls) }

        var skip = 0, limit: Int?
        if let e = projection.skip { skip = try count(e, "SKIP") }
        if let e = projection.limit { limit = try count(e, "LIMIT") }
        var output: [Projected] = []
        if itemAggregateCount == 0 {
            // Without ORDER BY or DISTINCT, rows past SKIP + LIMIT are never projected.
            let keep = projection.orderBy.isEmpty && !projection.distinct ? limit.map { skip.addingReportingOverflow($0) } : nil
            let cap = keep.map { $0.overflow ? Int.max : $0.partialValue } ?? Int.max
            var seen: Set<[EquivalenceKey]> = []
            var values: [Value] = []
            values.reserveCapacity(items.count)
            // `DISTINCT n.a, n.b`: a node (or relationship) seen before gives the same values again.
            let element = projection.distinct ? Self.onlyElementRead(items) : nil
            var seenElements: Set<Int> = []
            try produce { row, _ in
                guard output.count < cap else { return }
                try self.checkpoint()
                if let element {
                    switch row[element] {
                    case .node(let id)?: if !seenElements.insert(id.rawValue << 1).inserted { return }
                    case .relationship(let id)?: if !seenElements.insert(id.rawValue << 1 | 1).inserted { return }
                    default: break
                    }
                }
                values.removeAll(keepingCapacity: true)
                for item in items { values.append(try self.evaluate(item.expression, row)) }
                if projection.distinct, !seen.insert(values.map(EquivalenceKey.init)).inserted { return }
                var projected: Row = [:]
                for (item, value) in zip(items, values) { projected[item.name] = value }
                output.append(Projected(row: projected, source: row, aggregates: [:]))
            }
        } else {
            output = try group(items, aggregateCalls, counted, produce)
            if projection.distinct {
                var seen: Set<[EquivalenceKey]> = []
                output = try output.filter { entry in
                    try checkpoint()
                    return seen.insert(columns.map { EquivalenceKey(entry.row[$0] ?? .null) }).inserted
                }
            }
        }

        if !projection.orderBy.isEmpty {
            // A sort key that is a projected item is read from the row; others are evaluated
            // with the row's variables over those before the projection.
            let sortItems = projection.orderBy.map { sort in
                items.first { $0.expression.canonical == sort.expression.canonical }?.name
            }
            let needsEnvironment = sortItems.contains(nil)
            var keyed: [(keys: [Value], entry: Projected)] = []
            keyed.reserveCapacity(output.count)
            for entry in output {
                try checkpoint()
                var environment: Row = [:]
                if needsEnvironment {
                    environment = entry.source
                    for (name, value) in entry.row { environment[name] = value }
                    aggregateValues = entry.aggregates
                }
                var keys: [Value] = []
                keys.reserveCapacity(sortItems.count)
                for (sort, name) in zip(projection.orderBy, sortItems) {
                    if let name {
                        keys.append(entry.row[name] ?? .null)
                    } else {
                        keys.append(try evaluate(sort.expression, environment))
                    }
                }
                keyed.append((keys, entry))
            }
            aggregateValues = [:]
            let orders = projection.orderBy.map(\.ascending)
            // Ties keep the incoming order (a stable sort).
            func before(_ a: (offset: Int, element: (keys: [Value], entry: Projected)),
                        _ b: (offset: Int, element: (keys: [Value], entry: Projected))) -> Bool {
                for (i, ascending) in orders.enumerated() {
                    let c = ValueComparison.order(a.element.keys[i], b.element.keys[i])
                    if c != 0 { return ascending ? c < 0 : c > 0 }
                }
                return a.offset < b.offset
            }
            // The time limit and Ctrl-C reach the sort through its comparisons (and topK's loop).
            currentClause = "ORDER BY"
            if let limit, limit <= Self.topKLimit, skip <= Self.topKLimit, skip + limit < keyed.count {
                output = try topK(Array(keyed.enumerated()), skip + limit, by: before).map(\.element.entry)
            } else {
                output = try InterruptibleSort.sorted(Array(keyed.enumerated())) { a, b in
                    try checkpoint()
                    return before(a, b)
                }.map(\.element.entry)
            }
        }

        if skip > 0 { output = Array(output.dropFirst(skip)) }
        if let limit { output = Array(output.prefix(limit)) }
        if let predicate = projection.predicate {
            output = try output.filter { entry in
                var environment = entry.source
                for (name, value) in entry.row { environment[name] = value }
                return try evaluate(predicate, environment) == .bool(true)
            }
        }
        let result = output.map(\.row)
        try checkRowCount(result.count)
        return (columns, result)
    }

    /// The one variable every item reads, when each item is that variable or one of its
    /// properties (so the values are fixed by the element it is bound to); nil otherwise.
    private static func onlyElementRead(_ items: [ProjectionItem]) -> String? {
        var name: String?
        for item in items {
            let variable: String
            switch item.expression.kind {
            case .variable(let v): variable = v
            case .property(let base, _):
                guard case .variable(let v) = base.kind else { return nil }
                variable = v
            default: return nil
            }
            guard name == nil || name == variable else { return nil }
            name = variable
        }
        return name
    }

    /// The largest `SKIP` and `LIMIT` for which the first rows are kept in a sorted buffer instead of sorting every row.
    private static let topKLimit = 4096

    /// The first `k` of `elements` in the order `before` (a strict total order), without
    /// sorting them all: a sorted buffer of at most `k`, each element placed by binary search.
    /// O(n log k) comparisons when most elements fall outside the first `k`.
    private func topK<T>(_ elements: [T], _ k: Int, by before: (T, T) -> Bool) throws -> [T] {
        var best: [T] = []
        best.reserveCapacity(k + 1)
        for element in elements {
            try checkpoint()
            if best.count == k, let last = best.last, !before(element, last) { continue }
            best.insert(element, at: best.partitioningIndex { before(element, $0) })
            if best.count > k { best.removeLast() }
        }
        return best
    }

    private func group(
        _ items: [ProjectionItem], _ calls: [Expression], _ counted: Set<String>,
        _ produce: ((Row, Int) throws -> Void) throws -> Void
    ) throws -> [Projected] {
        var keyItems: [ProjectionItem] = []
        for item in items {
            var inner: [Expression] = []
            Self.aggregateCalls(item.expression, into: &inner)
            if inner.isEmpty { keyItems.append(item) }
        }
        // Plain counts (`count(*)`, `count(x)`) are counted as rows arrive; other
        // aggregates need the group's rows.
        let countsOnly = calls.allSatisfy(Self.isPlainCountCall)
        var groups: [Group] = []
        var groupIndex: [[EquivalenceKey]: Int] = [:]
        var keyValues: [Value] = []
        keyValues.reserveCapacity(keyItems.count)
        try produce { row, weight in
            try self.checkpoint()
            keyValues.removeAll(keepingCapacity: true)
            for item in keyItems { keyValues.append(try self.evaluate(item.expression, row)) }
            let key = keyValues.map(EquivalenceKey.init)
            let index: Int
            if let known = groupIndex[key] {
                index = known
            } else {
                index = groups.count
                groupIndex[key] = index
                var keys: Row = [:]
                for (item, value) in zip(keyItems, keyValues) { keys[item.name] = value }
                groups.append(Group(keys: keys, first: row, counts: Array(repeating: 0, count: calls.count)))
            }
            if countsOnly {
                for (i, call) in calls.enumerated() {
                    if case .function(_, _, let arguments) = call.kind {
                        // A counted variable is unbound in the row: the weight says how many it stands for.
                        if case .variable(let name) = arguments[0].kind, row[name] == nil, counted.contains(name) {
                            groups[index].counts[i] += weight
                            continue
                        }
                        if try self.evaluate(arguments[0], row).isNull { continue }
                    }
                    groups[index].counts[i] += weight
                }
            } else {
                groups[index].rows.append(row)
            }
        }
        if keyItems.isEmpty && groups.isEmpty {
            groups.append(Group(keys: [:], first: nil, counts: Array(repeating: 0, count: calls.count)))
        }
        var output: [Projected] = []
        for group in groups {
            var aggregates: [Int: Value] = [:]
            for (i, call) in calls.enumerated() where aggregates[call.offset] == nil {
                aggregates[call.offset] = countsOnly ? .int(group.counts[i]) : try aggregate(call, group.rows)
            }
            aggregateValues = aggregates
            let representative = group.first ?? [:]
            var projected = group.keys
            for item in items where projected[item.name] == nil || group.keys[item.name] == nil {
                projected[item.name] = try evaluate(item.expression, representative)
            }
            aggregateValues = [:]
            output.append(Projected(row: projected, source: representative, aggregates: aggregates))
        }
        return output
    }

    /// One group while grouping: its key values, its first row, and its rows or counts.
    private struct Group {
        var keys: Row
        var first: Row?
        var counts: [Int]
        var rows: [Row] = []
    }

    private func aggregate(_ call: Expression, _ rows: [Row]) throws -> Value {
        if case .countStar = call.kind { return .int(rows.count) }
        guard case .function(let rawName, let distinct, let arguments) = call.kind else { return .null }
        let name = rawName.lowercased()
        var values: [Value] = []
        var parameter: Value?
        for row in rows {
            try checkpoint()
            values.append(try evaluate(arguments[0], row))
            if arguments.count > 1, parameter == nil { parameter = try evaluate(arguments[1], row) }
        }
        if arguments.count > 1, parameter == nil { parameter = try evaluate(arguments[1], [:]) }
        if distinct {
            var seen: Set<EquivalenceKey> = []
            values = values.filter { $0.isNull || seen.insert(EquivalenceKey($0)).inserted }
        }
        return try Aggregation.compute(name, values, parameter: parameter, at: call, checkpoint: checkpoint)
    }

    /// The value of SKIP or LIMIT: a non-negative integer.
    private func count(_ e: Expression, _ clause: String) throws -> Int {
        let value = try evaluate(e, [:])
        switch value {
        case .int(let n):
            guard n >= 0 else {
                throw QueryError.runtime("SyntaxError", "NegativeIntegerArgument", "\(clause) cannot be negative (\(n))", at: e.offset)
            }
            return n
        default:
            throw QueryError.runtime(
                "SyntaxError", "InvalidArgumentType", "\(clause) needs a non-negative integer, not a \(value.typeName)", at: e.offset)
        }
    }
}
