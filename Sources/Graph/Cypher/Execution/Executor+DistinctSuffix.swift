/// Expanding each node once under DISTINCT (a semi-join).
///
/// `MATCH (a:Agency)-[:LEADS]->(t:Task)-[:ABOUT]->(i:Industry {name: $x}) RETURN DISTINCT a.name`
/// starts at `i`, reaches tens of thousands of tasks and from them every agency many times
/// over; only the distinct agencies count. When a DISTINCT projection (streamed into right
/// after the MATCH) reads none of the variables of the last steps of the MATCH's last part
/// but the node the last step reaches, matching remembers, per row of the steps before those,
/// which nodes each of those steps has reached already: a node reached again by the same step
/// would lead to the same completions, which are all duplicates of rows matched before, so it is
/// skipped; at the last step, a node reached again would give a duplicate row, so it is skipped too.
/// The variables nothing reads are not bound in the row at all (a dictionary update less per step).
///
/// The rows that remain, and their order (each distinct row where it first appeared), are
/// exactly those DISTINCT keeps from the full expansion. What makes that hold, checked here:
/// the skipped steps' relationship and intermediate node variables are bound by this MATCH
/// alone, occur once in its patterns and are read by nothing (the WHERE, the projection, ORDER
/// BY, inline property maps); no other relationship pattern of the MATCH may match the same
/// relationship (no uniqueness check ties a completion to the path before it); the steps are of
/// fixed length; there is no path variable; nothing calls `rand()`. Completions then depend on
/// the rows before the steps and the node reached only, which is what the memory is keyed by.
/// The row limit counts only the rows matched, so the duplicates skipped are not counted.
extension Executor {
    /// `match` with its last part's `distinctFromStep` set, when `projection` (streamed into
    /// right after it) is a DISTINCT that reads nothing of the last steps but their last node;
    /// nil when that does not apply.
    func distinctMatch(_ match: MatchStep, into projection: Projection) -> MatchStep? {
        guard projection.distinct, !projection.star, let last = match.parts.last, last.counted == nil else { return nil }
        let pattern = last.pattern
        guard pattern.shortest == nil, pattern.pathVariable == nil, !pattern.relationships.isEmpty else { return nil }

        var expressions = projection.items.map(\.expression) + projection.orderBy.map(\.expression)
        expressions += [projection.predicate, projection.skip, projection.limit, match.predicate].compactMap { $0 }
        for part in match.parts { expressions += part.pattern.propertyExpressions }
        var calls: [Expression] = []
        for item in projection.items { Self.aggregateCalls(item.expression, into: &calls) }
        for sort in projection.orderBy { Self.aggregateCalls(sort.expression, into: &calls) }
        guard calls.isEmpty, !expressions.contains(where: Self.callsRand) else { return nil }
        let read = expressions.reduce(into: Set<String>()) { $0.formUnion($1.variables) }

        let unread = Self.boundOnceAndUnread(in: match, read: read)

        // The longest run of steps at the end of the matching order that can be pruned.
        let checksUsed = Planner.uniquenessChecks(match.parts.map(\.pattern)).last!
        let order = Self.matchingOrder(last)
        var fromStep = order.count
        while fromStep > 0 {
            let index = order[fromStep - 1]
            let relationship = pattern.relationships[index]
            let target = pattern.nodes[index >= last.start ? index + 1 : index]
            let isLast = fromStep == order.count
            guard relationship.range == nil, !checksUsed[index], unread(relationship.variable),
                isLast || unread(target.variable)
            else { break }
            fromStep -= 1
        }
        guard fromStep < order.count else { return nil }
        var result = match
        result.parts[result.parts.count - 1].distinctFromStep = fromStep
        return result
    }

    /// True when `e` calls `rand()` anywhere: its value changes per row, so no two rows are duplicates.
    private static func callsRand(_ e: Expression) -> Bool {
        if case .function(let name, _, _) = e.kind, name.lowercased() == "rand" { return true }
        return e.children.contains(where: callsRand)
    }
}
