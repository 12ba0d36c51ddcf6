import ArgumentParser
import FalkorDB
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

    @Flag(name: .customLong("no-pager"), help: "Print a result taller than the terminal directly instead of through $PAGER.")
    var noPager = false

    @Option(help: "Keep the history in this file instead of the state folder.")
    var historyFile: String?

    @OptionGroup var limits: QueryLimitOptions

    @OptionGroup var engineOptions: EngineOptions

    func run() throws {
        let started = Date()
        let options = datasetOptions
        let dataset: Dataset
        let registry: PluginRegistry
        let graph: PropertyGraph
        let runner: QueryRunner
        var engine: QueryEngine?
        let name: String
        let promptName: String
        let counts: (nodes: Int, relationships: Int)
        if let server = try engineOptions.server() {
            // The dataset gives the plugins and the documents `:why` quotes; the graph is the server's.
            dataset = try options.open()
            registry = try options.registry()
            let remote: FalkorShellRunner
            do { remote = try FalkorShellRunner(server: server) } catch let error as FalkorError {
                throw CommandError("--engine \(server.address): \(error.description)")
            }
            (graph, runner, name) = (remote.elements.graph, remote, "\(server.address) (FalkorDB)")
            // The prompt names where queries run: the server's graph, not the local dataset.
            promptName = "falkordb:\(server.address.graph)"
            let nodes = try server.answer("MATCH (n) RETURN count(n)").result.rows.first?.first?.intValue ?? 0
            let relationships = try server.answer("MATCH ()-[r]->() RETURN count(r)").result.rows.first?.first?.intValue ?? 0
            counts = (nodes, relationships)
        } else {
            let loaded = try options.load()
            (dataset, registry, graph) = (loaded.dataset, loaded.registry, loaded.graph)
            let local = QueryEngine(graph: graph, limits: limits.limits)
            local.similarNames = PinyinIndex.similarNames(in: graph)
            (runner, engine, name) = (local, local, dataset.name)
            promptName = dataset.name
            counts = (graph.nodeCount, graph.relationshipCount)
        }
        let plugins = PluginCatalog(registry: registry, graph: graph, load: { try options.registry() })
        InterruptSignal.install()
        let interactive = isatty(STDIN_FILENO) != 0
        let history = HistoryFile(url: historyFile.map { URL(fileURLWithPath: $0) } ?? HistoryFile.defaultURL())
        var services = ShellServices(datasetName: promptName, runner: runner)
        plugins.install(into: &services, engine: engine)
        services.documentText = Self.documentReader(for: dataset)
        services.saveCuration = { statements, note in
            let url = dataset.curationAppendURL
            try CurationFile.append(statements, note: note, to: url)
            let file = url.path.hasPrefix(dataset.root.path + "/") ? String(url.path.dropFirst(dataset.root.path.count + 1)) : url.path
            return "saved \(statements.count) update\(statements.count == 1 ? "" : "s") to \(file); "
                + "`explorer build` replays \(statements.count == 1 ? "it" : "them") after every rebuild"
        }

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
        session.settings.fitsTerminal = interactive && isatty(STDOUT_FILENO) != 0
        session.settings.paging = session.settings.fitsTerminal && !noPager
        if interactive {
            let startup = Date().timeIntervalSince(started) * 1000
            print(
                "\(name): \(counts.nodes) nodes, \(counts.relationships) relationships, "
                    + "\(plugins.namedQueries.count) named queries (ready in \(Int(startup)) ms).\n"
                    + "End queries with ;  :help lists commands, Tab completes, Ctrl-C cancels, Ctrl-D leaves.")
        }
        if interactive {
            // Spell every name in pinyin while the user reads the prompt, not at the first Tab.
            let names = graph.indexedNames
            let completer = session.completer
            DispatchQueue.global(qos: .utility).async { completer.prepare(names: names) }
        }
        let status = session.run()
        if let lost = ShellOutput.standardOutputFailure { StandardOutput.failure = StandardOutput.failure ?? lost }
        if status != 0 { throw ExitCode(status) }
    }

    /// Reads a document of `dataset` by its id, decoded as extraction decodes
    /// it, once: `:why` quotes the sentence around each source from it.
    static func documentReader(for dataset: Dataset) -> (String) -> String? {
        let files = Dictionary(dataset.entries.map { (Dataset.documentID(for: $0.file), $0.file) }, uniquingKeysWith: { first, _ in first })
        final class Cache: @unchecked Sendable { var texts: [String: String?] = [:] }
        let cache = Cache()
        return { id in
            if let known = cache.texts[id] { return known }
            let text = files[id].flatMap { file -> String? in
                guard let data = try? Data(contentsOf: dataset.root.appendingPathComponent(file)) else { return nil }
                return try? DocumentReader.decode(data, file: file)
            }
            cache.texts[id] = text
            return text
        }
    }
}
