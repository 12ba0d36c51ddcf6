import ArgumentParser
import Foundation
import Graph
import Web

/// `explorer serve`: the web explorer on this machine, in a browser.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Explore the dataset in a web browser: search, node pages, documents, questions, Cypher.",
        discussion: """
            Prints the address to open (as JSON when piped; --format) and serves until Ctrl-C (or SIGTERM). Listens on loopback \
            only unless --host says otherwise, and is read-only unless --allow-writes.
            """
    )

    @OptionGroup var options: DatasetOptions

    @Option(help: "The port to listen on (0 picks a free one).")
    var port: Int = 8080

    @Option(help: "The address to listen on; 0.0.0.0 opens the explorer to the network.")
    var host: String = "127.0.0.1"

    @Flag(name: .customLong("allow-writes"), help: "Let the console run CREATE (changes the graph in memory only).")
    var allowWrites = false

    @OptionGroup var limits: QueryLimitOptions
    @OptionGroup var listing: ListingOptions

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be 0…65535, not \(port)") }
    }

    func run() async throws {
        let format = try listing.tableFormat()
        let (dataset, registry, graph) = try options.load()
        var web = WebOptions(host: host, port: port, allowWrites: allowWrites)
        web.limits = QueryLimits(timeout: limits.timeout, maxRows: limits.maxRows)
        let state = ExplorerState(dataset: dataset, registry: registry, graph: graph, options: web)
        if host != "127.0.0.1" && host != "localhost" && host != "::1" {
            DatasetOptions.warn("listening on \(host): anyone who can reach this machine can read the dataset")
        }
        let shownHost = host.contains(":") ? "[\(host)]" : host
        try await WebServer(state: state).run { bound in
            let address = "http://\(shownHost):\(bound)/"
            if let format {
                // A script starting the server reads the address from this one document.
                listing.print(
                    columns: ["dataset", "nodes", "url"], rows: [[.string(dataset.name), .int(graph.nodeCount), .string(address)]],
                    as: format)
            } else {
                print("Serving \(dataset.name) (\(graph.nodeCount) nodes) at \(address)  (Ctrl-C stops)")
            }
            fflush(stdout)
        }
        if format == nil { print("Stopped.") } else { StandardStreams.error("Stopped.\n") }
    }
}
