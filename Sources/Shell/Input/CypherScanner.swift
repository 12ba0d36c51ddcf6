/// Walks Cypher text and yields only the characters that are code: it skips
/// string literals ('…' and "…" with backslash escapes), quoted names (`…`,
/// where a doubled backtick stands for one) and comments (`//` to the end of
/// the line, `/* … */`).
///
/// [openCypher 9, lexical rules](https://s3.amazonaws.com/artifacts.opencypher.org/openCypher9.pdf)
struct CypherScanner {
    private let text: String
    private var index: String.Index

    init(_ text: String) {
        self.text = text
        self.index = text.startIndex
    }

    /// True when the scan ended inside a string, quoted name or block comment.
    private(set) var endedInsideLiteral = false
    /// The quote of the string or quoted name the scan ended inside, if any.
    private(set) var openQuote: Character?

    mutating func nextCodeCharacter() -> (String.Index, Character)? {
        while index < text.endIndex {
            let current = index
            let character = text[current]
            index = text.index(after: current)
            switch character {
            case "'", "\"":
                skipString(closedBy: character)
            case "`":
                skipString(closedBy: "`", escapes: false)
            case "/" where index < text.endIndex && text[index] == "/":
                while index < text.endIndex && text[index] != "\n" { index = text.index(after: index) }
            case "/" where index < text.endIndex && text[index] == "*":
                index = text.index(after: index)
                var closed = false
                while index < text.endIndex {
                    let c = text[index]
                    index = text.index(after: index)
                    if c == "*" && index < text.endIndex && text[index] == "/" {
                        index = text.index(after: index)
                        closed = true
                        break
                    }
                }
                if !closed { endedInsideLiteral = true }
            default:
                return (current, character)
            }
        }
        return nil
    }

    private mutating func skipString(closedBy quote: Character, escapes: Bool = true) {
        while index < text.endIndex {
            let c = text[index]
            index = text.index(after: index)
            if escapes && c == "\\" {
                if index < text.endIndex { index = text.index(after: index) }
            } else if c == quote {
                return
            }
        }
        endedInsideLiteral = true
        openQuote = quote
    }
}
