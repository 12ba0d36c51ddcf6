/// Checking one expression: variables in scope, known functions with the right
/// number of arguments, aggregation placement, and operand types where the text shows them.
extension Binder {
    func expressionText(_ e: Expression) -> String { e.canonical }

    /// True when `e` itself is an aggregating call.
    func isAggregate(_ e: Expression) -> Bool {
        switch e.kind {
        case .countStar: return true
        case .function(let name, _, _): return FunctionCatalog.aggregates.contains(name.lowercased())
        default: return false
        }
    }

    /// True when `e` contains an aggregating call outside nested scopes.
    func containsAggregate(_ e: Expression) -> Bool {
        if isAggregate(e) { return true }
        return e.children.contains { containsAggregate($0) }
    }

    func checkExpression(
        _ e: Expression, _ scope: Scope, aggregatesAllowed: Bool = false, insideAggregate: Bool = false
    ) throws -> StaticType {
        func check(_ child: Expression, _ inner: Scope? = nil, aggregates: Bool? = nil) throws -> StaticType {
            try checkExpression(
                child, inner ?? scope, aggregatesAllowed: aggregates ?? aggregatesAllowed,
                insideAggregate: insideAggregate)
        }
        func fail(_ code: String, _ message: String, _ at: Expression) -> QueryError {
            QueryError.syntax(code, message, at: at.offset, length: at.length)
        }
        switch e.kind {
        case .literal(let v):
            return Self.staticType(of: v)
        case .parameter:
            return .any
        case .variable(let name):
            guard let type = scope[name] else {
                if notImported.contains(name) {
                    throw fail(
                        "UndefinedVariable",
                        "the variable \(name) is defined outside this CALL { … } but not imported; "
                            + "start the subquery with WITH \(name) (or write CALL (\(name)) { … })", e)
                }
                throw fail("UndefinedVariable", "the variable \(name) is not defined; bind it in MATCH, WITH or UNWIND first", e)
            }
            return type
        case .property(let base, _):
            let type = try check(base)
            if ![.any, .null, .node, .relationship, .map].contains(type) {
                throw QueryError(
                    .compileTime, kind: type == .path ? "SyntaxError" : "TypeError", code: "InvalidArgumentType",
                    "a \(type.name) has no properties; use a node, relationship or map", offset: base.offset, length: base.length)
            }
            return .any
        case .index(let base, let index):
            let baseType = try check(base)
            let indexType = try check(index)
            if baseType == .list && !indexType.mayBe(.int) {
                throw QueryError(
                    .compileTime, kind: "TypeError", code: "InvalidArgumentType", "a list index must be an integer",
                    offset: index.offset, length: index.length)
            }
            if ![.any, .null, .list, .map, .node, .relationship].contains(baseType) {
                throw QueryError(
                    .compileTime, kind: "TypeError", code: "InvalidArgumentType", "a \(baseType.name) cannot be indexed",
                    offset: base.offset, length: base.length)
            }
            return .any
        case .slice(let base, let low, let high):
            _ = try check(base)
            if let low { _ = try check(low) }
            if let high { _ = try check(high) }
            return .list
        case .list(let items):
            for item in items { _ = try check(item) }
            return .list
        case .map(let entries):
            for (_, value) in entries { _ = try check(value) }
            return .map
        case .unary(let op, let operand):
            let type = try check(operand)
            switch op {
            case .not:
                if !type.mayBe(.bool) { throw fail("InvalidArgumentType", "NOT needs a boolean, not a \(type.name)", operand) }
                return .bool
            case .minus, .plus:
                if !(type.isNumber || type == .any || type == .null) {
                    throw fail("InvalidArgumentType", "\(op.rawValue) needs a number, not a \(type.name)", operand)
                }
                return type
            }
        case .binary(let op, let left, let right):
            let l = try check(left)
            let r = try check(right)
            switch op {
            case .and, .or, .xor:
                for (t, x) in [(l, left), (r, right)] where !t.mayBe(.bool) {
                    throw fail("InvalidArgumentType", "\(op.rawValue) needs booleans, not a \(t.name)", x)
                }
                return .bool
            case .in:
                if !r.mayBe(.list) { throw fail("InvalidArgumentType", "IN needs a list on its right, not a \(r.name)", right) }
                return .bool
            case .equal, .notEqual, .less, .greater, .lessOrEqual, .greaterOrEqual, .startsWith, .endsWith, .contains,
                .regex:
                return .bool
            case .add:
                if l == .string || r == .string { return .string }
                if l == .list || r == .list { return .list }
                if l == .int && r == .int { return .int }
                return .any
            case .subtract, .multiply, .divide, .modulo, .power:
                for (t, x) in [(l, left), (r, right)] where !(t.isNumber || t == .any || t == .null) {
                    throw fail("InvalidArgumentType", "\(op.rawValue) needs numbers, not a \(t.name)", x)
                }
                if op == .power { return .float }
                if l == .int && r == .int { return .int }
                return .any
            }
        case .isNull(let operand, _), .typePredicate(let operand, _, _):
            _ = try check(operand)
            return .bool
        case .hasLabels(let operand, _):
            let type = try check(operand)
            if !type.mayBe(.node) { throw fail("InvalidArgumentType", "only a node has labels, not a \(type.name)", operand) }
            return .bool
        case .countStar:
            if !aggregatesAllowed {
                throw fail("InvalidAggregation", "count(*) cannot be used here; aggregate in WITH or RETURN", e)
            }
            if insideAggregate { throw fail("NestedAggregation", "an aggregate cannot contain another aggregate", e) }
            return .int
        case .function(let rawName, _, let arguments):
            return try checkFunction(rawName, arguments, e, scope, aggregatesAllowed, insideAggregate)
        case .caseExpression(let subject, let branches, let otherwise):
            if let subject { _ = try check(subject) }
            for (condition, value) in branches {
                _ = try check(condition)
                _ = try check(value)
            }
            if let otherwise { _ = try check(otherwise) }
            return .any
        case .listComprehension(let variable, let source, let predicate, let projection):
            let sourceType = try check(source)
            if !sourceType.mayBe(.list) {
                throw fail("InvalidArgumentType", "a list comprehension needs a list, not a \(sourceType.name)", source)
            }
            var inner = scope
            inner[variable] = .any
            if let predicate { _ = try check(predicate, inner, aggregates: false) }
            if let projection {
                if containsAggregate(projection) {
                    throw fail("InvalidAggregation", "an aggregate cannot be used inside a list comprehension", projection)
                }
                _ = try check(projection, inner, aggregates: false)
            }
            return .list
        case .quantifier(let q, let variable, let source, let predicate):
            let sourceType = try check(source)
            if !sourceType.mayBe(.list) {
                throw fail("InvalidArgumentType", "\(q.rawValue)(…) needs a list, not a \(sourceType.name)", source)
            }
            var inner = scope
            inner[variable] = elementType(source)
            let type = try check(predicate, inner, aggregates: false)
            if !type.mayBe(.bool) { throw fail("InvalidArgumentType", "the predicate must be a boolean", predicate) }
            return .bool
        case .reduce(let accumulator, let initial, let variable, let source, let body):
            _ = try check(initial)
            let sourceType = try check(source)
            if !sourceType.mayBe(.list) { throw fail("InvalidArgumentType", "reduce needs a list", source) }
            var inner = scope
            inner[accumulator] = .any
            inner[variable] = .any
            _ = try check(body, inner, aggregates: false)
            return .any
        case .patternComprehension(let path, let pattern, let predicate, let projection):
            var inner = scope
            for node in pattern.nodes {
                if let properties = node.properties { _ = try check(properties) }
                if let v = node.variable, inner[v] == nil { inner[v] = .node }
            }
            for r in pattern.relationships {
                if let properties = r.properties { _ = try check(properties) }
                if let v = r.variable, inner[v] == nil { inner[v] = r.isVariableLength ? .list : .relationship }
            }
            if let path { inner[path] = .path }
            if let predicate { _ = try check(predicate, inner, aggregates: false) }
            _ = try check(projection, inner, aggregates: false)
            return .list
        case .mapProjection(let base, let items):
            let type = try check(base)
            if ![.any, .null, .node, .relationship, .map].contains(type) {
                throw fail("InvalidArgumentType", "a map projection needs a node, relationship or map, not a \(type.name)", base)
            }
            for item in items {
                switch item {
                case .entry(_, let value): _ = try check(value)
                case .variable(let name):
                    if scope[name] == nil { throw fail("UndefinedVariable", "the variable \(name) is not defined", e) }
                default: break
                }
            }
            return .map
        case .pattern(let pattern):
            for name in pattern.variableNames where scope[name] == nil {
                throw fail(
                    "UndefinedVariable",
                    "\(name) is not defined; a pattern used as a predicate cannot introduce new variables (use MATCH)", e)
            }
            for node in pattern.nodes {
                if let v = node.variable, let t = scope[v], !t.mayBe(.node) {
                    throw fail("VariableTypeConflict", "\(v) is a \(t.name), not a node", e)
                }
                if let properties = node.properties { _ = try check(properties) }
            }
            for r in pattern.relationships { if let properties = r.properties { _ = try check(properties) } }
            return .bool
        }
    }

    private func checkFunction(
        _ rawName: String, _ arguments: [Expression], _ e: Expression, _ scope: Scope, _ aggregatesAllowed: Bool,
        _ insideAggregate: Bool
    ) throws -> StaticType {
        let name = rawName.lowercased()
        if let range = TemporalFunctions.argumentRange(name) {
            guard range.contains(arguments.count) else {
                throw QueryError.syntax(
                    "InvalidNumberOfArguments", "\(rawName) takes \(range.lowerBound) to \(range.upperBound) argument(s), not \(arguments.count)",
                    at: e.offset, length: e.length)
            }
            for argument in arguments {
                _ = try checkExpression(
                    argument, scope, aggregatesAllowed: aggregatesAllowed, insideAggregate: insideAggregate)
            }
            return .any
        }
        if name == "point" || name == "distance" || name.hasPrefix("point.") {
            throw QueryError.unsupported("spatial values (\(rawName))", at: e.offset, length: rawName.utf8.count)
        }
        guard let signature = FunctionCatalog.signatures[name] else {
            throw QueryError.syntax(
                "UnknownFunction", "there is no function \(rawName); check the spelling", at: e.offset,
                length: rawName.utf8.count)
        }
        if let range = FunctionCatalog.argumentRange(name), !range.contains(arguments.count) {
            let expected = range.lowerBound == range.upperBound ? "\(range.lowerBound)" : "\(range.lowerBound) to \(range.upperBound)"
            throw QueryError.syntax(
                "InvalidNumberOfArguments", "\(rawName) takes \(expected) argument(s), not \(arguments.count)",
                at: e.offset, length: e.length)
        }
        if signature.isAggregate {
            if arguments.contains(where: { containsCall("rand", $0) }) {
                throw QueryError.syntax(
                    "NonConstantExpression", "an aggregate cannot take rand(): its value changes per row",
                    at: e.offset, length: e.length)
            }
            if !aggregatesAllowed {
                throw QueryError.syntax(
                    "InvalidAggregation", "the aggregate \(rawName) cannot be used here; aggregate in WITH or RETURN",
                    at: e.offset, length: e.length)
            }
            if insideAggregate {
                throw QueryError.syntax(
                    "NestedAggregation", "an aggregate cannot contain another aggregate", at: e.offset, length: e.length)
            }
        }
        if name == "size", let first = arguments.first, case .pattern = first.kind {
            throw QueryError.syntax(
                "UnexpectedSyntax", "size() of a pattern is not allowed; count with a pattern comprehension: size([p = (a)-->() | p])",
                at: first.offset, length: first.length)
        }
        var types: [StaticType] = []
        for argument in arguments {
            types.append(
                try checkExpression(
                    argument, scope, aggregatesAllowed: aggregatesAllowed,
                    insideAggregate: insideAggregate || signature.isAggregate))
        }
        func require(_ allowed: [StaticType], _ what: String) throws {
            guard let first = types.first else { return }
            if first != .any && first != .null && !allowed.contains(first) {
                throw QueryError.syntax(
                    "InvalidArgumentType", "\(rawName) needs \(what), not a \(first.name)", at: arguments[0].offset,
                    length: arguments[0].length)
            }
        }
        switch name {
        case "properties": try require([.node, .relationship, .map], "a node, relationship or map")
        case "type", "startnode", "endnode": try require([.relationship], "a relationship")
        case "labels": try require([.node], "a node")
        case "length": try require([.path, .string, .list], "a path")
        case "size": try require([.string, .list], "a list or string")
        case "nodes", "relationships": try require([.path], "a path")
        case "toboolean": try require([.string, .bool, .int], "a string, boolean or integer")
        default: break
        }
        switch name {
        case "sum", "min", "max", "avg": return types.first ?? .any
        case "tointeger", "toint": return .int
        case "tofloat": return .float
        default: return signature.result
        }
    }

    /// The element type of a list literal whose elements all have one static type.
    func elementType(_ source: Expression) -> StaticType {
        guard case .list(let items) = source.kind, !items.isEmpty else { return .any }
        var types: [StaticType] = []
        for item in items {
            guard case .literal(let v) = item.kind else { return .any }
            types.append(Self.staticType(of: v))
        }
        return types.allSatisfy({ $0 == types[0] }) && types[0] != .null ? types[0] : .any
    }

    func containsCall(_ name: String, _ e: Expression) -> Bool {
        if case .function(let n, _, _) = e.kind, n.lowercased() == name { return true }
        return e.children.contains { containsCall(name, $0) }
    }

    static func staticType(of value: Value) -> StaticType {
        switch value {
        case .null: return .null
        case .bool: return .bool
        case .int: return .int
        case .float: return .float
        case .string: return .string
        case .list: return .list
        case .map: return .map
        case .node: return .node
        case .relationship: return .relationship
        case .path: return .path
        case .temporal: return .any
        }
    }
}
