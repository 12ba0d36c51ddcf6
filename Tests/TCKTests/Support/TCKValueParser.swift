/// Parses the TCK's expected-value notation ("Format of the expected results" in
/// the TCK README): null, booleans, integers, floats (with exponent, `NaN`,
/// `Inf`), single-quoted strings, lists, maps, nodes, relationships and paths.
///
/// The input is a table cell after cell unescaping; inside a string `\'` is `'`
/// and `\\` is `\`.
struct TCKValueParser {
    struct ParseError: Error, CustomStringConvertible {
        var text: String
        var offset: Int
        var message: String
        var description: String { "cannot read value '\(text)' at character \(offset): \(message)" }
    }

    private let chars: [Character]
    private var position = 0
    private let text: String

    private init(_ text: String) {
        self.text = text
        self.chars = Array(text)
    }

    /// Parses one whole value; trailing text is an error.
    static func parse(_ text: String) throws -> TCKValue {
        var parser = TCKValueParser(text)
        let value = try parser.value()
        parser.skipSpace()
        guard parser.position == parser.chars.count else { throw parser.fail("unexpected text after the value") }
        return value
    }

    private func fail(_ message: String) -> ParseError { ParseError(text: text, offset: position, message: message) }

    private var current: Character? { position < chars.count ? chars[position] : nil }

    private mutating func skipSpace() {
        while let c = current, c.isWhitespace { position += 1 }
    }

    private mutating func expect(_ c: Character) throws {
        skipSpace()
        guard current == c else { throw fail("expected '\(c)'") }
        position += 1
    }

    private mutating func consume(_ c: Character) -> Bool {
        skipSpace()
        if current == c { position += 1; return true }
        return false
    }

    private mutating func consumeWord(_ word: String) -> Bool {
        let w = Array(word)
        guard position + w.count <= chars.count, Array(chars[position..<position + w.count]) == w else { return false }
        let after = position + w.count
        if after < chars.count, chars[after].isLetter || chars[after].isNumber || chars[after] == "_" { return false }
        position = after
        return true
    }

    private mutating func value() throws -> TCKValue {
        skipSpace()
        guard let c = current else { throw fail("expected a value") }
        switch c {
        case "'": return .string(try string())
        case "[": return try listOrRelationship()
        case "{": return .map(try map())
        case "(": return .node(try node())
        case "<": return .path(try path())
        default:
            if consumeWord("null") { return .null }
            if consumeWord("true") { return .bool(true) }
            if consumeWord("false") { return .bool(false) }
            if consumeWord("NaN") { return .float(.nan) }
            if consumeWord("Inf") || consumeWord("Infinity") { return .float(.infinity) }
            if c == "-" || c == "+" || c == "." || c.isASCII && c.isNumber { return try number() }
            throw fail("expected a value")
        }
    }

    private mutating func number() throws -> TCKValue {
        let start = position
        if current == "-" || current == "+" { position += 1 }
        if consumeWord("Inf") || consumeWord("Infinity") {
            return .float(chars[start] == "-" ? -.infinity : .infinity)
        }
        if consumeWord("NaN") { return .float(.nan) }
        var isFloat = false
        while let c = current, c.isASCII, c.isNumber { position += 1 }
        if current == ".", position + 1 < chars.count, chars[position + 1].isASCII, chars[position + 1].isNumber {
            isFloat = true
            position += 1
            while let c = current, c.isASCII, c.isNumber { position += 1 }
        }
        if current == "e" || current == "E" {
            isFloat = true
            position += 1
            if current == "-" || current == "+" { position += 1 }
            guard let c = current, c.isASCII, c.isNumber else { throw fail("exponent without digits") }
            while let c = current, c.isASCII, c.isNumber { position += 1 }
        }
        let literal = String(chars[start..<position])
        if isFloat {
            guard let d = Double(literal) else { throw fail("'\(literal)' is not a float") }
            return .float(d)
        }
        guard let i = Int(literal) else { throw fail("'\(literal)' is not a 64-bit integer") }
        return .int(i)
    }

    private mutating func string() throws -> String {
        position += 1  // opening quote
        var out = ""
        while let c = current {
            position += 1
            if c == "'" { return out }
            if c == "\\", let next = current, next == "'" || next == "\\" {
                out.append(next)
                position += 1
            } else {
                out.append(c)
            }
        }
        throw fail("string is not closed")
    }

    private mutating func name() throws -> String {
        skipSpace()
        if current == "`" {
            position += 1
            let start = position
            while let c = current, c != "`" { position += 1 }
            guard current == "`" else { throw fail("backticked name is not closed") }
            defer { position += 1 }
            return String(chars[start..<position])
        }
        let start = position
        while let c = current, c.isLetter || c.isNumber || c == "_" || c == "$" { position += 1 }
        guard position > start else { throw fail("expected a name") }
        return String(chars[start..<position])
    }

    private mutating func map() throws -> [String: TCKValue] {
        try expect("{")
        var entries: [String: TCKValue] = [:]
        if consume("}") { return entries }
        repeat {
            let key = try name()
            try expect(":")
            guard entries.updateValue(try value(), forKey: key) == nil else { throw fail("key '\(key)' appears twice") }
        } while consume(",")
        try expect("}")
        return entries
    }

    private mutating func listOrRelationship() throws -> TCKValue {
        try expect("[")
        if consume(":") {
            return .relationship(try relationshipBody())
        }
        var items: [TCKValue] = []
        if consume("]") { return .list(items) }
        repeat { items.append(try value()) } while consume(",")
        try expect("]")
        return .list(items)
    }

    /// The part of `[:TYPE {props}]` after the colon.
    private mutating func relationshipBody() throws -> TCKRelationship {
        let type = try name()
        skipSpace()
        let properties = current == "{" ? try map() : [:]
        try expect("]")
        return TCKRelationship(type: type, properties: properties)
    }

    private mutating func node() throws -> TCKNode {
        try expect("(")
        var labels: Set<String> = []
        while consume(":") { labels.insert(try name()) }
        skipSpace()
        let properties = current == "{" ? try map() : [:]
        try expect(")")
        return TCKNode(labels: labels, properties: properties)
    }

    private mutating func path() throws -> TCKPath {
        try expect("<")
        var path = TCKPath(start: try node(), steps: [])
        while !consume(">") {
            let forward: Bool
            if consume("<") {
                try expect("-")
                forward = false
            } else {
                try expect("-")
                forward = true
            }
            try expect("[")
            try expect(":")
            let relationship = try relationshipBody()
            try expect("-")
            if forward { try expect(">") }
            path.steps.append(TCKPath.Step(relationship: relationship, forward: forward, node: try node()))
        }
        return path
    }
}
