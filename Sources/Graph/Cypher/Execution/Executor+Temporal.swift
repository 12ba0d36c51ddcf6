import Foundation

/// The temporal functions: `date`, `localtime`, `time`, `localdatetime`, `datetime`
/// and `duration`, their `.transaction`/`.statement`/`.realtime` clocks, `.truncate`,
/// `datetime.fromepoch[millis]` and `duration.between`/`inMonths`/`inDays`/`inSeconds`.
/// The values themselves live in `Sources/Graph/Temporal`.
enum TemporalFunctions {
    /// The argument counts of a temporal function, nil when `name` (lower-cased) is none.
    static func argumentRange(_ name: String) -> ClosedRange<Int>? {
        let parts = name.split(separator: ".", maxSplits: 1).map(String.init)
        guard let kind = TemporalKind(rawValue: parts[0]) else { return nil }
        if parts.count == 1 { return 0...1 }
        switch parts[1] {
        case "transaction", "statement", "realtime": return kind == .duration ? nil : 0...1
        case "truncate": return kind == .duration ? nil : 2...3
        case "fromepoch": return kind == .dateTime ? 2...2 : nil
        case "fromepochmillis": return kind == .dateTime ? 1...1 : nil
        case "between", "inmonths", "indays", "inseconds": return kind == .duration ? 2...2 : nil
        default: return nil
        }
    }
}

extension Executor {
    /// Calls a temporal function whose name `TemporalFunctions.argumentRange` knows.
    func callTemporalFunction(_ name: String, _ args: [Value], _ e: Expression) throws -> Value {
        let parts = name.split(separator: ".", maxSplits: 1).map(String.init)
        let kind = TemporalKind(rawValue: parts[0])!
        func invalid(_ message: String) -> QueryError {
            QueryError.runtime("ArgumentError", "InvalidArgumentValue", message, at: e.offset)
        }
        func temporal(_ value: Value) throws -> Temporal {
            guard case .temporal(let t) = value else {
                throw QueryError.runtime(
                    "TypeError", "InvalidArgumentType", "\(name)() needs a temporal value, not a \(value.typeName)",
                    at: e.offset)
            }
            return t
        }
        do {
            if parts.count == 1 { return try TemporalConstruction.make(kind, args.first, now: statementTime) }
            switch parts[1] {
            case "transaction", "statement", "realtime":
                let now = parts[1] == "realtime" ? Date() : statementTime
                guard let argument = args.first else { return try TemporalConstruction.make(kind, nil, now: now) }
                switch argument {
                case .null: return .null
                case .string(let zone):
                    return try TemporalConstruction.make(kind, .map(["timezone": .string(zone)]), now: now)
                default: return try TemporalConstruction.make(kind, argument, now: now)
                }
            case "truncate":
                guard case .string(let unit) = args[0] else { throw invalid("\(name)() needs a unit such as 'day' first") }
                if args[1].isNull { return .null }
                var fields: [String: Value] = [:]
                if args.count > 2 {
                    switch args[2] {
                    case .map(let m): fields = m
                    case .null: break
                    default: throw invalid("\(name)() takes a map of fields third, not a \(args[2].typeName)")
                    }
                }
                return .temporal(try TemporalTruncation.truncate(kind, unit: unit, try temporal(args[1]), fields: fields))
            case "fromepoch":
                if args.contains(where: \.isNull) { return .null }
                guard case .int(let seconds) = args[0], case .int(let nanos) = args[1] else {
                    throw invalid("datetime.fromepoch() needs whole seconds and nanoseconds")
                }
                return try TemporalConstruction.make(
                    .dateTime, .map(["epochseconds": .int(seconds), "nanosecond": .int(nanos)]))
            case "fromepochmillis":
                if args[0].isNull { return .null }
                guard case .int(let millis) = args[0] else { throw invalid("datetime.fromepochmillis() needs whole milliseconds") }
                return try TemporalConstruction.make(.dateTime, .map(["epochmillis": .int(millis)]))
            default:
                if args.contains(where: \.isNull) { return .null }
                let unit: TemporalArithmetic.BetweenUnit
                switch parts[1] {
                case "inmonths": unit = .months
                case "indays": unit = .days
                case "inseconds": unit = .seconds
                default: unit = .all
                }
                return .temporal(.duration(try TemporalArithmetic.between(try temporal(args[0]), try temporal(args[1]), unit)))
            }
        } catch let error as TemporalError {
            throw invalid(error.message)
        }
    }
}
