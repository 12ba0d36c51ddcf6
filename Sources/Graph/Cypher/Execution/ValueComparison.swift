/// openCypher equality, comparison and orderability of values.
///
/// Three different relations, as the openCypher specification (CIP2016-06-14,
/// "Comparability and orderability") separates them:
/// - equality (`=`): ternary, `null` when either side is or contains an
///   undecidable `null`; `1 = 1.0` is true;
/// - comparison (`<`): only within numbers, strings, booleans and lists;
///   otherwise `null`;
/// - orderability (ORDER BY): a total order across all types.
enum ValueComparison {
    /// `a = b` with openCypher's null semantics: nil means null.
    static func equals(_ a: Value, _ b: Value) -> Bool? {
        switch (a, b) {
        case (.null, _), (_, .null): return nil
        case (.int(let x), .int(let y)): return x == y
        case (.float(let x), .float(let y)): return x == y
        case (.int(let x), .float(let y)), (.float(let y), .int(let x)): return numericEqual(x, y)
        case (.bool(let x), .bool(let y)): return x == y
        case (.string(let x), .string(let y)): return x == y
        case (.node(let x), .node(let y)): return x == y
        case (.relationship(let x), .relationship(let y)): return x == y
        case (.path(let x), .path(let y)): return x == y
        case (.temporal(let x), .temporal(let y)): return x == y
        case (.list(let x), .list(let y)):
            guard x.count == y.count else { return false }
            var sawNull = false
            for (p, q) in zip(x, y) {
                switch equals(p, q) {
                case false?: return false
                case nil: sawNull = true
                case true?: break
                }
            }
            return sawNull ? nil : true
        case (.map(let x), .map(let y)):
            guard Set(x.keys) == Set(y.keys) else { return false }
            var sawNull = false
            for (key, p) in x {
                switch equals(p, y[key]!) {
                case false?: return false
                case nil: sawNull = true
                case true?: break
                }
            }
            return sawNull ? nil : true
        default: return false
        }
    }

    static func numericEqual(_ x: Int, _ y: Double) -> Bool {
        if y.isNaN || y.isInfinite { return false }
        if y == y.rounded(), y >= -9.2e18, y <= 9.2e18 { return Int(y) == x }
        return Double(x) == y
    }

    /// The sign of comparing `a` with `b` for `<`, `>`, `<=`, `>=`, or nil when they are not comparable.
    /// NaN is reported as `.nan` so the caller can answer false.
    enum Comparison { case less, equal, greater, nan }

    static func compare(_ a: Value, _ b: Value) -> Comparison? {
        switch (a, b) {
        case (.int(let x), .int(let y)): return x < y ? .less : x == y ? .equal : .greater
        case (.float, .float), (.int, .float), (.float, .int):
            let (x, y) = (a.asDouble!, b.asDouble!)
            if x.isNaN || y.isNaN { return .nan }
            if case .int(let i) = a, case .float(let d) = b { return compareIntDouble(i, d) }
            if case .float(let d) = a, case .int(let i) = b { return invert(compareIntDouble(i, d)) }
            return x < y ? .less : x == y ? .equal : .greater
        case (.string(let x), .string(let y)):
            return x < y ? .less : x == y ? .equal : .greater
        case (.bool(let x), .bool(let y)):
            return x == y ? .equal : (!x && y) ? .less : .greater
        case (.list(let x), .list(let y)):
            for (p, q) in zip(x, y) {
                if case .null = p { return nil }
                if case .null = q { return nil }
                guard let c = compare(p, q) else { return nil }
                if c != .equal { return c }
            }
            return x.count < y.count ? .less : x.count == y.count ? .equal : .greater
        case (.temporal(let x), .temporal(let y)):
            switch Temporal.compare(x, y) {
            case .orderedAscending?: return .less
            case .orderedSame?: return .equal
            case .orderedDescending?: return .greater
            case nil: return nil
            }
        default: return nil
        }
    }

    private static func compareIntDouble(_ i: Int, _ d: Double) -> Comparison {
        if d >= 9.3e18 { return .less }
        if d <= -9.3e18 { return .greater }
        let di = Double(i)
        if di < d { return .less }
        if di > d { return .greater }
        // Same double: decide on the integer part exactly.
        let t = Int(d)
        return i < t ? .less : i > t ? .greater : (d > Double(t) ? .less : d < Double(t) ? .greater : .equal)
    }

    private static func invert(_ c: Comparison) -> Comparison {
        switch c {
        case .less: return .greater
        case .greater: return .less
        default: return c
        }
    }

    /// Rank of a value's type in the global sort order (ascending).
    private static func rank(_ v: Value) -> Int {
        switch v {
        case .map: return 0
        case .node: return 1
        case .relationship: return 2
        case .list: return 3
        case .path: return 4
        case .temporal: return 5
        case .string: return 6
        case .bool: return 7
        case .int, .float: return 8
        case .null: return 9
        }
    }

    /// Total order for ORDER BY, min and max: negative, zero or positive.
    static func order(_ a: Value, _ b: Value) -> Int {
        let (ra, rb) = (rank(a), rank(b))
        if ra != rb { return ra < rb ? -1 : 1 }
        switch (a, b) {
        case (.int, _), (.float, _):
            let (x, y) = (a.asDouble!, b.asDouble!)
            if x.isNaN || y.isNaN { return x.isNaN == y.isNaN ? 0 : (x.isNaN ? 1 : -1) }
            switch compare(a, b) {
            case .less?: return -1
            case .greater?: return 1
            default: return 0
            }
        case (.string(let x), .string(let y)): return x < y ? -1 : x == y ? 0 : 1
        case (.bool(let x), .bool(let y)): return x == y ? 0 : x ? 1 : -1
        case (.node(let x), .node(let y)): return x.rawValue - y.rawValue
        case (.relationship(let x), .relationship(let y)): return x.rawValue - y.rawValue
        case (.list(let x), .list(let y)):
            for (p, q) in zip(x, y) {
                let c = order(p, q)
                if c != 0 { return c }
            }
            return x.count - y.count
        case (.path(let x), .path(let y)):
            return order(
                .list(x.nodes.map { .node($0) } + x.relationships.map { .relationship($0) }),
                .list(y.nodes.map { .node($0) } + y.relationships.map { .relationship($0) }))
        case (.temporal(let x), .temporal(let y)): return temporalOrder(x, y)
        case (.map(let x), .map(let y)):
            let kx = x.keys.sorted(), ky = y.keys.sorted()
            let c = order(.list(kx.map(Value.string)), .list(ky.map(Value.string)))
            if c != 0 { return c }
            return order(.list(kx.map { x[$0]! }), .list(ky.map { y[$0]! }))
        default: return 0
        }
    }
}

extension ValueComparison {
    /// Temporal values in ORDER BY: datetimes, local datetimes, dates, times, local times, durations; within a type by time.
    static func temporalOrder(_ x: Temporal, _ y: Temporal) -> Int {
        func kind(_ t: Temporal) -> Int {
            switch t {
            case .dateTime: return 0
            case .localDateTime: return 1
            case .date: return 2
            case .time: return 3
            case .localTime: return 4
            case .duration: return 5
            }
        }
        if kind(x) != kind(y) { return kind(x) < kind(y) ? -1 : 1 }
        if case .duration(let a) = x, case .duration(let b) = y {
            let l = [a.months, a.days, a.seconds, a.nanoseconds], r = [b.months, b.days, b.seconds, b.nanoseconds]
            return l == r ? 0 : (l.lexicographicallyPrecedes(r) ? -1 : 1)
        }
        switch Temporal.compare(x, y) {
        case .orderedAscending?: return -1
        case .orderedDescending?: return 1
        default: return 0
        }
    }
}

extension Value {
    /// The number as a double, for ints and floats.
    var asDouble: Double? {
        switch self {
        case .int(let i): return Double(i)
        case .float(let d): return d
        default: return nil
        }
    }

    /// The openCypher type name, for error messages.
    var typeName: String {
        switch self {
        case .null: return "Null"
        case .bool: return "Boolean"
        case .int: return "Integer"
        case .float: return "Float"
        case .string: return "String"
        case .list: return "List"
        case .map: return "Map"
        case .node: return "Node"
        case .relationship: return "Relationship"
        case .path: return "Path"
        case .temporal(let t): return t.typeName
        }
    }
}
