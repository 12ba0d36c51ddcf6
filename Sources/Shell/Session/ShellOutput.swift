#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Graph

/// Where the shell writes: results to one stream, errors to another.
/// Closures so tests can collect the text.
public struct ShellOutput {
    /// Prints results (standard output).
    public var write: (String) -> Void
    /// Prints errors (standard error).
    public var error: (String) -> Void
    /// Prints a result that may be taller than the screen: through `$PAGER` on a terminal.
    public var page: (String) -> Void

    /// Output through two closures, e.g. into strings in tests; results are paged by `page`, else written.
    public init(write: @escaping (String) -> Void, error: @escaping (String) -> Void, page: ((String) -> Void)? = nil) {
        self.write = write
        self.error = error
        self.page = page ?? write
    }

    /// The system's reason for the first write to standard output that failed
    /// (a full disk), for the command to report and exit non-zero with.
    nonisolated(unsafe) public private(set) static var standardOutputFailure: String?

    /// Standard output and standard error, with terminal controls from the
    /// data escaped (`TerminalSafeText`) and a failed write remembered.
    public static var standard: ShellOutput {
        let write: (String) -> Void = { text in
            if fputs(TerminalSafeText.escaped(text, keepingLayout: true), stdout) < 0 || fflush(stdout) != 0,
                standardOutputFailure == nil
            {
                standardOutputFailure = String(cString: strerror(errno))
            }
        }
        return ShellOutput(
            write: write,
            error: { text in
                fflush(stdout)
                fputs(TerminalSafeText.escaped(text, keepingLayout: true), stderr)
                fflush(stderr)
            },
            page: { text in
                fflush(stdout)
                Pager.show(TerminalSafeText.escaped(text, keepingLayout: true), enabled: true, otherwise: write)
            })
    }

    func line(_ text: String) { write(text.hasSuffix("\n") ? text : text + "\n") }
    func errorLine(_ text: String) { error(text.hasSuffix("\n") ? text : text + "\n") }
}
