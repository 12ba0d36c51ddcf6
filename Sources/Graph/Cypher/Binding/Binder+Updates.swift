/// Compile-time checks of `UNION` and of the updating clauses `MERGE`, `SET`, `REMOVE`, `DELETE`.
extension Binder {
    /// Every branch of a union returns the same columns, and `UNION` and `UNION ALL` are not mixed.
    static func checkUnions(_ query: Query) throws {
        guard let first = query.unions.first else { return }
        if query.unions.contains(where: { $0.all != first.all }) {
            let other = query.unions.first { $0.all != first.all }!
            throw QueryError.syntax(
                "InvalidClauseComposition", "UNION and UNION ALL cannot be mixed in one query; use one of them",
                at: other.offset)
        }
        let expected = columns(query.clauses)
        for branch in query.unions {
            let names = columns(branch.clauses)
            if let expected, let names, expected != names {
                throw QueryError.syntax(
                    "DifferentColumnsInUnion",
                    "every query joined by UNION must return the same columns: \(expected.joined(separator: ", ")) "
                        + "and \(names.joined(separator: ", ")) differ; rename them with AS",
                    at: branch.offset)
            }
        }
    }

    /// The columns of a query's final RETURN, or nil when they depend on `*` or it has none.
    private static func columns(_ clauses: [Clause]) -> [String]? {
        guard case .return(let projection)? = clauses.last, !projection.star else { return nil }
        return projection.items.map(\.name)
    }

    mutating func checkMerge(_ merge: MergeClause, scope: inout Scope) throws {
        let part = merge.pattern
        if let path = part.pathVariable, scope[path] != nil {
            throw error("VariableAlreadyBound", "the path variable \(path) is already defined", at: part.offset)
        }
        for node in part.nodes {
            if let properties = node.properties { try checkPatternProperties(properties, scope) }
            guard let name = node.variable, let type = scope[name] else { continue }
            if !type.mayBe(.node) {
                throw error("VariableTypeConflict", "\(name) is a \(type.name), so it cannot name a node", at: node.offset)
            }
            if !node.labels.isEmpty || node.properties != nil || part.nodes.count == 1 {
                throw error(
                    "VariableAlreadyBound", "\(name) is already bound to a node; MERGE can only refer to it as (\(name))",
                    at: node.offset)
            }
        }
        for relationship in part.relationships {
            if let name = relationship.variable, scope[name] != nil {
                throw error(
                    "VariableAlreadyBound", "the relationship variable \(name) is already defined; MERGE needs a new one",
                    at: relationship.offset)
            }
            try checkNewRelationship(relationship, clause: "MERGE")
            if let properties = relationship.properties { try checkPatternProperties(properties, scope) }
        }
        for node in part.nodes { if let name = node.variable { scope[name] = .node } }
        for relationship in part.relationships { if let name = relationship.variable { scope[name] = .relationship } }
        if let path = part.pathVariable { scope[path] = .path }
        try checkSetItems(merge.onCreate, scope: scope)
        try checkSetItems(merge.onMatch, scope: scope)
    }

    /// The list reads the scope; the clauses see it and the variable, which does not outlive FOREACH.
    mutating func checkForeach(_ foreach: ForeachClause, scope: Scope) throws {
        _ = try checkExpression(foreach.list, scope)
        if scope[foreach.variable] != nil {
            throw error(
                "VariableAlreadyBound", "the variable \(foreach.variable) is already defined; FOREACH needs a new name",
                at: foreach.variableOffset, length: foreach.variable.utf8.count)
        }
        var inner = scope
        inner[foreach.variable] = .any
        for clause in foreach.clauses {
            switch clause {
            case .create(let create): try checkCreate(create, scope: &inner)
            case .merge(let merge): try checkMerge(merge, scope: &inner)
            case .set(let set): try checkSetItems(set.items, scope: inner)
            case .remove(let remove): try checkRemove(remove, scope: inner)
            case .delete(let delete): try checkDelete(delete, scope: inner)
            case .foreach(let nested): try checkForeach(nested, scope: inner)
            case .match, .unwind, .with, .return, .call, .subquery:
                throw error("InvalidClauseComposition", "FOREACH can only hold updating clauses", at: clause.offset)
            }
        }
    }

    /// A relationship that CREATE or MERGE may have to make: one type, one hop.
    func checkNewRelationship(_ relationship: RelationshipPattern, clause: String) throws {
        if relationship.isVariableLength {
            throw error(
                "CreatingVarLength", "\(clause) cannot make a variable-length relationship; remove the *",
                at: relationship.offset)
        }
        if relationship.types.count != 1 {
            throw error(
                "NoSingleRelationshipType", "\(clause) needs exactly one relationship type, as in -[:KNOWS]->",
                at: relationship.offset)
        }
    }

    func checkSetItems(_ items: [SetItem], scope: Scope) throws {
        for item in items {
            for value in item.expressions {
                if case .pattern = value.kind {
                    throw error(
                        "UnexpectedSyntax", "a pattern is not a value to SET; use exists(…) or a pattern comprehension",
                        at: value.offset, length: value.length)
                }
            }
            switch item {
            case .property(let target, _, let value):
                _ = try checkExpression(target, scope)
                _ = try checkExpression(value, scope)
            case .replaceAll(let name, let value, let offset), .mergeAll(let name, let value, let offset):
                try requireBound(name, scope, at: offset)
                _ = try checkExpression(value, scope)
            case .labels(let name, _, let offset):
                try requireBound(name, scope, at: offset)
            }
        }
    }

    func checkRemove(_ remove: RemoveClause, scope: Scope) throws {
        for item in remove.items {
            switch item {
            case .property(let target, _): _ = try checkExpression(target, scope)
            case .labels(let name, _, let offset): try requireBound(name, scope, at: offset)
            }
        }
    }

    func checkDelete(_ delete: DeleteClause, scope: Scope) throws {
        for expression in delete.expressions {
            if case .hasLabels = expression.kind {
                throw error(
                    "InvalidDelete", "DELETE removes nodes and relationships, not labels; use REMOVE n:Label",
                    at: expression.offset, length: expression.length)
            }
            let type = try checkExpression(expression, scope)
            switch type {
            case .any, .null, .node, .relationship, .path, .list: break
            default:
                throw error(
                    "InvalidArgumentType", "DELETE needs a node, relationship or path, not a \(type.name)",
                    at: expression.offset, length: expression.length)
            }
        }
    }

    /// Arguments read the scope; yielded names are new variables. Whether the procedure
    /// exists and takes these arguments is checked by the engine, which holds the catalog.
    mutating func checkCall(_ call: CallClause, scope: inout Scope, standalone: Bool) throws {
        if call.yieldsAll && !standalone {
            throw error(
                "UnexpectedSyntax", "YIELD * is only allowed when CALL is the whole query; name the columns",
                at: call.offset, length: 4)
        }
        for argument in call.arguments ?? [] { _ = try checkExpression(argument, scope) }
        var introduced: Set<String> = []
        for item in call.yields ?? [] {
            if scope[item.name] != nil || !introduced.insert(item.name).inserted {
                throw error(
                    "VariableAlreadyBound", "the variable \(item.name) is already defined; YIELD it AS another name",
                    at: item.offset, length: item.output.utf8.count)
            }
        }
        for name in introduced { scope[name] = .any }
        if let predicate = call.predicate {
            try requireBoolean(try checkExpression(predicate, scope), predicate)
        }
    }

    private func requireBound(_ name: String, _ scope: Scope, at offset: Int) throws {
        guard scope[name] == nil else { return }
        throw error("UndefinedVariable", "the variable \(name) is not defined", at: offset, length: name.utf8.count)
    }
}
