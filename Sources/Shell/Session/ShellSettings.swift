import Graph

/// What the meta-commands change: output format, row cap, timing, parameters.
public struct ShellSettings: Sendable {
    /// Set with `:format`.
    public var format: ResultFormat = .table
    /// Rows printed before the rest is cut (the total is always shown); nil prints all.
    public var rowLimit: Int? = 50
    /// Display cells a table cell may take before it is cut with `…`.
    public var maxCellWidth: Int = 60
    /// Tables narrowed to the terminal's width, read at each result (the
    /// window may have been resized); on when the output is a terminal.
    public var fitsTerminal = false
    /// Results taller than the terminal go through `$PAGER` (an interactive shell, unless --no-pager).
    public var paging = false
    /// Print how long each query took; set with `:timing`.
    public var timing = false
    /// Values for `$name` in queries, set with `:param`.
    public var parameters: [String: Value] = [:]

    public init() {}
}
