/// A recursive-descent parser for the openCypher clauses and expressions this engine runs.
///
/// Split by grammar area: clauses (`Parser+Clauses.swift`), patterns
/// (`Parser+Patterns.swift`) and expressions (`Parser+Expressions.swift`).
/// Grammar: openCypher 9, https://opencypher.org/resources/ (the EBNF).
struct Parser {
    var tokens: [Token]
    var index = 0
    let source: [UInt8]
    /// Levels of recursion open now; see `NestingLimit`.
    var depth = 0
    /// Token positions where a pattern was tried as an expression and did not parse:
    /// not tried again, so nested parentheses cost linear time, not exponential.
    var failedPatternStarts: Set<Int> = []
    /// Offsets of node-pattern predicates (`(n:A|B)`, `(n WHERE …)`) no MATCH has taken yet.
    var pendingNodePredicates: Set<Int> = []
    /// True while the pattern of `EXISTS`/`COUNT`/`COLLECT { … }` is parsed.
    var insideSubqueryPattern = false
    /// `CALL { … }` subqueries open now; see `Parser+CallSubqueries.swift`.
    var openCallSubqueries = 0

    init(_ text: String) throws {
        tokens = try Lexer.tokenize(text)
        source = Array(text.utf8)
    }

    /// Parses a whole query.
    static func parse(_ text: String) throws -> Query {
        var parser = try Parser(text)
        let query = try parser.parseQuery()
        try parser.refuseUnhoistedNodePredicates()
        return query
    }

    // MARK: Token helpers

    var current: Token { tokens[index] }
    func peek(_ ahead: Int = 1) -> Token { tokens[min(index + ahead, tokens.count - 1)] }
    /// UTF-8 offset just after the last consumed token.
    var previousEnd: Int { index == 0 ? 0 : tokens[index - 1].offset + tokens[index - 1].length }

    @discardableResult
    mutating func advance() -> Token {
        let token = tokens[index]
        if index < tokens.count - 1 { index += 1 }
        return token
    }

    mutating func accept(symbol: String) -> Bool {
        if current.isSymbol(symbol) { advance(); return true }
        return false
    }

    mutating func accept(keyword: String) -> Bool {
        if current.isKeyword(keyword) { advance(); return true }
        return false
    }

    mutating func expect(symbol: String, _ context: String) throws {
        guard accept(symbol: symbol) else { throw unexpected("expected '\(symbol)' \(context)") }
    }

    mutating func expect(keyword: String, _ context: String) throws {
        guard accept(keyword: keyword) else { throw unexpected("expected \(keyword) \(context)") }
    }

    /// An `UnexpectedSyntax` error at the current token.
    func unexpected(_ message: String) -> QueryError {
        QueryError.syntax(
            "UnexpectedSyntax", "\(message), but found \(current.display)", at: current.offset,
            length: max(1, current.length))
    }

    /// The query text between two offsets, as written.
    func text(from start: Int, to end: Int) -> String {
        String(decoding: source[start..<max(start, end)], as: UTF8.self)
    }

    /// A variable, label, type or key name: an identifier or a backtick-quoted name.
    mutating func parseName(_ what: String) throws -> String {
        switch current.kind {
        case .identifier(let w), .quotedIdentifier(let w):
            advance()
            return w
        default:
            throw unexpected("expected \(what)")
        }
    }

    /// True when the current token can name a variable (not a reserved clause keyword).
    var atVariableName: Bool {
        switch current.kind {
        case .quotedIdentifier: return true
        case .identifier(let w): return !Self.reserved.contains(w.uppercased())
        default: return false
        }
    }

    static let reserved: Set<String> = [
        "MATCH", "OPTIONAL", "WHERE", "RETURN", "WITH", "UNWIND", "CREATE", "MERGE", "SET", "DELETE", "DETACH",
        "REMOVE", "CALL", "UNION", "ORDER", "SKIP", "LIMIT", "AS", "AND", "OR", "XOR", "NOT", "IN", "IS", "NULL",
        "TRUE", "FALSE", "DISTINCT", "CASE", "WHEN", "THEN", "ELSE", "END", "STARTS", "ENDS", "CONTAINS", "ASC",
        "DESC", "ASCENDING", "DESCENDING", "BY", "FOREACH", "YIELD", "ON",
    ]
}
