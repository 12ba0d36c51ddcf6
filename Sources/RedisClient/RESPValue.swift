/// One reply of the Redis protocol, version 2 (RESP2).
public indirect enum RESPValue: Equatable, Sendable {
    /// `+OK`
    case simpleString(String)
    /// `-ERR …`: the server refused the command; the text says why.
    case error(String)
    /// `:42`
    case integer(Int)
    /// `$n` followed by n bytes; nil for `$-1`.
    case bulkString([UInt8]?)
    /// `*n` followed by n replies; nil for `*-1`.
    case array([RESPValue]?)

    /// The text of a simple or bulk string (bulk strings read as UTF-8).
    public var text: String? {
        switch self {
        case .simpleString(let s): return s
        case .bulkString(let bytes?): return String(decoding: bytes, as: UTF8.self)
        default: return nil
        }
    }

    /// The items of an array reply.
    public var items: [RESPValue]? {
        if case .array(let items?) = self { return items }
        return nil
    }

    /// The integer of an integer reply.
    public var integer: Int? {
        if case .integer(let i) = self { return i }
        return nil
    }
}
