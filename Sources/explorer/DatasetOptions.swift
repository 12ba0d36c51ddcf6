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

    @Flag(help: ArgumentHelp(
        "Build even when a document, a folder or a plugin pack cannot be read, leaving it out.",
        discussion: "Without it such a build stops with the reason and keeps the previous snapshot; with it, what was left out is listed in the build's summary and by `explorer check`."))
    var skipUnreadable = false

    func open() throws -> Dataset {
        // The default is relative: run elsewhere than the package folder, it is simply not there.
        if dataset == Self.defaultDataset, !FileManager.default.fileExists(atPath: dataset) {
            throw CommandError(
                "no DATASET given, and the default \(dataset) is not in this folder "
                    + "(\(FileManager.default.currentDirectoryPath)); run explorer from the package folder, "
                    + "or name a dataset folder, as in: explorer build path/to/documents")
        }
        return try Dataset.open(dataset, skipUnreadable: skipUnreadable)
    }

    /// The plugin registry for this dataset: the built-in plugins, then the
    /// packs of the dataset, of the user and of `--plugin`. A broken pack is
    /// reported on standard error with its file and line, and skipped.
    func registry() throws -> PluginRegistry {
        let (registry, failures) = try registryAndFailures()
        for failure in failures { Self.warn("\(failure)") }
        return registry
    }

    /// The registry and the packs that could not be loaded (left out of it).
    func registryAndFailures() throws -> (PluginRegistry, [PackFailure]) {
        var registry = try BuiltInPlugins.registry()
        let sources = PackLoader.sources(
            dataset: URL(fileURLWithPath: dataset).standardizedFileURL, explicit: plugins,
            environment: ProcessInfo.processInfo.environment)
        let failures = PackLoader.load(sources, into: &registry)
        return (registry, failures)
    }

    /// The registry to extract the graph with: a pack that cannot be loaded
    /// would silently take its facts out of the graph, so it stops the
    /// extraction, unless --skip-unreadable (then it is warned about and
    /// added to `dataset.skipped`).
    func extractionRegistry(for dataset: inout Dataset) throws -> PluginRegistry {
        let (registry, failures) = try registryAndFailures()
        guard !failures.isEmpty else { return registry }
        guard skipUnreadable else {
            let list = failures.map { "  \($0)" }.joined(separator: "\n")
            throw CommandError(
                "\(failures.count == 1 ? "a plugin pack" : "\(failures.count) plugin packs") cannot be loaded, "
                    + "and the graph would lack \(failures.count == 1 ? "its" : "their") facts; fix "
                    + "\(failures.count == 1 ? "it" : "them"), or go on without \(failures.count == 1 ? "it" : "them") with --skip-unreadable:\n\(list)")
        }
        for failure in failures {
            Self.warn("\(failure)")
            dataset.skipped.append("plugin pack \(failure.path): \(failure.problems.first?.description ?? "cannot be loaded")")
        }
        return registry
    }

    /// The dataset, its plugins and its graph, loading the plugins only once
    /// (so a broken pack is reported once). A broken pack is warned about and
    /// left out here, where nothing is written; it stops `explorer build`,
    /// which would write the shrunken graph as the snapshot (`extractionRegistry`).
    func load() throws -> (dataset: Dataset, registry: PluginRegistry, graph: PropertyGraph) {
        let dataset = try open()
        let registry = try registry()
        for item in dataset.skipped { Self.warn("skipped (--skip-unreadable): \(item)") }
        return (dataset, registry, try dataset.loadGraph(registry: registry, warn: Self.warn))
    }

    /// The dataset's graph: its snapshot when built, else extracted now.
    func loadGraph() throws -> (Dataset, PropertyGraph) {
        let (dataset, _, graph) = try load()
        return (dataset, graph)
    }

    /// Prints `warning: …` on standard error, where it does not mix with results.
    static func warn(_ message: String) {
        StandardStreams.error("warning: \(TerminalSafeText.escaped(message, keepingLayout: true))\n")
    }
}

/// An error for the user: printed as `error: …` and exits non-zero.
struct CommandError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
