import RedisClient

/// What went wrong with a FalkorDB server, for people.
public enum FalkorError: Error, CustomStringConvertible, Sendable {
    /// The address given on the command line is not one.
    case badAddress(String)
    /// The server refused a query (a syntax error, an unknown function …): its own message.
    case query(String)
    /// The server's reply was not the compact result set this client reads.
    case unexpectedReply(String)
    /// The connection failed.
    case connection(RedisError)
    /// `push` found the graph already there.
    case graphExists(String)
    /// The query was cancelled (Ctrl-C) while the server ran it.
    case cancelled

    public var description: String {
        switch self {
        case .badAddress(let s): return s
        case .query(let s): return "FalkorDB refused the query: \(s)"
        case .unexpectedReply(let s): return "FalkorDB's reply could not be read: \(s)"
        case .connection(let e): return e.description
        case .graphExists(let s): return s
        case .cancelled: return "cancelled; the server may still finish the query"
        }
    }
}
