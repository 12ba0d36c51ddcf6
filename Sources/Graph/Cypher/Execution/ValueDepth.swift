/// How deep values built while a query runs may nest.
///
/// Printing, comparing, hashing and freeing a value recurse once per level, so a value
/// nested a hundred thousand deep (`reduce(s = [], i IN range(1, 100000) | [s])`) would
/// overflow the stack. Only loops can build such values (reduce, and a chain of
/// `WITH collect(…)`), so the executor checks what those produce.
struct ValueDepth {
    /// Levels of lists and maps a value may have.
    static let maximum = 500

    /// Depths of large lists and maps already measured, by their storage's address:
    /// a big list shared by every row or iteration is measured once.
    private var known: [UnsafeRawPointer: Int] = [:]

    /// True when `value` nests deeper than `maximum`.
    mutating func exceedsMaximum(_ value: Value) -> Bool {
        depth(of: value, budget: Self.maximum) > Self.maximum
    }

    /// The depth of `value`, or anything over `budget` once it is known to be deeper.
    private mutating func depth(of value: Value, budget: Int) -> Int {
        guard budget >= 0 else { return 1 }
        switch value {
        case .list(let items):
            if items.isEmpty { return 1 }
            let key = items.count >= 32 ? items.withUnsafeBufferPointer { UnsafeRawPointer($0.baseAddress) } : nil
            if let key, let measured = known[key] { return measured }
            var deepest = 0
            for item in items {
                switch item {
                case .list, .map:
                    deepest = max(deepest, depth(of: item, budget: budget - 1))
                    if deepest > budget { return deepest + 1 }
                default: continue
                }
            }
            if let key { remember(key, deepest + 1) }
            return deepest + 1
        case .map(let entries):
            var deepest = 0
            for item in entries.values {
                switch item {
                case .list, .map:
                    deepest = max(deepest, depth(of: item, budget: budget - 1))
                    if deepest > budget { return deepest + 1 }
                default: continue
                }
            }
            return deepest + 1
        default:
            return 0
        }
    }

    private mutating func remember(_ key: UnsafeRawPointer, _ depth: Int) {
        if known.count > 4096 { known.removeAll(keepingCapacity: true) }
        known[key] = depth
    }
}

extension Executor {
    /// The error for a value nested past `ValueDepth.maximum`, at the expression that built it.
    func tooDeepValue(at offset: Int?) -> QueryError {
        QueryError.runtime(
            "DatabaseError", "LimitExceeded",
            "a value nests lists or maps deeper than \(ValueDepth.maximum) levels; build a flatter value "
                + "(for example append with s + [x] instead of nesting with [s, x])",
            at: offset)
    }

    /// Checks the values a projection produced (a chain of `WITH collect(…)` nests one level per clause).
    func checkDepth(_ rows: [Row], at offset: Int) throws {
        var depth = ValueDepth()
        for row in rows {
            for value in row.values where depth.exceedsMaximum(value) { throw tooDeepValue(at: offset) }
        }
    }
}
