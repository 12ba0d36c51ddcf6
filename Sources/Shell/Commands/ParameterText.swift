import Graph

/// Reads a `:param` value as a person types it: numbers, booleans and null
/// are typed, quoted text is a string, `[a, b]` is a list, `{k: v}` is a map
/// (an openCypher map literal), and anything else is taken as text (so
/// `:param industry 人工智能` needs no quotes).
enum ParameterText {
    static func parse(_ text: String, depth: Int = 0) throws -> Value {
        // Lists nest by recursion here: refused where the query parser refuses them too.
        guard depth < 200 else { throw ShellError("the value nests lists deeper than 200 levels") }
        let trimmed = text.trimmingWhitespace()
        switch trimmed.lowercased() {
        case "true": return .bool(true)
        case "false": return .bool(false)
        case "null": return .null
        default: break
        }
        if let int = Int(trimmed) { return .int(int) }
        if let double = Double(trimmed), trimmed.first.map({ $0.isNumber || $0 == "-" || $0 == "+" || $0 == "." }) == true {
            guard double.isFinite else { throw ShellError("\(trimmed) is too large for a 64-bit float; quote it to use it as text") }
            guard trimmed.contains(where: { $0 == "." || $0 == "e" || $0 == "E" }) else {
                throw ShellError("\(trimmed) does not fit in a 64-bit integer; quote it to use it as text")
            }
            return .float(double)
        }
        if let first = trimmed.first, first == "'" || first == "\"" {
            guard trimmed.count >= 2, trimmed.last == first else {
                throw ShellError("the text \(trimmed) has no closing \(first)")
            }
            return .string(String(trimmed.dropFirst().dropLast()))
        }
        if trimmed.hasPrefix("{") {
            // As `query --param` reads it: an openCypher map literal, never text that looks like one.
            guard let value = QueryEngine.literal(trimmed), case .map = value else {
                throw ShellError("\(trimmed) is not a map literal; write it as {name: '梁鸣', limit: 5}")
            }
            return value
        }
        if trimmed.hasPrefix("[") {
            guard trimmed.hasSuffix("]") else { throw ShellError("the list \(trimmed) has no closing ]") }
            let inner = trimmed.dropFirst().dropLast()
            if inner.allSatisfy(\.isWhitespace) { return .list([]) }
            return .list(try splitList(String(inner)).map { try parse($0, depth: depth + 1) })
        }
        return .string(trimmed)
    }

    /// Commas outside quotes and brackets separate the items.
    private static func splitList(_ text: String) throws -> [String] {
        var items: [String] = []
        var current = ""
        var depth = 0
        var quote: Character?
        for character in text {
            if let open = quote {
                if character == open { quote = nil }
            } else if character == "'" || character == "\"" {
                quote = character
            } else if character == "[" {
                depth += 1
            } else if character == "]" {
                depth -= 1
            } else if character == "," && depth == 0 {
                items.append(current)
                current = ""
                continue
            }
            current.append(character)
        }
        items.append(current)
        return items
    }

    /// A value written back as `:param` would read it.
    static func literal(_ value: Value) -> String {
        switch value {
        case .string(let s): return "'" + s.replacingOccurrences(of: "'", with: "\\'") + "'"
        case .list(let items): return "[" + items.map(literal).joined(separator: ", ") + "]"
        case .map(let entries):
            return "{" + entries.keys.sorted().map { "\(Self.key($0)): \(literal(entries[$0]!))" }.joined(separator: ", ") + "}"
        case .null: return "null"
        case .bool(let b): return b ? "true" : "false"
        case .int(let i): return String(i)
        case .float(let d): return String(d)
        case .temporal(let t): return t.cypherLiteral
        default: return "\(value)"
        }
    }

    /// A map key as openCypher reads it: bare when it is a plain name, else in backticks.
    private static func key(_ name: String) -> String {
        let plain = !name.isEmpty && name.first.map { $0.isLetter || $0 == "_" } == true
            && name.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" }
        return plain ? name : "`" + name.replacingOccurrences(of: "`", with: "``") + "`"
    }
}
