import ArgumentParser
import Foundation
import FalkorDB
import Graph
import Plugins
import Shell

/// `explorer query`: run openCypher queries against a dataset's graph.
struct QueryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "query",
        abstract: "Run an openCypher query against the dataset's graph.",
        discussion: """
            Examples:
              explorer query "MATCH (a:Agency)-[:LEADS]->(t:Task) RETURN a.name, t.code"
              explorer query --param n=人工智能 'MATCH (i:Industry {name: $n}) RETURN i'
              explorer query -f facts.cypher --format csv
              explorer query "EXPLAIN MATCH (a:Agency)-->(t:Task) RETURN t"

            A --param value is read as a Cypher literal (42, 1.5, true, [1, 2], {a: 1}, 'text'), \
            else taken as a string. CREATE changes the graph only for the rest of the run.
            """
    )

    @OptionGroup var options: DatasetOptions

    @Argument(help: "The query. With a single argument, it is the query and DATASET is the default.")
    var query: String?

    @Option(name: [.customShort("f"), .long], help: "Run the statements of this file, separated by ';'.")
    var file: String?

    @Option(name: .customLong("param"), help: "A parameter as name=value; repeat for more.")
    var parameters: [String] = []

    @Option(help: "Output format: table, csv, json, jsonl or markdown (default: table on a terminal, else json).")
    var format: String?

    @Flag(name: .customLong("no-pager"), help: "Print a result taller than the terminal directly instead of through $PAGER.")
    var noPager = false

    @OptionGroup var limits: QueryLimitOptions
    @OptionGroup var engineOptions: EngineOptions

    func run() throws {
        var datasetOptions = options
        var text = query
        if text == nil && file == nil {
            // One positional argument: it is the query, and the dataset is the default.
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: options.dataset, isDirectory: &isFolder), isFolder.boolValue {
                throw CommandError(
                    "no query given; write it after the dataset, as in: explorer query \(options.dataset) \"MATCH (n) RETURN n LIMIT 5\"")
            }
            text = options.dataset
            datasetOptions.dataset = DatasetOptions.defaultDataset
        }
        let outputFormat = try ResultFormat.chosen(format)
        let parameterValues = try parsedParameters()

        var statements: [(text: String, offset: Int)] = []
        var source = text ?? ""
        var sourceName = "query"
        if let file {
            guard FileManager.default.fileExists(atPath: file) else {
                throw CommandError("the query file \(file) does not exist; check the path")
            }
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: file, isDirectory: &isFolder), isFolder.boolValue {
                throw CommandError("the query file \(file) is a folder; give the file that holds the query (-f FOLDER/query.cypher)")
            }
            let contents: String
            do {
                // Saved from a Chinese editor, a query file may be GB18030; the documents' decoder reads both.
                let data = try Data(contentsOf: URL(fileURLWithPath: file))
                contents = try DocumentReader.decode(data, file: file)
            } catch let error as DatasetError {
                throw CommandError("cannot read the query file: \(error.message)")
            } catch {
                throw CommandError("cannot read the query file \(file): \(error.localizedDescription)")
            }
            source = contents
            sourceName = file
            do {
                statements = try QueryEngine.statements(inScript: contents)
            } catch let error as QueryError {
                throw CommandError("\(sourceName): " + error.rendered(query: contents))
            }
            if let text { statements.append((text, -1)) }
        } else {
            statements = [(source, 0)]
        }
        guard !statements.isEmpty else { throw CommandError("\(sourceName) has no statements") }

        if let server = try engineOptions.server() {
            try runOnServer(server, statements, parameters: parameterValues, format: outputFormat)
            return
        }
        let (_, registry, graph) = try datasetOptions.load()
        let engine = QueryEngine(graph: graph, limits: limits.limits)
        engine.procedures = registry.procedureCatalog
        engine.similarNames = PinyinIndex.similarNames(in: graph)
        var output = ""
        for (index, statement) in statements.enumerated() {
            let trimmed = statement.text.trimmingCharacters(in: .whitespacesAndNewlines)
            do {
                if trimmed.uppercased().hasPrefix("EXPLAIN") {
                    output += try engine.explain(statement.text) + "\n"
                } else if trimmed.uppercased().hasPrefix("PROFILE") {
                    output += try engine.profile(statement.text, parameters: parameterValues) + "\n"
                } else {
                    for notice in engine.notices(for: statement.text) {
                        StandardStreams.error("warning: \(TerminalSafeText.escaped("\(notice)", keepingLayout: true))\n")
                    }
                    let result = try engine.execute(statement.text, parameters: parameterValues)
                    if outputFormat == .json || outputFormat == .jsonl {
                        for column in ResultFormatter.nonFiniteColumns(result) {
                            StandardStreams.error(
                                "warning: column \(TerminalSafeText.escaped(column, keepingLayout: true)) holds Infinity or NaN, "
                                    + "which JSON cannot write; written as null\n")
                        }
                    }
                    let formatter = ResultFormatter(graph: engine.graph, terminalWidth: TerminalSize.of()?.columns)
                    if isatty(STDOUT_FILENO) != 0 && !noPager {
                        // On a terminal the whole text is kept, to page it when it is taller than the screen.
                        output += formatter.format(result, as: outputFormat)
                    } else {
                        // Written as it is formatted: a large result is not held twice, as rows and as text.
                        StandardOutput.write(output)
                        output = ""
                        formatter.write(result, as: outputFormat, to: StandardOutput.write)
                    }
                }
            } catch var error as QueryError {
                StandardOutput.write(output)
                // Point into the whole file, so the line number is the file's.
                if file != nil, statement.offset >= 0, let offset = error.offset {
                    error.offset = offset + statement.offset
                    throw CommandError("\(sourceName), statement \(index + 1): " + error.rendered(query: source))
                }
                throw CommandError(error.rendered(query: statement.text))
            }
            if statements.count > 1 && outputFormat == .table && index < statements.count - 1 { output += "\n" }
        }
        Pager.show(output, enabled: !noPager, otherwise: StandardOutput.write)
    }

    /// The statements run by a FalkorDB server, printed as the embedded engine's are.
    private func runOnServer(
        _ server: FalkorGraph, _ statements: [(text: String, offset: Int)], parameters: [String: Value], format: ResultFormat
    ) throws {
        var output = ""
        for (index, statement) in statements.enumerated() {
            if statement.text.trimmingCharacters(in: .whitespacesAndNewlines).uppercased().hasPrefix("EXPLAIN") {
                throw CommandError("EXPLAIN shows the embedded engine's plan; run it without --engine (FalkorDB's own is GRAPH.EXPLAIN)")
            }
            let answer: FalkorGraph.Answer
            do { answer = try server.answer(statement.text, parameters: parameters) } catch {
                StandardOutput.write(output)
                throw statements.count > 1 ? CommandError("statement \(index + 1): \(error)") : error
            }
            if answer.result.rows.isEmpty {
                for notice in Self.nameNotices(for: statement.text, on: server) {
                    StandardStreams.error("warning: \(TerminalSafeText.escaped(notice, keepingLayout: true))\n")
                }
            }
            let formatter = ResultFormatter(graph: answer.graph, terminalWidth: TerminalSize.of()?.columns)
            output += formatter.format(answer.result, as: format)
            if statements.count > 1 && format == .table && index < statements.count - 1 { output += "\n" }
        }
        Pager.show(output, enabled: !noPager && isatty(STDOUT_FILENO) != 0, otherwise: StandardOutput.write)
    }

    /// Why an empty answer may be empty: the server matches `name` only, so a
    /// name compared for equality that is some node's alias (`{name: '市发改委'}`)
    /// matches nothing. Only the compared names are looked up, so this stays
    /// cheap on a server holding millions of nodes. Best effort: no notice when
    /// the lookup fails.
    static func nameNotices(for query: String, on server: FalkorGraph) -> [String] {
        let names = QueryEngine.comparedNames(in: query)
        guard !names.isEmpty else { return [] }
        var elements = FalkorElements()
        guard (try? server.query(
            "MATCH (n) WHERE n.name IN $names OR any(a IN coalesce(n.aliases, []) WHERE a IN $names) RETURN n LIMIT 100",
            parameters: ["names": .list(names.map(Value.string))], into: &elements)) != nil
        else { return [] }
        return QueryEngine(graph: elements.graph).nameNotices(for: query)
    }

    private func parsedParameters() throws -> [String: Value] {
        var values: [String: Value] = [:]
        for parameter in parameters {
            guard let equals = parameter.firstIndex(of: "="), equals != parameter.startIndex else {
                throw CommandError("--param '\(parameter)' needs the form name=value, as in --param limit=5")
            }
            let name = String(parameter[..<equals]).trimmingCharacters(in: .whitespaces)
            let raw = String(parameter[parameter.index(after: equals)...])
            do { values[name] = try QueryEngine.parameterValue(raw) } catch let error as QueryError {
                throw CommandError(
                    "--param \(name): the value is not a valid literal; write text in quotes, as in --param \(name)=\"'text'\"\n"
                        + error.rendered(query: raw))
            }
        }
        return values
    }
}
