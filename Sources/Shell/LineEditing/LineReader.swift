/// What a line reader hands back for one prompt.
public enum LineInput: Equatable, Sendable {
    /// A line the user entered, without its newline.
    case line(String)
    /// Ctrl-C at the prompt: the current line (and any statement being typed) is dropped.
    case interrupted
    /// Ctrl-D on an empty line, or the end of standard input.
    case endOfInput
}

/// A source of input lines for the shell.
///
/// A protocol so the session can be driven by libedit on a terminal, by a pipe
/// when standard input is not a terminal, or by a list of lines in tests.
public protocol LineReader: AnyObject {
    /// True when a person is typing: prompts are shown and errors do not end the run.
    var isInteractive: Bool { get }
    /// Shows `prompt` (when interactive) and reads one line.
    func readLine(prompt: String) -> LineInput
    /// Records an entry for recall with the arrow keys and Ctrl-R.
    func addHistory(_ entry: String)
}
