import Foundation
import Graph

/// Values, names and maps written as openCypher source text that Neo4j,
/// Memgraph, FalkorDB and the explorer's own engine all read the same way.
public enum CypherLiteral {
    /// A stored value as a literal: strings single-quoted with backslash escapes, floats
    /// with all their digits. Nodes, relationships and paths are not storable and never reach here.
    public static func value(_ value: Value) -> String {
        switch value {
        case .null: return "null"
        case .bool(let b): return b ? "true" : "false"
        case .int(let i): return String(i)
        case .float(let d):
            if d.isNaN { return "0.0/0.0" }
            if d.isInfinite { return d > 0 ? "1.0/0.0" : "-1.0/0.0" }
            let text = String(d)
            return text.contains(".") || text.contains("e") ? text : text + ".0"
        case .string(let s): return string(s)
        case .list(let items): return "[" + items.map(Self.value).joined(separator: ", ") + "]"
        case .map(let entries): return map(entries)
        // As ISO text: every engine the script is for reads a string, not every one has date().
        case .temporal(let t): return string(t.isoText)
        case .node, .relationship, .path: return "null"
        }
    }

    /// `{key: value, …}` with keys sorted.
    public static func map(_ entries: [String: Value]) -> String {
        "{" + entries.keys.sorted().map { name($0) + ": " + value(entries[$0]!) }.joined(separator: ", ") + "}"
    }

    /// A string literal: `'` and `\` escaped, control characters as `\n`, `\t`, `\r` or `\uXXXX`.
    public static func string(_ s: String) -> String {
        var out = "'"
        for scalar in s.unicodeScalars {
            switch scalar {
            case "'": out += "\\'"
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    out += String(format: "\\u%04X", scalar.value)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "'"
    }

    /// A label, type or key: bare when it is a plain identifier, else in backticks.
    public static func name(_ s: String) -> String {
        let plain = !s.isEmpty && s.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || $0 == "_" || ("0"..."9").contains($0)) }
            && !("0"..."9").contains(s.unicodeScalars.first!)
        return plain ? s : "`" + s.replacingOccurrences(of: "`", with: "``") + "`"
    }

    /// `:A:B` for a label set.
    public static func labels(_ labels: [String]) -> String { labels.map { ":" + name($0) }.joined() }
}
