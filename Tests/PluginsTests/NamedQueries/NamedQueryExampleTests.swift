import Foundation
import Graph
import Testing
@testable import Plugins

/// Every named query of the built-in plugins and of the bundled dataset's
/// packs runs its example on the bundled dataset and must return exactly its
/// expected rows (SwiftLint's triggering-examples pattern: one runner, the
/// examples live with the queries).
@Suite struct NamedQueryExampleTests {
    static let datasetPath = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("graphs/wuhan-cppcc").path

    /// The built-in plugins plus the packs in the dataset's plugins/ folder.
    static func registry() throws -> (PluginRegistry, [PackFailure]) {
        var registry = try BuiltInPlugins.registry()
        let sources = [PackLoader.Source(url: URL(fileURLWithPath: datasetPath).appendingPathComponent("plugins"), place: .dataset)]
        let failures = PackLoader.load(sources, into: &registry)
        return (registry, failures)
    }

    /// Built once: extraction of the five documents is the slow part.
    static let fixture: Result<(PluginRegistry, QueryEngine), Error> = Result {
        let (registry, _) = try Self.registry()
        let graph = try Dataset.open(datasetPath).buildGraph(registry: registry)
        return (registry, QueryEngine(graph: graph))
    }

    static var queryIDs: [String] {
        ((try? registry().0.namedQueries.map(\.item.id)) ?? []).sorted()
    }

    @Test func theBundledPacksLoadWithoutProblems() throws {
        let (registry, failures) = try Self.registry()
        #expect(failures.isEmpty, "\(failures)")
        #expect(registry.namedQueries.count >= 9 + 2)
    }

    @Test(arguments: queryIDs)
    func exampleReturnsItsExpectedRows(id: String) throws {
        let (registry, engine) = try Self.fixture.get()
        let query = try #require(registry.namedQuery(id))
        var parameters = query.example.parameters
        for parameter in query.parameters where parameters[parameter.name] == nil {
            parameters[parameter.name] = parameter.defaultValue
        }
        parameters = query.resolvingNames(parameters, in: engine.graph, lexicons: registry.lexicons.map(\.item))
        let result = try query.run(on: engine, parameters: parameters)
        if let mismatch = query.example.mismatch(columns: result.columns, rows: result.rows) {
            Issue.record("example of \(id): \(mismatch)")
        }
        // The diagram query must run too, or --render would fail for the user.
        _ = try query.diagramSubgraph(on: engine, parameters: parameters, result: result)
        for parameter in query.parameters {
            _ = try query.suggestions(for: parameter, on: engine)
        }
    }

    @Test func theFlagshipQuestionsAnswerTheCanonicalQuery() throws {
        let (registry, engine) = try Self.fixture.get()
        let matcher = QuestionMatcher(registry: registry, graph: engine.graph)
        let canonical = try engine.execute("""
            MATCH (a:Agency)-[r:LEADS|RESPONSIBLE_FOR]->(t:Task)-[:ABOUT]->(:Industry {name:'人工智能'})
            RETURN DISTINCT a.name, type(r), t.code
            """)
        #expect(!canonical.rows.isEmpty)
        for question in ["which units own AI tasks", "哪些单位负责人工智能任务"] {
            guard case .matched(let match) = matcher.match(question) else {
                Issue.record("'\(question)' matched no query")
                continue
            }
            let result = try match.query.run(on: engine, parameters: match.parameters)
            #expect(result.columns == canonical.columns)
            #expect(Set(result.rows) == Set(canonical.rows), "\(question)")
            #expect(result.rows.count == canonical.rows.count)
        }
    }
}
