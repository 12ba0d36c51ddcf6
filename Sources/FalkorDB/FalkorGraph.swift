import Exports
import Graph
import RedisClient

/// One graph on a FalkorDB server, as a query engine: queries go to the server
/// as `GRAPH.QUERY … --compact` and come back as the explorer's `QueryResult`
/// with a small graph of the nodes and relationships the rows name.
public final class FalkorGraph {
    public let address: FalkorAddress
    private var connection: RedisConnection
    /// Set by `cancel`: the connection was ended, and the next query makes a new one.
    private var cancelled = false
    private let timeout: Double
    /// The label, type and key names by id, read when a reply needs them.
    public private(set) var schema = FalkorSchema()

    /// Connects; fails with a message naming the address when no server answers there.
    public init(_ address: FalkorAddress, timeout: Double = 120) throws {
        self.address = address
        self.timeout = timeout
        do {
            connection = try RedisConnection(host: address.host, port: address.port, timeout: timeout)
            _ = try connection.send(["PING"])
        } catch let error as RedisError {
            throw FalkorError.connection(error)
        }
    }

    /// What one query returned, and the elements its rows refer to.
    public struct Answer {
        public var result: QueryResult
        /// The nodes and relationships the rows name (ids local to this graph), with their sources.
        public var graph: PropertyGraph
    }

    /// Runs a query on the server. Parameters are sent as the `CYPHER name=value` prefix FalkorDB reads.
    public func query(_ text: String, parameters: [String: Value] = [:]) throws -> Answer {
        var elements = FalkorElements()
        let result = try query(text, parameters: parameters, into: &elements)
        return Answer(result: result, graph: elements.graph)
    }

    /// Runs a query, its nodes and relationships copied into `elements` (the rows refer to its graph's ids).
    public func query(_ text: String, parameters: [String: Value] = [:], into elements: inout FalkorElements) throws -> QueryResult {
        let reply = try raw(Self.withParameters(text, parameters))
        let decoded = try decode(reply, into: elements)
        var decoder = decoded.decoder
        if !decoder.missingNodes.isEmpty {
            // Relationships whose ends the rows did not return: read those nodes so the ends have names.
            let ids = decoder.missingNodes.sorted().map(String.init).joined(separator: ", ")
            let ends = try raw("MATCH (n) WHERE id(n) IN [\(ids)] RETURN n")
            decoder = try decode(ends, into: decoder.elements).decoder
        }
        elements = decoder.elements
        return decoded.result
    }

    /// `CYPHER a=1 b='x' QUERY`, or the query as it is without parameters.
    static func withParameters(_ text: String, _ parameters: [String: Value]) -> String {
        guard !parameters.isEmpty else { return text }
        return "CYPHER " + parameters.keys.sorted().map { "\(CypherLiteral.name($0))=\(CypherLiteral.value(parameters[$0]!))" }
            .joined(separator: " ") + " " + text
    }

    /// Decodes a reply, reading the name lists again when it names an id they do not hold yet.
    func decode(_ reply: RESPValue, into elements: FalkorElements) throws -> (decoder: FalkorResultDecoder, result: QueryResult) {
        for attempt in 0..<2 {
            var decoder = FalkorResultDecoder(schema: schema, into: elements)
            do {
                let result = try decoder.result(reply)
                return (decoder, result)
            } catch is FalkorSchema.UnknownID {
                if attempt == 0 { try refreshSchema() }
            }
        }
        throw FalkorError.unexpectedReply("the reply names a label, type or key the server does not list")
    }

    /// Reads the label, type and key lists (`db.labels()`, `db.relationshipTypes()`, `db.propertyKeys()`).
    public func refreshSchema() throws {
        func names(_ procedure: String) throws -> [String] {
            var decoder = FalkorResultDecoder(schema: FalkorSchema())
            return try decoder.result(try raw("CALL \(procedure)()")).rows.compactMap { $0.first?.stringValue }
        }
        schema = FalkorSchema(labels: try names("db.labels"), types: try names("db.relationshipTypes"), keys: try names("db.propertyKeys"))
    }

    /// The server's reply to one query; an error reply is thrown with the server's message.
    func raw(_ text: String) throws -> RESPValue {
        let reply = try exchange([["GRAPH.QUERY", address.graph, text, "--compact"]])[0]
        if case .error(let message) = reply { throw FalkorError.query(message) }
        return reply
    }

    /// Sends commands pipelined and reads their replies, on a new connection after a `cancel`.
    private func exchange(_ commands: [[String]]) throws -> [RESPValue] {
        do {
            if cancelled {
                connection = try RedisConnection(host: address.host, port: address.port, timeout: timeout)
                cancelled = false
            }
            return try connection.pipeline(commands)
        } catch let error as RedisError {
            if cancelled { throw FalkorError.cancelled }
            throw FalkorError.connection(error)
        }
    }

    /// Stops waiting for the running query (from another thread): it fails with `FalkorError.cancelled`.
    public func cancel() {
        cancelled = true
        connection.shutDown()
    }

    /// Runs queries pipelined (sent together, replies read after) and returns each one's change counts.
    /// The first refused query is thrown with its position.
    public func pipelined(_ queries: [String]) throws -> [QueryStatistics] {
        // A few per round trip: a whole script written before any reply is read can stall both ends.
        var replies: [RESPValue] = []
        for start in stride(from: 0, to: queries.count, by: Self.queriesPerRoundTrip) {
            let window = queries[start..<min(start + Self.queriesPerRoundTrip, queries.count)]
            replies += try exchange(window.map { ["GRAPH.QUERY", address.graph, $0, "--compact"] })
        }
        return try replies.enumerated().map { index, reply in
            if case .error(let message) = reply {
                throw FalkorError.query("statement \(index + 1) of the batch: \(message) (it begins: \(queries[index].prefix(120)))")
            }
            return FalkorResultDecoder.statistics(reply.items?.last?.items ?? [])
        }
    }

    /// Most queries `pipelined` sends before reading their replies.
    public static let queriesPerRoundTrip = 8

    /// True when the server holds a graph of this name.
    public func exists() throws -> Bool {
        let list = try exchange([["GRAPH.LIST"]])[0]
        if case .error(let message) = list { throw FalkorError.query(message) }
        return (list.items ?? []).contains { $0.text == address.graph }
    }

    /// Deletes the graph from the server.
    public func delete() throws {
        if case .error(let message) = try exchange([["GRAPH.DELETE", address.graph]])[0] { throw FalkorError.query(message) }
    }

    /// Node count per label and relationship count per type, as the server counts them.
    public func counts() throws -> (labels: [String: Int], types: [String: Int]) {
        var labels: [String: Int] = [:]
        for row in try query("MATCH (n) UNWIND labels(n) AS label RETURN label, count(*)").result.rows {
            if let label = row[0].stringValue, let n = row[1].intValue { labels[label] = n }
        }
        var types: [String: Int] = [:]
        for row in try query("MATCH ()-[r]->() RETURN type(r), count(*)").result.rows {
            if let type = row[0].stringValue, let n = row[1].intValue { types[type] = n }
        }
        return (labels, types)
    }
}
