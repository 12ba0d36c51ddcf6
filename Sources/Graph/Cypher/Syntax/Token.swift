/// One lexical token of a query, with its UTF-8 position in the query text.
struct Token: Equatable {
    enum Kind: Equatable {
        /// A name or keyword; keywords are recognised by the parser, case-insensitively.
        case identifier(String)
        /// A name in backticks: never a keyword.
        case quotedIdentifier(String)
        case integer(Int)
        case float(Double)
        case string(String)
        case parameter(String)
        /// 9223372036854775808 (2^63): valid only after a minus sign.
        case integerMinMagnitude
        /// Digits run into letters, as in `12ab`: an error where an expression is expected.
        case invalidNumber(String)
        /// Punctuation and operators; arrows are built by the parser from `-`, `<` and `>`.
        case symbol(String)
        case end
    }

    var kind: Kind
    var offset: Int
    var length: Int

    /// The identifier text when this is an unquoted identifier.
    var word: String? { if case .identifier(let w) = kind { return w } else { return nil } }

    /// True when this is the keyword `keyword` (case-insensitive, unquoted).
    func isKeyword(_ keyword: String) -> Bool {
        if case .identifier(let w) = kind { return w.caseInsensitiveCompare(keyword) == .orderedSame }
        return false
    }

    func isSymbol(_ s: String) -> Bool {
        if case .symbol(let t) = kind { return t == s }
        return false
    }

    /// Text for error messages.
    var display: String {
        switch kind {
        case .identifier(let w): return w
        case .quotedIdentifier(let w): return "`\(w)`"
        case .integer(let i): return String(i)
        case .float(let d): return String(d)
        case .string(let s): return "'\(s)'"
        case .parameter(let p): return "$\(p)"
        case .integerMinMagnitude: return "9223372036854775808"
        case .invalidNumber(let t): return t
        case .symbol(let s): return s
        case .end: return "the end of the query"
        }
    }
}
