import Graph

/// The columns and rows of an answer, as the shell keeps the last one for
/// `:why` and `:render`.
public typealias ResultTable = QueryResult

/// What the shell needs from a query engine. `QueryEngine` conforms; tests
/// substitute engines that are slow on purpose.
public protocol QueryRunner: AnyObject {
    /// Runs one statement. Called from a worker thread, so that Ctrl-C can cancel it.
    func execute(_ query: String, parameters: [String: Value]) throws -> QueryResult
    /// Stops a running `execute`, which then throws. Thread-safe.
    func cancel()
    /// The plan of a statement, for `:explain`.
    func explain(_ query: String) throws -> String
    /// An error from `execute` or `explain` for a person: what, and where in `query`.
    func describe(_ error: Error, query: String) -> String
    /// The graph after a statement that changed it (CREATE), else nil.
    func changedGraph() -> PropertyGraph?
    /// Warnings about a statement, e.g. a label the graph does not have; printed before it runs.
    func notices(for query: String) -> [String]
    /// True for a runner whose answers bring their nodes and relationships along (a
    /// server's): the shell then takes `changedGraph()` after every statement, not only after a CREATE.
    var answersCarryTheirElements: Bool { get }
}

extension QueryRunner {
    /// A `QueryError` with its line and caret; any other error as it describes itself.
    public func describe(_ error: Error, query: String) -> String {
        if let error = error as? QueryError { return error.rendered(query: query) }
        return "error: \(error)"
    }

    /// Runners that never change the graph have none to hand back.
    public func changedGraph() -> PropertyGraph? { nil }

    /// Runners that know no graph have nothing to warn about.
    public func notices(for query: String) -> [String] { [] }

    /// The embedded engine's answers refer to the graph the shell already holds.
    public var answersCarryTheirElements: Bool { false }
}
