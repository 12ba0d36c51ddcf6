import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// One HTTP/1.1 request to a server on loopback, over a plain socket, with
/// `Connection: close`: enough for chromedriver's JSON, with no HTTP library.
enum HTTPExchange {
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    /// Sends the request and reads the whole response; returns the status and the body.
    static func send(_ method: String, _ path: String, port: Int, body: Data?, timeout: Int = 60) throws -> (Int, Data) {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard socket >= 0 else { throw Failure(description: "cannot open a socket") }
        defer { close(socket) }
        var wait = timeval(tv_sec: timeout, tv_usec: 0)
        setsockopt(socket, SOL_SOCKET, SO_RCVTIMEO, &wait, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = UInt16(port).bigEndian
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else { throw Failure(description: "cannot connect to 127.0.0.1:\(port)") }
        var request = "\(method) \(path) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nConnection: close\r\nAccept: application/json\r\n"
        if let body { request += "Content-Type: application/json; charset=utf-8\r\nContent-Length: \(body.count)\r\n" }
        var bytes = Array((request + "\r\n").utf8)
        if let body { bytes += body }
        var sent = 0
        while sent < bytes.count {
            let written = bytes[sent...].withUnsafeBytes { Glibc.send(socket, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            guard written > 0 else { throw Failure(description: "cannot send to 127.0.0.1:\(port)") }
            sent += written
        }
        var response: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = buffer.withUnsafeMutableBytes { recv(socket, $0.baseAddress, $0.count, 0) }
            if count < 0 { throw Failure(description: "no answer from 127.0.0.1:\(port) within \(timeout) s") }
            if count == 0 { break }
            response += buffer[0..<count]
            if let (status, body) = complete(response) { return (status, body) }
        }
        guard let (status, body) = complete(response, closed: true) else {
            throw Failure(description: "a malformed answer from 127.0.0.1:\(port)")
        }
        return (status, body)
    }

    /// The status and body once the response is whole (by Content-Length, or when the peer closed).
    /// O(header) per call: the body is not scanned.
    private static func complete(_ response: [UInt8], closed: Bool = false) -> (Int, Data)? {
        guard let end = headerEnd(response) else { return nil }
        let head = String(decoding: response[..<end], as: UTF8.self)
        let lines = head.components(separatedBy: "\r\n")
        let parts = lines.first?.split(separator: " ") ?? []
        guard parts.count >= 2, let status = Int(parts[1]) else { return nil }
        let length = lines.dropFirst().compactMap { line -> Int? in
            let pair = line.split(separator: ":", maxSplits: 1)
            guard pair.count == 2, pair[0].lowercased() == "content-length" else { return nil }
            return Int(pair[1].trimmingCharacters(in: .whitespaces))
        }.first
        let available = response.count - (end + 4)
        if let length { return available >= length ? (status, Data(response[(end + 4)..<(end + 4 + length)])) : nil }
        return closed ? (status, Data(response[(end + 4)...])) : nil
    }

    /// Where the blank line after the headers starts, looking at the first 64 KB only.
    private static func headerEnd(_ response: [UInt8]) -> Int? {
        let limit = min(response.count, 65536) - 4
        guard limit >= 0 else { return nil }
        for index in 0...limit
        where response[index] == 13 && response[index + 1] == 10 && response[index + 2] == 13 && response[index + 3] == 10 {
            return index
        }
        return nil
    }
}
