import Foundation

/// `+ - * / % ^` on openCypher values.
///
/// Integer arithmetic stays integer and fails on 64-bit overflow; mixing an
/// integer and a float gives a float. `+` also joins strings and lists.
enum Arithmetic {
    static func apply(_ op: BinaryOperator, _ l: Value, _ r: Value, at e: Expression) throws -> Value {
        if l.isNull || r.isNull { return .null }
        func overflow() -> QueryError {
            QueryError.runtime(
                "ArithmeticError", "IntegerOverflow",
                "the result of \(l.cypherLiteral) \(op.rawValue) \(r.cypherLiteral) does not fit in a 64-bit integer", at: e.offset)
        }
        func mismatch() -> QueryError {
            QueryError.runtime(
                "TypeError", "InvalidArgumentType", "cannot apply \(op.rawValue) to a \(l.typeName) and a \(r.typeName)",
                at: e.offset)
        }
        if op == .add {
            switch (l, r) {
            case (.list(let a), .list(let b)): return .list(a + b)
            case (.list(let a), _): return .list(a + [r])
            case (_, .list(let b)): return .list([l] + b)
            case (.string(let a), .string(let b)): return .string(a + b)
            case (.string(let a), .int), (.string(let a), .float): return .string(a + Functions.toStringValue(r))
            case (.int, .string(let b)), (.float, .string(let b)): return .string(Functions.toStringValue(l) + b)
            default: break
            }
        }
        if case .temporal = l { return try temporal(op, l, r, at: e, mismatch) }
        if case .temporal = r { return try temporal(op, l, r, at: e, mismatch) }
        switch (l, r) {
        case (.int(let a), .int(let b)):
            switch op {
            case .add:
                let (v, o) = a.addingReportingOverflow(b); if o { throw overflow() }; return .int(v)
            case .subtract:
                let (v, o) = a.subtractingReportingOverflow(b); if o { throw overflow() }; return .int(v)
            case .multiply:
                let (v, o) = a.multipliedReportingOverflow(by: b); if o { throw overflow() }; return .int(v)
            case .divide:
                guard b != 0 else {
                    throw QueryError.runtime("ArithmeticError", "DivisionByZero", "integer division by zero", at: e.offset)
                }
                let (v, o) = a.dividedReportingOverflow(by: b); if o { throw overflow() }; return .int(v)
            case .modulo:
                guard b != 0 else {
                    throw QueryError.runtime("ArithmeticError", "DivisionByZero", "integer modulo by zero", at: e.offset)
                }
                let (v, o) = a.remainderReportingOverflow(dividingBy: b); if o { throw overflow() }; return .int(v)
            case .power:
                return .float(pow(Double(a), Double(b)))
            default: throw mismatch()
            }
        case (.int, .float), (.float, .int), (.float, .float):
            let a = l.asDouble!, b = r.asDouble!
            switch op {
            case .add: return .float(a + b)
            case .subtract: return .float(a - b)
            case .multiply: return .float(a * b)
            case .divide: return .float(a / b)
            case .modulo: return .float(fmod(a, b))
            case .power: return .float(pow(a, b))
            default: throw mismatch()
            }
        default:
            throw mismatch()
        }
    }

    /// Instant ± duration, duration ± duration, duration × or ÷ number.
    private static func temporal(
        _ op: BinaryOperator, _ l: Value, _ r: Value, at e: Expression, _ mismatch: () -> QueryError
    ) throws -> Value {
        do {
            switch (op, l, r) {
            case (.add, .temporal(let t), .temporal(.duration(let d))):
                return .temporal(try TemporalArithmetic.add(d, to: t))
            case (.add, .temporal(.duration(let d)), .temporal(let t)):
                return .temporal(try TemporalArithmetic.add(d, to: t))
            case (.subtract, .temporal(let t), .temporal(.duration(let d))):
                return .temporal(try TemporalArithmetic.add(try d.negated(), to: t))
            case (.multiply, .temporal(.duration(let d)), .int(let n)), (.multiply, .int(let n), .temporal(.duration(let d))):
                return .temporal(.duration(try d.multiplied(by: n)))
            case (.multiply, .temporal(.duration(let d)), .float(let n)),
                (.multiply, .float(let n), .temporal(.duration(let d))):
                return .temporal(.duration(try d.multiplied(by: n)))
            case (.divide, .temporal(.duration(let d)), .int(let n)):
                guard n != 0 else { throw QueryError.runtime("ArithmeticError", "DivisionByZero", "a duration divided by zero", at: e.offset) }
                return .temporal(.duration(try d.multiplied(by: 1 / Double(n))))
            case (.divide, .temporal(.duration(let d)), .float(let n)):
                return .temporal(.duration(try d.multiplied(by: 1 / n)))
            default: throw mismatch()
            }
        } catch let error as TemporalError {
            throw QueryError.runtime("ArithmeticError", "Overflow", error.message, at: e.offset)
        }
    }
}
