/// The node-pattern forms of Neo4j 5 and GQL: label expressions `(n:A|B)`, `(n:A&B)`,
/// `(n:!A)`, `(n:(A|B)&C)`, and a predicate inside the pattern, `(n:Person WHERE n.age > 30)`.
///
/// A conjunction of plain labels stays the node's `labels`, which the planner reads; anything
/// else becomes a predicate on the node's variable, which `MATCH` and `OPTIONAL MATCH` add to
/// their `WHERE` (`hoistNodePredicates`). Elsewhere (CREATE, MERGE, pattern expressions) such a
/// node pattern is refused with a message saying what to write instead.
/// See https://neo4j.com/docs/cypher-manual/current/patterns/reference/#label-expressions.
extension Parser {
    /// One label expression, as parsed.
    indirect enum LabelExpression {
        case label(String, offset: Int)
        case not(LabelExpression)
        case and(LabelExpression, LabelExpression)
        case or(LabelExpression, LabelExpression)

        /// The labels, when this is only a conjunction of labels.
        var conjunction: [String]? {
            switch self {
            case .label(let name, _): return [name]
            case .and(let a, let b):
                guard let left = a.conjunction, let right = b.conjunction else { return nil }
                return left + right
            case .not, .or: return nil
            }
        }
    }

    /// Parses what follows a node's variable: `:A:B`, or a label expression after one `:`,
    /// then `WHERE predicate` if present. Returns the plain labels and the predicate (nil when
    /// there is none); the predicate is recorded as pending until a MATCH hoists it.
    mutating func parseNodeLabelsAndPredicate(variable: String?, start: Int) throws -> (labels: [String], predicate: Expression?) {
        var labels: [String] = []
        var predicate: Expression?
        if current.isSymbol(":") {
            let expressionStart = current.offset
            var expression: LabelExpression?
            while accept(symbol: ":") {
                let next = try parseLabelOr()
                expression = expression.map { .and($0, next) } ?? next
            }
            if let expression {
                if let plain = expression.conjunction {
                    labels = plain
                } else {
                    guard let variable = variable ?? subqueryNodeVariable(at: start) else {
                        throw QueryError.unsupported(
                            "a label expression with | or ! on a node without a variable",
                            at: expressionStart, length: max(1, previousEnd - expressionStart))
                            .withMessage(
                                "give the node a variable to use a label expression with | or !, as in (n:A|B)")
                    }
                    predicate = labelPredicate(expression, variable: variable, at: expressionStart)
                }
            }
        }
        if current.isKeyword("WHERE") {
            let whereStart = current.offset
            advance()
            guard variable != nil || subqueryNodeVariable(at: start) != nil else {
                throw QueryError.syntax(
                    "UnexpectedSyntax", "give the node a variable to use WHERE inside it, as in (n:Person WHERE n.age > 30)",
                    at: whereStart, length: 5)
            }
            let condition = try parseExpression()
            predicate = predicate.map { Expression(.binary(.and, $0, condition), offset: $0.offset, length: previousEnd - $0.offset) }
                ?? condition
        }
        if let predicate { pendingNodePredicates.insert(predicate.offset) }
        return (labels, predicate)
    }

    private mutating func parseLabelOr() throws -> LabelExpression {
        var left = try parseLabelAnd()
        while current.isSymbol("|") {
            advance()
            _ = accept(symbol: ":")  // `:A|:B`, the older spelling
            left = .or(left, try parseLabelAnd())
        }
        return left
    }

    private mutating func parseLabelAnd() throws -> LabelExpression {
        var left = try parseLabelFactor()
        while current.isSymbol("&") {
            advance()
            left = .and(left, try parseLabelFactor())
        }
        return left
    }

    private mutating func parseLabelFactor() throws -> LabelExpression {
        if accept(symbol: "!") { return .not(try parseLabelFactor()) }
        if accept(symbol: "(") {
            let inner = try parseLabelOr()
            try expect(symbol: ")", "to close the label expression")
            return inner
        }
        if current.isSymbol("%") {
            throw QueryError.unsupported("the wildcard label % in a label expression", at: current.offset)
        }
        let offset = current.offset
        return .label(try parseName("a label after ':'"), offset: offset)
    }

    /// The predicate a label expression means for the node bound to `variable`.
    private func labelPredicate(_ expression: LabelExpression, variable: String, at offset: Int) -> Expression {
        let length = max(1, previousEnd - offset)
        func build(_ e: LabelExpression) -> Expression {
            switch e {
            case .label(let name, _):
                return Expression(.hasLabels(Expression(.variable(variable), offset: offset, length: length), [name]), offset: offset, length: length)
            case .not(let inner): return Expression(.unary(.not, build(inner)), offset: offset, length: length)
            case .and(let a, let b): return Expression(.binary(.and, build(a), build(b)), offset: offset, length: length)
            case .or(let a, let b): return Expression(.binary(.or, build(a), build(b)), offset: offset, length: length)
            }
        }
        return build(expression)
    }

    /// The one pattern of `KEYWORD { … }` and its `WHERE`, with the node predicates moved into
    /// it; an anonymous node may have a label expression here.
    mutating func parseSubqueryPatternAndWhere(_ keyword: String) throws -> (PatternPart, Expression?) {
        let patternStart = current.offset
        let outer = insideSubqueryPattern
        insideSubqueryPattern = true
        var patterns: [PatternPart]
        do {
            defer { insideSubqueryPattern = outer }
            patterns = try parsePatternList()
        }
        guard patterns.count == 1 else {
            throw QueryError.unsupported("\(keyword) { … } with several patterns", at: patternStart)
        }
        var predicate: Expression?
        if accept(keyword: "WHERE") { predicate = try parseExpression() }
        predicate = hoistNodePredicates(from: &patterns, into: predicate)
        return (patterns[0], predicate)
    }

    /// A name no query can write, for an anonymous node with a label expression inside
    /// `EXISTS`/`COUNT`/`COLLECT { … }`, whose variables never reach the query's columns; nil
    /// elsewhere (in a MATCH it would show in `RETURN *`).
    func subqueryNodeVariable(at offset: Int) -> String? {
        insideSubqueryPattern ? "  node@\(offset)" : nil
    }

    /// Moves the predicates of `patterns`' nodes into `predicate` (ANDed, in pattern order),
    /// as a MATCH's WHERE.
    mutating func hoistNodePredicates(from patterns: inout [PatternPart], into predicate: Expression?) -> Expression? {
        var hoisted: [Expression] = []
        for p in patterns.indices {
            for n in patterns[p].nodes.indices {
                guard let inline = patterns[p].nodes[n].predicate else { continue }
                hoisted.append(inline)
                pendingNodePredicates.remove(inline.offset)
                patterns[p].nodes[n].predicate = nil
            }
        }
        guard !hoisted.isEmpty else { return predicate }
        var all = hoisted
        if let predicate { all.append(predicate) }
        return all.dropFirst().reduce(all[0]) { left, right in
            Expression(.binary(.and, left, right), offset: left.offset, length: max(1, right.offset + right.length - left.offset))
        }
    }

    /// Throws for a node predicate no MATCH took: one in CREATE, MERGE or a pattern expression.
    func refuseUnhoistedNodePredicates() throws {
        guard let first = pendingNodePredicates.min() else { return }
        throw QueryError.unsupported("a label expression with | or !, or WHERE inside a node pattern, outside MATCH", at: first)
            .withMessage(
                "a label expression with | or ! and WHERE inside a node pattern work in MATCH and OPTIONAL MATCH only; "
                    + "here, match the node first (MATCH (n:A|B) …) or write the condition in a WHERE")
    }
}

extension QueryError {
    /// The same error with another message.
    func withMessage(_ message: String) -> QueryError {
        var copy = self
        copy.message = message
        return copy
    }
}
