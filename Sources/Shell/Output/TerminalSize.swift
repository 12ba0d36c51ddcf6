import Foundation

/// The size of the terminal a stream is shown on, for tables that fit its
/// width and a pager for results taller than it.
public enum TerminalSize {
    /// Columns and rows of the terminal on `descriptor`; nil when it is not a
    /// terminal (a pipe, a file). `COLUMNS`/`LINES` stand in where the
    /// terminal does not say.
    public static func of(_ descriptor: Int32 = STDOUT_FILENO) -> (columns: Int, rows: Int)? {
        guard isatty(descriptor) != 0 else { return nil }
        var size = winsize()
        let environment = ProcessInfo.processInfo.environment
        if ioctl(descriptor, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 {
            return (Int(size.ws_col), Int(size.ws_row > 0 ? size.ws_row : 24))
        }
        let columns = environment["COLUMNS"].flatMap(Int.init) ?? 80
        let rows = environment["LINES"].flatMap(Int.init) ?? 24
        return (columns, rows)
    }
}
