/// Structural equality as the reference runner defines it: integers never equal
/// floats, floats compare as exact doubles with `NaN` equal to `NaN`, maps ignore
/// key order, graph elements compare by labels or type and properties.
extension TCKValue {
    /// Compares two values; with `unorderedLists`, every list at any depth is compared as a multiset.
    func matches(_ other: TCKValue, unorderedLists: Bool = false) -> Bool {
        switch (self, other) {
        case (.null, .null): return true
        case (.bool(let a), .bool(let b)): return a == b
        case (.int(let a), .int(let b)): return a == b
        case (.float(let a), .float(let b)): return a == b || a.isNaN && b.isNaN
        case (.string(let a), .string(let b)): return a.unicodeScalars.elementsEqual(b.unicodeScalars)
        case (.list(let a), .list(let b)):
            if unorderedLists { return Self.sameMultiset(a, b) { $0.matches($1, unorderedLists: true) } }
            return a.count == b.count && zip(a, b).allSatisfy { $0.matches($1, unorderedLists: false) }
        case (.map(let a), .map(let b)): return Self.sameEntries(a, b, unorderedLists: unorderedLists)
        case (.node(let a), .node(let b)): return a.matches(b, unorderedLists: unorderedLists)
        case (.relationship(let a), .relationship(let b)): return a.matches(b, unorderedLists: unorderedLists)
        case (.path(let a), .path(let b)):
            return a.start.matches(b.start, unorderedLists: unorderedLists) && a.steps.count == b.steps.count
                && zip(a.steps, b.steps).allSatisfy {
                    $0.forward == $1.forward && $0.relationship.matches($1.relationship, unorderedLists: unorderedLists)
                        && $0.node.matches($1.node, unorderedLists: unorderedLists)
                }
        default: return false
        }
    }

    static func sameEntries(_ a: [String: TCKValue], _ b: [String: TCKValue], unorderedLists: Bool) -> Bool {
        a.count == b.count && a.allSatisfy { key, value in b[key].map { value.matches($0, unorderedLists: unorderedLists) } ?? false }
    }

    /// Multiset equality under an equivalence; greedy matching is exact because `same` is transitive.
    /// O(n²) comparisons, which is fine for TCK-sized results.
    static func sameMultiset<T>(_ a: [T], _ b: [T], _ same: (T, T) -> Bool) -> Bool {
        guard a.count == b.count else { return false }
        var unused = Array(b.indices)
        for x in a {
            guard let at = unused.firstIndex(where: { same(x, b[$0]) }) else { return false }
            unused.remove(at: at)
        }
        return true
    }
}

extension TCKNode {
    func matches(_ other: TCKNode, unorderedLists: Bool) -> Bool {
        labels == other.labels && TCKValue.sameEntries(properties, other.properties, unorderedLists: unorderedLists)
    }
}

extension TCKRelationship {
    func matches(_ other: TCKRelationship, unorderedLists: Bool) -> Bool {
        type == other.type && TCKValue.sameEntries(properties, other.properties, unorderedLists: unorderedLists)
    }
}
