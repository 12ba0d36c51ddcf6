import Foundation
import Graph

extension Dataset {
    /// Reads every document of the dataset, in manifest order.
    public func readDocuments() throws -> [SourceDocument] {
        try entries.map(readDocument)
    }

    /// Reads one document; see `readDocuments`.
    public func readDocument(_ entry: Entry) throws -> SourceDocument {
        let url = try ContainedPath.resolve(entry.file, in: root, display: entry.file, folderName: "the dataset folder")
        let text = try DocumentReader.read(url, displayName: entry.file)
        // Without a manifest entry, the title and date come from the text (and a dated file name).
        return SourceDocument(
            id: Dataset.documentID(for: entry.file),
            title: entry.title ?? DocumentMetadata.title(in: text) ?? Dataset.documentID(for: entry.file),
            date: entry.date ?? DocumentMetadata.date(file: entry.file, text: text),
            kind: entry.kind, origin: entry.origin, city: city, text: text)
    }

    /// Runs every registered extractor over every document. A document that
    /// cannot be read stops the build, unless `skipUnreadable`: then it is
    /// left out and listed in `skipped`.
    ///
    /// Documents are independent until the cross-document step, so they are
    /// read and extracted on every core, a batch at a time (a large folder
    /// still streams), each into a graph of its own; those graphs are folded
    /// into the dataset's graph in document order (`DocumentGraphMerge`), so
    /// the result is the same whatever the number of cores.
    public func buildGraph(registry: PluginRegistry) throws -> PropertyGraph {
        var copy = self
        return try copy.buildGraphRecordingSkipped(registry: registry)
    }

    /// `buildGraph`, adding what was left out to `skipped`.
    public mutating func buildGraphRecordingSkipped(registry: PluginRegistry) throws -> PropertyGraph {
        if let imported {
            throw DatasetError(
                "\(name) holds a graph imported from \(imported), not documents to extract; "
                    + "run `explorer import` again to refresh it")
        }
        var fold = DocumentGraphMerge()
        let context = registry.extractionContext
        var ids: [String: String] = [:]
        for entry in entries {
            let id = Dataset.documentID(for: entry.file)
            if let other = ids[id] {
                throw DatasetError(
                    root.appendingPathComponent(other).standardizedFileURL == root.appendingPathComponent(entry.file).standardizedFileURL
                        ? "\(entry.file) is listed twice in the manifest; remove one of the two entries"
                        : "\(entry.file) and \(other) would both be document '\(id)' (a document is named by its file name without folder and extension); rename one of them")
            }
            ids[id] = entry.file
        }
        // A document that cannot be read stops the build, but the others are
        // still read, so that every bad file is named at once, not one per run.
        var unreadable: [String] = []
        let batch = Swift.max(8, ProcessInfo.processInfo.activeProcessorCount * 4)
        // While one batch is folded on this thread, the next is extracted on the
        // others: the fold (and freeing the folded graphs) no longer leaves the cores idle.
        let ahead = BatchAhead()
        defer { ahead.wait() }
        let dataset = self
        var start = 0
        var folding: [Outcome] = []
        repeat {
            let part = Array(entries[start..<Swift.min(entries.count, start + batch)])
            start += part.count
            if !part.isEmpty {
                // A document that failed to read stops extraction; a batch already under way finishes.
                let extractNext = unreadable.isEmpty
                ahead.start { dataset.extract(part, registry: registry, context: context, extract: extractNext) }
            }
            for outcome in folding {
                switch outcome {
                case .unreadable(let message):
                    if skipUnreadable { skipped.append(message) } else { unreadable.append(message) }
                case .failed(let error): throw error
                case .extracted(let documentGraph): if unreadable.isEmpty { try fold.merge(documentGraph) }
                }
            }
            folding = ahead.wait()
        } while !folding.isEmpty
        if unreadable.count == 1 { throw DatasetError(unreadable[0] + " (or build without it with --skip-unreadable)") }
        if unreadable.count > 1 {
            throw DatasetError(
                "\(unreadable.count) documents cannot be read; fix or remove them:\n"
                    + unreadable.map { "  " + $0 }.joined(separator: "\n") + "\n(or build without them with --skip-unreadable)")
        }
        var graph = fold.takeGraph()
        for extractor in registry.extractors {
            if let finisher = extractor.item as? any GraphFinisher { try finisher.finish(&graph, context: context) }
        }
        try OrganizationHierarchy.link(in: &graph)
        // The user's corrections come before the conflicts: deleting a wrong party resolves one.
        try applyCuration(to: &graph, registry: registry)
        try ConflictDetector.mark(in: &graph)
        reportCuratedConflicts(in: graph)
        return graph
    }

    /// What became of one document.
    enum Outcome {
        case extracted(PropertyGraph)
        case unreadable(String)
        case failed(any Error)
    }

    /// Reads and extracts `part` concurrently, each document into its own
    /// graph; the outcomes come back in the order of `part`. With `extract`
    /// false (a document already failed to read) documents are only read, to
    /// name every unreadable one.
    func extract(_ part: [Entry], registry: PluginRegistry, context: ExtractionContext, extract: Bool) -> [Outcome] {
        let outcomes = OutcomeSlots(count: part.count)
        DispatchQueue.concurrentPerform(iterations: part.count) { i in
            let outcome: Outcome
            do {
                let document = try readDocument(part[i])
                // Only folded into the dataset's graph, which indexes the names.
                var documentGraph = PropertyGraph.withoutNameIndex()
                if extract {
                    try PreparedDocument.extracting(document) {
                        for extractor in registry.extractors {
                            try extractor.item.extract(from: document, context: context, into: &documentGraph)
                        }
                    }
                }
                outcome = .extracted(documentGraph)
            } catch let error as DatasetError {
                outcome = .unreadable(error.message)
            } catch {
                outcome = .failed(error)
            }
            outcomes.set(i, outcome)
        }
        return outcomes.values
    }

    /// The outcomes of the batch being extracted on other threads meanwhile.
    final class BatchAhead: @unchecked Sendable {
        private let group = DispatchGroup()
        private var outcomes: [Outcome] = []

        /// Runs `work` on another thread; `wait` returns its outcomes.
        func start(_ work: @escaping @Sendable () -> [Outcome]) {
            DispatchQueue.global().async(group: group) { self.outcomes = work() }
        }

        /// The outcomes of the batch started last (none when none was), once it is done.
        @discardableResult
        func wait() -> [Outcome] {
            group.wait()
            defer { outcomes = [] }
            return outcomes
        }
    }

    /// One slot per document, each written by the one thread that extracted it.
    final class OutcomeSlots: @unchecked Sendable {
        private var slots: [Outcome?]
        private let lock = NSLock()
        init(count: Int) { slots = Array(repeating: nil, count: count) }
        func set(_ index: Int, _ outcome: Outcome) {
            lock.lock()
            slots[index] = outcome
            lock.unlock()
        }
        var values: [Outcome] { slots.map { $0! } }
    }

    /// The snapshot if it exists and is not stale, else a fresh build (not written).
    ///
    /// The snapshot only caches what the documents say, so one that cannot be
    /// read (cut short, edited by hand, written by another version) is not an
    /// error: `warn` is told why, and the documents are extracted again.
    public func loadGraph(registry: PluginRegistry, warn: (String) -> Void = { _ in }) throws -> PropertyGraph {
        try loadGraphAndCuration(registry: registry, warn: warn).graph
    }

    /// `loadGraph`, with what the replay of the corrections found: the report kept beside the
    /// snapshot, or the fresh build's.
    public func loadGraphAndCuration(
        registry: PluginRegistry, warn: (String) -> Void = { _ in }
    ) throws -> (graph: PropertyGraph, curation: CurationReport?) {
        if let imported {
            // No documents to extract again: the snapshot is the graph.
            guard let snapshot = existingSnapshotURL else {
                throw DatasetError("\(name) was imported from \(imported) but has no build/graph.snapshot; run `explorer import` again")
            }
            do { return (try PropertyGraph(snapshotAt: snapshot), nil) } catch let error as GraphError {
                throw DatasetError("\(error.message); run `explorer import` again to rewrite it")
            }
        }
        if let snapshot = existingSnapshotURL, !snapshotIsStale {
            do {
                return (try PropertyGraph(snapshotAt: snapshot), storedCurationReport)
            } catch let error as GraphError where error.kind == .snapshotFormat || error.kind == .snapshotIO {
                warn("\(error.message); extracting the documents again (`explorer build` rewrites the snapshot)")
            }
        }
        var copy = self
        let graph = try copy.buildGraphRecordingSkipped(registry: registry)
        for item in copy.skipped { warn("skipped (--skip-unreadable): \(item)") }
        return (graph, copy.curationReport)
    }

    /// True when the manifest or a document changed after the snapshot was
    /// written (or a document listed is newer than it), so the snapshot no
    /// longer says what the documents say.
    public var snapshotIsStale: Bool {
        guard let snapshot = existingSnapshotURL, let built = Self.modified(snapshot) else { return true }
        if imported != nil { return false }
        var inputs = entries.map { root.appendingPathComponent($0.file) }
        inputs.append(root.appendingPathComponent("manifest.yaml"))
        return inputs.contains { (Self.modified($0) ?? .distantPast) > built } || curationChanged(since: built)
    }

    static func modified(_ url: URL) -> Date? {
        (try? FileManager.default.attributesOfItem(atPath: url.path))?[.modificationDate] as? Date
    }
}
