/// A value as the TCK writes it in result tables and parameters, and as an engine
/// result is converted for comparison.
///
/// Graph elements carry no identity: a node is its label set and properties, a
/// relationship its type and properties, as the reference runner compares them.
indirect enum TCKValue: CustomStringConvertible {
    case null
    case bool(Bool)
    case int(Int)
    case float(Double)
    case string(String)
    case list([TCKValue])
    case map([String: TCKValue])
    case node(TCKNode)
    case relationship(TCKRelationship)
    case path(TCKPath)

    /// The TCK notation, with map keys and labels sorted so equal values print alike.
    var description: String {
        switch self {
        case .null: return "null"
        case .bool(let b): return b ? "true" : "false"
        case .int(let i): return String(i)
        case .float(let d):
            if d.isNaN { return "NaN" }
            if d.isInfinite { return d < 0 ? "-Inf" : "Inf" }
            return String(d)
        case .string(let s):
            return "'" + s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "'", with: "\\'") + "'"
        case .list(let items): return "[" + items.map(\.description).joined(separator: ", ") + "]"
        case .map(let entries): return Self.render(entries)
        case .node(let n): return n.description
        case .relationship(let r): return r.description
        case .path(let p): return p.description
        }
    }

    static func render(_ entries: [String: TCKValue]) -> String {
        "{" + entries.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)" }.joined(separator: ", ") + "}"
    }
}

struct TCKNode: CustomStringConvertible {
    var labels: Set<String>
    var properties: [String: TCKValue]

    var description: String {
        var s = "(" + labels.sorted().map { ":" + $0 }.joined()
        if !properties.isEmpty { s += (labels.isEmpty ? "" : " ") + TCKValue.render(properties) }
        return s + ")"
    }
}

struct TCKRelationship: CustomStringConvertible {
    var type: String
    var properties: [String: TCKValue]

    var description: String {
        "[:" + type + (properties.isEmpty ? "" : " " + TCKValue.render(properties)) + "]"
    }
}

/// A path: a start node, then steps of a relationship, its direction and the next node.
struct TCKPath: CustomStringConvertible {
    struct Step {
        var relationship: TCKRelationship
        /// True when the relationship points away from the start of the path (`-[]->`).
        var forward: Bool
        var node: TCKNode
    }

    var start: TCKNode
    var steps: [Step]

    var description: String {
        "<" + start.description
            + steps.map { ($0.forward ? "-" : "<-") + $0.relationship.description + ($0.forward ? "->" : "-") + $0.node.description }
            .joined() + ">"
    }
}
