import Foundation
import Graph
import Testing
@testable import Plugins

/// Extracting documents on every core and folding their graphs in document
/// order gives the graph that extracting them one by one into one graph gives.
@Suite struct ConcurrentBuildTests {
    static let root = WorkPlanExtractorTests.packageRoot.appendingPathComponent("graphs/wuhan-cppcc")

    @Test func concurrentBuildEqualsOneByOne() throws {
        let dataset = try Dataset.open(Self.root.path)
        let registry = try BuiltInPlugins.registry()
        let context = registry.extractionContext
        var sequential = PropertyGraph()
        for document in try dataset.readDocuments() {
            for extractor in registry.extractors {
                try extractor.item.extract(from: document, context: context, into: &sequential)
            }
        }
        for extractor in registry.extractors {
            if let finisher = extractor.item as? any GraphFinisher { try finisher.finish(&sequential, context: context) }
        }
        try OrganizationHierarchy.link(in: &sequential)
        try ConflictDetector.mark(in: &sequential)
        let concurrent = try dataset.buildGraph(registry: registry)
        let same = concurrent.snapshotBytes() == sequential.snapshotBytes()
        #expect(same)
        // And again: the same bytes whichever core finishes first.
        let again = try dataset.buildGraph(registry: registry).snapshotBytes() == concurrent.snapshotBytes()
        #expect(again)
    }

    /// Eight copies of the bundled documents under other names: many batches, many threads.
    @Test func manyDocumentsFoldInDocumentOrder() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("words-concurrent-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let sources = try FileManager.default.contentsOfDirectory(atPath: Self.root.appendingPathComponent("documents").path).sorted()
        for copy in 0..<8 {
            for (n, file) in sources.enumerated() {
                let text = try String(contentsOf: Self.root.appendingPathComponent("documents/\(file)"), encoding: .utf8)
                try text.write(to: folder.appendingPathComponent(String(format: "%02d-%d-", copy, n) + file), atomically: true, encoding: .utf8)
            }
        }
        let dataset = try Dataset.open(folder.path)
        let registry = try BuiltInPlugins.registry()
        var sequential = PropertyGraph()
        for document in try dataset.readDocuments() {
            for extractor in registry.extractors {
                try extractor.item.extract(from: document, context: registry.extractionContext, into: &sequential)
            }
        }
        var fold = DocumentGraphMerge()
        for outcome in dataset.extract(dataset.entries, registry: registry, context: registry.extractionContext, extract: true) {
            guard case .extracted(let part) = outcome else { Issue.record("a document was not extracted"); continue }
            // A document's graph keeps no name index of its own; the fold indexes every name.
            #expect(part.nodeCount > 0 && part.indexedNames.isEmpty)
            try fold.merge(part)
        }
        let concurrent = fold.takeGraph()
        #expect(!concurrent.indexedNames.isEmpty && concurrent.indexedNames == sequential.indexedNames)
        #expect(concurrent.nodeCount == sequential.nodeCount)
        #expect(concurrent.relationshipCount == sequential.relationshipCount)
        // The same nodes and relationships with the same properties, in the same
        // order. Which sources a node keeps past its cap may differ: one by one,
        // the first stated in extractor order; folded, the earliest in the text.
        for (a, b) in zip(concurrent.nodes, sequential.nodes) {
            #expect(a.labels == b.labels && a.properties == b.properties && concurrent.key(of: a.id) == sequential.key(of: b.id))
            // A meeting's theme quote is added past the cap one by one; folded, the cap holds.
            #expect(a.sources.count == b.sources.count || a.sources.count == DocumentGraphMerge.maximumNodeSources)
            #expect(a.sources == a.sources.sorted())
        }
        for (a, b) in zip(concurrent.relationships, sequential.relationships) {
            #expect(a.type == b.type && a.start == b.start && a.end == b.end && a.properties == b.properties)
            #expect(Set(a.sources) == Set(b.sources))
        }
    }
}
