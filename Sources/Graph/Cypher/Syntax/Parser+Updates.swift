/// The updating clauses `MERGE`, `SET`, `REMOVE`, `[DETACH] DELETE`, and `CALL`.
extension Parser {
    /// Parses the clause starting with `word` (the current token).
    mutating func parseUpdatingClause(_ word: String) throws -> Clause {
        let start = current.offset
        advance()
        switch word {
        case "MERGE":
            let pattern = try parsePatternPart()
            var onCreate: [SetItem] = []
            var onMatch: [SetItem] = []
            while current.isKeyword("ON") {
                advance()
                let creating: Bool
                if accept(keyword: "CREATE") {
                    creating = true
                } else if accept(keyword: "MATCH") {
                    creating = false
                } else {
                    throw unexpected("expected CREATE or MATCH after ON")
                }
                try expect(keyword: "SET", "after ON \(creating ? "CREATE" : "MATCH")")
                let items = try parseSetItems()
                if creating { onCreate += items } else { onMatch += items }
            }
            return .merge(MergeClause(pattern: pattern, onCreate: onCreate, onMatch: onMatch, offset: start))
        case "SET":
            return .set(SetClause(items: try parseSetItems(), offset: start))
        case "REMOVE":
            var items: [RemoveClause.Item] = []
            repeat {
                let target = try parsePostfix()
                switch target.kind {
                case .property(let base, let key): items.append(.property(target: base, key: key))
                case .hasLabels(let base, let labels):
                    guard case .variable(let name) = base.kind else { throw notAssignable(target, "REMOVE") }
                    items.append(.labels(variable: name, labels: labels, offset: target.offset))
                default: throw notAssignable(target, "REMOVE")
                }
            } while accept(symbol: ",")
            return .remove(RemoveClause(items: items, offset: start))
        default:
            let detach = word == "DETACH"
            if detach { try expect(keyword: "DELETE", "after DETACH") }
            var expressions: [Expression] = []
            repeat { expressions.append(try parseExpression()) } while accept(symbol: ",")
            return .delete(DeleteClause(detach: detach, expressions: expressions, offset: start))
        }
    }

    /// `FOREACH (x IN list | clause …)`; the current token is FOREACH. Only updating clauses may follow `|`.
    mutating func parseForeach() throws -> Clause {
        let start = current.offset
        advance()
        try expect(symbol: "(", "after FOREACH")
        let variableOffset = current.offset
        let variable = try parseName("a variable after FOREACH (")
        try expect(keyword: "IN", "after the FOREACH variable, as in FOREACH (x IN list | SET …)")
        let list = try parseExpression()
        try expect(symbol: "|", "after the FOREACH list, before the updates")
        var clauses: [Clause] = []
        while !current.isSymbol(")") {
            let clause = try parseClause()
            guard clause.updates else {
                throw QueryError.syntax(
                    "InvalidClauseComposition", "FOREACH can only hold CREATE, MERGE, SET, REMOVE, DELETE or FOREACH",
                    at: clause.offset)
            }
            clauses.append(clause)
        }
        guard !clauses.isEmpty else { throw unexpected("expected an updating clause in FOREACH") }
        advance()
        return .foreach(
            ForeachClause(variable: variable, variableOffset: variableOffset, list: list, clauses: clauses, offset: start))
    }

    /// `CALL name.space(arguments) [YIELD …]`; the current token is CALL.
    mutating func parseCall() throws -> Clause {
        let start = current.offset
        advance()
        var name = try parseName("a procedure name after CALL")
        while accept(symbol: ".") { name += "." + (try parseName("a procedure name after '.'")) }
        var arguments: [Expression]?
        if accept(symbol: "(") {
            var list: [Expression] = []
            if !current.isSymbol(")") {
                repeat { list.append(try parseExpression()) } while accept(symbol: ",")
            }
            try expect(symbol: ")", "to close the procedure's arguments")
            arguments = list
        }
        var yields: [YieldItem]?
        var yieldsAll = false
        var predicate: Expression?
        if accept(keyword: "YIELD") {
            if accept(symbol: "*") {
                yieldsAll = true
            } else {
                var items: [YieldItem] = []
                repeat {
                    let offset = current.offset
                    let output = try parseName("an output column after YIELD")
                    var alias: String?
                    if accept(keyword: "AS") { alias = try parseName("a variable name after AS") }
                    items.append(YieldItem(output: output, alias: alias, offset: offset))
                } while accept(symbol: ",")
                yields = items
            }
            if accept(keyword: "WHERE") { predicate = try parseExpression() }
        }
        return .call(
            CallClause(
                name: name, arguments: arguments, yields: yields, yieldsAll: yieldsAll, predicate: predicate,
                offset: start))
    }

    private mutating func parseSetItems() throws -> [SetItem] {
        var items: [SetItem] = []
        repeat {
            let target = try parsePostfix()
            if case .hasLabels(let base, let labels) = target.kind {
                guard case .variable(let name) = base.kind else { throw notAssignable(target, "SET") }
                items.append(.labels(variable: name, labels: labels, offset: target.offset))
                continue
            }
            if accept(symbol: "+=") {
                guard case .variable(let name) = target.kind else {
                    throw notAssignable(target, "SET … +=")
                }
                items.append(.mergeAll(variable: name, value: try parseExpression(), offset: target.offset))
                continue
            }
            try expect(symbol: "=", "in SET, as in SET n.key = value")
            let value = try parseExpression()
            switch target.kind {
            case .variable(let name): items.append(.replaceAll(variable: name, value: value, offset: target.offset))
            case .property(let base, let key): items.append(.property(target: base, key: key, value: value))
            default: throw notAssignable(target, "SET")
            }
        } while accept(symbol: ",")
        return items
    }

    private func notAssignable(_ target: Expression, _ clause: String) -> QueryError {
        QueryError.syntax(
            "UnexpectedSyntax",
            "\(clause) needs a property (n.key), a variable or labels (n:Label) here",
            at: target.offset, length: max(1, target.length))
    }
}
