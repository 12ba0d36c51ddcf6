import Foundation
import ArgumentParser
import Graph
import Plugins

/// `explorer queries [NAME]`: the named questions, or one of them in full.
struct QueriesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "queries",
        abstract: "List named questions.",
        discussion: """
            Without NAME: every named query with its titles, parameters and a way to ask it. \
            With NAME: its description, openCypher text, every phrasing `explorer ask` knows, \
            and values to try for each parameter (from the graph).
            """
    )

    @Option(name: .customLong("name"), help: "Show this query in full (its id).")
    var name: String?

    @Flag(help: "Run every query's example on the dataset and compare its rows; fails if any differs.")
    var check = false

    @OptionGroup var listing: ListingOptions
    @OptionGroup var options: DatasetOptions

    func run() throws {
        if check { return try checkExamples() }
        let registry = try options.registry()
        if name == nil, let format = try listing.tableFormat() {
            let rows: [[Value]] = registry.namedQueries.map { owned in
                let query = owned.item
                let patterns = registry.questions.filter { $0.item.query == query.id }.map(\.item)
                return [
                    .string(query.id), .string(owned.plugin), .string(query.title.zh), .string(query.title.en),
                    .list(query.parameters.map { .string(QueriesCommand.describe($0)) }),
                    .list(patterns.map { .string($0.text) }), .string(query.cypher),
                ]
            }
            listing.print(columns: ["id", "plugin", "title_zh", "title_en", "parameters", "questions", "cypher"], rows: rows, as: format)
            return
        }
        if let name {
            guard let query = registry.namedQuery(name) else {
                throw CommandError(QueriesCommand.unknown(name, in: registry))
            }
            // Values to try come from the graph; without one the rest still prints.
            let graph = try? options.open().loadGraph(registry: registry)
            try detail(query, registry: registry, engine: graph.map { QueryEngine(graph: $0) })
            return
        }
        for (index, owned) in registry.namedQueries.enumerated() {
            let query = owned.item
            if index > 0 { print("") }
            print("\(query.id)  [\(owned.plugin)]")
            print("  \(query.title.zh) / \(query.title.en)")
            if !query.parameters.isEmpty {
                print("  parameters: " + query.parameters.map(QueriesCommand.describe).joined(separator: ", "))
            }
            let questions = registry.questions.filter { $0.item.query == query.id }.map(\.item)
            if let english = questions.first(where: { $0.text.allSatisfy(\.isASCII) }) {
                print("  ask: \(english.rendered(with: QueriesCommand.exampleTexts(query)))")
            }
            if let chinese = questions.first(where: { !$0.text.allSatisfy(\.isASCII) }) {
                print("  问:  \(chinese.rendered(with: QueriesCommand.exampleTexts(query)))")
            }
        }
    }

    func detail(_ query: NamedQuery, registry: PluginRegistry, engine: QueryEngine?) throws {
        let owner = registry.namedQueries.first { $0.item.id == query.id }?.plugin ?? "?"
        print("\(query.id)  [\(owner)]")
        print("\(query.title.zh) / \(query.title.en)")
        if !query.description.isEmpty { print("\n\(query.description.trimmingCharacters(in: .whitespacesAndNewlines))") }
        print("\nopenCypher:")
        for line in query.cypher.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: "\n", omittingEmptySubsequences: false) {
            print("  \(line)")
        }
        if !query.parameters.isEmpty {
            print("\nparameters:")
            for parameter in query.parameters {
                var line = "  \(QueriesCommand.describe(parameter))"
                if !parameter.description.isEmpty { line += "  \(parameter.description)" }
                print(line)
                if let engine, let values = try? query.suggestions(for: parameter, on: engine, limit: 12), !values.isEmpty {
                    print("    try: " + values.map(QueriesCommand.text).joined(separator: ", "))
                }
            }
        }
        print("\nquestions:")
        for pattern in registry.questions.filter({ $0.item.query == query.id }) {
            print("  \(pattern.item.text)" + (pattern.plugin == owner ? "" : "  [\(pattern.plugin)]"))
        }
        let example = query.example.parameters.keys.sorted().map { " --param \($0)=\(QueriesCommand.text(query.example.parameters[$0]!))" }.joined()
        print("\nexample: explorer run \(query.id)\(example)")
        if let style = query.diagram.style { print("diagram: style \(style), layout \(query.diagram.layout)") }
    }

    /// Runs each example as the test suite does, so a pack author can check a pack.
    func checkExamples() throws {
        let (_, registry, graph) = try options.load()
        let engine = QueryEngine(graph: graph)
        var failures = 0
        for owned in registry.namedQueries where name == nil || owned.item.id == name {
            let query = owned.item
            var parameters = query.example.parameters
            for parameter in query.parameters where parameters[parameter.name] == nil {
                parameters[parameter.name] = parameter.defaultValue
            }
            parameters = query.resolvingNames(parameters, in: graph, lexicons: registry.lexicons.map(\.item))
            do {
                let result = try query.run(on: engine, parameters: parameters)
                if let mismatch = query.example.mismatch(columns: result.columns, rows: result.rows) {
                    failures += 1
                    print("FAIL \(query.id): \(mismatch)")
                    print("     it returns (paste under example: if these rows are right):")
                    print(QueryExample.yaml(columns: result.columns, rows: result.rows, indent: "       "))
                } else {
                    print("ok   \(query.id) (\(result.rows.count) rows)")
                }
            } catch let error as QueryError {
                failures += 1
                print("FAIL \(query.id): the query does not run:\n\(error.rendered(query: query.cypher))")
            }
        }
        if failures > 0 {
            throw CommandError("\(failures) example(s) differ; fix the query or, if the new rows are right, its example")
        }
    }

    /// `industry: string of Industry = 人工智能`
    static func describe(_ parameter: QueryParameter) -> String {
        var text = "\(parameter.name): \(parameter.type.rawValue)"
        if let label = parameter.label { text += " (:\(label))" }
        if let fallback = parameter.defaultValue { text += " = \(Self.text(fallback))" }
        return text
    }

    static func text(_ value: Value) -> String {
        switch value {
        case .string(let s): return s
        case .int(let i): return String(i)
        case .float(let f): return String(f)
        case .bool(let b): return String(b)
        default: return "\(value)"
        }
    }

    /// The example's values, to show a question as someone would ask it.
    static func exampleTexts(_ query: NamedQuery) -> [String: String] {
        query.example.parameters.mapValues(text)
    }

    /// An error for a query id nobody added, naming the closest ones.
    static func unknown(_ name: String, in registry: PluginRegistry) -> String {
        let close = NamedQuery.closestIDs(to: name, among: registry.namedQueries.map(\.item.id))
        var message = "no named query '\(name)'"
        if !close.isEmpty { message += "; did you mean \(close.joined(separator: ", "))?" }
        return message + " (`explorer queries` lists them all)"
    }
}
