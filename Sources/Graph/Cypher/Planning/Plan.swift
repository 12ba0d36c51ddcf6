/// What the executor runs: the clauses in order, with each pattern's starting point chosen.
struct Plan {
    var steps: [PlanStep]
    /// True when the query ends in RETURN (otherwise it returns no columns).
    var returnsRows: Bool
    /// Plans for patterns inside expressions (predicates and comprehensions), by the expression's offset.
    var patternPlans: [Int: PartPlan] = [:]
    /// The variables bound after the last step (the columns, after RETURN).
    var boundAtEnd: Set<String> = []
}

enum PlanStep {
    case match(MatchStep)
    case unwind(UnwindClause)
    /// `inScope`: the variables before the projection, sorted, for `*`.
    case project(Projection, isReturn: Bool, inScope: [String])
    case create(CreateClause)
    case merge(MergeStep)
    case set([SetItem])
    case remove(RemoveClause)
    case delete(DeleteClause)
    case call(CallClause)
    /// `FOREACH`: the variable, the list, and the plan of the updates run for each element.
    case foreach(variable: String, list: Expression, steps: [PlanStep])
    /// `CALL { … }`; see `Executor+Subqueries.swift`.
    case subquery(SubqueryStep)
}

/// `MERGE`: match the pattern; for a row with no match, create it.
struct MergeStep {
    var match: MatchStep
    var create: CreateClause
    var onCreate: [SetItem]
    var onMatch: [SetItem]
    var offset: Int
}

struct MatchStep {
    var optional: Bool
    var parts: [PartPlan]
    var predicate: Expression?
    /// Variables this MATCH introduces: set to null when an OPTIONAL MATCH finds nothing.
    var newVariables: [String]
    /// When the next clause only keeps the first rows (`RETURN … LIMIT n` with no ORDER BY,
    /// DISTINCT or aggregation), matching stops after this many rows.
    var rowCap: Int? = nil
}

/// One pattern part and the node where matching starts.
struct PartPlan {
    var pattern: PatternPart
    /// Index into `pattern.nodes`.
    var start: Int
    var access: NodeAccess
    /// Estimated number of start candidates, for EXPLAIN.
    var estimate: Int
    /// Set by the executor when the rest of this part is only counted (see `Executor+Counting.swift`).
    var counted: CountedSuffix? = nil
    /// Set by the executor when a DISTINCT projection reads none of the variables of this part's
    /// steps from this index of the matching order on, but the last node's: each node those steps
    /// reach is expanded once per row of the steps before (see `Executor+DistinctSuffix.swift`).
    var distinctFromStep: Int? = nil
    /// Conditions of the MATCH's WHERE (joined to the rest by AND) of the form `v.key CONTAINS|
    /// STARTS WITH|ENDS WITH x` on the start node `v`: the start candidates are narrowed by them
    /// from the string column before matching (see `Executor+StringScan.swift`); the WHERE is
    /// still evaluated for every row.
    var startFilters: [Expression] = []
    /// Per relationship pattern, whether matching must check and record the relationships used
    /// so far for it (see `Planner.uniquenessChecks`); nil checks every one.
    var checksUsed: [Bool]? = nil
}

/// The last steps of a pattern part whose nodes and relationships only a plain `count` reads:
/// they are counted per row of the steps before, never bound.
struct CountedSuffix {
    /// The first counted step, as an index into the part's matching order.
    var fromStep: Int
    /// The variables of the counted nodes and relationships.
    var variables: Set<String>
    /// Per relationship of the pattern: true when another relationship pattern of the MATCH
    /// may match the same relationship, so uniqueness must be checked while counting.
    var checksUsed: [Bool]
    /// For a part of one node only (`MATCH (n:L) WHERE … RETURN count(n)`): the MATCH's WHERE,
    /// tested per candidate while counting (the MATCH itself then has none).
    var filter: Expression? = nil
}

/// How the start node's candidates are found.
enum NodeAccess {
    /// The variable is already bound: one candidate.
    case bound(String)
    /// The name index (names and aliases), for an inline `{name: …}`; the value is filtered again after.
    case nameIndex(Expression)
    /// The equality index on a property, for an inline `{key: …}` or a `WHERE v.key = …`;
    /// the value is filtered again after. When the value cannot be looked up (a list, NaN),
    /// the label index for `fallbackLabel` (or all nodes) is scanned instead.
    case propertyIndex(key: String, value: Expression, fallbackLabel: String?)
    /// The label index.
    case labelScan(String)
    /// Every node.
    case allNodes
}

extension Plan {
    /// True when a step changes the graph.
    var updates: Bool {
        steps.contains { step in
            switch step {
            case .create, .merge, .set, .remove, .delete, .foreach: return true
            case .match, .unwind, .project, .call: return false
            case .subquery(let subquery): return subquery.branches.contains { Plan(steps: $0, returnsRows: false).updates }
            }
        }
    }
}
