import Foundation
import Graph

extension Dataset {
    /// Where `explorer build` keeps what the replay of the corrections found, for `explorer check`.
    public var curationReportURL: URL { root.appendingPathComponent("build/curation.json") }

    /// The dataset's curation files, relative to its folder, in replay order.
    public var curationFiles: [String] { CurationScript.files(in: root) }

    /// The file the shell's `:curate` appends to: the last of `curation/` when that folder holds
    /// any (so a new correction is replayed last), else `curation.cypher`.
    public var curationAppendURL: URL {
        let folderFiles = curationFiles.filter { $0.hasPrefix(CurationScript.folderName + "/") }
        return root.appendingPathComponent(folderFiles.last ?? CurationScript.fileName)
    }

    /// Replays the dataset's corrections on `graph` (the graph its documents give), keeping the
    /// report in `curationReport`. A correction that cannot run stops the build unless
    /// `skipUnreadable`; then it is listed in `skipped` and in the report.
    mutating func applyCuration(to graph: inout PropertyGraph, registry: PluginRegistry) throws {
        let script = try CurationScript.load(from: root)
        guard !script.files.isEmpty else {
            curationReport = nil
            return
        }
        let report = try CurationReplay.replay(
            script, on: &graph, procedures: registry.procedureCatalog, skipFailures: skipUnreadable)
        for failure in report.failures { skipped.append("correction \(failure.location): \(failure.message)") }
        curationReport = report
    }

    /// Adds to `curationReport` the conflicts a correction takes part in, once they are marked.
    mutating func reportCuratedConflicts(in graph: PropertyGraph) {
        guard var report = curationReport else { return }
        CurationReplay.addConflicts(ConflictDetector.find(in: graph), to: &report)
        curationReport = report
    }

    /// The report the last `explorer build` kept; nil when it kept none (no curation files then).
    public var storedCurationReport: CurationReport? {
        guard let data = try? Data(contentsOf: curationReportURL) else { return nil }
        return try? CurationReport(json: data)
    }

    /// Writes `curationReport` beside the snapshot, or removes an old one when there are no corrections.
    public func writeCurationReport() throws {
        guard let curationReport else {
            try? FileManager.default.removeItem(at: curationReportURL)
            return
        }
        do {
            try AtomicFile.write(try curationReport.json(), to: curationReportURL)
        } catch let failure as AtomicFile.Failure {
            throw DatasetError(failure.message)
        }
    }

    /// True when the corrections changed since the snapshot was written: a curation file is newer,
    /// or one was added or removed (the report beside the snapshot lists those replayed).
    func curationChanged(since built: Date) -> Bool {
        let files = curationFiles
        let replayed = storedCurationReport?.files ?? []
        if files != replayed { return true }
        return files.contains { (Self.modified(root.appendingPathComponent($0)) ?? .distantPast) > built }
    }
}
