import ArgumentParser
import Foundation
import Diagrams
import Graph
import Plugins
import Shell
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `explorer shell [DATASET]`: the interactive query shell.
///
/// On a terminal it edits lines with libedit; otherwise it reads statements
/// from standard input, prints results to standard output and errors to
/// standard error, and stops at the first error.
struct ShellCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "shell",
        abstract: "Start the interactive query shell.",
        discussion: """
            Statements are openCypher queries ending with `;` (they may span lines) and \
            meta-commands such as :help, :schema, :why and :render. Not on a terminal, \
            statements are read from standard input and the first error ends the run \
            with a non-zero status (--no-fail-fast to go on). History is kept in \
            $XDG_STATE_HOME/policy-graph-explorer/history (default ~/.local/state/…).
            """
    )

    @OptionGroup var datasetOptions: DatasetOptions

    @Flag(
        inversion: .prefixedNo,
        help: "Stop at the first error with a non-zero exit (default when standard input is not a terminal).")
    var failFast: Bool?

    @Option(help: "Print results as table, csv, json, jsonl or markdown.")
    var format: String?

    @Option(help: "Keep the history in this file instead of the state folder.")
    var historyFile: String?

    @Option(help: "Seconds before a query is stopped (Ctrl-C stops one sooner).")
    var timeout: Double = 30

    @Option(name: .customLong("max-rows"), help: "Most rows any step of a query may produce.")
    var maxRows: Int = 1_000_000

    func validate() throws {
        if timeout <= 0 { throw ValidationError("--timeout must be more than 0 seconds, not \(timeout)") }
        if maxRows < 1 { throw ValidationError("--max-rows must be at least 1, not \(maxRows)") }
    }

    func run() throws {
        let started = Date()
        let (dataset, registry, graph) = try datasetOptions.load()
        let options = datasetOptions
        let plugins = ShellPlugins(registry: registry, graph: graph, load: { try options.registry() })
        InterruptSignal.install()
        let interactive = isatty(STDIN_FILENO) != 0
        let history = HistoryFile(url: historyFile.map { URL(fileURLWithPath: $0) } ?? HistoryFile.defaultURL())
        let engine = QueryEngine(graph: graph, limits: QueryLimits(timeout: timeout, maxRows: maxRows))
        let services = ShellServices(
            datasetName: dataset.name,
            runner: engine,
            plugins: { plugins.summaries },
            namedQueries: { plugins.namedQueries },
            prepare: { name, arguments in try plugins.prepare(name, arguments) },
            ask: { question in try plugins.ask(question) },
            reload: { try plugins.reload() },
            render: { result, graph, url, layout in
                try ResultDiagram.renderer(DiagramRenderer(registry: plugins.registry))(result, graph, url, layout)
            })

        var session: ShellSession!
        let reader: LineReader
        if interactive {
            reader = EditLineReader(history: history.load()) { request in session.completer.complete(request) }
        } else {
            reader = StreamLineReader()
        }
        session = ShellSession(
            graph: graph, services: services, reader: reader, history: interactive ? history : nil, failFast: failFast)
        if let format {
            guard let chosen = ResultFormat(rawValue: format) else {
                throw CommandError(
                    "unknown format '\(format)'; use one of \(ResultFormat.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            session.settings.format = chosen
        }
        if !interactive { session.settings.rowLimit = nil }
        if interactive {
            let startup = Date().timeIntervalSince(started) * 1000
            print(
                "\(dataset.name): \(graph.nodeCount) nodes, \(graph.relationshipCount) relationships, "
                    + "\(plugins.namedQueries.count) named queries (ready in \(Int(startup)) ms).\n"
                    + "End queries with ;  :help lists commands, Tab completes, Ctrl-C cancels, Ctrl-D leaves.")
        }
        let status = session.run()
        if status != 0 { throw ExitCode(status) }
    }
}

/// The plugins as the shell sees them: the built-in ones plus the data-only
/// packs, which `:reload` reads again.
private final class ShellPlugins {
    private let load: () throws -> PluginRegistry
    private let graph: PropertyGraph
    private(set) var registry: PluginRegistry
    private var matcher: QuestionMatcher

    /// - Parameter load: builds the registry afresh (built-in plugins and packs), for `:reload`.
    init(registry: PluginRegistry, graph: PropertyGraph, load: @escaping () throws -> PluginRegistry) {
        self.load = load
        self.graph = graph
        self.registry = registry
        matcher = QuestionMatcher(registry: registry, graph: graph)
    }

    var summaries: [PluginSummary] {
        registry.plugins.map { plugin in
            PluginSummary(
                id: plugin.id, summary: plugin.summary, origin: registry.origins[plugin.id]?.description ?? "built-in")
        }
    }

    var namedQueries: [NamedQuerySummary] {
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

    func prepare(_ name: String, _ arguments: [String: String]) throws -> PreparedQuery {
        guard let query = registry.namedQuery(name) else {
            let names = registry.namedQueries.map(\.item.id)
            var message = "there is no named query '\(name)'"
            if let close = names.min(by: { EditDistance.between($0, name) < EditDistance.between($1, name) }),
                EditDistance.between(close, name) <= max(3, name.count / 3)
            {
                message += "; did you mean \(close)?"
            }
            throw ShellError(message + " :queries lists them")
        }
        do {
            return PreparedQuery(name: query.id, cypher: query.cypher, parameters: try query.bind(arguments))
        } catch let error as PluginError {
            throw ShellError(error.message.replacingOccurrences(of: "pass --param", with: "add"))
        }
    }

    func ask(_ question: String) throws -> PreparedQuery? {
        switch matcher.match(question) {
        case .matched(let match):
            return PreparedQuery(name: match.query.id, cypher: match.query.cypher, parameters: match.parameters)
        case .unmatched(let suggestions):
            guard !suggestions.isEmpty else { return nil }
            let closest = suggestions.prefix(3).map { "  \($0.pattern.text)  (\($0.query.id))" }.joined(separator: "\n")
            throw ShellError("no named query matches '\(question)'. Questions that come close:\n\(closest)")
        }
    }

    func reload() throws -> String {
        let before = registry.namedQueries.count
        registry = try load()
        matcher = QuestionMatcher(registry: registry, graph: graph)
        let change = registry.namedQueries.count - before
        return "reloaded: \(registry.plugins.count) plugins, \(registry.namedQueries.count) named queries"
            + (change == 0 ? "" : " (\(change > 0 ? "+" : "")\(change))")
    }
}
