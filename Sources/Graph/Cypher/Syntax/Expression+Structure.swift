/// Walking and printing expressions: children, free variables and a canonical text.
extension Expression {
    /// The direct subexpressions.
    var children: [Expression] {
        switch kind {
        case .literal, .parameter, .variable, .countStar: return []
        case .property(let base, _): return [base]
        case .index(let a, let b): return [a, b]
        case .slice(let a, let b, let c): return [a] + [b, c].compactMap { $0 }
        case .list(let items): return items
        case .map(let entries): return entries.map(\.1)
        case .unary(_, let e): return [e]
        case .binary(_, let a, let b): return [a, b]
        case .isNull(let e, _): return [e]
        case .hasLabels(let e, _): return [e]
        case .typePredicate(let e, _, _): return [e]
        case .function(_, _, let arguments): return arguments
        case .caseExpression(let subject, let branches, let otherwise):
            return [subject].compactMap { $0 } + branches.flatMap { [$0.0, $0.1] } + [otherwise].compactMap { $0 }
        case .listComprehension(_, let source, let predicate, let projection):
            return [source] + [predicate, projection].compactMap { $0 }
        case .quantifier(_, _, let source, let predicate): return [source, predicate]
        case .reduce(_, let initial, _, let source, let body): return [initial, source, body]
        case .patternComprehension(_, let pattern, let predicate, let projection):
            return pattern.propertyExpressions + [predicate].compactMap { $0 } + [projection]
        case .pattern(let pattern): return pattern.propertyExpressions
        case .mapProjection(let base, let items):
            return [base] + items.compactMap { if case .entry(_, let e) = $0 { return e } else { return nil } }
        }
    }

    /// Variables this expression reads from its surroundings.
    var variables: Set<String> {
        switch kind {
        case .variable(let name): return [name]
        case .listComprehension(let v, let source, let predicate, let projection):
            let inner = [predicate, projection].compactMap { $0 }.reduce(into: Set<String>()) { $0.formUnion($1.variables) }
            return source.variables.union(inner.subtracting([v]))
        case .quantifier(_, let v, let source, let predicate):
            return source.variables.union(predicate.variables.subtracting([v]))
        case .reduce(let acc, let initial, let v, let source, let body):
            return initial.variables.union(source.variables).union(body.variables.subtracting([acc, v]))
        case .patternComprehension(let path, let pattern, let predicate, let projection):
            let own = Set(pattern.variableNames + [path].compactMap { $0 })
            var inner = projection.variables
            if let predicate { inner.formUnion(predicate.variables) }
            return inner.subtracting(own).union(pattern.variableNames)
        case .pattern(let pattern):
            return Set(pattern.variableNames).union(pattern.propertyExpressions.flatMap { $0.variables })
        case .mapProjection(let base, let items):
            var names = base.variables
            for item in items {
                if case .entry(_, let e) = item { names.formUnion(e.variables) }
                if case .variable(let v) = item { names.insert(v) }
            }
            return names
        default:
            return children.reduce(into: Set<String>()) { $0.formUnion($1.variables) }
        }
    }

    /// A normalised text, the same however the expression was spaced or cased.
    var canonical: String {
        switch kind {
        case .literal(let v): return v.cypherLiteral
        case .parameter(let p): return "$" + p
        case .variable(let n): return n
        case .property(let b, let k): return b.canonical + "." + k
        case .index(let a, let b): return a.canonical + "[" + b.canonical + "]"
        case .slice(let a, let b, let c): return a.canonical + "[" + (b?.canonical ?? "") + ".." + (c?.canonical ?? "") + "]"
        case .list(let items): return "[" + items.map(\.canonical).joined(separator: ", ") + "]"
        case .map(let entries): return "{" + entries.map { "\($0.0): \($0.1.canonical)" }.joined(separator: ", ") + "}"
        case .unary(let op, let e): return "(" + op.rawValue + (op == .not ? " " : "") + e.canonical + ")"
        case .binary(let op, let a, let b): return "(" + a.canonical + " " + op.rawValue + " " + b.canonical + ")"
        case .isNull(let e, let negated): return "(" + e.canonical + (negated ? " IS NOT NULL)" : " IS NULL)")
        case .hasLabels(let e, let labels): return e.canonical + labels.map { ":" + $0 }.joined()
        case .typePredicate(let e, let type, let negated): return e.canonical + (negated ? " IS NOT :: " : " IS :: ") + "\(type)"
        case .function(let name, let distinct, let arguments):
            return name.lowercased() + "(" + (distinct ? "DISTINCT " : "") + arguments.map(\.canonical).joined(separator: ", ") + ")"
        case .countStar: return "count(*)"
        case .caseExpression(let subject, let branches, let otherwise):
            return "CASE" + (subject.map { " " + $0.canonical } ?? "")
                + branches.map { " WHEN \($0.0.canonical) THEN \($0.1.canonical)" }.joined()
                + (otherwise.map { " ELSE " + $0.canonical } ?? "") + " END"
        case .listComprehension(let v, let s, let p, let m):
            return "[\(v) IN \(s.canonical)" + (p.map { " WHERE " + $0.canonical } ?? "") + (m.map { " | " + $0.canonical } ?? "") + "]"
        case .quantifier(let q, let v, let s, let p): return "\(q.rawValue)(\(v) IN \(s.canonical) WHERE \(p.canonical))"
        case .reduce(let acc, let i, let v, let s, let body):
            return "reduce(\(acc) = \(i.canonical), \(v) IN \(s.canonical) | \(body.canonical))"
        case .patternComprehension(_, let pattern, let p, let m):
            return "[" + pattern.description + (p.map { " WHERE " + $0.canonical } ?? "") + " | " + m.canonical + "]"
        case .pattern(let pattern): return pattern.description
        case .mapProjection(let base, let items):
            return base.canonical + " {" + items.map { item -> String in
                switch item {
                case .property(let k): return "." + k
                case .allProperties: return ".*"
                case .entry(let k, let e): return "\(k): \(e.canonical)"
                case .variable(let v): return v
                }
            }.joined(separator: ", ") + "}"
        }
    }
}

extension PatternPart: CustomStringConvertible {
    /// Variables named anywhere in the pattern, the path included.
    var variableNames: [String] {
        nodes.compactMap(\.variable) + relationships.compactMap(\.variable) + [pathVariable].compactMap { $0 }
    }

    var propertyExpressions: [Expression] {
        nodes.compactMap(\.properties) + relationships.compactMap(\.properties)
    }

    var description: String {
        var text = pathVariable.map { "\($0) = " } ?? ""
        var chain = nodes[0].description
        for (i, r) in relationships.enumerated() {
            chain += r.description + nodes[i + 1].description
        }
        switch shortest {
        case .single?: text += "shortestPath(\(chain))"
        case .all?: text += "allShortestPaths(\(chain))"
        case nil: text += chain
        }
        return text
    }
}

extension NodePattern: CustomStringConvertible {
    var description: String {
        "(" + (variable ?? "") + labels.map { ":" + $0 }.joined() + (properties.map { " " + $0.canonical } ?? "") + ")"
    }
}

extension RelationshipPattern: CustomStringConvertible {
    var description: String {
        var inner = (variable ?? "") + (types.isEmpty ? "" : ":" + types.joined(separator: "|"))
        if let range {
            inner += "*" + (range.min.map(String.init) ?? "") + ".." + (range.max.map(String.init) ?? "")
        }
        if let properties { inner += " " + properties.canonical }
        let body = inner.isEmpty ? "--" : "-[" + inner + "]-"
        switch direction {
        case .outgoing: return body + ">"
        case .incoming: return "<" + body
        case .both: return body
        }
    }
}

extension Value {
    /// The value written as an openCypher literal (nodes and relationships by id).
    var cypherLiteral: String {
        switch self {
        case .null: return "null"
        case .bool(let b): return b ? "true" : "false"
        case .int(let i): return String(i)
        case .float(let d): return d.isNaN ? "NaN" : d.isInfinite ? (d < 0 ? "-Infinity" : "Infinity") : String(d)
        case .string(let s):
            return "'" + s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "'", with: "\\'") + "'"
        case .list(let items): return "[" + items.map(\.cypherLiteral).joined(separator: ", ") + "]"
        case .map(let entries):
            return "{" + entries.keys.sorted().map { "\($0): \(entries[$0]!.cypherLiteral)" }.joined(separator: ", ") + "}"
        case .node(let id): return "node(\(id.rawValue))"
        case .relationship(let id): return "relationship(\(id.rawValue))"
        case .path(let p): return "path(\(p.nodes.map { String($0.rawValue) }.joined(separator: ",")))"
        case .temporal(let t): return t.cypherLiteral
        }
    }
}
