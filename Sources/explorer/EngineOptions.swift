import ArgumentParser
import FalkorDB
import Foundation
import Graph

/// `--engine falkordb://HOST:PORT/GRAPH`: the commands that answer queries run them on
/// a FalkorDB server (loaded with `explorer push`) instead of the dataset's own graph.
struct EngineOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "Run the queries on a FalkorDB server instead of the dataset's graph.",
            discussion: "Load the graph there first with `explorer push DATASET falkordb://HOST:PORT/GRAPH`.",
            valueName: "falkordb://HOST:PORT/GRAPH"))
    var engine: String?

    /// The server when --engine is given, connected; nil for the embedded engine.
    func server() throws -> FalkorGraph? {
        guard let engine else { return nil }
        do {
            let server = try FalkorGraph(try FalkorAddress(engine))
            guard try server.exists() else {
                throw CommandError(
                    "the server at \(engine) has no graph \(server.address.graph); load it first with "
                        + "explorer push DATASET \(engine)")
            }
            return server
        } catch let error as FalkorError {
            throw CommandError("--engine \(engine): \(error.description)")
        }
    }
}

extension FalkorGraph {
    /// Runs a query for a command, its failure worded as the server's.
    func answer(_ text: String, parameters: [String: Value] = [:]) throws -> FalkorGraph.Answer {
        do { return try query(text, parameters: parameters) } catch let error as FalkorError {
            throw CommandError("\(address): \(error.description)")
        }
    }

    /// The part of the server's graph a diagram selection can reach: the nodes of `labels`
    /// and the relationships among them; else the neighbourhood `depth` relationships deep
    /// around the nodes whose name or alias is `around`; else the whole graph.
    func copy(labels: [String], around: String?, depth: Int) throws -> PropertyGraph {
        var elements = FalkorElements()
        func run(_ text: String, _ parameters: [String: Value] = [:]) throws {
            do { _ = try query(text, parameters: parameters, into: &elements) } catch let error as FalkorError {
                throw CommandError("\(address): \(error.description)")
            }
        }
        if !labels.isEmpty {
            let list: [String: Value] = ["labels": .list(labels.map(Value.string))]
            try run("MATCH (n) WHERE any(l IN labels(n) WHERE l IN $labels) RETURN n", list)
            try run(
                "MATCH (a)-[r]->(b) WHERE any(l IN labels(a) WHERE l IN $labels) AND any(l IN labels(b) WHERE l IN $labels) RETURN r",
                list)
        } else if let around {
            let name: [String: Value] = ["name": .string(around)]
            try run("MATCH (c) WHERE c.name = $name OR $name IN coalesce(c.aliases, []) RETURN c", name)
            if depth > 0 {
                try run(
                    "MATCH (c) WHERE c.name = $name OR $name IN coalesce(c.aliases, []) MATCH p = (c)-[*1..\(depth)]-() RETURN p", name)
            }
        } else {
            try run("MATCH (n) RETURN n")
            try run("MATCH ()-[r]->() RETURN r")
        }
        return elements.graph
    }

    /// The server's named nodes with only their labels, names and aliases: what the
    /// question matcher and the name resolution read to know the names.
    func names() throws -> PropertyGraph {
        try answer("MATCH (n) WHERE n.name IS NOT NULL RETURN labels(n), n.name, n.aliases").result.rows.reduce(into: PropertyGraph()) { graph, row in
            let labels = row[0].listValue?.compactMap(\.stringValue) ?? []
            var properties: [String: Value] = ["name": row[1]]
            if case .list = row[2] { properties["aliases"] = row[2] }
            _ = try? graph.addNode(labels: labels, properties: properties)
        }
    }
}
