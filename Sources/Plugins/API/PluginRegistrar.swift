import Graph

/// An error in registering a plugin's contributions.
public struct PluginError: Error, Equatable, CustomStringConvertible {
    public let message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

/// Everything the loaded plugins contribute, with who added what.
/// A value passed around, not a global.
public struct PluginRegistry: Sendable {
    public struct Owned<Item: Sendable>: Sendable {
        public let plugin: String
        public let item: Item
    }

    public internal(set) var plugins: [(id: String, summary: String)] = []
    public internal(set) var lexicons: [Owned<Lexicon>] = []
    public internal(set) var extractors: [Owned<any Extractor>] = []
    public internal(set) var styles: [Owned<DiagramStyle>] = []
    public internal(set) var namedQueries: [Owned<NamedQuery>] = []
    /// Every question pattern: those of the named queries and those added on their own.
    public internal(set) var questions: [Owned<QuestionPattern>] = []
    /// The index in `questions` of each pattern's shape: a new pattern is checked
    /// against it, not against every pattern normalized again (which made loading
    /// the built-in plugins quadratic in their questions).
    var questionsByShape: [String: Int] = [:]
    /// Procedures for `CALL`, besides the engine's built-ins.
    public internal(set) var procedures: [Owned<Procedure>] = []
    /// Where each loaded plugin came from, by plugin id.
    public internal(set) var origins: [String: PluginOrigin] = [:]

    public init() {}

    /// Registers each plugin in order; a duplicate id or contribution name throws.
    public init(plugins: [any DomainPlugin]) throws {
        self.init()
        for plugin in plugins { try load(plugin) }
    }

    /// Registers one plugin. Either all it adds is registered or, when it
    /// throws, nothing is: a broken plugin never leaves half its contributions.
    public mutating func load(_ plugin: any DomainPlugin, origin: PluginOrigin = .builtIn) throws {
        guard !plugins.contains(where: { $0.id == plugin.id }) else {
            let other = origins[plugin.id].map { " (already loaded from \($0))" } ?? ""
            throw PluginError("plugin '\(plugin.id)' is loaded twice\(other); give one of them another id")
        }
        var registrar = PluginRegistrar(registry: self, plugin: plugin.id)
        try plugin.register(with: &registrar)
        self = registrar.registry
        plugins.append((plugin.id, plugin.summary))
        origins[plugin.id] = origin
    }

    /// The named query with this id.
    public func namedQuery(_ id: String) -> NamedQuery? {
        namedQueries.first { $0.item.id == id }?.item
    }

    /// The style with this id.
    public func style(_ id: String) -> DiagramStyle? {
        styles.first { $0.item.id == id }?.item
    }

    /// The engine's built-in procedures and every plugin's, for `QueryEngine.procedures`.
    public var procedureCatalog: ProcedureCatalog {
        var catalog = ProcedureCatalog.builtIn
        // `add(procedure:)` refused names already taken, so registering cannot fail here.
        for owned in procedures { try? catalog.register(owned.item) }
        // The named queries as a table: it needs every plugin's and pack's queries, known only here.
        try? catalog.register(ExplorerProcedures.queries(namedQueries.map { ($0.plugin, $0.item) }))
        return catalog
    }

    /// Lexicons by id, for extractors.
    public var extractionContext: ExtractionContext {
        ExtractionContext(lexicons: Dictionary(lexicons.map { ($0.item.id, $0.item) }, uniquingKeysWith: { a, _ in a }))
    }
}

/// Handed to one plugin's `register(with:)`; records that plugin as the owner
/// of everything it adds and refuses names already taken.
public struct PluginRegistrar {
    public internal(set) var registry: PluginRegistry
    public let plugin: String

    init(registry: PluginRegistry, plugin: String) {
        self.registry = registry
        self.plugin = plugin
    }

    public mutating func add(lexicon: Lexicon) throws {
        if let other = registry.lexicons.first(where: { $0.item.id == lexicon.id }) {
            throw PluginError("plugin '\(plugin)' adds lexicon '\(lexicon.id)', already added by '\(other.plugin)'")
        }
        registry.lexicons.append(.init(plugin: plugin, item: lexicon))
    }

    public mutating func add(extractor: any Extractor) throws {
        if let other = registry.extractors.first(where: { $0.item.id == extractor.id }) {
            throw PluginError("plugin '\(plugin)' adds extractor '\(extractor.id)', already added by '\(other.plugin)'")
        }
        registry.extractors.append(.init(plugin: plugin, item: extractor))
    }

    public mutating func add(style: DiagramStyle) throws {
        if let other = registry.styles.first(where: { $0.item.id == style.id }) {
            throw PluginError("plugin '\(plugin)' adds style '\(style.id)', already added by '\(other.plugin)'")
        }
        registry.styles.append(.init(plugin: plugin, item: style))
    }

    /// Adds a procedure that `CALL` runs. Throws when the name is a built-in's or another plugin's.
    public mutating func add(procedure: Procedure) throws {
        if ProcedureCatalog.builtIn.procedure(named: procedure.name) != nil {
            throw PluginError("plugin '\(plugin)' adds procedure '\(procedure.name)', which is built in; choose another name")
        }
        if let other = registry.procedures.first(where: { $0.item.name == procedure.name }) {
            throw PluginError(
                "plugin '\(plugin)' adds procedure '\(procedure.name)', already added by '\(other.plugin)'")
        }
        registry.procedures.append(.init(plugin: plugin, item: procedure))
    }

    /// Adds a named query and its question patterns. Throws on a taken id or
    /// question, and on a query that could not run as written (see `NamedQuery.validate`).
    public mutating func add(namedQuery query: NamedQuery) throws {
        if let other = registry.namedQueries.first(where: { $0.item.id == query.id }) {
            throw PluginError("plugin '\(plugin)' adds query '\(query.id)', already added by '\(other.plugin)'")
        }
        try query.validate()
        var patterns: [QuestionPattern] = []
        for text in query.questions { patterns.append(try QuestionPattern(query: query.id, text: text)) }
        var staged = self
        staged.registry.namedQueries.append(.init(plugin: plugin, item: query))
        for pattern in patterns { try staged.add(question: pattern) }
        self = staged
    }

    /// Adds a phrasing for a registered query (this plugin's or another's).
    /// Throws when the query is unknown, a slot is not one of its parameters,
    /// or the same words already ask another question.
    public mutating func add(question pattern: QuestionPattern) throws {
        guard let query = registry.namedQuery(pattern.query) else {
            throw PluginError("plugin '\(plugin)' adds question '\(pattern.text)' for query '\(pattern.query)', which no plugin adds")
        }
        for slot in pattern.slots where query.parameter(named: slot) == nil {
            throw PluginError("question '\(pattern.text)' of query '\(query.id)' has slot {\(slot)}, but the query has no parameter '\(slot)'")
        }
        let shape = pattern.shape
        if let index = registry.questionsByShape[shape] {
            let other = registry.questions[index]
            throw PluginError(
                "plugin '\(plugin)' adds question '\(pattern.text)', already asked by '\(other.item.text)' "
                    + "(query '\(other.item.query)' of plugin '\(other.plugin)')")
        }
        registry.questionsByShape[shape] = registry.questions.count
        registry.questions.append(.init(plugin: plugin, item: pattern))
    }
}
