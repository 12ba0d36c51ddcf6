import Exports
import FalkorDB
import Graph
import Shell

/// The shell's engine when `--engine falkordb://…` is given: statements run on
/// the server, and the nodes and relationships of every answer are copied into
/// one local graph, which the shell prints, explains (`:why`) and draws
/// (`:render`) from. It starts with the server's named nodes and one sample
/// of each label and relationship type, so completion knows the server's
/// labels, types, keys and names.
final class FalkorShellRunner: QueryRunner {
    let server: FalkorGraph
    private(set) var elements = FalkorElements()

    init(server: FalkorGraph) throws {
        self.server = server
        try server.refreshSchema()
        _ = try server.query("MATCH (n) WHERE n.name IS NOT NULL RETURN n", into: &elements)
        for label in server.schema.labels {
            _ = try server.query("MATCH (n:\(CypherLiteral.name(label))) RETURN n LIMIT 1", into: &elements)
        }
        for type in server.schema.types {
            _ = try server.query("MATCH ()-[r:\(CypherLiteral.name(type))]->() RETURN r LIMIT 1", into: &elements)
        }
    }

    func execute(_ query: String, parameters: [String: Value]) throws -> QueryResult {
        try server.query(query, parameters: parameters, into: &elements)
    }

    func cancel() { server.cancel() }

    func explain(_ query: String) throws -> String {
        throw ShellError(":explain shows the embedded engine's plan; start the shell without --engine for it")
    }

    func describe(_ error: Error, query: String) -> String { "error: \(error)" }

    func changedGraph() -> PropertyGraph? { elements.graph }

    var answersCarryTheirElements: Bool { true }
}
