/// A `CALL { … }` as the executor runs it: one plan per UNION branch.
struct SubqueryStep {
    var imports: SubqueryClause.Imports
    /// The steps of each branch, in order.
    var branches: [[PlanStep]]
    /// For each branch, true when it starts with WITH (which reads the outer row under `.leadingWith`).
    var startsWithWith: [Bool]
    /// `UNION` (not `UNION ALL`) between the branches: each row of the subquery once.
    var distinct: Bool
    /// True when the subquery ends in RETURN; otherwise it is run for its updates only.
    var returnsRows: Bool
    /// The names the subquery returns (empty for a unit subquery).
    var returned: Set<String>
    var offset: Int
}

extension Planner {
    /// Plans each branch of `subquery` with the variables it sees bound, so an imported
    /// variable starts a pattern as `bound` rather than by a scan.
    func planSubquery(
        _ subquery: SubqueryClause, bound: Set<String>, patternPlans: inout [Int: PartPlan]
    ) -> SubqueryStep {
        var branches: [[PlanStep]] = []
        var startsWithWith: [Bool] = []
        var returned: Set<String> = []
        for (number, clauses) in subquery.branches.enumerated() {
            var leadingWith = false
            if case .with? = clauses.first { leadingWith = true }
            let visible: Set<String>
            switch subquery.imports {
            case .leadingWith: visible = leadingWith ? bound : []
            case .names(let names): visible = Set(names)
            case .all: visible = bound
            }
            let inner = plan(Query(clauses: clauses, explain: false), bound: visible)
            patternPlans.merge(inner.patternPlans) { first, _ in first }
            branches.append(inner.steps)
            startsWithWith.append(leadingWith)
            if number == 0, subquery.returnsRows { returned = inner.boundAtEnd }
        }
        return SubqueryStep(
            imports: subquery.imports, branches: branches, startsWithWith: startsWithWith,
            distinct: !(subquery.unions.first?.all ?? true), returnsRows: subquery.returnsRows, returned: returned,
            offset: subquery.offset)
    }
}

extension SubqueryStep {
    /// The first line of the subquery in EXPLAIN.
    var explanationHeading: String {
        let what: String
        switch imports {
        case .all: what = "CALL (*) { … }"
        case .names(let names): what = "CALL (\(names.joined(separator: ", "))) { … }"
        case .leadingWith: what = "CALL { … }"
        }
        let effect = returnsRows
            ? "once per row, adding \(returned.sorted().joined(separator: ", "))"
            : "once per row, for its updates"
        return what + " " + effect
    }
}
