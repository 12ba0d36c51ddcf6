import Graph
import Testing

@testable import Plugins

/// Procedures are a plugin contribution: registered with their owner, refused when the name is taken.
@Suite struct PluginProcedureTests {
    private static func counter(_ name: String) -> Procedure {
        Procedure(name: name, outputs: [.init("nodes", ProcedureType(.integer))], summary: "counts nodes") { _, graph in
            [[.int(graph.nodeCount)]]
        }
    }

    @Test func aPluginsProcedureRunsInQueries() throws {
        let registry = try PluginRegistry(plugins: [
            QueryFixtures.Plugin(id: "alpha") { try $0.add(procedure: Self.counter("alpha.count")) }
        ])
        #expect(registry.procedures.map(\.plugin) == ["alpha"])
        let engine = QueryEngine(graph: PropertyGraph())
        engine.procedures = registry.procedureCatalog
        _ = try engine.execute("CREATE (), ()")
        #expect(try engine.execute("CALL alpha.count() YIELD nodes RETURN nodes + 1 AS n").rows == [[.int(3)]])
        #expect(registry.procedureCatalog.procedure(named: "db.labels") != nil)
    }

    @Test func takenNamesAreRefused() throws {
        #expect(throws: PluginError.self) {
            try PluginRegistry(plugins: [QueryFixtures.Plugin(id: "a") { try $0.add(procedure: Self.counter("db.labels")) }])
        }
        let error = #expect(throws: PluginError.self) {
            try PluginRegistry(plugins: [
                QueryFixtures.Plugin(id: "a") { try $0.add(procedure: Self.counter("x.count")) },
                QueryFixtures.Plugin(id: "b") { try $0.add(procedure: Self.counter("x.count")) },
            ])
        }
        #expect(error?.message.contains("already added by 'a'") == true)
    }
}
