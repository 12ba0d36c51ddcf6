/// Clauses: `MATCH`, `OPTIONAL MATCH`, `UNWIND`, `WITH`, `RETURN`, `CREATE`, and `UNION` between queries.
extension Parser {
    mutating func parseQuery() throws -> Query {
        let explain = accept(keyword: "EXPLAIN")
        let profile = !explain && accept(keyword: "PROFILE")
        var clauses: [Clause] = []
        var unions: [UnionBranch] = []
        var branch: (all: Bool, offset: Int)?
        func close() throws {
            guard !clauses.isEmpty else {
                throw QueryError.syntax(
                    "UnexpectedSyntax", "the query is empty; write a clause such as MATCH (n) RETURN n",
                    at: current.offset)
            }
            if let branch { unions.append(UnionBranch(all: branch.all, clauses: clauses, offset: branch.offset)) }
        }
        var first: [Clause] = []
        while current.kind != .end {
            if accept(symbol: ";") {
                guard current.kind == .end else {
                    throw unexpected("one query at a time is run; remove what follows the ';'")
                }
                break
            }
            if current.isKeyword("UNION") {
                let offset = current.offset
                advance()
                try close()
                if branch == nil { first = clauses }
                branch = (accept(keyword: "ALL"), offset)
                clauses = []
                continue
            }
            clauses.append(try parseClause())
        }
        try close()
        if branch == nil { first = clauses }
        return Query(clauses: first, explain: explain, profile: profile, unions: unions)
    }

    mutating func parseClause() throws -> Clause {
        let token = current
        let start = token.offset
        guard let word = token.word?.uppercased() else { throw unexpected("expected a clause such as MATCH or RETURN") }
        switch word {
        case "MATCH":
            advance()
            return .match(try parseMatchBody(optional: false, offset: start))
        case "OPTIONAL":
            advance()
            try expect(keyword: "MATCH", "after OPTIONAL")
            return .match(try parseMatchBody(optional: true, offset: start))
        case "UNWIND":
            advance()
            let expression = try parseExpression()
            try expect(keyword: "AS", "after the UNWIND list, as in UNWIND [1, 2] AS x")
            let variableOffset = current.offset
            let variable = try parseName("a variable name after AS")
            return .unwind(UnwindClause(expression: expression, variable: variable, variableOffset: variableOffset, offset: start))
        case "WITH":
            advance()
            return .with(try parseProjection(isWith: true, offset: start))
        case "RETURN":
            advance()
            return .return(try parseProjection(isWith: false, offset: start))
        case "CREATE":
            advance()
            return .create(CreateClause(patterns: try parsePatternList(), offset: start))
        case "MERGE", "SET", "REMOVE", "DELETE", "DETACH":
            return try parseUpdatingClause(word)
        case "CALL" where peek().isSymbol("{") || peek().isSymbol("("):
            return try parseCallSubquery()
        case "CALL":
            return try parseCall()
        case "FOREACH":
            return try parseForeach()
        case "LOAD":
            throw QueryError.unsupported(word, at: token.offset, length: token.length)
        default:
            throw unexpected("expected a clause such as MATCH, WITH or RETURN")
        }
    }

    private mutating func parseMatchBody(optional: Bool, offset: Int) throws -> MatchClause {
        var patterns = try parsePatternList()
        var predicate: Expression?
        if accept(keyword: "WHERE") { predicate = try parseExpression() }
        predicate = hoistNodePredicates(from: &patterns, into: predicate)
        return MatchClause(optional: optional, patterns: patterns, predicate: predicate, offset: offset)
    }

    private mutating func parseProjection(isWith: Bool, offset: Int) throws -> Projection {
        let distinct = accept(keyword: "DISTINCT")
        var star = false
        var items: [ProjectionItem] = []
        if accept(symbol: "*") {
            star = true
            if accept(symbol: ",") { items = try parseItems() }
        } else {
            items = try parseItems()
        }
        var orderBy: [SortItem] = []
        if current.isKeyword("ORDER") {
            advance()
            try expect(keyword: "BY", "after ORDER")
            repeat {
                let expression = try parseExpression()
                var ascending = true
                if accept(keyword: "DESC") || accept(keyword: "DESCENDING") {
                    ascending = false
                } else if accept(keyword: "ASC") || accept(keyword: "ASCENDING") {
                    ascending = true
                }
                orderBy.append(SortItem(expression: expression, ascending: ascending))
            } while accept(symbol: ",")
        }
        var skip: Expression?
        var limit: Expression?
        if accept(keyword: "SKIP") { skip = try parseExpression() }
        if accept(keyword: "LIMIT") { limit = try parseExpression() }
        var predicate: Expression?
        if isWith, accept(keyword: "WHERE") { predicate = try parseExpression() }
        return Projection(
            distinct: distinct, star: star, items: items, orderBy: orderBy, skip: skip, limit: limit,
            predicate: predicate, offset: offset)
    }

    private mutating func parseItems() throws -> [ProjectionItem] {
        var items: [ProjectionItem] = []
        repeat {
            let expression = try parseExpression()
            var alias: String?
            if accept(keyword: "AS") { alias = try parseName("a column name after AS") }
            let name = alias ?? text(from: expression.offset, to: expression.offset + expression.length)
            items.append(ProjectionItem(expression: expression, alias: alias, name: name))
        } while accept(symbol: ",")
        return items
    }
}
