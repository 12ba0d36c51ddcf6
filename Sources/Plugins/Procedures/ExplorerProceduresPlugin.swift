import Graph

/// The explorer's own procedures, a built-in plugin's contribution:
///
/// - `explorer.sources(element)`: the sources of a node or relationship (or of the nodes a
///   name or an id such as `n12` names), one row each, curated corrections marked;
/// - `explorer.conflicts()`: the conflicts between documents, one row per source of each claim;
/// - `explorer.queries()`: the named queries of every loaded plugin and pack, as a table. It
///   needs the whole registry, so the registry adds it itself (`PluginRegistry.procedureCatalog`,
///   with `ExplorerProcedures.queries`).
public struct ExplorerProceduresPlugin: DomainPlugin {
    public let id = "explorer-procedures"
    public let summary = "Procedures over the explorer's own data: explorer.sources, explorer.conflicts, explorer.queries"

    public init() {}

    public func register(with registrar: inout PluginRegistrar) throws {
        try registrar.add(procedure: ExplorerProcedures.sources)
        try registrar.add(procedure: ExplorerProcedures.conflicts)
    }
}
