/// Expressions, by openCypher precedence: OR, XOR, AND, NOT, comparison,
/// string/list/null predicates, + -, * / %, ^, unary sign, then postfix
/// (property, index, slice, labels) on atoms.
extension Parser {
    mutating func parseExpression() throws -> Expression {
        try enterNesting()
        defer { leaveNesting() }
        return try limitingHeight(try parseOr())
    }

    private func make(_ kind: Expression.Kind, from start: Int) -> Expression {
        Expression(kind, offset: start, length: previousEnd - start)
    }

    private mutating func parseOr() throws -> Expression {
        var left = try parseXor()
        while accept(keyword: "OR") {
            let right = try parseXor()
            left = try limitingHeight(make(.binary(.or, left, right), from: left.offset))
        }
        return left
    }

    private mutating func parseXor() throws -> Expression {
        var left = try parseAnd()
        while accept(keyword: "XOR") {
            let right = try parseAnd()
            left = try limitingHeight(make(.binary(.xor, left, right), from: left.offset))
        }
        return left
    }

    private mutating func parseAnd() throws -> Expression {
        var left = try parseNot()
        while accept(keyword: "AND") {
            let right = try parseNot()
            left = try limitingHeight(make(.binary(.and, left, right), from: left.offset))
        }
        return left
    }

    private mutating func parseNot() throws -> Expression {
        let start = current.offset
        if accept(keyword: "NOT") {
            try enterNesting()
            defer { leaveNesting() }
            let operand = try parseNot()
            return make(.unary(.not, operand), from: start)
        }
        return try parseComparison()
    }

    /// `a < b < c` means `a < b AND b < c`.
    private mutating func parseComparison() throws -> Expression {
        let first = try parsePredicates()
        var comparisons: [Expression] = []
        var left = first
        while let op = comparisonOperator() {
            advance()
            let right = try parsePredicates()
            comparisons.append(make(.binary(op, left, right), from: left.offset))
            left = right
        }
        guard var result = comparisons.first else { return first }
        for next in comparisons.dropFirst() { result = try limitingHeight(make(.binary(.and, result, next), from: first.offset)) }
        return result
    }

    private func comparisonOperator() -> BinaryOperator? {
        guard case .symbol(let s) = current.kind else { return nil }
        switch s {
        case "=": return .equal
        case "<>", "!=": return .notEqual
        case "<": return .less
        case ">": return .greater
        case "<=": return .lessOrEqual
        case ">=": return .greaterOrEqual
        default: return nil
        }
    }

    private mutating func parsePredicates() throws -> Expression {
        var left = try parseAdditive()
        while true {
            if current.isKeyword("STARTS") && peek().isKeyword("WITH") {
                advance(); advance()
                left = try limitingHeight(make(.binary(.startsWith, left, try parseAdditive()), from: left.offset))
            } else if current.isKeyword("ENDS") && peek().isKeyword("WITH") {
                advance(); advance()
                left = try limitingHeight(make(.binary(.endsWith, left, try parseAdditive()), from: left.offset))
            } else if accept(keyword: "CONTAINS") {
                left = try limitingHeight(make(.binary(.contains, left, try parseAdditive()), from: left.offset))
            } else if accept(symbol: "=~") {
                left = try limitingHeight(make(.binary(.regex, left, try parseAdditive()), from: left.offset))
            } else if accept(keyword: "IN") {
                left = try limitingHeight(make(.binary(.in, left, try parseAdditive()), from: left.offset))
            } else if current.isKeyword("IS") {
                advance()
                let negated = accept(keyword: "NOT")
                if current.isSymbol(":") {
                    left = try limitingHeight(parseTypePredicate(left, negated: negated))
                    continue
                }
                try expect(keyword: "NULL", "after IS\(negated ? " NOT" : "")")
                left = try limitingHeight(make(.isNull(left, negated: negated), from: left.offset))
            } else {
                return left
            }
        }
    }

    private mutating func parseAdditive() throws -> Expression {
        var left = try parseMultiplicative()
        while true {
            let op: BinaryOperator
            // `||` (GQL) concatenates strings and lists, which `+` does for them too.
            if current.isSymbol("+") || current.isSymbol("||") { op = .add } else if current.isSymbol("-") { op = .subtract } else { return left }
            advance()
            let right = try parseMultiplicative()
            left = try limitingHeight(make(.binary(op, left, right), from: left.offset))
        }
    }

    private mutating func parseMultiplicative() throws -> Expression {
        var left = try parsePower()
        while true {
            let op: BinaryOperator
            if current.isSymbol("*") {
                op = .multiply
            } else if current.isSymbol("/") {
                op = .divide
            } else if current.isSymbol("%") {
                op = .modulo
            } else {
                return left
            }
            advance()
            let right = try parsePower()
            left = try limitingHeight(make(.binary(op, left, right), from: left.offset))
        }
    }

    private mutating func parsePower() throws -> Expression {
        var left = try parseUnary()
        while accept(symbol: "^") {
            let right = try parseUnary()
            left = try limitingHeight(make(.binary(.power, left, right), from: left.offset))
        }
        return left
    }

    private mutating func parseUnary() throws -> Expression {
        let start = current.offset
        if accept(symbol: "-") {
            try enterNesting()
            defer { leaveNesting() }
            // Fold `-literal` so that -9223372036854775808 is representable.
            if current.kind == .integerMinMagnitude {
                advance()
                return make(.literal(.int(Int.min)), from: start)
            }
            let operand = try parseUnary()
            if case .literal(.int(let i)) = operand.kind, i != Int.min { return make(.literal(.int(-i)), from: start) }
            if case .literal(.float(let d)) = operand.kind { return make(.literal(.float(-d)), from: start) }
            return make(.unary(.minus, operand), from: start)
        }
        if accept(symbol: "+") {
            try enterNesting()
            defer { leaveNesting() }
            let operand = try parseUnary()
            return make(.unary(.plus, operand), from: start)
        }
        return try parsePostfix()
    }

    mutating func parsePostfix() throws -> Expression {
        var base = try parsePrimary()
        while true {
            if current.isSymbol(".") {
                advance()
                let key = try parseName("a property name after '.'")
                base = try limitingHeight(make(.property(base, key), from: base.offset))
            } else if current.isSymbol("[") {
                advance()
                if accept(symbol: "..") {
                    let upper = current.isSymbol("]") ? nil : try parseExpression()
                    try expect(symbol: "]", "to close the slice")
                    base = try limitingHeight(make(.slice(base, nil, upper), from: base.offset))
                    continue
                }
                let first = try parseExpression()
                if accept(symbol: "..") {
                    let upper = current.isSymbol("]") ? nil : try parseExpression()
                    try expect(symbol: "]", "to close the slice")
                    base = try limitingHeight(make(.slice(base, first, upper), from: base.offset))
                } else {
                    try expect(symbol: "]", "to close the index")
                    base = try limitingHeight(make(.index(base, first), from: base.offset))
                }
            } else if current.isSymbol("{"), case .variable = base.kind {
                base = try parseMapProjection(base)
            } else if current.isSymbol(":"), case .identifier = peek().kind {
                var labels: [String] = []
                while accept(symbol: ":") { labels.append(try parseName("a label after ':'")) }
                base = try limitingHeight(make(.hasLabels(base, labels), from: base.offset))
            } else if current.isSymbol(":"), case .quotedIdentifier = peek().kind {
                var labels: [String] = []
                while accept(symbol: ":") { labels.append(try parseName("a label after ':'")) }
                base = try limitingHeight(make(.hasLabels(base, labels), from: base.offset))
            } else {
                return base
            }
        }
    }

    mutating func parsePrimary() throws -> Expression {
        let token = current
        let start = token.offset
        switch token.kind {
        case .integer(let i):
            advance()
            return make(.literal(.int(i)), from: start)
        case .integerMinMagnitude:
            throw QueryError.syntax(
                "IntegerOverflow", "\(token.display) does not fit in a 64-bit integer", at: token.offset, length: token.length)
        case .invalidNumber(let text):
            throw QueryError.syntax(
                "InvalidNumberLiteral", "'\(text)' is not a valid number", at: token.offset, length: token.length)
        case .float(let d):
            advance()
            return make(.literal(.float(d)), from: start)
        case .string(let s):
            advance()
            return make(.literal(.string(s)), from: start)
        case .parameter(let name):
            advance()
            return make(.parameter(name), from: start)
        case .symbol("("):
            if let pattern = try attemptPattern() { return pattern }
            advance()
            let inner = try parseExpression()
            try expect(symbol: ")", "to close the parenthesis")
            return Expression(inner.kind, offset: start, length: previousEnd - start)
        case .symbol("["):
            return try parseListOrComprehension()
        case .symbol("{"):
            return try parseMapLiteral()
        case .quotedIdentifier(let name):
            advance()
            if current.isSymbol("(") { return try parseFunctionCall(name: name, start: start) }
            return make(.variable(name), from: start)
        case .identifier(let word):
            let upper = word.uppercased()
            switch upper {
            case "TRUE": advance(); return make(.literal(.bool(true)), from: start)
            case "FALSE": advance(); return make(.literal(.bool(false)), from: start)
            case "NULL": advance(); return make(.literal(.null), from: start)
            case "CASE": return try parseCase()
            default: break
            }
            if upper == "COUNT", peek().isSymbol("("), peek(2).isSymbol("*") {
                advance(); advance(); advance()
                try expect(symbol: ")", "after count(*")
                return make(.countStar, from: start)
            }
            if ["ALL", "ANY", "NONE", "SINGLE"].contains(upper), peek().isSymbol("("), peek(3).isKeyword("IN") {
                return try parseQuantifier(Quantifier(rawValue: word.lowercased())!)
            }
            if upper == "REDUCE", peek().isSymbol("(") { return try parseReduce() }
            if upper == "SHORTESTPATH" || upper == "ALLSHORTESTPATHS", peek().isSymbol("("), peek(2).isSymbol("(") {
                return try parseShortestPathExpression(all: upper == "ALLSHORTESTPATHS")
            }
            if upper == "EXISTS" || upper == "COUNT", peek().isSymbol("{") {
                return try parseSubqueryExpression(counting: upper == "COUNT")
            }
            if upper == "COLLECT", peek().isSymbol("{") { return try parseCollectSubquery() }
            if Self.reserved.contains(upper) && !peek().isSymbol("(") {
                throw unexpected("expected an expression")
            }
            advance()
            // Namespaced function names such as `a.b.fn(…)`.
            var name = word
            var lookahead = index
            var dotted = word
            while tokens[lookahead].isSymbol("."), case .identifier(let part) = tokens[lookahead + 1].kind {
                dotted += "." + part
                lookahead += 2
                if tokens[lookahead].isSymbol("(") {
                    name = dotted
                    index = lookahead
                    break
                }
            }
            if current.isSymbol("(") { return try parseFunctionCall(name: name, start: start) }
            return make(.variable(word), from: start)
        default:
            throw unexpected("expected an expression")
        }
    }

    /// `n {.name, .*, key: expression, variable}`.
    private mutating func parseMapProjection(_ base: Expression) throws -> Expression {
        advance()  // {
        var items: [MapProjectionItem] = []
        if !current.isSymbol("}") {
            repeat {
                if accept(symbol: ".") {
                    if accept(symbol: "*") {
                        items.append(.allProperties)
                    } else {
                        items.append(.property(try parseName("a property name after '.'")))
                    }
                } else {
                    let name = try parseName("a map projection entry such as .name or key: value")
                    if accept(symbol: ":") {
                        items.append(.entry(name, try parseExpression()))
                    } else {
                        items.append(.variable(name))
                    }
                }
            } while accept(symbol: ",")
        }
        try expect(symbol: "}", "to close the map projection")
        return make(.mapProjection(base, items), from: base.offset)
    }

    private mutating func parseFunctionCall(name: String, start: Int) throws -> Expression {
        try expect(symbol: "(", "to call \(name)")
        let distinct = accept(keyword: "DISTINCT")
        var arguments: [Expression] = []
        if !current.isSymbol(")") {
            repeat { arguments.append(try parseExpression()) } while accept(symbol: ",")
        }
        try expect(symbol: ")", "to close the call to \(name)")
        return make(.function(name: name, distinct: distinct, arguments: arguments), from: start)
    }

    /// Tries to read a relationship pattern used as an expression; restores the position if it is not one.
    private mutating func attemptPattern() throws -> Expression? {
        let save = index
        let start = current.offset
        guard !failedPatternStarts.contains(save) else { return nil }
        guard let part = try? parseChain(start: start), !part.relationships.isEmpty else {
            failedPatternStarts.insert(save)
            index = save
            return nil
        }
        return make(.pattern(part), from: start)
    }

    private mutating func parseListOrComprehension() throws -> Expression {
        let start = current.offset
        advance()  // [
        if atVariableName, peek().isKeyword("IN") {
            let variable = try parseName("a variable")
            advance()  // IN
            let source = try parseExpression()
            var predicate: Expression?
            var projection: Expression?
            if accept(keyword: "WHERE") { predicate = try parseExpression() }
            if accept(symbol: "|") { projection = try parseExpression() }
            try expect(symbol: "]", "to close the list comprehension")
            return make(
                .listComprehension(variable: variable, source: source, predicate: predicate, projection: projection),
                from: start)
        }
        // A pattern comprehension: `[p = (a)-->(b) WHERE … | expr]`.
        let save = index
        // Keyed apart from `attemptPattern`'s starts: this tries a comprehension, not a chain.
        if current.isSymbol("(") || (atVariableName && peek().isSymbol("=")), !failedPatternStarts.contains(-1 - save) {
            if let part = try? parsePatternPart(), !part.relationships.isEmpty,
                current.isKeyword("WHERE") || current.isSymbol("|")
            {
                var predicate: Expression?
                if accept(keyword: "WHERE") { predicate = try parseExpression() }
                try expect(symbol: "|", "before the pattern comprehension's result")
                let projection = try parseExpression()
                try expect(symbol: "]", "to close the pattern comprehension")
                return make(
                    .patternComprehension(
                        pathVariable: part.pathVariable, pattern: part, predicate: predicate, projection: projection),
                    from: start)
            }
            failedPatternStarts.insert(-1 - save)
            index = save
        }
        var items: [Expression] = []
        if !current.isSymbol("]") {
            repeat { items.append(try parseExpression()) } while accept(symbol: ",")
        }
        try expect(symbol: "]", "to close the list")
        return make(.list(items), from: start)
    }

    private mutating func parseMapLiteral() throws -> Expression {
        let start = current.offset
        advance()  // {
        var entries: [(String, Expression)] = []
        if !current.isSymbol("}") {
            repeat {
                let key = try parseName("a key in the map")
                try expect(symbol: ":", "after the map key \(key)")
                entries.append((key, try parseExpression()))
            } while accept(symbol: ",")
        }
        try expect(symbol: "}", "to close the map")
        return make(.map(entries), from: start)
    }

    private mutating func parseCase() throws -> Expression {
        let start = current.offset
        advance()  // CASE
        var subject: Expression?
        if !current.isKeyword("WHEN") { subject = try parseExpression() }
        var branches: [(Expression, Expression)] = []
        while accept(keyword: "WHEN") {
            let condition = try parseExpression()
            try expect(keyword: "THEN", "after the WHEN condition")
            branches.append((condition, try parseExpression()))
        }
        guard !branches.isEmpty else { throw unexpected("expected WHEN in CASE") }
        var otherwise: Expression?
        if accept(keyword: "ELSE") { otherwise = try parseExpression() }
        try expect(keyword: "END", "to close CASE")
        return make(.caseExpression(subject: subject, branches: branches, otherwise: otherwise), from: start)
    }

    private mutating func parseQuantifier(_ quantifier: Quantifier) throws -> Expression {
        let start = current.offset
        advance(); advance()  // name (
        let variable = try parseName("a variable")
        try expect(keyword: "IN", "after the variable")
        let source = try parseExpression()
        guard accept(keyword: "WHERE") else {
            throw unexpected("expected WHERE in \(quantifier.rawValue)(x IN list WHERE predicate)")
        }
        let predicate = try parseExpression()
        try expect(symbol: ")", "to close \(quantifier.rawValue)(")
        return make(.quantifier(quantifier, variable: variable, source: source, predicate: predicate), from: start)
    }

    /// `shortestPath((a)-[*]-(b))` as a value: the path (or null); `allShortestPaths(…)`: the list of paths.
    /// Read as the pattern comprehension `[p = shortestPath(…) | p]`, then its first element for a single path.
    private mutating func parseShortestPathExpression(all: Bool) throws -> Expression {
        let start = current.offset
        var part = try parsePatternPart()
        let name = " path\(start)"  // a space cannot appear in a user's variable name
        part.pathVariable = name
        let variable = Expression(.variable(name), offset: start, length: previousEnd - start)
        let comprehension = make(
            .patternComprehension(pathVariable: name, pattern: part, predicate: nil, projection: variable), from: start)
        if all { return comprehension }
        let first = Expression(.literal(.int(0)), offset: start, length: 0)
        return make(.index(comprehension, first), from: start)
    }

    private mutating func parseReduce() throws -> Expression {
        let start = current.offset
        advance(); advance()  // reduce (
        let accumulator = try parseName("the accumulator")
        try expect(symbol: "=", "after the accumulator in reduce(acc = initial, x IN list | expression)")
        let initial = try parseExpression()
        try expect(symbol: ",", "after the initial value in reduce")
        let variable = try parseName("a variable")
        try expect(keyword: "IN", "after the variable in reduce")
        let source = try parseExpression()
        try expect(symbol: "|", "before the reduce expression")
        let body = try parseExpression()
        try expect(symbol: ")", "to close reduce(")
        return make(
            .reduce(accumulator: accumulator, initial: initial, variable: variable, source: source, body: body),
            from: start)
    }
}
