import Graph

/// Values as a person reads them in a table, and as JSON.
// TODO(engine merge): use the engine's value formatting.
enum ValueText {
    static func describe(_ value: Value, in graph: PropertyGraph) -> String {
        switch value {
        case .null: return "null"
        case .bool(let b): return b ? "true" : "false"
        case .int(let i): return String(i)
        case .float(let d): return String(d)
        case .string(let s): return s
        case .list(let items): return "[" + items.map { literal($0, in: graph) }.joined(separator: ", ") + "]"
        case .map(let entries):
            return "{" + entries.keys.sorted().map { "\($0): \(literal(entries[$0]!, in: graph))" }
                .joined(separator: ", ") + "}"
        case .node(let id):
            guard graph.contains(id) else { return "(\(id))" }
            let node = graph.node(id)
            return "(" + node.labels.map { ":" + $0 }.joined() + (node.name.map { " \($0)" } ?? " \(id)") + ")"
        case .relationship(let id):
            guard graph.contains(id) else { return "[\(id)]" }
            return "[:\(graph.relationship(id).type)]"
        case .path(let path):
            return "<path of \(path.length)>"
        }
    }

    private static func literal(_ value: Value, in graph: PropertyGraph) -> String {
        if case .string(let s) = value { return "'" + s + "'" }
        return describe(value, in: graph)
    }

    static func json(_ value: Value, in graph: PropertyGraph) -> String {
        switch value {
        case .null: return "null"
        case .bool(let b): return b ? "true" : "false"
        case .int(let i): return String(i)
        case .float(let d): return d.isFinite ? String(d) : "null"
        case .string(let s): return jsonString(s)
        case .list(let items): return "[" + items.map { json($0, in: graph) }.joined(separator: ",") + "]"
        case .map(let entries):
            return "{" + entries.keys.sorted().map { "\(jsonString($0)):\(json(entries[$0]!, in: graph))" }
                .joined(separator: ",") + "}"
        case .node, .relationship, .path: return jsonString(describe(value, in: graph))
        }
    }

    static func jsonString(_ s: String) -> String {
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 {
                    out += "\\u" + String(repeating: "0", count: 4 - String(scalar.value, radix: 16).count)
                        + String(scalar.value, radix: 16)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
