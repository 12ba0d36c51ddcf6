import Foundation
import Graph
import Plugins

/// Runs the console's and the questions' openCypher for a request: under the
/// server's limits, on the snapshot the request took, refusing updates unless
/// `--allow-writes` (and then only from a POST, so a link cannot write).
struct WebQueries {
    let state: ExplorerState

    /// A result and the graph it refers to (after an allowed CREATE, the new one).
    struct Outcome {
        var result: QueryResult
        var graph: PropertyGraph
    }

    func run(_ text: String, parameters: [String: Value] = [:], on graph: PropertyGraph, viaPost: Bool) throws -> Outcome {
        guard text.contains(where: { !$0.isWhitespace }) else {
            throw WebError(.badRequest, "the query is empty; write openCypher, e.g. MATCH (p:Person) RETURN p.name LIMIT 10")
        }
        do {
            if try QueryEngine.updates(text) {
                guard state.options.allowWrites else {
                    throw WebError(
                        .forbidden,
                        "this explorer is read-only: CREATE and other updates are refused; "
                            + "start it with `explorer serve --allow-writes` to change the graph from the web")
                }
                guard viaPost else {
                    throw WebError(.forbidden, "an update must be sent with POST (the console's Run button), not in a link")
                }
                return try state.write { current in
                    let engine = state.queryEngine(on: current)
                    let result = try engine.execute(text, parameters: parameters)
                    return (Outcome(result: result, graph: engine.graph), result.statistics.isEmpty ? nil : engine.graph)
                }
            }
            let engine = state.queryEngine(on: graph)
            return Outcome(result: try engine.execute(text, parameters: parameters), graph: graph)
        } catch let error as QueryError {
            throw WebError(.unprocessable, error.message, detail: error.rendered(query: text))
        }
    }
}
