import Exports
import FalkorDB
import Graph
import Plugins
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
        let result = try server.query(query, parameters: parameters, into: &elements)
        copyFactsAmongNamedValues(of: result)
        return result
    }

    /// An answer of names and values alone (`RETURN p.name, q.name`, `RETURN
    /// a.name, t.code`) brings no elements, yet `:why ROW` explains such a row by
    /// the facts between the nodes it names and the neighbours its other values
    /// identify (by name, code or title): copy those relationships from the
    /// server too. Best effort: the answer stands even when this query fails.
    private func copyFactsAmongNamedValues(of result: QueryResult) {
        var names: [String] = [], values: [String] = []
        var seen = Set<String>()
        func collect(_ value: Value) {
            switch value {
            case .string(let text) where values.count < Self.namedValueLimit:
                guard seen.insert(text).inserted else { return }
                values.append(text)
                if !elements.graph.nodes(named: text).isEmpty { names.append(text) }
            case .list(let items): items.forEach(collect)
            default: break
            }
        }
        result.rows.forEach { $0.forEach(collect) }
        guard !names.isEmpty, values.count >= 2 else { return }
        _ = try? server.query(
            "MATCH (a)-[r]-(b) WHERE a.name IN $names AND (b.name IN $values OR b.code IN $values OR b.title IN $values) "
                + "RETURN a, r, b LIMIT \(Self.copiedFactLimit)",
            parameters: ["names": .list(names.map(Value.string)), "values": .list(values.map(Value.string))], into: &elements)
    }

    private static let namedValueLimit = 200
    private static let copiedFactLimit = 2_000

    func cancel() { server.cancel() }

    /// An alias or a near spelling where a name was meant: the server matches
    /// `name` only, so `{name: '市发改委'}` finds nothing there. The copy holds
    /// every named node with its aliases, which is all these notices need.
    func notices(for query: String) -> [String] { nameChecker.nameNotices(for: query) }

    /// An engine over the copy as it was at start (every named node), made at the first statement.
    private lazy var nameChecker: QueryEngine = {
        let engine = QueryEngine(graph: elements.graph)
        engine.similarNames = PinyinIndex.similarNames(in: elements.graph)
        return engine
    }()

    func explain(_ query: String) throws -> String {
        throw ShellError(":explain shows the embedded engine's plan; start the shell without --engine for it")
    }

    func describe(_ error: Error, query: String) -> String { "error: \(error)" }

    func changedGraph() -> PropertyGraph? { elements.graph }

    var answersCarryTheirElements: Bool { true }
}
