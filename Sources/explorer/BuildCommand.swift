import ArgumentParser
import Foundation
import Graph
import Plugins

/// `explorer build`: extract the graph and write its snapshot.
struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Extract the graph from a dataset's documents and write its snapshot.",
        discussion: "Writes DATASET/build/graph.snapshot (binary, checksummed, byte-identical for the same input) and prints counts per label and relationship type. `explorer export` writes JSON for people and other tools."
    )

    @OptionGroup var options: DatasetOptions

    func run() throws {
        var dataset = try options.open()
        let registry = try options.extractionRegistry(for: &dataset)
        let graph = try dataset.buildGraphRecordingSkipped(registry: registry)
        let buildFolder = dataset.snapshotURL.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: buildFolder, withIntermediateDirectories: true)
        } catch {
            throw CommandError("cannot create \(buildFolder.path): \(error.localizedDescription)")
        }
        try graph.writeSnapshot(to: dataset.snapshotURL)
        print("built \(dataset.name): \(graph.nodeCount) nodes, \(graph.relationshipCount) relationships")
        for label in graph.labels {
            print("  :\(label)".padding(toLength: 28, withPad: " ", startingAt: 0), graph.nodes(withLabel: label).count)
        }
        for type in graph.relationshipTypes {
            print("  [:\(type)]".padding(toLength: 28, withPad: " ", startingAt: 0), graph.relationships(ofType: type).count)
        }
        print("snapshot: \(dataset.snapshotURL.path)")
        try Self.recordSkipped(dataset)
        let unread = ExtractionCoverage.documentsWithoutStructure(in: graph)
        if !unread.isEmpty {
            let list = unread.map { "  " + TerminalSafeText.escaped($0) }.joined(separator: "\n")
            FileHandle.standardError.write(Data("""
                warning: \(unread.count) document\(unread.count == 1 ? "" : "s") gave no speech or task, \
                only the names the lexicons spotted; \(unread.count == 1 ? "its" : "their") layout may be one \
                the extractors do not know yet (see docs/plugins.md):
                \(list)

                """.utf8))
        }
        // The count only: `explorer check` writes out each conflict's claims.
        let conflicts = ConflictDetector.count(in: graph)
        if conflicts > 0 {
            print("\(conflicts) conflict\(conflicts == 1 ? "" : "s") between documents: see `explorer check \(options.dataset)`")
        }
    }

    /// Lists what --skip-unreadable left out, in the summary and in
    /// `build/skipped.txt` for `explorer check`; a build that skipped nothing
    /// removes the old list.
    static func recordSkipped(_ dataset: Dataset) throws {
        guard !dataset.skipped.isEmpty else {
            try? FileManager.default.removeItem(at: dataset.skippedURL)
            return
        }
        let list = dataset.skipped.map { "  " + $0 }.joined(separator: "\n")
        print("skipped (--skip-unreadable), so the graph lacks what these hold:\n\(list)")
        do {
            try AtomicFile.write(Data((dataset.skipped.joined(separator: "\n") + "\n").utf8), to: dataset.skippedURL)
        } catch let failure as AtomicFile.Failure {
            throw CommandError(failure.message)
        }
    }
}
