import Graph

/// The openCypher engine drives the shell as it is; only the graph after a
/// CREATE needs passing back, so `:why`, `:schema` and completion see it.
extension QueryEngine: QueryRunner {
    /// The engine's graph, which a CREATE has replaced.
    public func changedGraph() -> PropertyGraph? { graph }
}
