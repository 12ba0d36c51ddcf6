/// What went wrong talking to a Redis-protocol server, for people.
public enum RedisError: Error, CustomStringConvertible, Equatable, Sendable {
    /// The address could not be reached: no server there, or the name does not resolve.
    case cannotConnect(String)
    /// The connection broke while sending or reading.
    case connectionLost(String)
    /// The server sent bytes that are not the protocol.
    case protocolViolation(String)
    /// The server answered with an error reply.
    case server(String)

    public var description: String {
        switch self {
        case .cannotConnect(let s): return s
        case .connectionLost(let s): return "the connection to the server was lost: \(s)"
        case .protocolViolation(let s): return "the server's reply breaks the Redis protocol: \(s)"
        case .server(let s): return "the server says: \(s)"
        }
    }
}
