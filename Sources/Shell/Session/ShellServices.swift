import Diagrams
import Foundation
import Graph

/// A plugin as `:plugins` lists it.
public struct PluginSummary: Sendable, Equatable {
    public var id: String
    public var summary: String
    /// Where it comes from: `built-in`, or the folder of a data-only pack.
    public var origin: String

    public init(id: String, summary: String, origin: String) {
        self.id = id
        self.summary = summary
        self.origin = origin
    }
}

/// A named query as the shell lists, completes and runs it.
public struct NamedQuerySummary: Sendable, Equatable {
    public struct Parameter: Sendable, Equatable {
        public var name: String
        public var type: String
        /// The value used when none is given, written as it would be typed.
        public var defaultText: String?

        public init(name: String, type: String, defaultText: String? = nil) {
            self.name = name
            self.type = type
            self.defaultText = defaultText
        }
    }

    public var name: String
    public var title: String
    public var parameters: [Parameter]

    public init(name: String, title: String, parameters: [Parameter]) {
        self.name = name
        self.title = title
        self.parameters = parameters
    }
}

/// A named query ready to run: its text and typed parameter values.
public struct PreparedQuery: Sendable, Equatable {
    public var name: String
    public var cypher: String
    public var parameters: [String: Value]

    public init(name: String, cypher: String, parameters: [String: Value]) {
        self.name = name
        self.cypher = cypher
        self.parameters = parameters
    }
}

/// Everything the shell uses beyond the graph: the engine, the plugins and the
/// diagram renderer. The explorer fills it from the libraries; tests fill it
/// with stand-ins.
public struct ShellServices {
    public var datasetName: String
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
    /// Draws `result` into `file` with the Graphviz `layout` (nil: the default)
    /// and says what it wrote.
    public var render: (_ result: ResultTable, _ graph: PropertyGraph, _ file: URL, _ layout: String?) throws -> String

    public init(
        datasetName: String, runner: QueryRunner,
        plugins: @escaping () -> [PluginSummary] = { [] },
        namedQueries: @escaping () -> [NamedQuerySummary] = { [] },
        prepare: @escaping (String, [String: String]) throws -> PreparedQuery = { name, _ in
            throw ShellError("there is no named query '\(name)'; :queries lists them")
        },
        ask: @escaping (String) throws -> PreparedQuery? = { _ in nil },
        reload: @escaping () throws -> String = { "no plugin packs to reload" },
        render: @escaping (ResultTable, PropertyGraph, URL, String?) throws -> String = ResultDiagram.renderer(
            DiagramRenderer())
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
