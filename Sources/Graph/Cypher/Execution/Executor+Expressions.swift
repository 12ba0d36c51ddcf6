import Foundation

/// Evaluating expressions against a row, with openCypher's null semantics:
/// most operators return null when an operand is null; AND, OR and XOR use
/// three-valued logic.
extension Executor {
    func typeError(_ message: String, _ e: Expression, code: String = "InvalidArgumentType") -> QueryError {
        QueryError.runtime("TypeError", code, message, at: e.offset)
    }

    func evaluate(_ e: Expression, _ row: Row) throws -> Value {
        // Every expression is a step of work: per-row regexes and functions count against the limits too.
        try checkpoint()
        switch e.kind {
        case .literal(let v):
            return v
        case .parameter(let name):
            guard let value = parameters[name] else {
                throw QueryError(
                    .runtime, kind: "ParameterMissing", code: "MissingParameter",
                    "the parameter $\(name) was not given; pass it with --param \(name)=value", offset: e.offset,
                    length: e.length)
            }
            return value
        case .variable(let name):
            return row[name] ?? .null
        case .property(let base, let key):
            return try property(of: try evaluate(base, row), key, base)
        case .index(let base, let index):
            return try subscriptValue(try evaluate(base, row), try evaluate(index, row), e)
        case .slice(let base, let low, let high):
            return try slice(try evaluate(base, row), try low.map { try evaluate($0, row) },
                             try high.map { try evaluate($0, row) }, e)
        case .list(let items):
            return .list(try items.map { try evaluate($0, row) })
        case .map(let entries):
            var map: [String: Value] = [:]
            for (key, value) in entries { map[key] = try evaluate(value, row) }
            return .map(map)
        case .unary(let op, let operand):
            let value = try evaluate(operand, row)
            switch op {
            case .not:
                switch value {
                case .null: return .null
                case .bool(let b): return .bool(!b)
                default: throw typeError("NOT needs a boolean, not a \(value.typeName)", operand)
                }
            case .minus:
                switch value {
                case .null: return .null
                case .int(let i):
                    guard i != Int.min else {
                        throw QueryError.runtime("ArithmeticError", "IntegerOverflow", "-(\(i)) does not fit in 64 bits", at: e.offset)
                    }
                    return .int(-i)
                case .float(let d): return .float(-d)
                default: throw typeError("unary minus needs a number, not a \(value.typeName)", operand)
                }
            case .plus:
                switch value {
                case .null, .int, .float: return value
                default: throw typeError("unary plus needs a number, not a \(value.typeName)", operand)
                }
            }
        case .binary(let op, let left, let right):
            return try binary(op, left, right, row, e)
        case .isNull(let operand, let negated):
            let isNull = try evaluate(operand, row).isNull
            return .bool(negated ? !isNull : isNull)
        case .typePredicate(let operand, let type, let negated):
            let matches = type.accepts(try evaluate(operand, row))
            return .bool(negated ? !matches : matches)
        case .hasLabels(let operand, let labels):
            switch try evaluate(operand, row) {
            case .null: return .null
            case .node(let id):
                return inGraph { graph in
                    guard graph.contains(id) else { return .null }
                    return .bool(labels.allSatisfy { graph.hasLabel(id, $0) })
                }
            case let other: throw typeError("only a node has labels, not a \(other.typeName)", operand)
            }
        case .function(let name, _, let arguments):
            let lower = name.lowercased()
            if FunctionCatalog.aggregates.contains(lower) {
                return aggregateValues[e.offset] ?? .null
            }
            return try callFunction(lower, arguments, row, e)
        case .countStar:
            return aggregateValues[e.offset] ?? .null
        case .caseExpression(let subject, let branches, let otherwise):
            if let subject {
                let value = try evaluate(subject, row)
                for (candidate, result) in branches where ValueComparison.equals(value, try evaluate(candidate, row)) == true {
                    return try evaluate(result, row)
                }
            } else {
                for (condition, result) in branches where try evaluate(condition, row) == .bool(true) {
                    return try evaluate(result, row)
                }
            }
            return try otherwise.map { try evaluate($0, row) } ?? .null
        case .listComprehension(let variable, let source, let predicate, let projection):
            let list = try evaluate(source, row)
            guard case .list(let items) = list else {
                if list.isNull { return .null }
                throw typeError("a list comprehension needs a list, not a \(list.typeName)", source)
            }
            var result: [Value] = []
            var inner = row
            for item in items {
                try checkpoint()
                inner[variable] = item
                if let predicate, try evaluate(predicate, inner) != .bool(true) { continue }
                result.append(try projection.map { try evaluate($0, inner) } ?? item)
            }
            return .list(result)
        case .quantifier(let quantifier, let variable, let source, let predicate):
            return try quantify(quantifier, variable, source, predicate, row)
        case .reduce(let accumulator, let initial, let variable, let source, let body):
            var acc = try evaluate(initial, row)
            let list = try evaluate(source, row)
            guard case .list(let items) = list else {
                if list.isNull { return .null }
                throw typeError("reduce needs a list, not a \(list.typeName)", source)
            }
            var inner = row
            var depth = ValueDepth()
            for item in items {
                try checkpoint()
                inner[accumulator] = acc
                inner[variable] = item
                acc = try evaluate(body, inner)
                // The one loop that feeds a value back into itself: `[s]` nests one level per step.
                if depth.exceedsMaximum(acc) { throw tooDeepValue(at: body.offset) }
            }
            return acc
        case .patternComprehension(_, let pattern, let predicate, let projection):
            var result: [Value] = []
            for matched in try allMatches(pattern, at: e.offset, row) {
                try checkpoint()
                if let predicate, try evaluate(predicate, matched) != .bool(true) { continue }
                result.append(try evaluate(projection, matched))
            }
            return .list(result)
        case .mapProjection(let base, let items):
            let value = try evaluate(base, row)
            let properties: [String: Value]
            switch value {
            case .null: return .null
            case .node(let id): properties = graph.contains(id) ? graph.node(id).properties : [:]
            case .relationship(let id): properties = graph.contains(id) ? graph.relationship(id).properties : [:]
            case .map(let map): properties = map
            default: throw typeError("a map projection needs a node, relationship or map, not a \(value.typeName)", base)
            }
            var result: [String: Value] = [:]
            for item in items {
                switch item {
                case .property(let key): result[key] = properties[key] ?? .null
                case .allProperties: result.merge(properties) { _, new in new }
                case .entry(let key, let e): result[key] = try evaluate(e, row)
                case .variable(let name): result[name] = row[name] ?? .null
                }
            }
            return .map(result)
        case .pattern(let pattern):
            for name in pattern.nodes.compactMap(\.variable) where row[name]?.isNull == true { return .null }
            return .bool(try hasMatch(pattern, at: e.offset, row))
        }
    }

    private func quantify(
        _ quantifier: Quantifier, _ variable: String, _ source: Expression, _ predicate: Expression, _ row: Row
    ) throws -> Value {
        let list = try evaluate(source, row)
        guard case .list(let items) = list else {
            if list.isNull { return .null }
            throw typeError("\(quantifier.rawValue)(…) needs a list, not a \(list.typeName)", source)
        }
        var trues = 0, nulls = 0
        var inner = row
        for item in items {
            try checkpoint()
            inner[variable] = item
            switch try evaluate(predicate, inner) {
            case .bool(true): trues += 1
            case .bool(false): break
            case .null: nulls += 1
            case let other: throw typeError("the predicate must be a boolean, not a \(other.typeName)", predicate)
            }
        }
        let falses = items.count - trues - nulls
        switch quantifier {
        case .all: return falses > 0 ? .bool(false) : nulls > 0 ? .null : .bool(true)
        case .any: return trues > 0 ? .bool(true) : nulls > 0 ? .null : .bool(false)
        case .none: return trues > 0 ? .bool(false) : nulls > 0 ? .null : .bool(true)
        case .single:
            if trues > 1 { return .bool(false) }
            if nulls > 0 { return .null }
            return .bool(trues == 1)
        }
    }

    func property(of value: Value, _ key: String, _ base: Expression) throws -> Value {
        switch value {
        case .null: return .null
        case .node(let id): return inGraph { $0.contains(id) ? $0.property(key, of: id) ?? .null : .null }
        case .relationship(let id): return inGraph { $0.contains(id) ? $0.property(key, of: id) ?? .null : .null }
        case .map(let map): return map[key] ?? .null
        case .temporal(let t):
            guard let component = t.component(key) else { throw typeError("a \(t.typeName) has no component \(key)", base) }
            return component
        default: throw typeError("a \(value.typeName) has no property \(key)", base)
        }
    }

    private func subscriptValue(_ base: Value, _ index: Value, _ e: Expression) throws -> Value {
        switch (base, index) {
        case (.null, _), (_, .null): return .null
        case (.list(let items), .int(let i)):
            let position = i < 0 ? items.count + i : i
            return position >= 0 && position < items.count ? items[position] : .null
        case (.list, _):
            throw typeError("a list index must be an integer, not a \(index.typeName)", e)
        case (.map(let map), .string(let key)):
            return map[key] ?? .null
        case (.map, _):
            throw typeError("a map key must be a string, not a \(index.typeName)", e, code: "MapElementAccessByNonString")
        case (.node, .string(let key)), (.relationship, .string(let key)):
            return try property(of: base, key, e)
        case (.node, _), (.relationship, _):
            throw typeError("a property name must be a string, not a \(index.typeName)", e, code: "MapElementAccessByNonString")
        default:
            throw typeError("a \(base.typeName) cannot be indexed", e)
        }
    }

    private func slice(_ base: Value, _ low: Value?, _ high: Value?, _ e: Expression) throws -> Value {
        if base.isNull || low == .null || high == .null { return .null }
        guard case .list(let items) = base else { throw typeError("only a list can be sliced, not a \(base.typeName)", e) }
        func bound(_ v: Value?, _ fallback: Int) throws -> Int {
            guard let v else { return fallback }
            guard case .int(let i) = v else { throw typeError("a slice bound must be an integer", e) }
            let resolved = i < 0 ? items.count + i : i
            return min(max(0, resolved), items.count)
        }
        let from = try bound(low, 0)
        let to = try bound(high, items.count)
        return from < to ? .list(Array(items[from..<to])) : .list([])
    }

    private func binary(_ op: BinaryOperator, _ left: Expression, _ right: Expression, _ row: Row, _ e: Expression) throws -> Value {
        switch op {
        case .and, .or, .xor:
            let l = try boolOperand(try evaluate(left, row), left, op)
            if op == .and, l == false { _ = try boolOperand(try evaluate(right, row), right, op); return .bool(false) }
            if op == .or, l == true { _ = try boolOperand(try evaluate(right, row), right, op); return .bool(true) }
            let r = try boolOperand(try evaluate(right, row), right, op)
            switch op {
            case .and:
                if l == false || r == false { return .bool(false) }
                if l == nil || r == nil { return .null }
                return .bool(true)
            case .or:
                if l == true || r == true { return .bool(true) }
                if l == nil || r == nil { return .null }
                return .bool(false)
            default:
                guard let l, let r else { return .null }
                return .bool(l != r)
            }
        default:
            break
        }
        let l = try evaluate(left, row)
        let r = try evaluate(right, row)
        switch op {
        case .equal: return ValueComparison.equals(l, r).map(Value.bool) ?? .null
        case .notEqual: return ValueComparison.equals(l, r).map { .bool(!$0) } ?? .null
        case .less, .greater, .lessOrEqual, .greaterOrEqual:
            if l.isNull || r.isNull { return .null }
            guard let c = ValueComparison.compare(l, r) else { return .null }
            switch c {
            case .nan: return .bool(false)
            case .less: return .bool(op == .less || op == .lessOrEqual)
            case .equal: return .bool(op == .lessOrEqual || op == .greaterOrEqual)
            case .greater: return .bool(op == .greater || op == .greaterOrEqual)
            }
        case .startsWith, .endsWith, .contains:
            guard case .string(let s) = l, case .string(let t) = r else { return .null }
            switch op {
            // By UTF-8 bytes, which for valid UTF-8 is by Unicode scalars, without Foundation's UTF-16.
            case .startsWith: return .bool(ByteString.hasPrefix(s, t))
            case .endsWith: return .bool(ByteString.hasSuffix(s, t))
            default: return .bool(ByteString.contains(s, t))
            }
        case .regex:
            guard case .string(let s) = l, case .string(let pattern) = r else { return .null }
            guard let regex = try? NSRegularExpression(pattern: "^(?:" + pattern + ")$", options: [.dotMatchesLineSeparators])
            else {
                throw QueryError.runtime("ArgumentError", "InvalidArgumentValue", "'\(pattern)' is not a valid regular expression", at: right.offset)
            }
            let range = NSRange(s.startIndex..<s.endIndex, in: s)
            // A pattern such as (a+)+b backtracks exponentially: the progress reports let the
            // time limit and Ctrl-C stop it inside one match, not only between rows.
            var matched = false
            var stopped: Error?
            regex.enumerateMatches(in: s, options: [.reportProgress], range: range) { match, _, stop in
                if match != nil {
                    matched = true
                    stop.pointee = true
                    return
                }
                do { try self.checkpoint() } catch {
                    stopped = error
                    stop.pointee = true
                }
            }
            if let stopped { throw stopped }
            return .bool(matched)
        case .in:
            switch r {
            case .null: return .null
            case .list(let items):
                var sawNull = false
                for item in items {
                    switch ValueComparison.equals(l, item) {
                    case true?: return .bool(true)
                    case nil: sawNull = true
                    default: break
                    }
                }
                return sawNull ? .null : .bool(false)
            default:
                throw typeError("IN needs a list on its right, not a \(r.typeName)", right)
            }
        default:
            if op == .add {
                try memory.checkNewValue(bytes: MemoryBudget.joinedSize(l, r), what: "the value of \(MemoryBudget.describe(e))", at: e.offset)
            }
            return try Arithmetic.apply(op, l, r, at: e)
        }
    }

    private func boolOperand(_ v: Value, _ e: Expression, _ op: BinaryOperator) throws -> Bool? {
        switch v {
        case .null: return nil
        case .bool(let b): return b
        default: throw typeError("\(op.rawValue) needs booleans, not a \(v.typeName)", e)
        }
    }
}
