/// Cuts typed text into statements: a query ends with `;` (or `；`) outside strings,
/// quoted names and comments, and may span lines; a meta-command (`:help`)
/// is one line on its own.
///
/// Lines are fed one at a time; whatever is not yet terminated waits in
/// `pending`, and the shell shows its continuation prompt while it does. The
/// scanner's state (inside a string, a quoted name, a comment) is kept between
/// lines, so each line costs time in proportion to its own length, however
/// long the statement it continues: a 100 KB statement pasted line by line is
/// not rescanned from its start at every line.
public struct StatementSplitter: Sendable {
    /// Where the scan of `pending` stands at its end.
    enum State: Sendable, Equatable {
        case code
        /// Inside a '…' or "…" string; `escaped` after a backslash.
        case string(quote: Character, escaped: Bool)
        /// Inside a `…` quoted name.
        case quotedName
        case lineComment
        /// Inside /* … */; `star` right after a `*`.
        case blockComment(star: Bool)
    }

    /// Text typed since the last complete statement.
    public private(set) var pending = ""
    private var state = State.code
    /// True once `pending` holds a character that is code (not blank, not comment).
    private var pendingHasCode = false
    /// True once `pending` holds any character but whitespace.
    private var pendingHasText = false
    /// A `/` just seen in code, which a `/` or `*` turns into a comment.
    private var slashPending = false
    /// Characters looked at since the splitter was made: each is looked at once.
    private(set) var scannedCharacters = 0

    public init() {}

    /// True while a statement is open and the shell should show its continuation prompt.
    public var isContinuing: Bool { pendingHasText }

    /// What the pending text is still inside: the quote of an open string or
    /// quoted name, `*` for an open block comment, nil otherwise. The
    /// continuation prompt shows it, so a missing quote is noticed.
    public var openDelimiter: Character? {
        switch state {
        case .string(let quote, _): return quote
        case .quotedName: return "`"
        case .blockComment: return "*"
        case .code, .lineComment: return nil
        }
    }

    /// Adds one line and returns the statements it completes, in order, trimmed
    /// and without their `;`. O(length of `line`).
    public mutating func feed(_ line: String) -> [String] {
        if !isContinuing {
            let trimmed = line.trimmingWhitespace()
            if trimmed.hasPrefix(":") {
                reset()
                var command = trimmed
                while command.hasSuffix(";") || command.hasSuffix("；") {
                    command = String(command.dropLast()).trimmingWhitespace()
                }
                return [command]
            }
        }
        var statements: [String] = []
        if !pending.isEmpty { scan("\n", into: &statements) }
        scan(line, into: &statements)
        if !isContinuing { reset() }
        return statements
    }

    /// The text left at the end of input, as a last statement (a script may
    /// omit the final `;`); nil when nothing but blanks and comments is left.
    public mutating func finish() -> String? {
        defer { reset() }
        let rest = pending.trimmingWhitespace()
        return rest.isEmpty || !(pendingHasCode || slashPending) ? nil : rest
    }

    /// Drops the statement being typed (Ctrl-C).
    public mutating func reset() {
        pending = ""
        state = .code
        pendingHasCode = false
        pendingHasText = false
        slashPending = false
    }

    /// Appends `text` to `pending` character by character, cutting a statement at each terminator in code.
    private mutating func scan(_ text: String, into statements: inout [String]) {
        for character in text {
            scannedCharacters += 1
            if !character.isWhitespace { pendingHasText = true }
            switch state {
            case .code:
                if slashPending {
                    slashPending = false
                    if character == "/" { state = .lineComment; pending.append(character); continue }
                    if character == "*" { state = .blockComment(star: false); pending.append(character); continue }
                    pendingHasCode = true  // the `/` was code: a division
                }
                switch character {
                case ";", "；":
                    let statement = pending.trimmingWhitespace()
                    if pendingHasCode && !statement.isEmpty { statements.append(statement) }
                    pending = ""
                    pendingHasCode = false
                    pendingHasText = false
                    continue
                case "'", "\"": state = .string(quote: character, escaped: false); pendingHasCode = true
                case "`": state = .quotedName; pendingHasCode = true
                case "/": slashPending = true
                default: if !character.isWhitespace { pendingHasCode = true }
                }
            case .string(let quote, let escaped):
                if escaped { state = .string(quote: quote, escaped: false) }
                else if character == "\\" { state = .string(quote: quote, escaped: true) }
                else if character == quote { state = .code }
            case .quotedName:
                // A doubled backtick stands for one: leaving and re-entering gives the same.
                if character == "`" { state = .code }
            case .lineComment:
                if character == "\n" { state = .code }
            case .blockComment(let star):
                if star && character == "/" { state = .code } else { state = .blockComment(star: character == "*") }
            }
            pending.append(character)
        }
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
