/// Patterns: `p = (a:L {k: v})-[r:T|U*1..3]->(b)` and `shortestPath(…)`.
extension Parser {
    mutating func parsePatternList() throws -> [PatternPart] {
        var parts: [PatternPart] = []
        repeat { parts.append(try parsePatternPart()) } while accept(symbol: ",")
        return parts
    }

    mutating func parsePatternPart() throws -> PatternPart {
        let start = current.offset
        var pathVariable: String?
        if atVariableName, peek().isSymbol("=") {
            pathVariable = try parseName("a path name")
            advance()
        }
        if let word = current.word?.lowercased(), word == "shortestpath" || word == "allshortestpaths",
            peek().isSymbol("(")
        {
            advance()
            advance()
            var part = try parseChain(start: start)
            try expect(symbol: ")", "to close \(word == "shortestpath" ? "shortestPath" : "allShortestPaths")(")
            part.pathVariable = pathVariable
            part.shortest = word == "shortestpath" ? .single : .all
            guard part.relationships.count == 1 else {
                throw QueryError.syntax(
                    "UnexpectedSyntax", "a shortest path pattern has exactly one relationship, as in shortestPath((a)-[*]-(b))",
                    at: start, length: previousEnd - start)
            }
            return part
        }
        var part = try parseChain(start: start)
        part.pathVariable = pathVariable
        return part
    }

    /// `(a)-[r]->(b)…`: nodes and the relationships between them.
    mutating func parseChain(start: Int) throws -> PatternPart {
        var nodes = [try parseNodePattern()]
        var relationships: [RelationshipPattern] = []
        while current.isSymbol("-") || (current.isSymbol("<") && peek().isSymbol("-")) {
            relationships.append(try parseRelationshipPattern())
            nodes.append(try parseNodePattern())
        }
        return PatternPart(pathVariable: nil, shortest: nil, nodes: nodes, relationships: relationships, offset: start)
    }

    mutating func parseNodePattern() throws -> NodePattern {
        let start = current.offset
        try expect(symbol: "(", "to start a node pattern")
        var variable: String?
        if atVariableName { variable = try parseName("a variable") }
        var (labels, predicate) = try parseNodeLabelsAndPredicate(variable: variable, start: start)
        if predicate != nil, variable == nil { variable = subqueryNodeVariable(at: start) }
        var properties: Expression?
        if current.isSymbol("{") || isParameter(current) {
            properties = try parsePrimary()
            // `(n:Label {k: v} WHERE …)`: the map comes before the WHERE.
            if current.isKeyword("WHERE") {
                let after = try parseNodeLabelsAndPredicate(variable: variable, start: start)
                if let extra = after.predicate {
                    pendingNodePredicates.remove(extra.offset)
                    if let earlier = predicate { pendingNodePredicates.remove(earlier.offset) }
                    predicate = predicate.map { Expression(.binary(.and, $0, extra), offset: $0.offset, length: max(1, previousEnd - $0.offset)) } ?? extra
                    pendingNodePredicates.insert(predicate!.offset)
                }
            }
        }
        try expect(symbol: ")", "to close the node pattern")
        return NodePattern(variable: variable, labels: labels, properties: properties, offset: start, predicate: predicate)
    }

    private func isParameter(_ token: Token) -> Bool {
        if case .parameter = token.kind { return true }
        return false
    }

    mutating func parseRelationshipPattern() throws -> RelationshipPattern {
        let start = current.offset
        let leftArrow = accept(symbol: "<")
        try expect(symbol: "-", "in a relationship pattern")
        var variable: String?
        var types: [String] = []
        var properties: Expression?
        var range: (min: Int?, max: Int?)?
        if accept(symbol: "[") {
            if atVariableName { variable = try parseName("a variable") }
            if accept(symbol: ":") {
                types.append(try parseName("a relationship type after ':'"))
                while accept(symbol: "|") {
                    _ = accept(symbol: ":")
                    types.append(try parseName("a relationship type after '|'"))
                }
            }
            if case .integer = current.kind {
                throw QueryError.syntax(
                    "InvalidRelationshipPattern", "a length range needs an asterisk, as in [*1..3]", at: current.offset,
                    length: current.length)
            }
            if current.isSymbol("..") {
                throw QueryError.syntax(
                    "InvalidRelationshipPattern", "a length range needs an asterisk, as in [*1..3]", at: current.offset,
                    length: current.length)
            }
            if accept(symbol: "*") {
                if current.isSymbol("-") {
                    throw QueryError.syntax(
                        "InvalidRelationshipPattern", "a length bound cannot be negative", at: current.offset)
                }
                var low: Int?
                var high: Int?
                if case .integer(let n) = current.kind { advance(); low = n }
                if accept(symbol: "..") {
                    if current.isSymbol("-") {
                        throw QueryError.syntax(
                            "InvalidRelationshipPattern", "a length bound cannot be negative", at: current.offset)
                    }
                    if case .integer(let n) = current.kind { advance(); high = n }
                } else if low != nil {
                    high = low
                }
                range = (low, high)
            }
            if current.isSymbol("{") || isParameter(current) { properties = try parsePrimary() }
            try expect(symbol: "]", "to close the relationship pattern")
        }
        try expect(symbol: "-", "to finish the relationship pattern, as in -[r]-> or -[r]-")
        let rightArrow = accept(symbol: ">")
        let direction: RelationshipPattern.Direction
        switch (leftArrow, rightArrow) {
        case (true, false): direction = .incoming
        case (false, true): direction = .outgoing
        default: direction = .both  // `--` and `<-->` match either direction
        }
        return RelationshipPattern(
            variable: variable, types: types, direction: direction, properties: properties, range: range,
            offset: start)
    }
}
