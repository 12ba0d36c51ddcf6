/// The columns and rows a query returns, and what it changed.
public struct QueryResult {
    /// Column names: the alias, or the expression exactly as written.
    public var columns: [String]
    /// One array per row, in column order.
    public var rows: [[Value]]
    /// Counts of the changes a `CREATE` made.
    public var statistics: QueryStatistics

    public init(columns: [String] = [], rows: [[Value]] = [], statistics: QueryStatistics = QueryStatistics()) {
        self.columns = columns
        self.rows = rows
        self.statistics = statistics
    }
}

/// Counts of the changes a query made to the graph.
public struct QueryStatistics: Equatable, Sendable {
    public var nodesCreated = 0
    public var nodesDeleted = 0
    public var relationshipsCreated = 0
    public var relationshipsDeleted = 0
    public var propertiesSet = 0
    public var labelsAdded = 0
    public var labelsRemoved = 0

    public init() {}

    /// True when the query changed nothing.
    public var isEmpty: Bool { self == QueryStatistics() }
}

/// Limits that stop a runaway query.
///
/// A variable-length pattern through hub nodes can grow without bound; the
/// timeout and the row cap turn that into an error that says which limit hit.
public struct QueryLimits: Sendable {
    /// Seconds before the query is stopped, or nil for no time limit.
    public var timeout: Double?
    /// Most rows any one step of the query may produce, or nil for no cap.
    public var maxRows: Int?

    public init(timeout: Double? = nil, maxRows: Int? = nil) {
        self.timeout = timeout
        self.maxRows = maxRows
    }

    /// 30 seconds and ten million rows per step.
    public static var `default`: QueryLimits { QueryLimits(timeout: 30, maxRows: 10_000_000) }
}
