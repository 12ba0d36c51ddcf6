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
        var items = projection.items
        if projection.star {
            let starred = inScope.filter { name in !projection.items.contains { $0.name == name } }
            items = starred.map { name in
                ProjectionItem(expression: Expression(.variable(name), offset: projection.offset, length: 0), alias: nil, name: name)
            } + items
        }
        let columns = items.map(\.name)
        var aggregateCalls: [Expression] = []
        for item in items { collectAggregates(item.expression, into: &aggregateCalls) }
        let itemAggregateCount = aggregateCalls.count
        for sort in projection.orderBy { collectAggregates(sort.expression, into: &aggregateCalls) }

        var output: [Projected] = []
        if itemAggregateCount == 0 {
            for row in rows {
                try checkpoint()
                var projected: Row = [:]
                for item in items { projected[item.name] = try evaluate(item.expression, row) }
                output.append(Projected(row: projected, source: row, aggregates: [:]))
            }
        } else {
            output = try group(items, aggregateCalls, rows)
        }

        if projection.distinct {
            var seen: Set<[EquivalenceKey]> = []
            var unique: [Projected] = []
            for entry in output {
                try checkpoint()
                let key = columns.map { EquivalenceKey(entry.row[$0] ?? .null) }
                if seen.insert(key).inserted { unique.append(entry) }
            }
            output = unique
        }

        if !projection.orderBy.isEmpty {
            var keyed: [(keys: [Value], entry: Projected)] = []
            for entry in output {
                try checkpoint()
                var environment = entry.source
                for (name, value) in entry.row { environment[name] = value }
                aggregateValues = entry.aggregates
                var keys: [Value] = []
                for sort in projection.orderBy {
                    if let item = items.first(where: { $0.expression.canonical == sort.expression.canonical }) {
                        keys.append(entry.row[item.name] ?? .null)
                    } else {
                        keys.append(try evaluate(sort.expression, environment))
                    }
                }
                keyed.append((keys, entry))
            }
            aggregateValues = [:]
            let orders = projection.orderBy.map(\.ascending)
            // A stable sort keeps the incoming order among equal keys; the time
            // limit and Ctrl-C reach it through the comparisons.
            currentClause = "ORDER BY"
            keyed = try InterruptibleSort.sorted(keyed) { a, b in
                try checkpoint()
                for (i, ascending) in orders.enumerated() {
                    let c = ValueComparison.order(a.keys[i], b.keys[i])
                    if c != 0 { return ascending ? c < 0 : c > 0 }
                }
                return false
            }
            output = keyed.map(\.entry)
        }

        if let skip = projection.skip {
            let n = try count(skip, "SKIP")
            output = Array(output.dropFirst(n))
        }
        if let limit = projection.limit {
            let n = try count(limit, "LIMIT")
            output = Array(output.prefix(n))
        }
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

    /// The aggregate calls in `e`, not looking inside their arguments.
    private func collectAggregates(_ e: Expression, into calls: inout [Expression]) {
        switch e.kind {
        case .countStar:
            calls.append(e)
            return
        case .function(let name, _, _) where FunctionCatalog.aggregates.contains(name.lowercased()):
            calls.append(e)
            return
        default:
            for child in e.children { collectAggregates(child, into: &calls) }
        }
    }

    private func group(_ items: [ProjectionItem], _ calls: [Expression], _ rows: [Row]) throws -> [Projected] {
        var keyItems: [ProjectionItem] = []
        for item in items {
            var inner: [Expression] = []
            collectAggregates(item.expression, into: &inner)
            if inner.isEmpty { keyItems.append(item) }
        }
        // Plain counts (`count(*)`, `count(x)`) are counted as rows arrive; other
        // aggregates need the group's rows.
        let countsOnly = calls.allSatisfy(Self.isPlainCount)
        var order: [[EquivalenceKey]] = []
        var groups: [[EquivalenceKey]: Group] = [:]
        for row in rows {
            try checkpoint()
            var keyValues: Row = [:]
            for item in keyItems { keyValues[item.name] = try evaluate(item.expression, row) }
            let key = keyItems.map { EquivalenceKey(keyValues[$0.name] ?? .null) }
            if groups[key] == nil {
                order.append(key)
                groups[key] = Group(keys: keyValues, first: row, counts: Array(repeating: 0, count: calls.count))
            }
            if countsOnly {
                for (i, call) in calls.enumerated() {
                    if case .function(_, _, let arguments) = call.kind, try evaluate(arguments[0], row).isNull { continue }
                    groups[key]!.counts[i] += 1
                }
            } else {
                groups[key]!.rows.append(row)
            }
        }
        if keyItems.isEmpty && order.isEmpty {
            order.append([])
            groups[[]] = Group(keys: [:], first: nil, counts: Array(repeating: 0, count: calls.count))
        }
        var output: [Projected] = []
        for key in order {
            let group = groups[key]!
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

    /// `count(*)` or `count(x)` without DISTINCT.
    private static func isPlainCount(_ call: Expression) -> Bool {
        switch call.kind {
        case .countStar: return true
        case .function(let name, let distinct, let arguments):
            return !distinct && arguments.count == 1 && name.lowercased() == "count"
        default: return false
        }
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
