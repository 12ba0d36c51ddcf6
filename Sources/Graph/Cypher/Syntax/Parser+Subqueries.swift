/// `EXISTS { … }` and `COUNT { … }` with one pattern: `{ pattern [WHERE …] }` or
/// `{ MATCH pattern [WHERE …] [RETURN …] }`. They are read as what they mean, the
/// number of matches: `size([pattern WHERE … | 1])`, compared with 0 for EXISTS.
/// Longer subqueries (WITH, several MATCH, UNION) are refused as not supported yet.
extension Parser {
    /// The current token is EXISTS or COUNT, the next `{`.
    mutating func parseSubqueryExpression(counting: Bool) throws -> Expression {
        let start = current.offset
        let keyword = counting ? "COUNT" : "EXISTS"
        advance()
        advance()
        let fullForm = accept(keyword: "MATCH")
        let (pattern, predicate) = try parseSubqueryPatternAndWhere(keyword)
        if fullForm, accept(keyword: "RETURN") {
            _ = accept(keyword: "DISTINCT")
            if !accept(symbol: "*") {
                repeat {
                    _ = try parseExpression()
                    if accept(keyword: "AS") { _ = try parseName("a column name after AS") }
                } while accept(symbol: ",")
            }
        }
        if let word = current.word?.uppercased(), ["CREATE", "MERGE", "SET", "REMOVE", "DELETE", "DETACH"].contains(word) {
            throw QueryError.syntax(
                "InvalidClauseComposition", "a subquery in \(keyword) { … } cannot change the graph",
                at: current.offset, length: current.length)
        }
        guard current.isSymbol("}") else {
            throw QueryError.unsupported("\(keyword) { … } with more than MATCH … WHERE … RETURN", at: current.offset)
        }
        advance()
        let length = previousEnd - start
        let one = Expression(.literal(.int(1)), offset: start, length: 0)
        let matches = Expression(
            .patternComprehension(pathVariable: nil, pattern: pattern, predicate: predicate, projection: one),
            offset: start, length: length)
        let count = Expression(.function(name: "size", distinct: false, arguments: [matches]), offset: start, length: length)
        if counting { return count }
        let zero = Expression(.literal(.int(0)), offset: start, length: 0)
        return Expression(.binary(.greater, count, zero), offset: start, length: length)
    }
}
