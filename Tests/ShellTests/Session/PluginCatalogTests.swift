import Foundation
import Graph
import Plugins
import Testing
@testable import Shell

/// The shell's view of the built-in plugins: named queries, binding, questions, reload.
@Suite struct PluginCatalogTests {
    private func catalog() throws -> (PluginCatalog, () -> Int) {
        var loads = 0
        let registry = try BuiltInPlugins.registry()
        let catalog = PluginCatalog(registry: registry, graph: try ShellFixture.graph()) {
            loads += 1
            return registry
        }
        return (catalog, { loads })
    }

    @Test func listsNamedQueriesWithTheirParameters() throws {
        let (catalog, _) = try catalog()
        let query = try #require(catalog.namedQueries.first { $0.name == "work-plans.units-for-industry" })
        #expect(query.parameters.map(\.name) == ["industry"])
        #expect(query.title.contains("/"))
        #expect(catalog.summaries.contains { $0.id == "work-plans" && $0.origin == "built-in" })
    }

    @Test func preparesANamedQueryWithTypedValues() throws {
        let (catalog, _) = try catalog()
        let prepared = try catalog.prepare("work-plans.units-for-industry", ["industry": "人工智能"])
        #expect(prepared.parameters == ["industry": "人工智能"])
        #expect(prepared.cypher.contains("$industry"))
    }

    @Test func anAliasIsRunAsTheNameAndAnUnknownNameIsWarnedAbout() throws {
        let (catalog, _) = try catalog()
        let alias = try catalog.prepare("work-plans.tasks-led-by", ["unit": "市发改委"])
        #expect(alias.parameters == ["unit": "市发展改革委"])
        #expect(alias.warnings.isEmpty)
        // One character short of the alias 市发改委: a typo of that agency.
        let unknown = try catalog.prepare("work-plans.tasks-led-by", ["unit": "市发改"])
        #expect(unknown.warnings == [
            "no :Agency is named '市发改' in this graph, so 'unit' matches nothing; did you mean '市发展改革委'?",
        ])
        let far = try catalog.prepare("work-plans.tasks-led-by", ["unit": "发展"])
        #expect(far.warnings == ["no :Agency is named '发展' in this graph, so 'unit' matches nothing; try one of: 市发展改革委"])
    }

    @Test func mistakesSayWhatToDo() throws {
        let (catalog, _) = try catalog()
        #expect(throws: ShellError.self) { try catalog.prepare("work-plans.units-for-industr", [:]) }
        do {
            _ = try catalog.prepare("work-plans.units-for-industr", [:])
        } catch let error as ShellError {
            #expect(error.description.contains("did you mean work-plans.units-for-industry?"))
        }
        do {
            _ = try catalog.prepare("work-plans.units-for-industry", [:])
        } catch let error as ShellError {
            #expect(error.description.contains("add industry=VALUE"))
        }
    }

    @Test func questionsPickTheirQuery() throws {
        let (catalog, _) = try catalog()
        let prepared = try #require(try catalog.ask("which units own 人工智能 tasks"))
        #expect(prepared.name == "work-plans.units-for-industry")
        #expect(prepared.parameters["industry"] == "人工智能")
    }

    @Test func reloadReadsThePluginsAgain() throws {
        let (catalog, loads) = try catalog()
        let message = try catalog.reload()
        #expect(loads() == 1)
        #expect(message.hasPrefix("reloaded: "))
    }

    @Test func renderAfterANamedQueryUsesItsDiagram() throws {
        let (catalog, _) = try catalog()
        let graph = try ShellFixture.graph()
        let engine = QueryEngine(graph: graph)
        let prepared = try catalog.prepare("work-plans.units-for-industry", ["industry": "人工智能"])
        let result = try engine.execute(prepared.cypher, parameters: prepared.parameters)
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("catalog-\(UUID().uuidString).dot")
        let request = RenderRequest(result: result, query: prepared, graph: graph, file: file, layout: nil)
        #expect(throws: ShellError.self) { try catalog.render(request, engine: engine) }

        let typed = try engine.execute("MATCH (p:Person)-[r]->(q) RETURN p, r, q")
        let plain = RenderRequest(result: typed, query: nil, graph: graph, file: file, layout: nil)
        #expect(try catalog.render(plain, engine: engine).contains("2 nodes, 1 relationships"))
        #expect(try String(contentsOf: file, encoding: .utf8).contains("梁鸣"))
        try? FileManager.default.removeItem(at: file)
    }
}
