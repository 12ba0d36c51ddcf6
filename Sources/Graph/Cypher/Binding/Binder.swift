/// Semantic checks made before a query runs: unknown and conflicting
/// variables, argument counts, aggregation rules and the type errors that can
/// be seen in the text.
///
/// Follows the compile-time errors of the openCypher TCK (all reported as
/// `SyntaxError` with the TCK detail as `code`). The binder reads the syntax
/// tree and changes nothing; later stages trust what it accepted.
struct Binder {
    typealias Scope = [String: StaticType]

    /// Inside `CALL { … }`: outer variables the subquery did not import (for a clearer error).
    var notImported: Set<String> = []
    /// How many `CALL { … }` enclose the clauses being checked.
    var subqueryDepth = 0

    /// Checks the whole query.
    static func check(_ query: Query) throws {
        var binder = Binder()
        try binder.checkClauses(query.clauses)
        try checkUnions(query)
        for branch in query.unions {
            var branchBinder = Binder()
            try branchBinder.checkClauses(branch.clauses)
        }
    }

    func error(_ code: String, _ message: String, at offset: Int, length: Int = 1) -> QueryError {
        QueryError.syntax(code, message, at: offset, length: length)
    }

    /// Checks a list of clauses that starts with `scope` (empty, except in `CALL { … }`),
    /// and returns the scope after the last (the columns, after RETURN).
    @discardableResult
    mutating func checkClauses(_ clauses: [Clause], scope initial: Scope = [:]) throws -> Scope {
        var scope = initial
        for (position, clause) in clauses.enumerated() {
            let isLast = position == clauses.count - 1
            switch clause {
            case .match(let match):
                try checkMatch(match, scope: &scope)
            case .unwind(let unwind):
                _ = try checkExpression(unwind.expression, scope)
                if scope[unwind.variable] != nil {
                    throw error(
                        "VariableAlreadyBound", "the variable \(unwind.variable) is already defined; choose another name",
                        at: unwind.variableOffset, length: unwind.variable.utf8.count)
                }
                scope[unwind.variable] = .any
            case .create(let create):
                try checkCreate(create, scope: &scope)
            case .merge(let merge):
                try checkMerge(merge, scope: &scope)
            case .set(let set):
                try checkSetItems(set.items, scope: scope)
            case .remove(let remove):
                try checkRemove(remove, scope: scope)
            case .delete(let delete):
                try checkDelete(delete, scope: scope)
            case .foreach(let foreach):
                try checkForeach(foreach, scope: scope)
            case .call(let call):
                try checkCall(call, scope: &scope, standalone: clauses.count == 1 && subqueryDepth == 0)
            case .subquery(let subquery):
                try checkSubquery(subquery, scope: &scope)
            case .with(let projection):
                scope = try checkProjection(projection, scope: scope, isWith: true)
            case .return(let projection):
                scope = try checkProjection(projection, scope: scope, isWith: false)
                if !isLast {
                    throw error(
                        "InvalidClauseComposition", "RETURN must be the last clause; use WITH to continue the query",
                        at: clauses[position + 1].offset)
                }
            }
            if isLast {
                if case .subquery(let subquery) = clause, subquery.returnsRows {
                    throw error(
                        "InvalidClauseComposition",
                        "a query cannot end with a CALL { … } that returns rows; add RETURN with what you want to see",
                        at: clause.offset)
                }
                if case .return = clause {} else if case .call = clause {} else if !clause.updates {
                    throw error(
                        "InvalidClauseComposition",
                        "a query must end with RETURN or an updating clause; add RETURN with what you want to see",
                        at: clause.offset)
                }
            }
        }
        return scope
    }

    // MARK: Patterns

    private mutating func checkMatch(_ match: MatchClause, scope: inout Scope) throws {
        var introduced: Set<String> = []
        var relationshipsInClause: Set<String> = []
        for part in match.patterns {
            for (name, offset) in part.nodes.compactMap({ n in n.variable.map { ($0, n.offset) } })
                + part.relationships.compactMap({ r in r.variable.map { ($0, r.offset) } })
            where name == part.pathVariable {
                throw error(
                    "VariableAlreadyBound", "\(name) names a path in this MATCH, so it cannot also name a node or relationship",
                    at: offset)
            }
            try bindPattern(part, scope: &scope, introduced: &introduced, relationshipsSeen: &relationshipsInClause,
                            propertyScope: scope)
        }
        if let predicate = match.predicate {
            let type = try checkExpression(predicate, scope)
            try requireBoolean(type, predicate)
        }
    }

    /// Adds the pattern's variables to `scope`, checking conflicts.
    mutating func bindPattern(
        _ part: PatternPart, scope: inout Scope, introduced: inout Set<String>,
        relationshipsSeen: inout Set<String>, propertyScope: Scope
    ) throws {
        if let path = part.pathVariable {
            if scope[path] != nil {
                throw error(
                    "VariableAlreadyBound", "the path variable \(path) is already defined; a path needs a new name",
                    at: part.offset, length: path.utf8.count)
            }
        }
        for node in part.nodes {
            if let properties = node.properties { try checkPatternProperties(properties, propertyScope) }
            guard let name = node.variable else { continue }
            if let type = scope[name], !type.mayBe(.node) {
                throw error(
                    "VariableTypeConflict", "\(name) is a \(type.name) here, so it cannot name a node", at: node.offset)
            }
            if scope[name] == nil { introduced.insert(name) }
            scope[name] = .node
        }
        for relationship in part.relationships {
            if let properties = relationship.properties { try checkPatternProperties(properties, propertyScope) }
            guard let name = relationship.variable else { continue }
            let wanted: StaticType = relationship.isVariableLength ? .list : .relationship
            if let type = scope[name] {
                if !type.mayBe(wanted) || (type == .node) {
                    throw error(
                        "VariableTypeConflict", "\(name) is a \(type.name) here, so it cannot name a relationship",
                        at: relationship.offset)
                }
                if relationshipsSeen.contains(name) {
                    throw error(
                        "RelationshipUniquenessViolation",
                        "the relationship \(name) appears twice in one MATCH; a relationship is matched at most once",
                        at: relationship.offset)
                }
            }
            relationshipsSeen.insert(name)
            if scope[name] == nil { introduced.insert(name) }
            scope[name] = wanted
        }
        if let path = part.pathVariable { scope[path] = .path }
        if part.shortest != nil, let r = part.relationships.first, let range = r.range, let low = range.min, low > 1 {
            throw error(
                "UnexpectedSyntax", "shortestPath needs a minimum length of 0 or 1", at: r.offset)
        }
    }

    func checkPatternProperties(_ expression: Expression, _ scope: Scope) throws {
        if case .parameter = expression.kind {
            throw error(
                "InvalidParameterUse", "a parameter cannot stand for a whole property map in a pattern; write {key: $value}",
                at: expression.offset, length: expression.length)
        }
        _ = try checkExpression(expression, scope)
    }

    mutating func checkCreate(_ create: CreateClause, scope: inout Scope) throws {
        for part in create.patterns {
            if let path = part.pathVariable, scope[path] != nil {
                throw error("VariableAlreadyBound", "the path variable \(path) is already defined", at: part.offset)
            }
            for node in part.nodes {
                if let properties = node.properties { try checkPatternProperties(properties, scope) }
                guard let name = node.variable else { continue }
                if let type = scope[name] {
                    if !type.mayBe(.node) {
                        throw error(
                            "VariableTypeConflict", "\(name) is a \(type.name), so it cannot name a node",
                            at: node.offset)
                    }
                    if !node.labels.isEmpty || node.properties != nil || part.nodes.count == 1 {
                        throw error(
                            "VariableAlreadyBound",
                            "\(name) is already bound to a node; CREATE can only refer to it as (\(name))",
                            at: node.offset)
                    }
                }
                scope[name] = .node
            }
            for relationship in part.relationships {
                if let name = relationship.variable, scope[name] != nil {
                    throw error(
                        "VariableAlreadyBound", "the relationship variable \(name) is already defined; CREATE makes a new one",
                        at: relationship.offset)
                }
                try checkNewRelationship(relationship, clause: "CREATE")
                if relationship.direction == .both {
                    throw error(
                        "RequiresDirectedRelationship", "CREATE needs a direction: write -[…]-> or <-[…]-",
                        at: relationship.offset)
                }
                if let properties = relationship.properties { try checkPatternProperties(properties, scope) }
                if let name = relationship.variable { scope[name] = .relationship }
            }
            if let path = part.pathVariable { scope[path] = .path }
        }
    }

    // MARK: Projections

    private func checkProjection(_ projection: Projection, scope: Scope, isWith: Bool) throws -> Scope {
        if projection.star && scope.isEmpty && !isWith {
            throw error(
                "NoVariablesInScope", "\(isWith ? "WITH" : "RETURN") * needs at least one variable in scope",
                at: projection.offset)
        }
        var result: Scope = projection.star ? scope : [:]
        var names: Set<String> = projection.star ? Set(scope.keys) : []
        var aggregating = false
        for item in projection.items {
            let type = try checkExpression(item.expression, scope, aggregatesAllowed: true)
            if containsAggregate(item.expression) { aggregating = true }
            if case .pattern = item.expression.kind {
                throw error(
                    "UnexpectedSyntax", "a pattern cannot be returned as a value; use a pattern comprehension [(a)-->(b) | b]",
                    at: item.expression.offset, length: item.expression.length)
            }
            if names.contains(item.name) && !(projection.star && scope[item.name] != nil && item.alias == nil) {
                throw error(
                    "ColumnNameConflict", "the column \(item.name) appears twice; give one of them another name with AS",
                    at: item.expression.offset, length: item.expression.length)
            }
            names.insert(item.name)
            result[item.name] = type
        }
        if aggregating {
            try checkAmbiguity(projection)
        }
        // ORDER BY sees the projected names, and the earlier variables unless the rows were merged.
        var orderScope = result
        if !aggregating && !projection.distinct {
            for (name, type) in scope where orderScope[name] == nil { orderScope[name] = type }
        }
        for sort in projection.orderBy {
            if containsAggregate(sort.expression) && !aggregating {
                throw error(
                    "InvalidAggregation", "ORDER BY cannot aggregate when the projection does not; aggregate in the projection",
                    at: sort.expression.offset, length: sort.expression.length)
            }
            if aggregating || projection.distinct {
                try checkSortAfterMerging(sort.expression, projection: projection, scope: scope, orderScope: orderScope)
            } else {
                _ = try checkExpression(sort.expression, orderScope, aggregatesAllowed: aggregating)
            }
        }
        if isWith, let item = projection.items.first(where: { item in
            if item.alias != nil { return false }
            if case .variable = item.expression.kind { return false }
            return true
        }) {
            throw error(
                "NoExpressionAlias", "an expression in WITH needs a name: add AS name",
                at: item.expression.offset, length: item.expression.length)
        }
        for (label, expression) in [("SKIP", projection.skip), ("LIMIT", projection.limit)] {
            guard let expression else { continue }
            try checkCount(expression, clause: label)
        }
        if let predicate = projection.predicate {
            var whereScope = result
            if !aggregating {
                for (name, type) in scope where whereScope[name] == nil { whereScope[name] = type }
            }
            let type = try checkExpression(predicate, whereScope)
            try requireBoolean(type, predicate)
        }
        return result
    }

    /// After DISTINCT or aggregation, ORDER BY may use projected names, or whole projected expressions.
    private func checkSortAfterMerging(
        _ expression: Expression, projection: Projection, scope: Scope, orderScope: Scope
    ) throws {
        let text = expressionText(expression)
        if projection.items.contains(where: { expressionText($0.expression) == text }) { return }
        if isAggregate(expression) {
            _ = try checkExpression(expression, orderScope, aggregatesAllowed: true)
            return
        }
        switch expression.kind {
        case .variable(let name):
            if orderScope[name] == nil {
                let after = projection.distinct
                    ? "after DISTINCT only the projected columns remain"
                    : "after an aggregation (count, collect …) only the projected columns remain"
                throw error(
                    "UndefinedVariable", "\(name) is not defined here; \(after): add \(name) (or the property) to the projection, or sort by a projected column",
                    at: expression.offset, length: expression.length)
            }
        default:
            for child in expression.children {
                try checkSortAfterMerging(child, projection: projection, scope: scope, orderScope: orderScope)
            }
            _ = try checkExpression(expression, orderScope.merging(scope) { a, _ in a }, aggregatesAllowed: true)
            if containsAggregate(expression) { try checkAmbiguity(expression, keys: projection.items) }
        }
    }

    /// Every variable outside an aggregate must be a grouping key (a non-aggregated item).
    private func checkAmbiguity(_ projection: Projection) throws {
        for item in projection.items where containsAggregate(item.expression) {
            try checkAmbiguity(item.expression, keys: projection.items)
        }
    }

    /// In an expression that aggregates, the parts outside aggregates may only use grouping keys
    /// that are variables or properties of variables (as openCypher requires), or names projected
    /// as such keys.
    private func checkAmbiguity(_ expression: Expression, keys items: [ProjectionItem]) throws {
        var simpleKeys: Set<String> = []
        for item in items where !containsAggregate(item.expression) {
            switch item.expression.kind {
            case .variable:
                simpleKeys.insert(expressionText(item.expression))
            case .property(let base, _):
                if case .variable = base.kind { simpleKeys.insert(expressionText(item.expression)) }
            default: break
            }
            if let alias = item.alias { simpleKeys.insert(alias) }
        }
        func visit(_ e: Expression, _ bound: Set<String>) throws {
            if simpleKeys.contains(expressionText(e)) || isAggregate(e) { return }
            switch e.kind {
            case .variable(let name):
                if bound.contains(name) { return }
                throw error(
                    "AmbiguousAggregationExpression",
                    "\(name) is used next to an aggregate but is not a grouping key; add it as its own column",
                    at: e.offset, length: e.length)
            case .listComprehension(let v, let source, let predicate, let projection):
                try visit(source, bound)
                for inner in [predicate, projection].compactMap({ $0 }) { try visit(inner, bound.union([v])) }
            case .quantifier(_, let v, let source, let predicate):
                try visit(source, bound)
                try visit(predicate, bound.union([v]))
            case .reduce(let acc, let initial, let v, let source, let body):
                try visit(initial, bound)
                try visit(source, bound)
                try visit(body, bound.union([acc, v]))
            default:
                for child in e.children { try visit(child, bound) }
            }
        }
        try visit(expression, [])
    }

    private func checkCount(_ expression: Expression, clause: String) throws {
        if !expression.variables.isEmpty {
            throw error(
                "NonConstantExpression", "\(clause) needs a constant such as 10 or a parameter, not a variable",
                at: expression.offset, length: expression.length)
        }
        switch expression.kind {
        case .literal(.int(let n)) where n < 0:
            throw error(
                "NegativeIntegerArgument", "\(clause) cannot be negative", at: expression.offset, length: expression.length)
        case .literal(.float):
            throw error(
                "InvalidArgumentType", "\(clause) needs an integer", at: expression.offset, length: expression.length)
        default:
            _ = try checkExpression(expression, [:])
        }
    }

    func requireBoolean(_ type: StaticType, _ expression: Expression) throws {
        if !type.mayBe(.bool) {
            throw error(
                "InvalidArgumentType", "a predicate must be a boolean, but this is a \(type.name)",
                at: expression.offset, length: expression.length)
        }
    }
}
