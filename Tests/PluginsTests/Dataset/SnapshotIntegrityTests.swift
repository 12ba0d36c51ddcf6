import Foundation
import Graph
import Plugins
import Testing

@Suite struct SnapshotIntegrityTests {
    /// A dataset of one document with a snapshot as `explorer build` writes it.
    private func builtDataset() throws -> (URL, Dataset, PropertyGraph) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("integrity-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("build"), withIntermediateDirectories: true)
        let document = folder.appendingPathComponent("a.txt")
        try Data("（一）1.建设算力中心。（牵头单位：市发改委）".utf8).write(to: document)
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: -60)], ofItemAtPath: document.path)
        let dataset = try Dataset.open(folder.path)
        let graph = try dataset.buildGraph(registry: try BuiltInPlugins.registry())
        try graph.writeSnapshot(to: dataset.snapshotURL)
        return (folder, dataset, graph)
    }

    @Test func aFlippedBitIsReportedAndTheDocumentsAreReadAgain() throws {
        let (folder, dataset, graph) = try builtDataset()
        defer { try? FileManager.default.removeItem(at: folder) }
        var bytes = [UInt8](try Data(contentsOf: dataset.snapshotURL))
        // A flip inside the string heap would turn a label into another one.
        bytes[bytes.count / 3] ^= 0x04
        try Data(bytes).write(to: dataset.snapshotURL)
        #expect(!dataset.snapshotIsStale)
        var warnings: [String] = []
        let loaded = try dataset.loadGraph(registry: try BuiltInPlugins.registry()) { warnings.append($0) }
        #expect(loaded.nodes == graph.nodes)
        #expect(warnings.count == 1)
        #expect(warnings.first?.contains("checksum does not match: the file is damaged") == true, "\(warnings)")
        #expect(warnings.first?.contains("extracting the documents again") == true)
    }

    @Test func theBinarySnapshotIsPreferredAndAJSONOneStillReads() throws {
        let (folder, dataset, graph) = try builtDataset()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(dataset.existingSnapshotURL == dataset.snapshotURL)
        try FileManager.default.removeItem(at: dataset.snapshotURL)
        try Data(graph.snapshotBytes()).write(to: dataset.legacySnapshotURL)
        #expect(dataset.existingSnapshotURL == dataset.legacySnapshotURL)
        var warnings: [String] = []
        let loaded = try dataset.loadGraph(registry: try BuiltInPlugins.registry()) { warnings.append($0) }
        #expect(warnings.isEmpty)
        #expect(loaded.relationships == graph.relationships)
    }
}
