/// Cuts typed text into statements: a query ends with `;` (or `；`) outside strings,
/// quoted names and comments, and may span lines; a meta-command (`:help`)
/// is one line on its own.
///
/// Lines are fed one at a time; whatever is not yet terminated waits in
/// `pending`, and the shell shows its continuation prompt while it does.
public struct StatementSplitter: Sendable {
    /// Text typed since the last complete statement.
    public private(set) var pending = ""

    public init() {}

    /// True while a statement is open and the shell should show its continuation prompt.
    public var isContinuing: Bool { !pending.allSatisfy(\.isWhitespace) }

    /// What the pending text is still inside: the quote of an open string or
    /// quoted name, `*` for an open block comment, nil otherwise. The
    /// continuation prompt shows it, so a missing quote is noticed.
    public var openDelimiter: Character? {
        var scanner = CypherScanner(pending)
        while scanner.nextCodeCharacter() != nil {}
        return scanner.endedInsideLiteral ? (scanner.openQuote ?? "*") : nil
    }

    /// Adds one line and returns the statements it completes, in order, trimmed
    /// and without their `;`.
    public mutating func feed(_ line: String) -> [String] {
        if !isContinuing {
            let trimmed = line.trimmingWhitespace()
            if trimmed.hasPrefix(":") {
                pending = ""
                var command = trimmed
                while command.hasSuffix(";") || command.hasSuffix("；") {
                    command = String(command.dropLast()).trimmingWhitespace()
                }
                return [command]
            }
        }
        pending += pending.isEmpty ? line : "\n" + line
        var statements: [String] = []
        while let end = Self.terminator(in: pending) {
            let statement = String(pending[..<end]).trimmingWhitespace()
            pending = String(pending[pending.index(after: end)...])
            if !statement.isEmpty && !Self.isOnlyComments(statement) { statements.append(statement) }
        }
        if !isContinuing { pending = "" }
        return statements
    }

    /// The text left at the end of input, as a last statement (a script may
    /// omit the final `;`); nil when nothing but blanks and comments is left.
    public mutating func finish() -> String? {
        defer { pending = "" }
        let rest = pending.trimmingWhitespace()
        return rest.isEmpty || Self.isOnlyComments(rest) ? nil : rest
    }

    /// Drops the statement being typed (Ctrl-C).
    public mutating func reset() { pending = "" }

    /// The first `;` that is code, not text inside a string, a quoted name or a comment.
    /// A full-width `；`, which a Chinese input method types, ends a statement too.
    static func terminator(in text: String) -> String.Index? {
        var scanner = CypherScanner(text)
        while let (index, character) = scanner.nextCodeCharacter() {
            if character == ";" || character == "；" { return index }
        }
        return nil
    }

    static func isOnlyComments(_ text: String) -> Bool {
        var scanner = CypherScanner(text)
        while let (_, character) = scanner.nextCodeCharacter() {
            if !character.isWhitespace { return false }
        }
        return true
    }
}

extension String {
    func trimmingWhitespace() -> String {
        var slice = Substring(self)
        while let first = slice.first, first.isWhitespace { slice.removeFirst() }
        while let last = slice.last, last.isWhitespace { slice.removeLast() }
        return String(slice)
    }
}
