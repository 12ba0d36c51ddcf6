import Foundation

/// Helpers for text that is not one query: scripts of several statements, and literal values.
enum Script {
    /// Splits a script into statements at the `;` that end them (not those inside strings,
    /// quoted names or comments). Empty statements are dropped. Each statement keeps its
    /// UTF-8 offset in the script so errors can point into the whole file.
    static func statements(_ text: String) throws -> [(text: String, offset: Int)] {
        let tokens = try Lexer.tokenize(text)
        let bytes = Array(text.utf8)
        var result: [(String, Int)] = []
        var start = 0
        for token in tokens where token.isSymbol(";") || token.kind == .end {
            let end = token.offset
            let piece = String(decoding: bytes[start..<end], as: UTF8.self)
            if !piece.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { result.append((piece, start)) }
            start = min(bytes.count, token.offset + token.length)
        }
        return result
    }

    /// The value of an openCypher literal such as `42`, `-1.5`, `'text'`, `[1, 2]` or `{a: true}`;
    /// nil when the text is not a literal.
    static func literal(_ text: String) -> Value? {
        guard var parser = try? Parser(text), let expression = try? parser.parseExpression(),
            parser.current.kind == .end
        else { return nil }
        return constant(expression)
    }

    /// A parameter value as a person writes it on the command line: a literal when the text
    /// is one, else plain text (`人工智能`, `2025-05-05`). Text that starts like a literal
    /// (a number, a quote, `[` or `{`) but is not a valid one is refused with the position,
    /// so `9223372036854775808`, `1e999` or `[1,` never become strings silently.
    static func parameterValue(_ text: String) throws -> Value {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let startsLikeLiteral = trimmed.first.map { "0123456789+-.'\"[{".contains($0) } ?? false
        var parser: Parser
        do { parser = try Parser(text) } catch {
            if startsLikeLiteral { throw error }
            return .string(text)
        }
        let first = parser.current.kind
        let expression: Expression
        do {
            expression = try parser.parseExpression()
            guard parser.current.kind == .end else { throw parser.unexpected("expected the end of the value") }
        } catch {
            if startsLikeLiteral { throw error }
            return .string(text)
        }
        if let value = constant(expression) { return value }
        switch first {
        case .symbol("["), .symbol("{"):
            throw QueryError.syntax(
                "InvalidParameterValue",
                "this list or map holds something that is not a literal; quote text inside it, as in ['a', 'b']",
                at: expression.offset, length: expression.length)
        default:
            return .string(text)
        }
    }

    private static func constant(_ e: Expression) -> Value? {
        switch e.kind {
        case .literal(let v): return v
        case .list(let items):
            var values: [Value] = []
            for item in items {
                guard let v = constant(item) else { return nil }
                values.append(v)
            }
            return .list(values)
        case .map(let entries):
            var map: [String: Value] = [:]
            for (key, item) in entries {
                guard let v = constant(item) else { return nil }
                map[key] = v
            }
            return .map(map)
        case .unary(.minus, let inner):
            switch constant(inner) {
            case .int(let i)? where i != Int.min: return .int(-i)
            case .float(let d)?: return .float(-d)
            default: return nil
            }
        default: return nil
        }
    }
}
