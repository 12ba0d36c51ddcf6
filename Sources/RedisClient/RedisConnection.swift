#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One blocking TCP connection to a Redis-protocol server.
///
/// `send` writes a command, `pipeline` writes many before reading their replies
/// (one round trip for a batch instead of one each). Error replies come back
/// as `.error` values in `pipeline` and are thrown by `send`.
public final class RedisConnection {
    private var socket: Int32
    private var parser = RESPParser()
    /// host:port, for messages.
    public let address: String

    /// Connects to `host:port`; `timeout` bounds each read (a query that runs longer fails with a message, not a hang).
    public init(host: String, port: Int, timeout: Double = 120) throws {
        address = "\(host):\(port)"
        var hints = addrinfo()
        hints.ai_family = AF_UNSPEC
        #if canImport(Glibc)
        hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        #else
        hints.ai_socktype = SOCK_STREAM
        #endif
        var list: UnsafeMutablePointer<addrinfo>?
        let status = getaddrinfo(host, String(port), &hints, &list)
        guard status == 0, let first = list else {
            throw RedisError.cannotConnect("cannot resolve the host \(host): \(String(cString: gai_strerror(status)))")
        }
        defer { freeaddrinfo(list) }
        var lastError: Int32 = 0
        var connected: Int32 = -1
        var entry: UnsafeMutablePointer<addrinfo>? = first
        while let info = entry {
            let fd = Glibc.socket(info.pointee.ai_family, info.pointee.ai_socktype, info.pointee.ai_protocol)
            if fd >= 0 {
                if connect(fd, info.pointee.ai_addr, info.pointee.ai_addrlen) == 0 { connected = fd; break }
                lastError = errno
                close(fd)
            }
            entry = info.pointee.ai_next
        }
        guard connected >= 0 else {
            throw RedisError.cannotConnect(
                "cannot connect to \(host):\(port): \(String(cString: strerror(lastError))) (is the server running there?)")
        }
        socket = connected
        var seconds = timeval(tv_sec: Int(timeout), tv_usec: .init((timeout - Double(Int(timeout))) * 1_000_000))
        setsockopt(socket, SOL_SOCKET, SO_RCVTIMEO, &seconds, socklen_t(MemoryLayout<timeval>.size))
        var one: Int32 = 1
        setsockopt(socket, Int32(IPPROTO_TCP), TCP_NODELAY, &one, socklen_t(MemoryLayout<Int32>.size))
    }

    deinit { close(socket) }

    /// Ends the connection from any thread: a read waiting for a reply fails at once
    /// (how a long query is cancelled; the server may still finish it). Make a new connection to go on.
    public func shutDown() {
        shutdown(socket, Int32(SHUT_RDWR))
    }

    /// Sends one command and returns its reply; an error reply is thrown as `RedisError.server`.
    @discardableResult
    public func send(_ arguments: [String]) throws -> RESPValue {
        let reply = try pipeline([arguments])[0]
        if case .error(let message) = reply { throw RedisError.server(message) }
        return reply
    }

    /// Sends every command, then reads one reply for each, in order.
    public func pipeline(_ commands: [[String]]) throws -> [RESPValue] {
        var bytes: [UInt8] = []
        for command in commands { bytes += RESPEncoder.command(command) }
        try write(bytes)
        var replies: [RESPValue] = []
        replies.reserveCapacity(commands.count)
        while replies.count < commands.count {
            if let reply = try parser.next() { replies.append(reply); continue }
            try readMore()
        }
        return replies
    }

    private func write(_ bytes: [UInt8]) throws {
        var sent = 0
        while sent < bytes.count {
            let n = bytes[sent...].withUnsafeBytes { Glibc.send(socket, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            if n < 0 {
                if errno == EINTR { continue }
                throw RedisError.connectionLost("writing to \(address): \(String(cString: strerror(errno)))")
            }
            sent += n
        }
    }

    private func readMore() throws {
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = chunk.withUnsafeMutableBytes { recv(socket, $0.baseAddress, $0.count, 0) }
            if n > 0 {
                parser.append(chunk[0..<n])
                return
            }
            if n == 0 { throw RedisError.connectionLost("\(address) closed the connection") }
            if errno == EINTR { continue }
            if errno == EAGAIN || errno == EWOULDBLOCK {
                throw RedisError.connectionLost("no reply from \(address) within the time limit")
            }
            throw RedisError.connectionLost("reading from \(address): \(String(cString: strerror(errno)))")
        }
    }
}
