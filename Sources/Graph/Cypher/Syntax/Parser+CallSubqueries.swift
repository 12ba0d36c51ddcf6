/// `CALL { … }` and `CALL (a, b) { … }` / `CALL (*) { … }` (Neo4j 5's import list):
/// a whole query, with UNION between parts, in braces. `IN TRANSACTIONS` is refused.
extension Parser {
    /// How many `CALL { … }` may nest inside each other; each level runs its own plan per row.
    static let maximumCallSubqueryDepth = 16

    /// The current token is CALL, the next `{` or `(`.
    mutating func parseCallSubquery() throws -> Clause {
        let start = current.offset
        advance()
        openCallSubqueries += 1
        defer { openCallSubqueries -= 1 }
        if openCallSubqueries > Self.maximumCallSubqueryDepth {
            throw QueryError.syntax(
                "NestingTooDeep",
                "CALL { … } subqueries nest more than \(Self.maximumCallSubqueryDepth) deep here; flatten the query",
                at: start, length: 4)
        }
        var imports = SubqueryClause.Imports.leadingWith
        var importOffsets: [Int] = []
        if accept(symbol: "(") {
            if accept(symbol: "*") {
                imports = .all
            } else {
                var names: [String] = []
                if !current.isSymbol(")") {
                    repeat {
                        importOffsets.append(current.offset)
                        names.append(try parseName("a variable to import, as in CALL (a, b) { … }"))
                    } while accept(symbol: ",")
                }
                imports = .names(names)
            }
            try expect(symbol: ")", "after the variables CALL imports")
        }
        guard current.isSymbol("{") else { throw unexpected("expected '{' to open the subquery of CALL") }
        advance()
        var branches: [(all: Bool, offset: Int, clauses: [Clause])] = [(false, start, [])]
        while !current.isSymbol("}") {
            if current.kind == .end { throw unexpected("expected '}' to close the subquery of CALL") }
            if current.isKeyword("UNION") {
                let offset = current.offset
                advance()
                try requireClauses(branches.last!.clauses)
                branches.append((accept(keyword: "ALL"), offset, []))
                continue
            }
            if current.isKeyword("EXPLAIN") || current.isKeyword("PROFILE") {
                throw unexpected("EXPLAIN and PROFILE go before the whole query, not inside CALL { … }")
            }
            branches[branches.count - 1].clauses.append(try parseClause())
        }
        try requireClauses(branches.last!.clauses)
        advance()
        if current.isKeyword("IN") {
            throw QueryError.unsupported("CALL { … } IN TRANSACTIONS", at: current.offset, length: current.length)
        }
        return .subquery(SubqueryClause(
            imports: imports, importOffsets: importOffsets, clauses: branches[0].clauses,
            unions: branches.dropFirst().map { UnionBranch(all: $0.all, clauses: $0.clauses, offset: $0.offset) },
            offset: start))
    }

    private func requireClauses(_ clauses: [Clause]) throws {
        guard clauses.isEmpty else { return }
        throw unexpected("the subquery of CALL is empty; write a query such as WITH n MATCH (n)--(m) RETURN m")
    }
}
