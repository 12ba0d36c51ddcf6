import Graph
import Plugins

extension ExplorerState {
    /// An engine over `graph` that calls what the shell and `explorer query` call: the built-in
    /// procedures and every loaded plugin's (`explorer.sources`, `explorer.queries` …).
    func queryEngine(on graph: PropertyGraph, limits: QueryLimits? = nil) -> QueryEngine {
        let engine = QueryEngine(graph: graph, limits: limits ?? options.limits)
        engine.procedures = registry.procedureCatalog
        return engine
    }
}
