import ArgumentParser
import FalkorDB
import Foundation
import Graph
import Plugins

/// `explorer push`: loads the dataset's graph into a running FalkorDB server.
struct PushCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "push",
        abstract: "Load the graph into a FalkorDB server (falkordb://HOST:PORT/GRAPH).",
        discussion: """
            Sends the graph as batched UNWIND … CREATE queries over the Redis protocol, \
            several per round trip, after creating indexes on explorer_id, name and merge_key \
            for every label. Provenance goes along as the properties source_document, \
            source_offset, source_length and source_quote, so `:why` works on the server too. \
            Then query it with --engine on query, run, ask, render and shell.

            Examples:
              explorer push graphs/wuhan-cppcc falkordb://127.0.0.1:6379/wuhan
              explorer push graphs/wuhan-cppcc falkordb://db.example:6379/wuhan --replace
              explorer query --engine falkordb://127.0.0.1:6379/wuhan "MATCH (n) RETURN count(n)"
            """
    )

    @OptionGroup var options: DatasetOptions

    @Argument(help: "Where to load it: falkordb://HOST:PORT/GRAPH.")
    var target: String

    @Flag(help: "Delete a graph of the same name on the server first (without it, an existing graph is refused).")
    var replace = false

    @Option(name: .customLong("batch-size"), help: "Nodes or relationships per query (default 500).")
    var batchSize = 500

    func run() throws {
        guard batchSize > 0 else { throw CommandError("--batch-size must be at least 1") }
        let address: FalkorAddress
        do { address = try FalkorAddress(target) } catch let error as FalkorError { throw CommandError(error.description) }
        let (_, graph) = try options.loadGraph()
        let showProgress = isatty(STDERR_FILENO) != 0
        do {
            let server = try FalkorGraph(address)
            StandardStreams.error("pushing \(graph.nodeCount) nodes and \(graph.relationshipCount) relationships to \(address)\n")
            var lastLine = Date.distantPast
            let report = try FalkorPush.push(graph, to: server, replace: replace, batchSize: batchSize) { phase, done, total in
                // A line per second at most (every batch on a terminal), so a log stays short.
                let now = Date()
                guard done == total || (showProgress ? true : now.timeIntervalSince(lastLine) >= 1) else { return }
                lastLine = now
                if showProgress {
                    StandardStreams.error("\r  \(phase): \(done)/\(total) queries" + (done == total ? "\n" : ""))
                } else if done == total || done > 0 {
                    StandardStreams.error("  \(phase): \(done)/\(total) queries\n")
                }
            }
            StandardStreams.error(
                "pushed \(report.nodes) nodes and \(report.relationships) relationships to \(address) in "
                    + String(format: "%.1f", report.seconds) + " s (\(report.statements) queries, \(report.indexes) indexes)\n")
            if report.nodes != graph.nodeCount || report.relationships != graph.relationshipCount {
                throw CommandError(
                    "the server created \(report.nodes) of \(graph.nodeCount) nodes and \(report.relationships) of "
                        + "\(graph.relationshipCount) relationships; the pushed graph is incomplete")
            }
        } catch let error as FalkorError {
            throw CommandError("push to \(address): \(error.description)")
        }
    }
}
