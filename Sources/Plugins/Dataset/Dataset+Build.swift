import Foundation
import Graph

extension Dataset {
    /// Reads every document of the dataset, in manifest order.
    public func readDocuments() throws -> [SourceDocument] {
        try entries.map { entry in
            let url = root.appendingPathComponent(entry.file)
            let text = try DocumentReader.read(url, displayName: entry.file)
            return SourceDocument(
                id: Dataset.documentID(for: entry.file), title: entry.title ?? Dataset.documentID(for: entry.file),
                date: entry.date, kind: entry.kind, origin: entry.origin, text: text)
        }
    }

    /// Runs every registered extractor over every document.
    public func buildGraph(registry: PluginRegistry) throws -> PropertyGraph {
        var graph = PropertyGraph()
        let context = registry.extractionContext
        for document in try readDocuments() {
            for extractor in registry.extractors {
                try extractor.item.extract(from: document, context: context, into: &graph)
            }
        }
        for extractor in registry.extractors {
            if let finisher = extractor.item as? any GraphFinisher { try finisher.finish(&graph, context: context) }
        }
        try ConflictDetector.mark(in: &graph)
        return graph
    }

    /// The snapshot if it exists, else a fresh build.
    public func loadGraph(registry: PluginRegistry) throws -> PropertyGraph {
        if FileManager.default.fileExists(atPath: snapshotURL.path) {
            return try PropertyGraph(snapshotAt: snapshotURL)
        }
        return try buildGraph(registry: registry)
    }
}
