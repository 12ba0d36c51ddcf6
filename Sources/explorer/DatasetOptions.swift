import ArgumentParser
import Foundation
import Graph
import Plugins

/// The dataset argument shared by every command that reads a graph.
struct DatasetOptions: ParsableArguments {
    /// The bundled dataset. Read this, not `DatasetOptions().dataset`: an
    /// options value that was never parsed traps when a property is read.
    static let defaultDataset = "graphs/wuhan-cppcc"

    @Argument(help: "The dataset folder (documents with an optional manifest.yaml).")
    var dataset: String = DatasetOptions.defaultDataset

    @Option(
        name: .customLong("plugin"),
        help: ArgumentHelp(
            "A data-only plugin pack folder (or a folder of packs) to load; repeatable.",
            discussion: "Packs are also loaded from DATASET/plugins and from $XDG_CONFIG_HOME/policy-graph-explorer/plugins (~/.config/… by default).",
            valueName: "path"))
    var plugins: [String] = []

    func open() throws -> Dataset {
        // The default is relative: run elsewhere than the package folder, it is simply not there.
        if dataset == Self.defaultDataset, !FileManager.default.fileExists(atPath: dataset) {
            throw CommandError(
                "no DATASET given, and the default \(dataset) is not in this folder "
                    + "(\(FileManager.default.currentDirectoryPath)); run explorer from the package folder, "
                    + "or name a dataset folder, as in: explorer build path/to/documents")
        }
        return try Dataset.open(dataset)
    }

    /// The plugin registry for this dataset: the built-in plugins, then the
    /// packs of the dataset, of the user and of `--plugin`. A broken pack is
    /// reported on standard error with its file and line, and skipped.
    func registry() throws -> PluginRegistry {
        var registry = try BuiltInPlugins.registry()
        let sources = PackLoader.sources(
            dataset: URL(fileURLWithPath: dataset).standardizedFileURL, explicit: plugins,
            environment: ProcessInfo.processInfo.environment)
        for failure in PackLoader.load(sources, into: &registry) {
            StandardStreams.error("warning: \(failure)\n")
        }
        return registry
    }

    /// The dataset, its plugins and its graph, loading the plugins only once
    /// (so a broken pack is reported once).
    func load() throws -> (dataset: Dataset, registry: PluginRegistry, graph: PropertyGraph) {
        let dataset = try open()
        let registry = try registry()
        return (dataset, registry, try dataset.loadGraph(registry: registry, warn: Self.warn))
    }

    /// The dataset's graph: its snapshot when built, else extracted now.
    func loadGraph() throws -> (Dataset, PropertyGraph) {
        let dataset = try open()
        return (dataset, try dataset.loadGraph(registry: try registry(), warn: Self.warn))
    }

    /// Prints `warning: …` on standard error, where it does not mix with results.
    static func warn(_ message: String) {
        StandardStreams.error("warning: \(message)\n")
    }
}

/// An error for the user: printed as `error: …` and exits non-zero.
struct CommandError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
