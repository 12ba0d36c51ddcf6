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
            let engine = graph.map { QueryEngine(graph: $0) }
            if let format = try listing.tableFormat() {
                listing.print(columns: Self.detailColumns, rows: [detailRow(query, registry: registry, engine: engine)], as: format)
            } else {
                try detail(query, registry: registry, engine: engine)
            }
            return
        }
        var lines: [String] = []
        for (index, owned) in registry.namedQueries.enumerated() {
            let query = owned.item
            if index > 0 { lines.append("") }
            lines.append("\(query.id)  [\(owned.plugin)]")
            lines.append("  \(query.title.zh) / \(query.title.en)")
            if !query.parameters.isEmpty {
                lines.append("  parameters: " + query.parameters.map(QueriesCommand.describe).joined(separator: ", "))
            }
            let questions = registry.questions.filter { $0.item.query == query.id }.map(\.item)
            if let english = questions.first(where: { $0.text.allSatisfy(\.isASCII) }) {
                lines.append("  ask: \(english.rendered(with: QueriesCommand.exampleTexts(query)))")
            }
            if let chinese = questions.first(where: { !$0.text.allSatisfy(\.isASCII) }) {
                lines.append("  问:  \(chinese.rendered(with: QueriesCommand.exampleTexts(query)))")
            }
        }
        listing.page(lines.joined(separator: "\n") + "\n")
    }

    static let detailColumns = ["id", "plugin", "title_zh", "title_en", "description", "cypher", "parameters", "questions", "example"]

    /// One query in full as a row under `detailColumns`: each parameter a map with the values to try.
    func detailRow(_ query: NamedQuery, registry: PluginRegistry, engine: QueryEngine?) -> [Value] {
        let owner = registry.namedQueries.first { $0.item.id == query.id }?.plugin ?? "?"
        let parameters: [Value] = query.parameters.map { parameter in
            var fields: [String: Value] = [
                "name": .string(parameter.name), "type": .string(parameter.type.rawValue),
                "label": parameter.label.map(Value.string) ?? .null, "default": parameter.defaultValue ?? .null,
                "description": .string(parameter.description),
            ]
            let values = engine.flatMap { try? query.suggestions(for: parameter, on: $0, limit: 12) } ?? []
            fields["try"] = .list(values)
            return .map(fields)
        }
        return [
            .string(query.id), .string(owner), .string(query.title.zh), .string(query.title.en),
            .string(query.description.trimmingCharacters(in: .whitespacesAndNewlines)), .string(query.cypher),
            .list(parameters), .list(registry.questions.filter { $0.item.query == query.id }.map { .string($0.item.text) }),
            .map(query.example.parameters),
        ]
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
        let format = try listing.tableFormat()
        let (_, registry, graph) = try options.load()
        let engine = QueryEngine(graph: graph)
        var failures = 0
        // For scripts: a row per query (id, ok, rows returned, what differs); text for people.
        var rows: [[Value]] = []
        func report(_ id: String, ok: Bool, count: Int?, problem: String?, text: String) {
            rows.append([.string(id), .bool(ok), count.map(Value.int) ?? .null, problem.map(Value.string) ?? .null])
            if format == nil { print(text) }
        }
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
                    report(
                        query.id, ok: false, count: result.rows.count, problem: mismatch,
                        text: "FAIL \(query.id): \(mismatch)\n     it returns (paste under example: if these rows are right):\n"
                            + QueryExample.yaml(columns: result.columns, rows: result.rows, indent: "       "))
                } else {
                    report(query.id, ok: true, count: result.rows.count, problem: nil, text: "ok   \(query.id) (\(result.rows.count) rows)")
                }
            } catch let error as QueryError {
                failures += 1
                report(
                    query.id, ok: false, count: nil, problem: error.message,
                    text: "FAIL \(query.id): the query does not run:\n\(error.rendered(query: query.cypher))")
            }
        }
        if let format { listing.print(columns: ["id", "ok", "rows", "problem"], rows: rows, as: format) }
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
        case .temporal(let t): return t.isoText
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
