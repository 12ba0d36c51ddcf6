import ArgumentParser
import Foundation
import Graph
import Plugins

/// The dataset argument shared by every command that reads a graph.
struct DatasetOptions: ParsableArguments {
    @Argument(help: "The dataset folder (documents with an optional manifest.yaml).")
    var dataset: String = "graphs/wuhan-cppcc"

    func open() throws -> Dataset {
        try Dataset.open(dataset)
    }

    /// The plugin registry for this dataset: the built-in plugins.
    func registry() throws -> PluginRegistry {
        try BuiltInPlugins.registry()
    }

    /// The dataset's graph: its snapshot when built, else extracted now.
    func loadGraph() throws -> (Dataset, PropertyGraph) {
        let dataset = try open()
        return (dataset, try dataset.loadGraph(registry: try registry()))
    }
}

/// An error for the user: printed as `error: …` and exits non-zero.
struct CommandError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
