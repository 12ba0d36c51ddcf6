import ArgumentParser
import Diagrams
import FalkorDB
import Foundation
import Graph
import Plugins
import Shell

/// `explorer run NAME --param k=v [--render FILE]`: run a named query.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run a named question.",
        discussion: """
            NAME is a query id from `explorer queries`. Parameters not given take their defaults; \
            names and aliases are accepted as written (市发改委). With --render the result is also \
            drawn, by the query's own diagram query and style.

            Example: explorer run work-plans.units-for-industry --param industry=人工智能 --render ai.svg
            """
    )

    @Argument(help: "The named query's id, e.g. work-plans.units-for-industry.")
    var name: String

    @Option(name: .customLong("param"), help: ArgumentHelp("A parameter as name=value; repeatable.", valueName: "name=value"))
    var parameters: [String] = []

    @OptionGroup var output: NamedQueryOutputOptions
    @OptionGroup var options: DatasetOptions

    @OptionGroup var engineOptions: EngineOptions

    func run() throws {
        let server = try engineOptions.server()
        // On a server the dataset gives the plugins; the names to resolve are the server's.
        let (registry, graph): (PluginRegistry, PropertyGraph)
        if let server { (registry, graph) = (try options.registry(), try server.names()) } else {
            let loaded = try options.load()
            (registry, graph) = (loaded.registry, loaded.graph)
        }
        guard let query = registry.namedQuery(name) else {
            throw CommandError(QueriesCommand.unknown(name, in: registry))
        }
        var texts: [String: String] = [:]
        for pair in parameters {
            guard let equals = pair.firstIndex(of: "="), equals != pair.startIndex else {
                throw CommandError("--param '\(pair)' must be name=value, e.g. --param industry=人工智能")
            }
            texts[String(pair[..<equals])] = String(pair[pair.index(after: equals)...])
        }
        let values: [String: Value]
        do { values = try query.bind(texts) } catch let error as PluginError { throw CommandError(error.message) }
        let resolved = query.resolvingNames(values, in: graph, lexicons: registry.lexicons.map(\.item))
        for warning in query.unknownNames(in: resolved, graph: graph) {
            StandardStreams.error("warning: \(TerminalSafeText.escaped(warning, keepingLayout: true))\n")
        }
        try output.present(query, parameters: resolved, graph: graph, registry: registry, server: server)
    }
}

/// How `run` and `ask` print a named query's result and draw it.
struct NamedQueryOutputOptions: ParsableArguments {
    @Option(help: "Output format: table, csv, json, jsonl or markdown (default: table on a terminal, else json).")
    var format: String?

    @Option(help: ArgumentHelp("Also draw the result into FILE (.svg, .png, .pdf or .dot).", valueName: "file"))
    var render: String?

    @Option(help: "Graphviz layout for --render, instead of the query's own (dot, neato, fdp, sfdp, circo, twopi).")
    var layout: String?

    @Flag(name: .customLong("no-pager"), help: "Print a result taller than the terminal directly instead of through $PAGER.")
    var noPager = false

    @OptionGroup var limits: QueryLimitOptions

    /// Runs `query` (on `server` when given, else on `graph`), prints its rows in the chosen format, and draws it when asked.
    func present(
        _ query: NamedQuery, parameters: [String: Value], graph: PropertyGraph, registry: PluginRegistry, server: FalkorGraph? = nil
    ) throws {
        let format = try ResultFormat.chosen(format)
        let result: QueryResult
        let shown: PropertyGraph
        let drawing: () throws -> (Subgraph, PropertyGraph)
        if let server {
            let answer = try server.answer(query.cypher, parameters: parameters)
            (result, shown) = (answer.result, answer.graph)
            drawing = {
                guard let cypher = query.diagram.cypher else { return (Subgraph(collectingFrom: result.rows.flatMap { $0 }, in: shown), shown) }
                let drawn = try server.answer(cypher, parameters: parameters)
                return (Subgraph(collectingFrom: drawn.result.rows.flatMap { $0 }, in: drawn.graph), drawn.graph)
            }
        } else {
            let engine = QueryEngine(graph: graph, limits: limits.limits)
            engine.procedures = registry.procedureCatalog
            shown = graph
            do { result = try query.run(on: engine, parameters: parameters) } catch let error as QueryError {
                throw CommandError("named query '\(query.id)' failed:\n\(error.rendered(query: query.cypher))")
            }
            drawing = {
                do { return (try query.diagramSubgraph(on: engine, parameters: parameters, result: result), engine.graph) } catch let error as QueryError {
                    throw CommandError("the diagram query of '\(query.id)' failed:\n\(error.rendered(query: query.diagram.cypher ?? query.cypher))")
                }
            }
        }
        let formatter = ResultFormatter(graph: shown, terminalWidth: TerminalSize.of()?.columns)
        if isatty(STDOUT_FILENO) != 0 && !noPager {
            let text = formatter.format(result, as: format)
            Pager.show(text, enabled: true, otherwise: StandardOutput.write)
        } else {
            formatter.write(result, as: format, to: StandardOutput.write)
        }
        guard let render else { return }
        let (subgraph, drawnGraph) = try drawing()
        guard !subgraph.isEmpty else {
            throw CommandError("nothing to draw: the result of '\(query.id)' has no nodes; \(render) was not written")
        }
        var style = DiagramStyle.effective(for: registry)
        if let id = query.diagram.style {
            if let chosen = registry.style(id) { style = style.merging(chosen) } else {
                StandardStreams.error("warning: query '\(query.id)' asks for style '\(id)', which no plugin adds; using the default styles\n")
            }
        }
        let filled = query.parameters.compactMap { p in parameters[p.name].map { "\(p.name)=\(QueriesCommand.text($0))" } }
        let title = "\(query.title.zh) / \(query.title.en)" + (filled.isEmpty ? "" : " (\(filled.joined(separator: ", ")))")
        let report: RenderReport
        do {
            let view = try query.diagram.view.map(DiagramView.named) ?? .graph
            let renderer = DiagramRenderer(style: style, options: DiagramOptions(title: title, view: view))
            report = try renderer.render(drawnGraph, subgraph: subgraph, to: URL(fileURLWithPath: render), layout: layout ?? query.diagram.layout)
        } catch let error as DiagramError {
            // run and ask have no --around or --max-nodes: the way out is a narrower question or explorer render.
            throw CommandError(error.message(narrowing:
                "\(render) was not written; narrow the question (its parameters), or draw part of the graph with "
                + "`explorer render --around NAME` or `--label L`"))
        }
        StandardStreams.error("diagram: \(render) (\(report.nodeCount) nodes, \(report.relationshipCount) relationships)\n")
    }
}
