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

    func run() throws {
        let started = Date()
        let (dataset, graph) = try datasetOptions.loadGraph()
        let plugins = try ShellPlugins(base: try datasetOptions.registry(), dataset: dataset.root, graph: graph)
        InterruptSignal.install()
        let interactive = isatty(STDIN_FILENO) != 0
        let history = HistoryFile(url: historyFile.map { URL(fileURLWithPath: $0) } ?? HistoryFile.defaultURL())
        let engine = QueryEngine(graph: graph)
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
            guard let chosen = OutputFormat(rawValue: format) else {
                throw CommandError(
                    "unknown format '\(format)'; use one of \(OutputFormat.allCases.map(\.rawValue).joined(separator: ", "))")
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
    private let base: PluginRegistry
    private let dataset: URL
    private let graph: PropertyGraph
    private(set) var registry: PluginRegistry
    private var matcher: QuestionMatcher

    init(base: PluginRegistry, dataset: URL, graph: PropertyGraph) throws {
        self.base = base
        self.dataset = dataset
        self.graph = graph
        (registry, _) = Self.withPacks(base, dataset: dataset, report: true)
        matcher = QuestionMatcher(registry: registry, graph: graph)
    }

    /// `base` plus the packs of the dataset and the user, unless `base` has them already.
    private static func withPacks(_ base: PluginRegistry, dataset: URL, report: Bool) -> (PluginRegistry, [PackFailure]) {
        var registry = base
        if registry.origins.values.contains(where: { if case .pack = $0 { return true } else { return false } }) {
            return (registry, [])
        }
        let sources = PackLoader.sources(dataset: dataset, explicit: [], environment: ProcessInfo.processInfo.environment)
        let failures = PackLoader.load(sources, into: &registry)
        if report {
            for failure in failures { FileHandle.standardError.write(Data("warning: \(failure)\n".utf8)) }
        }
        return (registry, failures)
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
                            value.stringValue ?? "\(value)"
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
        let (fresh, failures) = Self.withPacks(base, dataset: dataset, report: false)
        registry = fresh
        matcher = QuestionMatcher(registry: registry, graph: graph)
        var text = "reloaded: \(registry.plugins.count) plugins, \(registry.namedQueries.count) named queries"
        text += " (\(registry.namedQueries.count - before >= 0 ? "+" : "")\(registry.namedQueries.count - before))"
        for failure in failures { text += "\nskipped: \(failure)" }
        return text
    }
}
