import Graph

/// A domain plugin: one entry point that registers what the plugin adds.
///
/// Compiled plugins conform to this; data-only packs are loaded into the same
/// registrar by the pack loader.
public protocol DomainPlugin: Sendable {
    /// Unique, lowercase, e.g. `work-plans`.
    var id: String { get }
    /// One line on what the plugin contributes.
    var summary: String { get }
    /// Registers lexicons, extractors, named queries and styles.
    func register(with registrar: inout PluginRegistrar) throws
}

/// Pulls facts out of one document into the graph.
public protocol Extractor: Sendable {
    /// Unique across all plugins.
    var id: String { get }
    /// Adds what it finds in `document` to `graph`, with provenance.
    func extract(from document: SourceDocument, context: ExtractionContext, into graph: inout PropertyGraph) throws
}

/// What an extractor may consult besides its document: the lexicons of every plugin.
public struct ExtractionContext: Sendable {
    public var lexicons: [String: Lexicon]
    public init(lexicons: [String: Lexicon]) { self.lexicons = lexicons }
}
