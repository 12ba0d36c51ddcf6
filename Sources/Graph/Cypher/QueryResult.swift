/// The columns and rows a query returns, and what it changed.
public struct QueryResult {
    /// Column names: the alias, or the expression exactly as written.
    public var columns: [String]
    /// One array per row, in column order.
    public var rows: [[Value]]
    /// Counts of the changes a `CREATE` made.
    public var statistics: QueryStatistics

    /// A result; queries build these, tests and tools may too.
    public init(columns: [String] = [], rows: [[Value]] = [], statistics: QueryStatistics = QueryStatistics()) {
        self.columns = columns
        self.rows = rows
        self.statistics = statistics
    }
}

/// Counts of the changes a query made to the graph.
public struct QueryStatistics: Equatable, Sendable {
    /// Nodes added by CREATE and MERGE.
    public var nodesCreated = 0
    /// Nodes removed by DELETE.
    public var nodesDeleted = 0
    /// Relationships added by CREATE and MERGE.
    public var relationshipsCreated = 0
    /// Relationships removed by DELETE (with those of DETACH DELETE's nodes).
    public var relationshipsDeleted = 0
    /// Non-null properties written on new nodes and relationships, and properties written by SET.
    public var propertiesSet = 0
    /// Labels put on new nodes (each node's distinct labels) and added by SET.
    public var labelsAdded = 0
    /// Labels taken off nodes by REMOVE.
    public var labelsRemoved = 0

    /// All counts zero.
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
    /// Most bytes of memory a query may add to the process (rows, paths, lists), or nil for no cap.
    public var maxMemory: Int?

    /// Limits; nil means no limit of that kind.
    public init(timeout: Double? = nil, maxRows: Int? = nil, maxMemory: Int? = nil) {
        self.timeout = timeout
        self.maxRows = maxRows
        self.maxMemory = maxMemory
    }

    /// 30 seconds, ten million rows per step, and a quarter of the machine's memory.
    public static var `default`: QueryLimits {
        QueryLimits(timeout: 30, maxRows: 10_000_000, maxMemory: defaultMaxMemory)
    }

    /// A quarter of the machine's memory: room for the graph and other programs, and far from swapping.
    public static var defaultMaxMemory: Int { MemoryBudget.defaultLimit }
}
