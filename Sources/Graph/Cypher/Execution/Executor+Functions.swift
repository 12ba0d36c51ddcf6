import Foundation

/// The scalar functions. Names arrive lower-cased; the binder has checked they exist
/// and how many arguments they take. A null argument gives null unless noted.
extension Executor {
    func callFunction(_ name: String, _ arguments: [Expression], _ row: Row, _ e: Expression) throws -> Value {
        if name == "exists" {
            return .bool(!(try evaluate(arguments[0], row)).isNull)
        }
        if name == "coalesce" {
            for argument in arguments {
                let v = try evaluate(argument, row)
                if !v.isNull { return v }
            }
            return .null
        }
        let args = try arguments.map { try evaluate($0, row) }
        if TemporalFunctions.argumentRange(name) != nil { return try callTemporalFunction(name, args, e) }
        func bad(_ what: String, _ index: Int = 0) -> QueryError {
            // The TCK names a wrong kind of value for these functions an invalid value, for range() an argument error.
            let message = "\(name)() needs \(what), not a \(args[index].typeName)"
            if name == "range" {
                return QueryError.runtime("ArgumentError", "InvalidArgumentType", message, at: e.offset)
            }
            let valueFunctions: Set<String> = ["labels", "type", "toboolean", "tointeger", "toint", "tofloat", "tostring"]
            return typeError(message, arguments[min(index, arguments.count - 1)],
                             code: valueFunctions.contains(name) ? "InvalidArgumentValue" : "InvalidArgumentType")
        }
        func argumentError(_ code: String, _ message: String) -> QueryError {
            QueryError.runtime("ArgumentError", code, message, at: e.offset)
        }
        if name == "pi" { return .float(Double.pi) }
        if name == "e" { return .float(M_E) }
        if name == "rand" { return .float(Double.random(in: 0..<1)) }
        if name == "timestamp" { return .int(Int(Date().timeIntervalSince1970 * 1000)) }
        if args.first?.isNull == true && !["tostringornull", "tointegerornull", "tofloatornull", "tobooleanornull"].contains(name) {
            return .null
        }
        let a = args[0]
        // Ids from parameters may not exist in this graph; reading them must not crash.
        for value in args {
            if case .node(let id) = value, !graph.contains(id) { return .null }
            if case .relationship(let id) = value, !graph.contains(id) { return .null }
        }
        switch name {
        case "id":
            switch a {
            case .node(let id): return .int(id.rawValue)
            case .relationship(let id): return .int(id.rawValue)
            default: throw bad("a node or relationship")
            }
        case "elementid":
            // The same text the shell shows and `:why` takes: n12 for a node, r7 for a relationship.
            switch a {
            case .node(let id): return .string("n\(id.rawValue)")
            case .relationship(let id): return .string("r\(id.rawValue)")
            default: throw bad("a node or relationship")
            }
        case "labels":
            guard case .node(let id) = a else { throw bad("a node") }
            return .list(graph.node(id).labels.map(Value.string))
        case "type":
            guard case .relationship(let id) = a else { throw bad("a relationship") }
            return .string(graph.relationship(id).type)
        case "properties":
            switch a {
            case .node(let id): return .map(graph.node(id).properties)
            case .relationship(let id): return .map(graph.relationship(id).properties)
            case .map: return a
            default: throw bad("a node, relationship or map")
            }
        case "keys":
            switch a {
            case .node(let id): return .list(graph.node(id).properties.keys.sorted().map(Value.string))
            case .relationship(let id): return .list(graph.relationship(id).properties.keys.sorted().map(Value.string))
            case .map(let m): return .list(m.keys.sorted().map(Value.string))
            default: throw bad("a node, relationship or map")
            }
        case "startnode", "endnode":
            guard case .relationship(let id) = a else { throw bad("a relationship") }
            let r = graph.relationship(id)
            return .node(name == "startnode" ? r.start : r.end)
        case "length":
            switch a {
            case .path(let p): return .int(p.length)
            case .string(let s): return .int(s.count)
            case .list(let l): return .int(l.count)
            default: throw bad("a path")
            }
        case "size":
            switch a {
            case .list(let l): return .int(l.count)
            // openCypher counts Unicode code points, not grapheme clusters (an emoji with a modifier is 2).
            case .string(let s): return .int(s.unicodeScalars.count)
            default: throw bad("a list or string")
            }
        case "isempty":
            switch a {
            case .list(let l): return .bool(l.isEmpty)
            case .string(let s): return .bool(s.isEmpty)
            case .map(let m): return .bool(m.isEmpty)
            default: throw bad("a list, string or map")
            }
        case "nodes":
            guard case .path(let p) = a else { throw bad("a path") }
            return .list(p.nodes.map { .node($0) })
        case "relationships":
            guard case .path(let p) = a else { throw bad("a path") }
            return .list(p.relationships.map { .relationship($0) })
        case "head", "last":
            guard case .list(let l) = a else { throw bad("a list") }
            return (name == "head" ? l.first : l.last) ?? .null
        case "tail":
            guard case .list(let l) = a else { throw bad("a list") }
            return .list(Array(l.dropFirst()))
        case "reverse":
            switch a {
            case .list(let l): return .list(l.reversed())
            case .string(let s): return .string(String(s.reversed()))
            default: throw bad("a list or string")
            }
        case "range":
            guard case .int(let start) = a else { throw bad("integers") }
            guard case .int(let end) = args[1] else { throw bad("integers", 1) }
            var step = 1
            if args.count > 2 {
                guard case .int(let s) = args[2] else { throw bad("integers", 2) }
                step = s
            }
            guard step != 0 else { throw argumentError("NumberOutOfRange", "range() needs a step other than 0") }
            let span = step > 0 ? end.subtractingReportingOverflow(start) : start.subtractingReportingOverflow(end)
            let count = span.overflow ? Int.max : span.partialValue < 0 ? 0 : span.partialValue / abs(step == Int.min ? Int.max : step) + 1
            try memory.checkNewValue(
                bytes: count.multipliedReportingOverflow(by: MemoryBudget.bytesPerValue).overflow ? Int.max : count * MemoryBudget.bytesPerValue,
                what: "range() of \(count) numbers", at: e.offset)
            var result: [Value] = []
            var i = start
            while step > 0 ? i <= end : i >= end {
                result.append(.int(i))
                try checkRowCount(result.count)
                let (next, overflow) = i.addingReportingOverflow(step)
                if overflow { break }
                i = next
            }
            return .list(result)
        case "tostring", "tostringornull":
            switch a {
            case .string, .int, .float, .bool, .temporal: return .string(Functions.toStringValue(a))
            case .null: return .null
            default:
                if name == "tostringornull" { return .null }
                throw bad("a string, number or boolean")
            }
        case "tointeger", "toint", "tointegerornull":
            switch a {
            case .int: return a
            case .float(let d):
                if d.isNaN { return .null }
                guard let i = Int(exactly: d.rounded(.towardZero)) else {
                    if name == "tointegerornull" { return .null }
                    throw QueryError.runtime(
                        "ArithmeticError", "IntegerOverflow", "toInteger(\(a.cypherLiteral)) does not fit in a 64-bit integer",
                        at: e.offset)
                }
                return .int(i)
            case .string(let s): return Functions.parseInteger(s).map(Value.int) ?? .null
            case .bool(let b) where name != "tointegerornull": return .int(b ? 1 : 0)
            case .null: return .null
            default:
                if name == "tointegerornull" { return .null }
                throw bad("a string, number or boolean")
            }
        case "tofloat", "tofloatornull":
            switch a {
            case .float: return a
            case .int(let i): return .float(Double(i))
            case .string(let s): return Double(s.trimmingCharacters(in: .whitespaces)).map(Value.float) ?? .null
            case .null: return .null
            default:
                if name == "tofloatornull" { return .null }
                throw bad("a string or number")
            }
        case "toboolean", "tobooleanornull":
            switch a {
            case .bool: return a
            case .string(let s):
                switch s.trimmingCharacters(in: .whitespaces).lowercased() {
                case "true": return .bool(true)
                case "false": return .bool(false)
                default: return .null
                }
            case .int(let i): return .bool(i != 0)
            case .null: return .null
            default:
                if name == "tobooleanornull" { return .null }
                throw bad("a string, boolean or integer")
            }
        case "abs", "ceil", "floor", "round", "sign", "sqrt", "exp", "log", "log10", "sin", "cos", "tan", "asin", "acos",
            "atan", "cot", "degrees", "radians", "haversin":
            return try math(name, a, args, e, bad)
        case "atan2":
            guard let y = a.asDouble else { throw bad("numbers") }
            guard let x = args[1].asDouble else { return args[1].isNull ? .null : try { throw bad("numbers", 1) }() }
            return .float(atan2(y, x))
        case "toupper", "tolower", "trim", "ltrim", "rtrim":
            guard case .string(let s) = a else { throw bad("a string") }
            switch name {
            case "toupper": return .string(s.uppercased())
            case "tolower": return .string(s.lowercased())
            case "trim": return .string(s.trimmingCharacters(in: .whitespacesAndNewlines))
            case "ltrim": return .string(String(s.drop(while: { $0.isWhitespace })))
            default: return .string(String(s.reversed().drop(while: { $0.isWhitespace }).reversed()))
            }
        case "left", "right":
            guard case .string(let s) = a else { throw bad("a string") }
            if args[1].isNull { throw argumentError("InvalidArgumentValue", "\(name)() needs a length, not null") }
            guard case .int(let n) = args[1] else { throw bad("an integer length", 1) }
            guard n >= 0 else { throw argumentError("NegativeIntegerArgument", "\(name)() needs a length of 0 or more") }
            return .string(name == "left" ? String(s.prefix(n)) : String(s.suffix(n)))
        case "substring":
            guard case .string(let s) = a else { throw bad("a string") }
            guard case .int(let start) = args[1] else { throw bad("an integer start", 1) }
            guard start >= 0 else { throw argumentError("NegativeIntegerArgument", "substring() needs a start of 0 or more") }
            let chars = Array(s)
            var length = chars.count
            if args.count > 2 {
                guard case .int(let l) = args[2] else { throw bad("an integer length", 2) }
                guard l >= 0 else { throw argumentError("NegativeIntegerArgument", "substring() needs a length of 0 or more") }
                length = l
            }
            let from = min(start, chars.count)
            let to = min(chars.count, from + min(length, chars.count))
            return .string(String(chars[from..<to]))
        case "replace":
            guard case .string(let s) = a else { throw bad("a string") }
            guard case .string(let search) = args[1], case .string(let replacement) = args[2] else {
                if args[1].isNull || args[2].isNull { return .null }
                throw bad("strings", 1)
            }
            if search.isEmpty { return .string(s) }
            // Each occurrence can grow by the replacement: bounded before the string is built.
            let growth = (s.utf8.count / search.utf8.count).multipliedReportingOverflow(by: replacement.utf8.count)
            try memory.checkNewValue(
                bytes: growth.overflow ? Int.max : s.utf8.count + growth.partialValue,
                what: "the result of replace()", at: e.offset)
            return .string(s.replacingOccurrences(of: search, with: replacement))
        case "split":
            guard case .string(let s) = a else { throw bad("a string") }
            guard case .string(let separator) = args[1] else { return args[1].isNull ? .null : try { throw bad("a string", 1) }() }
            if separator.isEmpty { return .list(s.map { .string(String($0)) }) }
            return .list(s.components(separatedBy: separator).map(Value.string))
        default:
            throw QueryError.syntax("UnknownFunction", "there is no function \(name)", at: e.offset)
        }
    }

    private func math(
        _ name: String, _ a: Value, _ args: [Value], _ e: Expression, _ bad: (String, Int) -> QueryError
    ) throws -> Value {
        func overflow(_ message: String) -> QueryError {
            QueryError.runtime("ArithmeticError", "IntegerOverflow", message, at: e.offset)
        }
        if name == "abs" {
            switch a {
            case .int(let i):
                guard i != Int.min else { throw overflow("abs(\(i)) does not fit in a 64-bit integer") }
                return .int(abs(i))
            case .float(let d): return .float(abs(d))
            default: throw bad("a number", 0)
            }
        }
        if name == "sign" {
            switch a {
            case .int(let i): return .int(i.signum())
            case .float(let d): return .int(d > 0 ? 1 : d < 0 ? -1 : 0)
            default: throw bad("a number", 0)
            }
        }
        guard let d = a.asDouble else { throw bad("a number", 0) }
        switch name {
        case "ceil": return .float(d.rounded(.up))
        case "floor": return .float(d.rounded(.down))
        case "round":
            if args.count > 1, case .int(let digits) = args[1] {
                // Past a double's precision the number is its own rounding; far below it, rounding gives 0.
                let factor = pow(10.0, Double(digits))
                let scaled = d * factor
                if !d.isFinite || !scaled.isFinite || digits > 400 { return .float(d) }
                if factor == 0 { return .float(d < 0 ? -0.0 : 0.0) }
                return .float(scaled.rounded(.toNearestOrAwayFromZero) / factor)
            }
            return .float(d.rounded(.toNearestOrAwayFromZero))
        case "sqrt": return .float(d.squareRoot())
        case "exp": return .float(exp(d))
        case "log": return .float(log(d))
        case "log10": return .float(log10(d))
        case "sin": return .float(sin(d))
        case "cos": return .float(cos(d))
        case "tan": return .float(tan(d))
        case "asin": return .float(asin(d))
        case "acos": return .float(acos(d))
        case "atan": return .float(atan(d))
        case "cot": return .float(1 / tan(d))
        case "degrees": return .float(d * 180 / Double.pi)
        case "radians": return .float(d * Double.pi / 180)
        case "haversin": return .float((1 - cos(d)) / 2)
        default: return .null
        }
    }
}
