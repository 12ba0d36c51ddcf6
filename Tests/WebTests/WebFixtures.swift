import Foundation
import Graph
import Plugins
@testable import Web

/// The bundled dataset's graph, built once for every test, and hostile
/// datasets made in a temporary folder.
enum WebFixtures {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The bundled Wuhan dataset with the built-in plugins and its packs (extracted once).
    static let bundled: (Dataset, PluginRegistry, PropertyGraph) = {
        do {
            let dataset = try Dataset.open(packageRoot.appendingPathComponent("graphs/wuhan-cppcc").path)
            var registry = try BuiltInPlugins.registry()
            _ = PackLoader.load(PackLoader.sources(dataset: dataset.root, explicit: [], environment: [:]), into: &registry)
            return (dataset, registry, try dataset.buildGraph(registry: registry))
        } catch {
            fatalError("the bundled dataset does not build: \(error)")
        }
    }()

    /// An explorer over the bundled dataset.
    static func state(_ options: WebOptions = WebOptions(port: 0)) -> ExplorerState {
        let (dataset, registry, graph) = bundled
        return ExplorerState(dataset: dataset, registry: registry, graph: graph, options: options)
    }

    static let hostileText = """
        政协武汉市委员会常委会议
        <script>alert('pwned')</script>
        梁鸣委员（民革武汉市委会）：关于<img src=x onerror=alert(1)>人工智能的建议。
        """

    /// A one-document dataset whose text and graph carry markup, with a node
    /// named as a script tag sourced in the document.
    static func hostileState(allowWrites: Bool = false) throws -> ExplorerState {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("web-hostile-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data(hostileText.utf8).write(to: folder.appendingPathComponent("hostile.txt"))
        let dataset = try Dataset.open(folder.path)
        let registry = try BuiltInPlugins.registry()
        var graph = try dataset.buildGraph(registry: registry)
        let offset = Array(hostileText.utf8).firstIndex(of: UInt8(ascii: "<"))!
        let quote = "<script>alert('pwned')</script>"
        try graph.addNode(
            labels: ["Person"], properties: ["name": .string("<script>alert('node')</script>")],
            sources: [Provenance(document: "hostile", offset: offset, length: quote.utf8.count, quote: quote)])
        return ExplorerState(dataset: dataset, registry: registry, graph: graph, options: WebOptions(port: 0, allowWrites: allowWrites))
    }
}
