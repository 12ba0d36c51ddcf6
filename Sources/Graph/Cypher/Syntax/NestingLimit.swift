/// How deep a query may nest: parentheses, lists, maps, CASE, function calls,
/// and chains such as `1 + 1 + …` (each operator is one level of the tree).
///
/// The parser, the binder, the planner and the executor walk expressions
/// recursively; refusing taller trees when they are parsed keeps every one of
/// those walks far inside the thread's stack, on any input.
enum NestingLimit {
    /// Levels a query's expressions may nest; far beyond any hand-written query.
    static let maximum = 200
}

extension Parser {
    /// Counts one more level of parser recursion; throws past `NestingLimit.maximum`.
    /// Pair with `defer { leaveNesting() }`.
    mutating func enterNesting() throws {
        depth += 1
        if depth > NestingLimit.maximum { throw tooDeep(at: current.offset) }
    }

    mutating func leaveNesting() { depth -= 1 }

    /// `e`, or an error when its tree is taller than the limit (a long operator chain).
    func limitingHeight(_ e: Expression) throws -> Expression {
        guard e.height + depth > NestingLimit.maximum else { return e }
        throw tooDeep(at: current.offset)
    }

    /// A syntax error naming the limit and where it was passed.
    func tooDeep(at offset: Int) -> QueryError {
        let clamped = min(max(0, offset), source.count)
        var line = 1
        var lineStart = 0
        for i in 0..<clamped where source[i] == UInt8(ascii: "\n") {
            line += 1
            lineStart = i + 1
        }
        let column = String(decoding: source[lineStart..<clamped], as: UTF8.self).count + 1
        return QueryError.syntax(
            "NestingTooDeep",
            "the query has nesting deeper than \(NestingLimit.maximum) at \(line):\(column) "
                + "(parentheses, lists, maps, CASE or a chain of operators); split it into simpler parts, "
                + "for example with WITH",
            at: clamped)
    }
}
