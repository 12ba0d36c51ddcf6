/// Where a FalkorDB graph lives: `falkordb://HOST:PORT/GRAPH` (`redis://` is read the same way).
public struct FalkorAddress: Equatable, Sendable, CustomStringConvertible {
    public var host: String
    public var port: Int
    public var graph: String

    /// The port Redis and FalkorDB listen on unless told otherwise.
    public static let defaultPort = 6379

    /// Parses an address; the message says what is wrong and what a right one looks like.
    public init(_ text: String) throws {
        let example = "falkordb://127.0.0.1:6379/policy"
        guard let schemeEnd = text.range(of: "://") else {
            throw FalkorError.badAddress("'\(text)' is not a FalkorDB address; write it as \(example)")
        }
        let scheme = text[..<schemeEnd.lowerBound].lowercased()
        guard scheme == "falkordb" || scheme == "redis" else {
            throw FalkorError.badAddress("'\(text)': the scheme must be falkordb:// (or redis://), as in \(example)")
        }
        let rest = text[schemeEnd.upperBound...]
        guard let slash = rest.firstIndex(of: "/") else {
            throw FalkorError.badAddress("'\(text)' names no graph; add /GRAPH after the port, as in \(example)")
        }
        let graph = String(rest[rest.index(after: slash)...])
        guard !graph.isEmpty, !graph.contains("/") else {
            throw FalkorError.badAddress("'\(text)': the graph name after the port must be one word, as in \(example)")
        }
        var hostPort = String(rest[..<slash])
        var port = Self.defaultPort
        if let colon = hostPort.lastIndex(of: ":"), !hostPort.hasSuffix("]") {
            guard let p = Int(hostPort[hostPort.index(after: colon)...]), (1...65535).contains(p) else {
                throw FalkorError.badAddress("'\(text)': the port must be a number from 1 to 65535, as in \(example)")
            }
            port = p
            hostPort = String(hostPort[..<colon])
        }
        if hostPort.hasPrefix("[") && hostPort.hasSuffix("]") { hostPort = String(hostPort.dropFirst().dropLast()) }
        guard !hostPort.isEmpty else {
            throw FalkorError.badAddress("'\(text)' names no host, as in \(example)")
        }
        self.host = hostPort
        self.port = port
        self.graph = graph
    }

    public var description: String { "falkordb://\(host.contains(":") ? "[\(host)]" : host):\(port)/\(graph)" }
}
