import Diagrams
import Graph
import Plugins

/// The plugins as the shell sees them: the built-in ones plus the data-only
/// packs, which `:reload` reads again, and the question matcher over them.
public final class PluginCatalog {
    private let load: () throws -> PluginRegistry
    private let graph: PropertyGraph
    /// The plugins loaded now; `:reload` replaces it.
    public private(set) var registry: PluginRegistry
    /// Built on the first question: its vocabulary reads every named node, which a
    /// session that never asks (or a graph of millions of nodes at start) should not pay for.
    private var builtMatcher: QuestionMatcher?
    private var matcher: QuestionMatcher {
        if let builtMatcher { return builtMatcher }
        let made = QuestionMatcher(registry: registry, graph: graph)
        builtMatcher = made
        return made
    }

    /// - Parameter load: builds the registry afresh (built-in plugins and packs), for `:reload`.
    /// Gives `services` the plugins, named queries, questions, pack reloading
    /// and the diagram styles of this catalogue. With `engine`, `:render` after
    /// a named query draws that query's own diagram (its diagram query, style and layout).
    public func install(into services: inout ShellServices, engine: QueryEngine? = nil) {
        services.plugins = { self.summaries }
        services.namedQueries = { self.namedQueries }
        services.prepare = { name, arguments in try self.prepare(name, arguments) }
        services.ask = { question in try self.ask(question) }
        services.reload = { try self.reload() }
        services.render = { request in try self.render(request, engine: engine) }
        engine?.procedures = registry.procedureCatalog
        services.procedures = { self.registry.procedureCatalog.all }
    }

    /// - Parameters:
    ///   - registry: the plugins loaded at start.
    ///   - graph: names in questions are looked up here.
    public init(registry: PluginRegistry, graph: PropertyGraph, load: @escaping () throws -> PluginRegistry) {
        self.load = load
        self.graph = graph
        self.registry = registry
    }

    /// Draws a result; a named query's result as `explorer run --render` would.
    public func render(_ request: RenderRequest, engine: QueryEngine?) throws -> String {
        guard let prepared = request.query, let query = registry.namedQuery(prepared.name), let engine else {
            return try ResultDiagram.renderer(DiagramRenderer(registry: registry))(request)
        }
        let selection: Subgraph
        do {
            selection = try query.diagramSubgraph(on: engine, parameters: prepared.parameters, result: request.result)
        } catch let error as QueryError {
            throw ShellError(
                "the diagram query of '\(query.id)' failed:\n\(error.rendered(query: query.diagram.cypher ?? query.cypher))")
        }
        guard !selection.isEmpty else {
            throw ShellError("nothing to draw: the result of '\(query.id)' has no nodes; \(request.file.path) was not written")
        }
        var style = DiagramStyle.effective(for: registry)
        if let id = query.diagram.style, let chosen = registry.style(id) { style = style.merging(chosen) }
        let renderer = DiagramRenderer(
            style: style,
            options: DiagramOptions(title: query.title.zh, view: try ResultDiagram.view(request.view ?? query.diagram.view)))
        return try ResultDiagram.draw(
            selection, of: request.graph, with: renderer, to: request.file, layout: request.layout ?? query.diagram.layout)
    }

    /// The loaded plugins and packs, for `:plugins`.
    public var summaries: [PluginSummary] {
        registry.plugins.map { plugin in
            PluginSummary(
                id: plugin.id, summary: plugin.summary, origin: registry.origins[plugin.id]?.description ?? "built-in")
        }
    }

    /// The named queries, for `:queries`, `:run` and completion.
    public var namedQueries: [NamedQuerySummary] {
        registry.namedQueries.map { owned in
            let query = owned.item
            return NamedQuerySummary(
                name: query.id, title: "\(query.title.zh) / \(query.title.en)",
                parameters: query.parameters.map { parameter in
                    .init(
                        name: parameter.name, type: parameter.type.rawValue,
                        defaultText: parameter.defaultValue.map { value in
                            ResultFormatter(graph: self.graph).text(value)
                        })
                })
        }
    }

    /// Binds `name=text` arguments to the named query `name`; suggests a near name when there is none.
    public func prepare(_ name: String, _ arguments: [String: String]) throws -> PreparedQuery {
        guard let query = registry.namedQuery(name) else {
            var message = "there is no named query '\(name)'"
            let close = NamedQuery.closestIDs(to: name, among: registry.namedQueries.map(\.item.id))
            if !close.isEmpty { message += "; did you mean \(close.joined(separator: ", "))?" }
            throw ShellError(message + " :queries lists them")
        }
        do {
            // As `explorer run` does: 市经信局 and AI become the names the graph uses.
            let values = query.resolvingNames(try query.bind(arguments), in: graph, lexicons: registry.lexicons.map(\.item))
            return PreparedQuery(
                name: query.id, cypher: query.cypher, parameters: values,
                warnings: query.unknownNames(in: values, graph: graph))
        } catch let error as PluginError {
            throw ShellError(error.message.replacingOccurrences(of: "pass --param", with: "add"))
        }
    }

    /// The named query a question matches; throws with the closest questions when none does.
    public func ask(_ question: String) throws -> PreparedQuery? {
        switch matcher.match(question) {
        case .matched(let match):
            // Another query that fits nearly as well is offered, not hidden.
            let others = match.alternatives.map { other in
                "also fits: \(other.query.id) (\(other.query.title.en)): :run \(other.query.id)"
                    + other.parameters.keys.sorted().map { " \($0)=\(ResultFormatter(graph: graph).text(other.parameters[$0]!))" }.joined()
            }
            return PreparedQuery(name: match.query.id, cypher: match.query.cypher, parameters: match.parameters, warnings: others)
        case .unmatched(let suggestions):
            guard !suggestions.isEmpty else { return nil }
            let closest = suggestions.prefix(3).map { "  \($0.pattern.text)  (\($0.query.id))" }.joined(separator: "\n")
            throw ShellError("no named query matches '\(question)'. Questions that come close:\n\(closest)")
        }
    }

    /// Reads the plugins and packs again and says what changed.
    public func reload() throws -> String {
        let before = registry.namedQueries.count
        registry = try load()
        builtMatcher = nil
        let change = registry.namedQueries.count - before
        return "reloaded: \(registry.plugins.count) plugins, \(registry.namedQueries.count) named queries"
            + (change == 0 ? "" : " (\(change > 0 ? "+" : "")\(change))")
    }
}
