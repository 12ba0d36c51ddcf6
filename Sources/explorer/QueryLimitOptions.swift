import ArgumentParser
import Graph

/// `--timeout` and `--max-rows`, shared by `query` and `shell` so both stop
/// runaway queries the same way and refuse the same bad values.
struct QueryLimitOptions: ParsableArguments {
    @Option(help: "Seconds before a query is stopped (Ctrl-C in the shell stops one sooner).")
    var timeout: Double = 30

    @Option(name: .customLong("max-rows"), help: "Most rows any step of a query may produce.")
    var maxRows: Int = 1_000_000

    func validate() throws {
        if !(timeout > 0) { throw ValidationError("--timeout must be more than 0 seconds, not \(timeout)") }
        if maxRows < 1 { throw ValidationError("--max-rows must be at least 1, not \(maxRows)") }
    }

    /// The limits the engine runs every query under.
    var limits: QueryLimits { QueryLimits(timeout: timeout, maxRows: maxRows) }
}
