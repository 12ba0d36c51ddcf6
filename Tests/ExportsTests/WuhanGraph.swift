import Foundation
import Graph
import Plugins

/// The bundled dataset's graph and plugins, extracted once for every suite here.
enum WuhanGraph {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let datasetPath = packageRoot.appendingPathComponent("graphs/wuhan-cppcc").path

    /// The built-in plugins plus the dataset's own packs, as `explorer` loads them.
    static let loaded: Result<(registry: PluginRegistry, graph: PropertyGraph), Error> = Result {
        var registry = try BuiltInPlugins.registry()
        let sources = [PackLoader.Source(url: URL(fileURLWithPath: datasetPath).appendingPathComponent("plugins"), place: .dataset)]
        _ = PackLoader.load(sources, into: &registry)
        return (registry, try Dataset.open(datasetPath).buildGraph(registry: registry))
    }

    static func graph() throws -> PropertyGraph { try loaded.get().graph }
    static func registry() throws -> PluginRegistry { try loaded.get().registry }

    /// Nodes per label and relationships per type, as every engine is asked to count them.
    static func counts(_ graph: PropertyGraph) -> (labels: [String: Int], types: [String: Int]) {
        var labels: [String: Int] = [:]
        for label in graph.labels { labels[label] = graph.nodes(withLabel: label).count }
        var types: [String: Int] = [:]
        for type in graph.relationshipTypes { types[type] = graph.relationships(ofType: type).count }
        return (labels, types)
    }
}
