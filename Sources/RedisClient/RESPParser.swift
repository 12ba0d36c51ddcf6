/// Reads replies out of the bytes received so far. A reply that has not fully
/// arrived yet leaves the buffer as it is (`next()` returns nil), so the
/// caller reads more and tries again; a reply that breaks the protocol throws.
public struct RESPParser {
    private var buffer: [UInt8] = []
    private var start = 0
    /// Deepest nesting accepted: the server's replies nest a few levels, a hostile peer could nest without end.
    public static let maximumDepth = 64
    /// Largest bulk string or array length accepted (the server's own default limit is 512 MB).
    public static let maximumLength = 512 * 1024 * 1024

    public init() {}

    /// Adds received bytes.
    public mutating func append(_ bytes: some Sequence<UInt8>) {
        if start > 0 && start > buffer.count / 2 {
            buffer.removeFirst(start)
            start = 0
        }
        buffer.append(contentsOf: bytes)
    }

    /// The next whole reply, or nil when more bytes are needed.
    public mutating func next() throws -> RESPValue? {
        var position = start
        guard let value = try parse(&position, depth: 0) else { return nil }
        start = position
        return value
    }

    private func line(_ position: inout Int) -> String? {
        var i = position
        while i + 1 < buffer.count {
            if buffer[i] == 13 && buffer[i + 1] == 10 {
                let text = String(decoding: buffer[position..<i], as: UTF8.self)
                position = i + 2
                return text
            }
            i += 1
        }
        return nil
    }

    private func length(_ text: String, _ kind: String) throws -> Int {
        guard let n = Int(text), n >= -1, n <= Self.maximumLength else {
            throw RedisError.protocolViolation("a \(kind) length of '\(text.prefix(40))' is not a valid length")
        }
        return n
    }

    private func parse(_ position: inout Int, depth: Int) throws -> RESPValue? {
        guard depth <= Self.maximumDepth else {
            throw RedisError.protocolViolation("replies nested deeper than \(Self.maximumDepth) levels")
        }
        guard position < buffer.count else { return nil }
        let marker = buffer[position]
        var p = position + 1
        guard let text = line(&p) else { return nil }
        let value: RESPValue
        switch marker {
        case UInt8(ascii: "+"): value = .simpleString(text)
        case UInt8(ascii: "-"): value = .error(text)
        case UInt8(ascii: ":"):
            guard let i = Int(text) else { throw RedisError.protocolViolation("the integer reply '\(text.prefix(40))' is not a number") }
            value = .integer(i)
        case UInt8(ascii: "$"):
            let n = try length(text, "bulk string")
            if n == -1 { value = .bulkString(nil); break }
            guard p + n + 2 <= buffer.count else { return nil }
            guard buffer[p + n] == 13 && buffer[p + n + 1] == 10 else {
                throw RedisError.protocolViolation("a bulk string of \(n) bytes does not end with CRLF")
            }
            value = .bulkString(Array(buffer[p..<(p + n)]))
            p += n + 2
        case UInt8(ascii: "*"):
            let n = try length(text, "array")
            if n == -1 { value = .array(nil); break }
            var items: [RESPValue] = []
            items.reserveCapacity(min(n, 4096))
            for _ in 0..<n {
                guard let item = try parse(&p, depth: depth + 1) else { return nil }
                items.append(item)
            }
            value = .array(items)
        default:
            throw RedisError.protocolViolation("a reply starts with byte \(marker), which is not one of + - : $ *")
        }
        position = p
        return value
    }
}
