import Exports
import Foundation
import Graph

/// Loads a graph into a FalkorDB server: indexes first (on `explorer_id`, which
/// relationships are matched by, and on `name` and `merge_key` for lookups),
/// then the export's `UNWIND … CREATE` batches, several per round trip.
public enum FalkorPush {
    /// What a push did.
    public struct Report: Sendable {
        public var nodes = 0
        public var relationships = 0
        public var indexes = 0
        public var statements = 0
        public var seconds = 0.0
    }

    /// How far a push has come: the phase ("nodes", "relationships"), statements done and their total.
    public typealias Progress = (_ phase: String, _ done: Int, _ total: Int) -> Void

    /// Pushes `graph`. A graph of the same name on the server is refused unless `replace` (then it is deleted first).
    public static func push(
        _ graph: PropertyGraph, to server: FalkorGraph, replace: Bool = false,
        batchSize: Int = CypherScriptExport.defaultBatchSize, statementsPerRoundTrip: Int = 8,
        progress: Progress = { _, _, _ in }
    ) throws -> Report {
        let started = Date()
        if try server.exists() {
            guard replace else {
                throw FalkorError.graphExists(
                    "the server already has a graph \(server.address.graph); push into a new name, or add --replace to delete it first")
            }
            try server.delete()
        }
        let statements: (nodes: [String], indexes: [String], relationships: [String])
        do { statements = try CypherScriptExport.statements(graph, batchSize: batchSize) } catch let error as ExportError {
            throw FalkorError.query(error.message)
        }
        var report = Report()
        let labels = graph.labels
        let indexes = CypherScriptExport.indexStatements(
            labels: labels, keys: [BookkeepingProperties.id, "name", BookkeepingProperties.mergeKey])
        // A graph is made by its first write: the indexes need it to exist (FalkorDB creates it on CREATE INDEX too).
        _ = try server.pipelined(indexes)
        report.indexes = indexes.count
        for (phase, batch) in [("nodes", statements.nodes), ("relationships", statements.relationships)] {
            var done = 0
            progress(phase, 0, batch.count)
            while done < batch.count {
                let window = Array(batch[done..<min(done + max(1, statementsPerRoundTrip), batch.count)])
                for statistics in try server.pipelined(window) {
                    report.nodes += statistics.nodesCreated
                    report.relationships += statistics.relationshipsCreated
                }
                done += window.count
                progress(phase, done, batch.count)
            }
            report.statements += batch.count
        }
        report.seconds = Date().timeIntervalSince(started)
        return report
    }
}
