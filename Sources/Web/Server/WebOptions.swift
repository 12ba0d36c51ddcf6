import Graph

/// How `explorer serve` runs: where it listens, whether the web may change the
/// graph, and the limits every query of a request runs under.
public struct WebOptions: Sendable {
    /// The address to bind; loopback unless the user asks for more.
    public var host: String
    /// The port; 0 lets the system choose a free one (tests do that).
    public var port: Int
    /// False refuses CREATE and other updates from the console and the API.
    public var allowWrites: Bool
    /// Time and rows for each query a request runs.
    public var limits: QueryLimits
    /// Most nodes a neighbourhood diagram draws before it says it stopped.
    public var maxDiagramNodes: Int

    public init(
        host: String = "127.0.0.1", port: Int = 8080, allowWrites: Bool = false,
        limits: QueryLimits = QueryLimits(timeout: 10, maxRows: 1_000_000), maxDiagramNodes: Int = 120
    ) {
        self.host = host
        self.port = port
        self.allowWrites = allowWrites
        self.limits = limits
        self.maxDiagramNodes = maxDiagramNodes
    }
}
