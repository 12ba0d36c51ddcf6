#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Graph

/// The explorer's standard output: every character a terminal would act on
/// is escaped (`TerminalSafeText`), and a write that fails (a full disk, a
/// closed file) is remembered with the system's reason, so the command ends
/// with that reason and a non-zero status instead of exit 0 with the output lost.
enum StandardOutput {
    /// The system's reason for the first write that failed, if any.
    nonisolated(unsafe) static var failure: String?

    /// Writes `text` as it is, but for terminal controls, which are escaped.
    static func write(_ text: String) {
        let safe = TerminalSafeText.escaped(text, keepingLayout: true)
        if fputs(safe, stdout) < 0 { remember(errno) }
    }

    /// Flushes standard output; the error to report, with the system's reason, when anything written was lost.
    static func finish() -> CommandError? {
        if fflush(stdout) != 0 { remember(errno) }
        if failure == nil, ferror(stdout) != 0 { failure = "a write failed" }
        guard let failure else { return nil }
        return CommandError("cannot write the output to standard output: \(failure); free space or redirect it elsewhere (> FILE, -o FILE)")
    }

    private static func remember(_ code: Int32) {
        if failure == nil { failure = String(cString: strerror(code)) }
    }
}

/// Every `print` in the explorer goes through `StandardOutput`: this module-level
/// function is found before the standard library's, so no command can print a
/// document's bytes raw or lose a failed write by forgetting to.
func print(_ items: Any..., separator: String = " ", terminator: String = "\n") {
    StandardOutput.write(items.map { "\($0)" }.joined(separator: separator) + terminator)
}
