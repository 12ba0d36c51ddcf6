import Foundation
import ArgumentParser
import Graph

/// `--timeout`, `--max-rows` and `--max-memory`, shared by `query`, `run`, `ask` and `shell`
/// so all stop runaway queries the same way and refuse the same bad values.
struct QueryLimitOptions: ParsableArguments {
    @Option(help: "Seconds before a query is stopped (Ctrl-C in the shell stops one sooner).")
    var timeout: Double = 30

    @Option(name: .customLong("max-rows"), help: "Most rows any step of a query may produce.")
    var maxRows: Int = 1_000_000

    @Option(
        name: .customLong("max-memory"),
        help: "Most memory a query may use, as 512M, 2G or bytes (default: a quarter of this machine's memory).")
    var maxMemory: String?

    func validate() throws {
        if !(timeout > 0) { throw ValidationError("--timeout must be more than 0 seconds, not \(timeout)") }
        if maxRows < 1 { throw ValidationError("--max-rows must be at least 1, not \(maxRows)") }
        if let maxMemory, Self.bytes(maxMemory) == nil {
            throw ValidationError("--max-memory takes a size such as 512M, 2G or 1000000 (bytes), not '\(maxMemory)'")
        }
    }

    /// The limits the engine runs every query under.
    var limits: QueryLimits {
        QueryLimits(
            timeout: timeout, maxRows: maxRows,
            maxMemory: maxMemory.flatMap(Self.bytes) ?? QueryLimits.defaultMaxMemory)
    }

    /// Bytes in `512M`, `2G`, `1.5G`, `300K` or `1000000`; nil when the text is not a positive size.
    static func bytes(_ text: String) -> Int? {
        let trimmed = text.trimmingCharacters(in: .whitespaces).uppercased()
        let units: [(String, Double)] = [("KB", 1024), ("MB", 1_048_576), ("GB", 1_073_741_824), ("K", 1024), ("M", 1_048_576), ("G", 1_073_741_824), ("B", 1)]
        var number = Substring(trimmed)
        var scale = 1.0
        for (suffix, size) in units where trimmed.hasSuffix(suffix) {
            number = trimmed.dropLast(suffix.count)
            scale = size
            break
        }
        guard let value = Double(number.trimmingCharacters(in: .whitespaces)), value.isFinite, value > 0 else { return nil }
        let total = value * scale
        guard total >= 1, total < 9e18 else { return nil }
        return Int(total)
    }
}
