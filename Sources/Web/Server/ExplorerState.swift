import Foundation
import Graph
import Plugins

/// What every request reads: the dataset, its plugins, the graph and the
/// indexes built over it. The graph changes only through `replaceGraph` (a
/// CREATE allowed by `--allow-writes`); a request takes one consistent
/// snapshot of it with `snapshot()` and works on that value, so a slow request
/// holds no lock while it runs.
public final class ExplorerState: @unchecked Sendable {
    /// One consistent view of the graph and what was built from it.
    public struct Snapshot: Sendable {
        public let graph: PropertyGraph
        public let search: SearchIndex
        public let facts: DocumentFacts
    }

    public let dataset: Dataset
    public let registry: PluginRegistry
    public let options: WebOptions
    private let lock = NSLock()
    private let writeLock = NSLock()
    private var current: Snapshot
    private var documents: [String: SourceDocument] = [:]
    private var documentBytes: [String: [UInt8]] = [:]
    /// The question matcher over the current graph: built on the first question
    /// (its vocabulary reads every named node), dropped when the graph changes.
    private var matcher: QuestionMatcher?
    /// Document ids the dataset lists: the only documents a request can read.
    public let documentEntries: [String: Dataset.Entry]

    public init(dataset: Dataset, registry: PluginRegistry, graph: PropertyGraph, options: WebOptions) {
        self.dataset = dataset
        self.registry = registry
        self.options = options
        current = Snapshot(graph: graph, search: SearchIndex(graph: graph), facts: DocumentFacts(graph: graph))
        var entries: [String: Dataset.Entry] = [:]
        for entry in dataset.entries { entries[Dataset.documentID(for: entry.file)] = entry }
        documentEntries = entries
    }

    /// The question matcher for `ask`, over the graph as it is now.
    public func questionMatcher() -> QuestionMatcher {
        if let built = lock.withLock({ matcher }) { return built }
        let made = QuestionMatcher(registry: registry, graph: snapshot().graph)
        lock.withLock { matcher = made }
        return made
    }

    /// The graph and its indexes as they are now.
    public func snapshot() -> Snapshot { lock.withLock { current } }

    /// Runs an update on the current graph, one writer at a time; when `body`
    /// returns a new graph, it replaces the current one (indexes rebuilt).
    func write<T>(_ body: (PropertyGraph) throws -> (T, PropertyGraph?)) throws -> T {
        try writeLock.withLock {
            let (value, changed) = try body(snapshot().graph)
            if let graph = changed {
                let next = Snapshot(graph: graph, search: SearchIndex(graph: graph), facts: DocumentFacts(graph: graph))
                lock.withLock { current = next; matcher = nil }
            }
            return value
        }
    }

    /// The document with id `id`, read once and kept; nil when the dataset
    /// lists no such document (so no path from a request ever reaches the disk).
    public func document(_ id: String) throws -> SourceDocument? {
        if let cached = lock.withLock({ documents[id] }) { return cached }
        guard let entry = documentEntries[id] else { return nil }
        let document = try dataset.readDocument(entry)
        lock.withLock { documents[id] = document }
        return document
    }

    /// The UTF-8 bytes of document `id`'s text (what provenance offsets count), kept after the first use.
    public func bytes(ofDocument id: String) -> [UInt8]? {
        if let cached = lock.withLock({ documentBytes[id] }) { return cached }
        guard let document = try? document(id) else { return nil }
        let bytes = Array(document.text.utf8)
        lock.withLock { documentBytes[id] = bytes }
        return bytes
    }

    /// Document ids in manifest order.
    public var documentIDs: [String] { dataset.entries.map { Dataset.documentID(for: $0.file) } }
}
