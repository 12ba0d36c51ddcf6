#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where the shell writes: results to one stream, errors to another.
/// Closures so tests can collect the text.
public struct ShellOutput {
    /// Prints results (standard output).
    public var write: (String) -> Void
    /// Prints errors (standard error).
    public var error: (String) -> Void

    /// Output through two closures, e.g. into strings in tests.
    public init(write: @escaping (String) -> Void, error: @escaping (String) -> Void) {
        self.write = write
        self.error = error
    }

    /// Standard output and standard error.
    public static var standard: ShellOutput {
        ShellOutput(
            write: { text in
                fputs(text, stdout)
                fflush(stdout)
            },
            error: { text in
                fflush(stdout)
                fputs(text, stderr)
                fflush(stderr)
            })
    }

    func line(_ text: String) { write(text.hasSuffix("\n") ? text : text + "\n") }
    func errorLine(_ text: String) { error(text.hasSuffix("\n") ? text : text + "\n") }
}
