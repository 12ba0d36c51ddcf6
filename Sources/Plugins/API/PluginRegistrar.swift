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

    public init() {}

    /// Registers each plugin in order; a duplicate id or contribution name throws.
    public init(plugins: [any DomainPlugin]) throws {
        self.init()
        for plugin in plugins { try load(plugin) }
    }

    public mutating func load(_ plugin: any DomainPlugin) throws {
        guard !plugins.contains(where: { $0.id == plugin.id }) else {
            throw PluginError("plugin '\(plugin.id)' is loaded twice")
        }
        var registrar = PluginRegistrar(registry: self, plugin: plugin.id)
        try plugin.register(with: &registrar)
        self = registrar.registry
        plugins.append((plugin.id, plugin.summary))
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
}
