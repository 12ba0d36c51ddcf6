import Graph

/// The columns and rows of the last answer, as the shell keeps them for
/// `:why` and `:render`.
public struct ResultTable: Sendable, Equatable {
    public var columns: [String]
    public var rows: [[Value]]

    public init(columns: [String], rows: [[Value]]) {
        self.columns = columns
        self.rows = rows
    }
}

/// What the shell needs from a query engine. The openCypher engine conforms
/// through the explorer; tests substitute engines that are slow on purpose.
public protocol QueryRunner: AnyObject {
    /// Runs one statement. May be called from a background thread.
    func execute(_ query: String, parameters: [String: Value]) throws -> ResultTable
    /// Stops a running `execute`, which then throws. Thread-safe.
    func cancel()
    /// The plan of a statement, for `:explain`.
    func explain(_ query: String) throws -> String
    /// An error from `execute` or `explain` for a person: what, and where in `query`.
    func describe(_ error: Error, query: String) -> String
}
