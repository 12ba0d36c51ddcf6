/// A hashable stand-in for a value under openCypher equivalence (DISTINCT, grouping):
/// `null` is equivalent to `null`, `NaN` to `NaN`, and `1` to `1.0`; strings as `=`
/// compares them, hashed by their bytes where that is safe (`CanonicalString`).
enum EquivalenceKey: Hashable {
    case null, nan
    case bool(Bool)
    case int(Int)
    case float(Double)
    case string(CanonicalString)
    case list([EquivalenceKey])
    case map([String: EquivalenceKey])
    case node(Int), relationship(Int)
    case path([Int], [Int])
    case temporal(Temporal)

    init(_ value: Value) {
        switch value {
        case .null: self = .null
        case .bool(let b): self = .bool(b)
        case .int(let i): self = .int(i)
        case .float(let d):
            if d.isNaN {
                self = .nan
            } else if d == d.rounded(), abs(d) < 9.2e18 {
                self = .int(Int(d))
            } else {
                self = .float(d)
            }
        case .string(let s): self = .string(CanonicalString(s))
        case .list(let l): self = .list(l.map(EquivalenceKey.init))
        case .map(let m): self = .map(m.mapValues(EquivalenceKey.init))
        case .node(let n): self = .node(n.rawValue)
        case .relationship(let r): self = .relationship(r.rawValue)
        case .path(let p): self = .path(p.nodes.map(\.rawValue), p.relationships.map(\.rawValue))
        case .temporal(let t): self = .temporal(t)
        }
    }
}
