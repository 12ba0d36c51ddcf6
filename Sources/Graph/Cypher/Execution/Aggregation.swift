import Foundation

/// The aggregating functions over the values of one group.
///
/// Nulls are skipped (except by `count(*)`, which counts rows). Complexity:
/// O(n) per group, O(n log n) for the percentiles, min and max.
enum Aggregation {
    /// `checkpoint` is called while sorting for the percentiles, so the time limit and Ctrl-C reach it.
    static func compute(
        _ name: String, _ values: [Value], parameter: Value?, at e: Expression, checkpoint: () throws -> Void = {}
    ) throws -> Value {
        let present = values.filter { !$0.isNull }
        func typeError(_ what: String) -> QueryError {
            QueryError.runtime("TypeError", "InvalidArgumentType", "\(name)() needs \(what)", at: e.offset)
        }
        switch name {
        case "count":
            return .int(present.count)
        case "collect":
            return .list(present)
        case "sum":
            var intSum = 0
            var floatSum = 0.0
            var isFloat = false
            for v in present {
                switch v {
                case .int(let i):
                    let (s, o) = intSum.addingReportingOverflow(i)
                    if o {
                        throw QueryError.runtime("ArithmeticError", "IntegerOverflow", "sum() does not fit in a 64-bit integer", at: e.offset)
                    }
                    intSum = s
                case .float(let d):
                    isFloat = true
                    floatSum += d
                default: throw typeError("numbers, not a \(v.typeName)")
                }
            }
            return isFloat ? .float(floatSum + Double(intSum)) : .int(intSum)
        case "avg":
            guard !present.isEmpty else { return .null }
            var total = 0.0
            for v in present {
                guard let d = v.asDouble else { throw typeError("numbers, not a \(v.typeName)") }
                total += d
            }
            return .float(total / Double(present.count))
        case "min", "max":
            guard var best = present.first else { return .null }
            for v in present.dropFirst() {
                let c = ValueComparison.order(v, best)
                if name == "min" ? c < 0 : c > 0 { best = v }
            }
            return best
        case "stdev", "stdevp":
            let numbers = try present.map { v -> Double in
                guard let d = v.asDouble else { throw typeError("numbers, not a \(v.typeName)") }
                return d
            }
            let n = Double(numbers.count)
            let divisor = name == "stdev" ? n - 1 : n
            guard divisor > 0 else { return .float(0) }
            let mean = numbers.reduce(0, +) / n
            let variance = numbers.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / divisor
            return .float(variance.squareRoot())
        case "percentiledisc", "percentilecont":
            guard let p = parameter?.asDouble else {
                throw typeError("a number between 0.0 and 1.0 as its percentile")
            }
            guard p >= 0 && p <= 1 else {
                throw QueryError.runtime(
                    "ArgumentError", "NumberOutOfRange", "\(name)() needs a percentile between 0.0 and 1.0, not \(p)", at: e.offset)
            }
            let numbers = try present.map { v -> Value in
                guard v.asDouble != nil else { throw typeError("numbers, not a \(v.typeName)") }
                return v
            }
            let sorted = try InterruptibleSort.sorted(numbers) { a, b in
                try checkpoint()
                return ValueComparison.order(a, b) < 0
            }
            guard !sorted.isEmpty else { return .null }
            if name == "percentiledisc" {
                let index = p == 0 ? 0 : Int((p * Double(sorted.count)).rounded(.up)) - 1
                return sorted[min(max(0, index), sorted.count - 1)]
            }
            let position = p * Double(sorted.count - 1)
            let lower = Int(position.rounded(.down))
            let upper = Int(position.rounded(.up))
            let fraction = position - Double(lower)
            let a = sorted[lower].asDouble!, b = sorted[upper].asDouble!
            return .float(a + (b - a) * fraction)
        default:
            return .null
        }
    }
}
