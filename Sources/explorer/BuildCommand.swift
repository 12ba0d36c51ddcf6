import ArgumentParser
import Foundation
import Graph
import Plugins

/// `explorer build`: extract the graph and write its snapshot.
struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Extract the graph from a dataset's documents and write its snapshot.",
        discussion: "Writes DATASET/build/graph.snapshot (binary, checksummed, byte-identical for the same input) and prints counts per label and relationship type (as text on a terminal, JSON when piped; --format picks). `explorer export` writes JSON for people and other tools."
    )

    @OptionGroup var listing: ListingOptions
    @OptionGroup var options: DatasetOptions

    func run() throws {
        var dataset = try options.open()
        let format = try listing.tableFormat()
        let registry = try options.extractionRegistry(for: &dataset)
        let graph = try dataset.buildGraphRecordingSkipped(registry: registry)
        let buildFolder = dataset.snapshotURL.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: buildFolder, withIntermediateDirectories: true)
        } catch {
            throw CommandError("cannot create \(buildFolder.path): \(error.localizedDescription)")
        }
        try graph.writeSnapshot(to: dataset.snapshotURL)
        let counts = GraphCounts(dataset: dataset.name, graph: graph, snapshot: dataset.snapshotURL.path)
        try Self.recordSkipped(dataset)
        try dataset.writeCurationReport()
        let unread = ExtractionCoverage.documentsWithoutStructure(in: graph)
        // The count only: `explorer check` writes out each conflict's claims.
        let conflicts = ConflictDetector.count(in: graph)
        if let format {
            // For scripts: one row, what was left out and the conflicts in it; warnings still go to standard error.
            listing.print(
                columns: GraphCounts.columns + ["skipped", "unread", "conflicts", "corrections"],
                rows: [
                    counts.row + [
                        .list(dataset.skipped.map(Value.string)), .list(unread.map(Value.string)), .int(conflicts),
                        Self.curationValue(dataset.curationReport),
                    ]
                ],
                as: format)
        } else {
            print(counts.text(verb: "built"), terminator: "")
            if !dataset.skipped.isEmpty {
                print("skipped (--skip-unreadable), so the graph lacks what these hold:")
                print(dataset.skipped.map { "  " + $0 }.joined(separator: "\n"))
            }
        }
        if !unread.isEmpty {
            let list = unread.map { "  " + TerminalSafeText.escaped($0) }.joined(separator: "\n")
            StandardStreams.error("""
                warning: \(unread.count) document\(unread.count == 1 ? "" : "s") gave no speech or task, \
                only the names the lexicons spotted; \(unread.count == 1 ? "its" : "their") layout may be one \
                the extractors do not know yet (see docs/plugins.md):
                \(list)

                """)
        }
        if let curation = dataset.curationReport {
            let line = Self.curationLine(curation, dataset: options.dataset)
            if format == nil { print(line) } else { StandardStreams.error(line + "\n") }
        }
        if conflicts > 0 {
            let line = "\(conflicts) conflict\(conflicts == 1 ? "" : "s") between documents: see `explorer check \(options.dataset)`"
            if format == nil { print(line) } else { StandardStreams.error(line + "\n") }
        }
    }

    /// The corrections' counts for scripts (null without a curation file); `explorer check` lists them.
    static func curationValue(_ report: CurationReport?) -> Value {
        guard let report else { return .null }
        return .map([
            "files": .list(report.files.map(Value.string)), "applied": .int(report.applied),
            "stale": .int(report.stale.count), "contradictions": .int(report.contradictions.count),
            "failed": .int(report.failures.count),
        ])
    }

    /// One line on the replayed corrections, pointing at `explorer check` when some need a look.
    static func curationLine(_ report: CurationReport, dataset: String) -> String {
        let total = report.applied + report.stale.count + report.failures.count
        var line = "corrections: \(report.applied) of \(total) applied"
        var parts: [String] = []
        if !report.failures.isEmpty { parts.append("\(report.failures.count) could not run") }
        if !report.stale.isEmpty { parts.append("\(report.stale.count) no longer appl\(report.stale.count == 1 ? "ies" : "y")") }
        if !report.contradictions.isEmpty {
            parts.append("\(report.contradictions.count) contradict\(report.contradictions.count == 1 ? "s" : "") a document")
        }
        if !parts.isEmpty { line += "; " + parts.joined(separator: ", ") + ": see `explorer check \(dataset)`" }
        return line
    }

    /// Keeps what --skip-unreadable left out in `build/skipped.txt` for
    /// `explorer check`; a build that skipped nothing removes the old list.
    static func recordSkipped(_ dataset: Dataset) throws {
        guard !dataset.skipped.isEmpty else {
            try? FileManager.default.removeItem(at: dataset.skippedURL)
            return
        }
        do {
            try AtomicFile.write(Data((dataset.skipped.joined(separator: "\n") + "\n").utf8), to: dataset.skippedURL)
        } catch let failure as AtomicFile.Failure {
            throw CommandError(failure.message)
        }
    }
}
