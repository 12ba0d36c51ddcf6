import Foundation

/// One row of bindings between clauses: variable name to value.
typealias Row = [String: Value]

/// Runs a plan over the in-memory graph, clause by clause.
///
/// Each clause turns the list of rows from the previous one into a new list.
/// Rows are materialised, which keeps the semantics easy to follow; the row
/// cap and the deadline keep that safe on large expansions.
final class Executor {
    var graph: PropertyGraph
    let parameters: [String: Value]
    let limits: QueryLimits
    let cancellation: CancellationFlag
    var statistics = QueryStatistics()
    /// Aggregate results of the group being projected, by the aggregate's offset in the query.
    var aggregateValues: [Int: Value] = [:]
    /// Plans for patterns used inside expressions, by the expression's offset.
    var patternPlans: [Int: PartPlan] = [:]
    private let deadline: UInt64?
    private var ticks = 0
    /// The query's memory limit; see `MemoryBudget`.
    let memory: MemoryBudget
    /// The clause being run (or ORDER BY while sorting), named in limit messages.
    var currentClause = ""
    /// What DELETE marked, removed at the end of the query (see `Executor+Updates.swift`).
    var pendingDeletes = PendingDeletes()
    /// Where the ids went when the query deleted something.
    var renumbering: PropertyGraph.Renumbering?
    /// The procedures CALL runs.
    var procedures = ProcedureCatalog()
    /// The clock of `date()`, `datetime.statement()` …: one instant for the whole query.
    let statementTime = Date()
    /// How many matched rows the row being handed on stands for (see `Executor+Counting.swift`).
    var matchWeight = 1
    /// For PROFILE: the rows and time of each top-level step, in order; nil when not profiling.
    var stepProfile: [StepProfile]?

    init(graph: PropertyGraph, parameters: [String: Value], limits: QueryLimits, cancellation: CancellationFlag) {
        self.graph = graph
        self.parameters = parameters
        self.limits = limits
        self.cancellation = cancellation
        deadline = limits.timeout.map { DispatchTime.now().uptimeNanoseconds &+ UInt64(max(0, min($0, 1e9)) * 1e9) }
        memory = MemoryBudget(limit: limits.maxMemory)
    }

    /// Reads the graph in place. `graph.f()` on this class's stored property copies the whole
    /// graph value first (a retain and a release per stored field), which dominated per-row
    /// costs; an inout access does not copy. `body` must not touch `self.graph` (an exclusive
    /// access is open while it runs), so keep it to plain reads of `graph`.
    @inline(__always) func inGraph<R>(_ body: (inout PropertyGraph) throws -> R) rethrows -> R {
        try body(&graph)
    }

    func run(_ plan: Plan) throws -> QueryResult {
        patternPlans = plan.patternPlans
        var (rows, columns) = try runSteps(plan.steps, [[:]], profiling: stepProfile != nil)
        rows = try finishDeletes(rows)
        guard plan.returnsRows else { return QueryResult(columns: [], rows: [], statistics: statistics) }
        return QueryResult(
            columns: columns, rows: rows.map { row in columns.map { row[$0] ?? .null } }, statistics: statistics)
    }

    /// Runs `steps` on `input` (one empty row for a query; the imported row for a `CALL { … }`):
    /// the rows after the last step, and the columns of the last projection.
    /// With `profiling`, each step's rows and time go to `stepProfile`, and a MATCH no longer
    /// streams into the projection after it (so each is counted on its own).
    func runSteps(_ steps: [PlanStep], _ input: [Row], profiling: Bool = false) throws -> (rows: [Row], columns: [String]) {
        var rows = input
        var columns: [String] = []
        var index = 0
        var started = DispatchTime.now().uptimeNanoseconds
        while index < steps.count {
            if profiling, index > 0 {
                let now = DispatchTime.now().uptimeNanoseconds
                stepProfile?.append(StepProfile(rows: rows.count, nanoseconds: now &- started))
                started = now
            }
            let step = steps[index]
            index += 1
            try checkpoint()
            switch step {
            case .match(let match):
                currentClause = match.optional ? "OPTIONAL MATCH" : "MATCH"
                if !profiling, index < steps.count, case .project(let projection, let isReturn, let inScope) = steps[index] {
                    // The projection takes the matched rows as they are found (see `runProjection`).
                    index += 1
                    // When the projection only counts the pattern's last nodes, they are counted, not matched.
                    let counted = countedMatch(match, into: projection)
                    let variables = counted?.parts.last?.counted?.variables ?? []
                    // When it keeps only distinct rows, nodes it has expanded are not expanded again.
                    let matched = counted ?? distinctMatch(match, into: projection) ?? match
                    let projected = try runProjection(projection, inScope: inScope, counted: variables) { feed in
                        try self.runMatch(matched, rows, weighted: feed)
                        self.currentClause = isReturn ? "RETURN" : "WITH"
                    }
                    try checkDepth(projected.rows, at: projection.offset)
                    rows = projected.rows
                    columns = projected.columns
                } else {
                    rows = try runMatch(match, rows)
                }
            case .unwind(let unwind):
                currentClause = "UNWIND"
                rows = try runUnwind(unwind, rows)
            case .project(let projection, let isReturn, let inScope):
                currentClause = isReturn ? "RETURN" : "WITH"
                let projected = try runProjection(projection, inScope: inScope, rows)
                try checkDepth(projected.rows, at: projection.offset)
                rows = projected.rows
                columns = projected.columns
            case .create(let create):
                currentClause = "CREATE"
                rows = try runCreate(create, rows)
            case .merge(let merge):
                currentClause = "MERGE"
                rows = try runMerge(merge, rows)
            case .set(let items):
                currentClause = "SET"
                rows = try runSet(items, rows)
            case .remove(let remove):
                currentClause = "REMOVE"
                rows = try runRemove(remove, rows)
            case .delete(let delete):
                currentClause = delete.detach ? "DETACH DELETE" : "DELETE"
                rows = try runDelete(delete, rows)
            case .call(let call):
                currentClause = "CALL"
                rows = try runCall(call, rows).rows
            case .foreach(let variable, let list, let steps):
                currentClause = "FOREACH"
                rows = try runForeach(variable, list, steps, rows)
            case .subquery(let subquery):
                currentClause = "CALL { … }"
                rows = try runSubquery(subquery, rows)
            }
        }
        if profiling, !steps.isEmpty {
            stepProfile?.append(StepProfile(rows: rows.count, nanoseconds: DispatchTime.now().uptimeNanoseconds &- started))
        }
        return (rows, columns)
    }

    /// Called in every loop input can make long (matching, rows, reduce, comprehensions, functions):
    /// stops the query when it is cancelled, over time or over its memory limit.
    func checkpoint() throws {
        ticks += 1
        guard ticks & 15 == 0 else { return }
        try checkLimits()
    }

    /// Cancellation, memory and the deadline, checked now (`checkpoint` checks every 16th call):
    /// for loops that do thousands of steps between two calls.
    func checkLimits() throws {
        if cancellation.isCancelled {
            throw QueryError.runtime("DatabaseError", "Cancelled", "the query was cancelled")
        }
        let now = DispatchTime.now().uptimeNanoseconds
        try memory.checkResident(now: now, clause: currentClause)
        if let deadline, now > deadline {
            throw QueryError.runtime(
                "DatabaseError", "LimitExceeded",
                "the query ran longer than the time limit of \(formatSeconds(limits.timeout ?? 0)) s while in \(currentClause); "
                    + "narrow it (add labels, a WHERE, an upper bound such as *1..3 on variable-length relationships, or a LIMIT) "
                    + "or raise the limit with --timeout")
        }
    }

    /// Stops the query when a clause has produced more rows than allowed.
    func checkRowCount(_ count: Int) throws {
        try checkpoint()
        if let maxRows = limits.maxRows, count > maxRows {
            throw QueryError.runtime(
                "DatabaseError", "LimitExceeded",
                "\(currentClause) produced more than the row limit of \(maxRows) rows; "
                    + "narrow the query (add labels, a WHERE, an upper bound such as *1..3 on variable-length relationships, or a LIMIT) "
                    + "or raise the limit with --max-rows")
        }
    }

    private func formatSeconds(_ s: Double) -> String {
        s == s.rounded() ? String(Int(s)) : String(s)
    }

    // MARK: UNWIND

    private func runUnwind(_ unwind: UnwindClause, _ rows: [Row]) throws -> [Row] {
        var result: [Row] = []
        for row in rows {
            let value = try evaluate(unwind.expression, row)
            let items: [Value]
            switch value {
            case .list(let list): items = list
            case .null: items = []
            default: items = [value]
            }
            for item in items {
                var next = row
                next[unwind.variable] = item
                result.append(next)
                try checkRowCount(result.count)
            }
        }
        return result
    }
}
