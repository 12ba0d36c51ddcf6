/// Runs openCypher queries over a property graph, one stage after the other:
/// parse (Syntax), check (Binding), plan (Planning), execute (Execution).
///
/// Reads MATCH, OPTIONAL MATCH, WHERE, WITH, RETURN, ORDER BY, SKIP, LIMIT,
/// UNWIND, aggregation, patterns with variable length and shortest paths, and
/// UNION, CALL of procedures (`procedures`); updates with CREATE, MERGE, SET,
/// REMOVE and DELETE. See https://opencypher.org/resources/.
public final class QueryEngine {
    /// The graph queries read; a successful CREATE replaces it with the changed graph.
    public private(set) var graph: PropertyGraph {
        didSet { knownPropertyKeys = nil }
    }
    /// Where the ids of the graph went when the last query deleted something; nil when it deleted nothing.
    public private(set) var lastRenumbering: PropertyGraph.Renumbering?
    /// The procedures `CALL` runs: the built-ins, and what plugins register.
    public var procedures = ProcedureCatalog.builtIn
    /// Every property key in `graph`, gathered on first use by `notices(for:)`.
    var knownPropertyKeys: Set<String>?
    /// The limits every query runs under.
    public var limits: QueryLimits
    /// More names a name that matches nothing may have meant, given the name and the
    /// labels it was matched with (pinyin: `liangming` → 梁鸣); used by `notices(for:)`
    /// beside the typos it finds itself. Set by whoever knows more than the graph.
    public var similarNames: (@Sendable (_ name: String, _ labels: [String]) -> [String])?
    let cancellation = CancellationFlag()

    /// An engine over `graph`; every query runs under `limits`.
    public init(graph: PropertyGraph, limits: QueryLimits = .default) {
        self.graph = graph
        self.limits = limits
    }

    /// Runs `query` with `parameters` (referred to as `$name`).
    ///
    /// Throws a ``QueryError`` with the stage and position of what went wrong.
    /// `EXPLAIN …` returns the plan as a one-column result instead of running.
    public func execute(_ query: String, parameters: [String: Value] = [:]) throws -> QueryResult {
        cancellation.reset()
        lastRenumbering = nil
        let parsed = try Parser.parse(query)
        try Binder.check(parsed)
        try checkCalls(parsed, parameters: parameters)
        if parsed.profile { return try executeProfiled(parsed, parameters: parameters) }
        if parsed.unions.isEmpty, !parsed.explain, parsed.clauses.count == 1, case .call(let call) = parsed.clauses[0] {
            return try executeStandaloneCall(call, parameters: parameters)
        }
        if !parsed.unions.isEmpty { return try executeUnion(parsed, parameters: parameters) }
        let plan = Planner(graph: graph, parameters: parameters).plan(parsed)
        if parsed.explain {
            return QueryResult(columns: ["plan"], rows: plan.explanation.split(separator: "\n").map { [.string(String($0))] })
        }
        return try run(plan, parameters: parameters)
    }

    /// Runs a plan on a copy of the graph and keeps the copy when the query updated it.
    func run(_ plan: Plan, parameters: [String: Value]) throws -> QueryResult {
        try run(plan, parameters: parameters, profiling: false).result
    }

    /// `run`, and with `profiling` the rows and time of each step (for PROFILE).
    func run(_ plan: Plan, parameters: [String: Value], profiling: Bool) throws -> (result: QueryResult, steps: [StepProfile]) {
        let executor = Executor(graph: graph, parameters: parameters, limits: limits, cancellation: cancellation)
        executor.procedures = callableProcedures
        if profiling { executor.stepProfile = [] }
        let result = try executor.run(plan)
        if !result.statistics.isEmpty || plan.updates {
            graph = executor.graph
            lastRenumbering = executor.renumbering
        }
        return (result, executor.stepProfile ?? [])
    }

    /// The plan for `query` as text, without running it. `EXPLAIN` in front is optional.
    public func explain(_ query: String) throws -> String {
        let parsed = try Parser.parse(query)
        try Binder.check(parsed)
        return Planner(graph: graph).plan(parsed).explanation
    }

    /// The statements of a script, split at the `;` that end them, each with its UTF-8 offset in the script.
    public static func statements(inScript text: String) throws -> [(text: String, offset: Int)] {
        try Script.statements(text)
    }

    /// The value of an openCypher literal (`42`, `'text'`, `[1, 2]`, `{a: 1}`), or nil when `text` is not one.
    /// Used for `--param name=value`.
    public static func literal(_ text: String) -> Value? {
        Script.literal(text)
    }

    /// A `--param` value: a literal (`42`, `'text'`, `[1, 2]`), or plain text such as `人工智能`.
    /// Throws a ``QueryError`` with the position when the text starts like a literal but is not a
    /// valid one (`9223372036854775808`, `1e999`, `[1,`); quote it to pass it as text.
    public static func parameterValue(_ text: String) throws -> Value {
        try Script.parameterValue(text)
    }

    /// Asks a running `execute` to stop; it throws `QueryError` with code `Cancelled` soon after.
    /// Safe to call from any thread.
    public func cancel() {
        cancellation.cancel()
    }
}
