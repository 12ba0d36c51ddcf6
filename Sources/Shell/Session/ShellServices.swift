import Diagrams
import Foundation
import Graph

/// A plugin as `:plugins` lists it.
public struct PluginSummary: Sendable, Equatable {
    /// The plugin's unique id.
    public var id: String
    /// One line on what it contributes.
    public var summary: String
    /// Where it comes from: `built-in`, or the folder of a data-only pack.
    public var origin: String

    /// A plugin summary as `:plugins` prints it.
    public init(id: String, summary: String, origin: String) {
        self.id = id
        self.summary = summary
        self.origin = origin
    }
}

/// A named query as the shell lists, completes and runs it.
public struct NamedQuerySummary: Sendable, Equatable {
    /// One parameter: its name, type and default.
    public struct Parameter: Sendable, Equatable {
        /// Written `name=value` after `:run NAME`.
        public var name: String
        /// `string`, `int`, `float` or `bool`.
        public var type: String
        /// The value used when none is given, written as it would be typed.
        public var defaultText: String?

        /// A parameter as `:queries` lists it.
        public init(name: String, type: String, defaultText: String? = nil) {
            self.name = name
            self.type = type
            self.defaultText = defaultText
        }
    }

    /// The query's id, e.g. `work-plans.units-for-industry`.
    public var name: String
    /// Its title in Chinese and English.
    public var title: String
    /// In the order they are asked for.
    public var parameters: [Parameter]

    /// A named query as the shell lists it.
    public init(name: String, title: String, parameters: [Parameter]) {
        self.name = name
        self.title = title
        self.parameters = parameters
    }
}

/// A named query ready to run: its text and typed parameter values.
public struct PreparedQuery: Sendable, Equatable {
    /// The named query's id.
    public var name: String
    /// The openCypher text, with `$name` parameters.
    public var cypher: String
    /// The typed values for its parameters.
    public var parameters: [String: Value]
    /// Warnings to show before it runs, e.g. a name that names no node.
    public var warnings: [String]

    /// A query ready to run.
    public init(name: String, cypher: String, parameters: [String: Value], warnings: [String] = []) {
        self.name = name
        self.cypher = cypher
        self.parameters = parameters
        self.warnings = warnings
    }
}

/// What `:render` asks to draw.
public struct RenderRequest {
    /// The last result.
    public var result: ResultTable
    /// The named query that gave it (`:run`, `:ask`), whose own diagram settings apply; nil for a typed query.
    public var query: PreparedQuery?
    /// The graph the result refers to.
    public var graph: PropertyGraph
    /// The file to write; its extension picks the format.
    public var file: URL
    /// The Graphviz layout asked for; nil leaves it to the query or to `dot`.
    public var layout: String?
    /// The view asked for (graph, matrix, timeline); nil leaves it to the query or to a graph.
    public var view: String?

    /// A request to draw `result` into `file`.
    public init(result: ResultTable, query: PreparedQuery?, graph: PropertyGraph, file: URL, layout: String?, view: String? = nil) {
        self.result = result
        self.query = query
        self.graph = graph
        self.file = file
        self.layout = layout
        self.view = view
    }
}

/// Everything the shell uses beyond the graph: the engine, the plugins and the
/// diagram renderer. The explorer fills it from the libraries; tests fill it
/// with stand-ins.
public struct ShellServices {
    /// Shown in the prompt.
    public var datasetName: String
    /// Runs the openCypher statements.
    public var runner: QueryRunner
    /// The loaded plugins and packs.
    public var plugins: () -> [PluginSummary]
    /// The named queries of the loaded plugins.
    public var namedQueries: () -> [NamedQuerySummary]
    /// Binds `name=text` arguments to the named query `name`; throws on an
    /// unknown query, an unknown parameter or a value of the wrong type.
    public var prepare: (_ name: String, _ arguments: [String: String]) throws -> PreparedQuery
    /// Matches a question to a named query; nil when none matches.
    public var ask: (_ question: String) throws -> PreparedQuery?
    /// Reloads the data-only plugin packs; returns what changed, for a person.
    public var reload: () throws -> String
    /// Draws the last result as `:render` asks and says what it wrote.
    public var render: (_ request: RenderRequest) throws -> String
    /// The text of a document by its id, for `:why` to quote whole
    /// sentences; nil when the document cannot be read.
    public var documentText: (_ document: String) -> String? = { _ in nil }
    /// The procedures `CALL` runs, for `:help` and completion.
    public var procedures: () -> [Procedure] = { ProcedureCatalog.builtIn.all }
    /// Appends update statements (without `;`) under an optional note to the dataset's curation
    /// file (`:curate`) and says where; nil when there is no dataset folder to write to.
    public var saveCuration: ((_ statements: [String], _ note: String?) throws -> String)? = nil

    /// Services with stand-ins for what is not given: no plugins, no named
    /// queries, and diagrams in the schema style.
    public init(
        datasetName: String, runner: QueryRunner,
        plugins: @escaping () -> [PluginSummary] = { [] },
        namedQueries: @escaping () -> [NamedQuerySummary] = { [] },
        prepare: @escaping (String, [String: String]) throws -> PreparedQuery = { name, _ in
            throw ShellError("there is no named query '\(name)'; :queries lists them")
        },
        ask: @escaping (String) throws -> PreparedQuery? = { _ in nil },
        reload: @escaping () throws -> String = { "no plugin packs to reload" },
        render: @escaping (RenderRequest) throws -> String = ResultDiagram.renderer(DiagramRenderer())
    ) {
        self.datasetName = datasetName
        self.runner = runner
        self.plugins = plugins
        self.namedQueries = namedQueries
        self.prepare = prepare
        self.ask = ask
        self.reload = reload
        self.render = render
    }
}
