/// `COLLECT { MATCH pattern [WHERE …] RETURN expression }` (Neo4j 5): the list of the
/// expression's values over the pattern's matches, read as the pattern comprehension it
/// means, `[pattern WHERE … | expression]`, as `EXISTS` and `COUNT` are (`Parser+Subqueries`).
/// Longer bodies (WITH, several MATCH, UNION, ORDER BY) are refused as not supported yet.
extension Parser {
    /// The current token is COLLECT, the next `{`.
    mutating func parseCollectSubquery() throws -> Expression {
        let start = current.offset
        advance()
        advance()
        guard accept(keyword: "MATCH") else {
            throw unexpected("COLLECT { … } starts with MATCH, as in COLLECT { MATCH (p)-[:MEMBER_OF]->(q) RETURN q.name }")
        }
        let (pattern, predicate) = try parseSubqueryPatternAndWhere("COLLECT")
        guard accept(keyword: "RETURN") else {
            if current.isKeyword("WITH") || current.isKeyword("MATCH") || current.isKeyword("OPTIONAL") || current.isKeyword("UNWIND") {
                throw QueryError.unsupported("COLLECT { … } with more than MATCH … WHERE … RETURN", at: current.offset)
            }
            throw unexpected("COLLECT { … } ends with RETURN and one column, as in RETURN q.name")
        }
        if current.isKeyword("DISTINCT") {
            throw QueryError.unsupported("RETURN DISTINCT in COLLECT { … }", at: current.offset, length: current.length)
        }
        let projection = try parseExpression()
        if accept(keyword: "AS") { _ = try parseName("a column name after AS") }
        if current.isSymbol(",") {
            throw QueryError.syntax(
                "InvalidClauseComposition", "COLLECT { … } returns one column; collect a map or a list for more, as in RETURN [a, b]",
                at: current.offset)
        }
        if let word = current.word?.uppercased(), ["ORDER", "SKIP", "LIMIT", "UNION"].contains(word) {
            throw QueryError.unsupported("\(word) in COLLECT { … }", at: current.offset, length: current.length)
        }
        guard current.isSymbol("}") else { throw unexpected("expected '}' to close COLLECT { … }") }
        advance()
        return Expression(
            .patternComprehension(pathVariable: nil, pattern: pattern, predicate: predicate, projection: projection),
            offset: start, length: previousEnd - start)
    }
}
