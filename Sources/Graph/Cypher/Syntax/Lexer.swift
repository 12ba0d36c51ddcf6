import Foundation

/// Splits query text into tokens, keeping UTF-8 offsets for error carets.
///
/// Follows the openCypher lexical rules: `//` and `/* */` comments, strings in
/// single or double quotes with backslash escapes, decimal, hexadecimal (`0x`)
/// and octal (`0o`) integers, and floats with optional exponent.
/// See https://opencypher.org/resources/ (Cypher 9 grammar, lexical part).
struct Lexer {
    private let bytes: [UInt8]
    private var position = 0

    init(_ text: String) { bytes = Array(text.utf8) }

    /// All tokens, ending with `.end`.
    static func tokenize(_ text: String) throws -> [Token] {
        var lexer = Lexer(text)
        var tokens: [Token] = []
        while true {
            let token = try lexer.next()
            tokens.append(token)
            if token.kind == .end { return tokens }
        }
    }

    private func peek(_ ahead: Int = 0) -> UInt8? {
        position + ahead < bytes.count ? bytes[position + ahead] : nil
    }

    private mutating func skipTrivia() throws {
        while let c = peek() {
            if c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D || c == 0x0C {
                position += 1
            } else if c == UInt8(ascii: "/"), peek(1) == UInt8(ascii: "/") {
                while let d = peek(), d != 0x0A { position += 1; _ = d }
            } else if c == UInt8(ascii: "/"), peek(1) == UInt8(ascii: "*") {
                let start = position
                position += 2
                while true {
                    guard let d = peek() else {
                        throw QueryError.syntax(
                            "UnexpectedSyntax", "this comment is never closed; end it with */", at: start, length: 2)
                    }
                    if d == UInt8(ascii: "*"), peek(1) == UInt8(ascii: "/") { position += 2; break }
                    position += 1
                }
            } else if c == 0xC2, peek(1) == 0xA0 {
                position += 2  // no-break space
            } else if c == 0xE3, peek(1) == 0x80, peek(2) == 0x80 {
                position += 3  // ideographic (full-width) space
            } else {
                return
            }
        }
    }

    private func scalarLength(_ c: UInt8) -> Int { c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1 }

    /// True when the scalar at `offset` is a letter (Chinese included), so it may start a name.
    private func isLetterAt(_ offset: Int) -> Bool {
        let length = scalarLength(bytes[offset])
        guard offset + length <= bytes.count,
            let scalar = String(decoding: bytes[offset..<(offset + length)], as: UTF8.self).unicodeScalars.first
        else { return false }
        return scalar.properties.isAlphabetic
    }

    private func isContinuationByte(_ c: UInt8) -> Bool { c >= 0x80 && c < 0xC0 }

    /// Whether the byte at `offset` continues a name: ASCII letters, digits and
    /// `_`, and the bytes of letters of any script, but not full-width punctuation.
    private func isNamePart(at offset: Int) -> Bool {
        guard offset < bytes.count else { return false }
        let d = bytes[offset]
        return Self.isIdentifierPart(d) && (d < 0x80 || isLetterAt(offset) || isContinuationByte(d))
    }

    /// Full-width and typographic characters that Chinese input methods produce, with what to type instead.
    private static let asciiEquivalents: [String: String] = [
        "，": "','", "（": "'('", "）": "')'", "：": "':'", "；": "';'", "。": "'.'", "“": "'\"'", "”": "'\"'",
        "‘": "\"'\"", "’": "\"'\"", "—": "'-'", "–": "'-'", "－": "'-'", "＝": "'='", "＞": "'>'", "＜": "'<'",
        "【": "'['", "】": "']'", "｛": "'{'", "｝": "'}'"
    ]

    private static func isIdentifierStart(_ c: UInt8) -> Bool {
        (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) || c == UInt8(ascii: "_") || c >= 0x80
    }

    private static func isIdentifierPart(_ c: UInt8) -> Bool {
        isIdentifierStart(c) || (c >= 0x30 && c <= 0x39)
    }

    private static func isDigit(_ c: UInt8?) -> Bool { c.map { $0 >= 0x30 && $0 <= 0x39 } ?? false }

    mutating func next() throws -> Token {
        try skipTrivia()
        let start = position
        guard let c = peek() else { return Token(kind: .end, offset: start, length: 0) }
        if c >= 0x80, !isLetterAt(start) {
            let length = scalarLength(c)
            let text = String(decoding: bytes[start..<min(bytes.count, start + length)], as: UTF8.self)
            let hint = Self.asciiEquivalents[text].map { "; write \($0) instead" } ?? "; use ASCII operators and punctuation"
            throw QueryError.syntax(
                "InvalidUnicodeCharacter", "the character '\(text)' cannot be used here\(hint)", at: start, length: length)
        }
        if Self.isIdentifierStart(c) {
            // Letters of any script continue a name; other non-ASCII characters (such as '，') end it.
            while let d = peek(), Self.isIdentifierPart(d), d < 0x80 || isLetterAt(position) || isContinuationByte(d) {
                position += d >= 0xC0 ? scalarLength(d) : 1
            }
            let word = String(decoding: bytes[start..<position], as: UTF8.self)
            return Token(kind: .identifier(word), offset: start, length: position - start)
        }
        if Self.isDigit(c) || (c == UInt8(ascii: ".") && Self.isDigit(peek(1))) {
            return try number(start: start)
        }
        switch c {
        case UInt8(ascii: "'"), UInt8(ascii: "\""):
            return try string(start: start, quote: c)
        case UInt8(ascii: "`"):
            position += 1
            var text: [UInt8] = []
            while true {
                guard let d = peek() else {
                    throw QueryError.syntax(
                        "UnexpectedSyntax", "this quoted name is never closed; end it with a backtick", at: start)
                }
                position += 1
                if d == UInt8(ascii: "`") {
                    if peek() == UInt8(ascii: "`") { text.append(d); position += 1; continue }
                    break
                }
                text.append(d)
            }
            return Token(
                kind: .quotedIdentifier(String(decoding: text, as: UTF8.self)), offset: start,
                length: position - start)
        case UInt8(ascii: "$"):
            position += 1
            while isNamePart(at: position) { position += 1 }
            if position == start + 1, peek() == UInt8(ascii: "`") {
                let quoted = try next()
                if case .quotedIdentifier(let name) = quoted.kind {
                    return Token(kind: .parameter(name), offset: start, length: position - start)
                }
            }
            guard position > start + 1 else {
                throw QueryError.syntax("UnexpectedSyntax", "a parameter needs a name after $, as in $name", at: start)
            }
            let name = String(decoding: bytes[(start + 1)..<position], as: UTF8.self)
            return Token(kind: .parameter(name), offset: start, length: position - start)
        default:
            break
        }
        for symbol in ["..", "<>", "<=", ">=", "!=", "=~", "+=", "||"] {
            let s = Array(symbol.utf8)
            if peek() == s[0], peek(1) == s[1] {
                position += 2
                return Token(kind: .symbol(symbol), offset: start, length: 2)
            }
        }
        let singles = "()[]{},.:;|+-*/%^=<>&!"
        if singles.utf8.contains(c) {
            position += 1
            return Token(kind: .symbol(String(UnicodeScalar(c))), offset: start, length: 1)
        }
        let text = String(decoding: bytes[start..<min(bytes.count, start + scalarLength(c))], as: UTF8.self)
        throw QueryError.syntax(
            "UnexpectedSyntax", "unexpected character '\(text)'", at: start, length: scalarLength(c))
    }

    private mutating func number(start: Int) throws -> Token {
        if peek() == UInt8(ascii: "0"), let x = peek(1), x == UInt8(ascii: "x") || x == UInt8(ascii: "o") {
            position += 2
            let digitsStart = position
            while isNamePart(at: position) { position += 1 }
            let digits = String(decoding: bytes[digitsStart..<position], as: UTF8.self)
            let radix = x == UInt8(ascii: "x") ? 16 : 8
            let text = String(decoding: bytes[start..<position], as: UTF8.self)
            guard !digits.isEmpty, digits.allSatisfy({ $0.isHexDigit && Int(String($0), radix: radix) != nil })
            else {
                throw QueryError.syntax(
                    "InvalidNumberLiteral", "'\(text)' is not a valid number", at: start, length: position - start)
            }
            guard let value = Int(digits, radix: radix) else {
                if UInt64(digits, radix: radix) == 9223372036854775808 {
                    return Token(kind: .integerMinMagnitude, offset: start, length: position - start)
                }
                throw QueryError.syntax(
                    "IntegerOverflow", "'\(text)' does not fit in a 64-bit integer", at: start,
                    length: position - start)
            }
            return Token(kind: .integer(value), offset: start, length: position - start)
        }
        var isFloat = false
        while Self.isDigit(peek()) { position += 1 }
        if peek() == UInt8(ascii: "."), Self.isDigit(peek(1)) {
            isFloat = true
            position += 1
            while Self.isDigit(peek()) { position += 1 }
        }
        if let e = peek(), e == UInt8(ascii: "e") || e == UInt8(ascii: "E") {
            let save = position
            position += 1
            if let s = peek(), s == UInt8(ascii: "-") || s == UInt8(ascii: "+") { position += 1 }
            if Self.isDigit(peek()) {
                isFloat = true
                while Self.isDigit(peek()) { position += 1 }
            } else {
                position = save
            }
        }
        // A letter straight after a number, as in `1a` or `0_1`, is not a number; a
        // full-width '；' or '，' is not a letter, so `LIMIT 1；` gets the hint to type ';'.
        if let d = peek(), Self.isIdentifierStart(d), d < 0x80 || isLetterAt(position) {
            while isNamePart(at: position) { position += 1 }
            let text = String(decoding: bytes[start..<position], as: UTF8.self)
            return Token(kind: .invalidNumber(text), offset: start, length: position - start)
        }
        let text = String(decoding: bytes[start..<position], as: UTF8.self)
        if isFloat {
            guard let value = Double(text), value.isFinite else {
                throw QueryError.syntax(
                    "FloatingPointOverflow", "'\(text)' is too large for a 64-bit float", at: start,
                    length: position - start)
            }
            return Token(kind: .float(value), offset: start, length: position - start)
        }
        guard let value = Int(text) else {
            // `-9223372036854775808` is lexed as `-` then this; the parser folds it.
            if text == "9223372036854775808" {
                return Token(kind: .integerMinMagnitude, offset: start, length: position - start)
            }
            throw QueryError.syntax(
                "IntegerOverflow", "'\(text)' does not fit in a 64-bit integer", at: start, length: position - start)
        }
        return Token(kind: .integer(value), offset: start, length: position - start)
    }

    private mutating func string(start: Int, quote: UInt8) throws -> Token {
        position += 1
        var scalars = String.UnicodeScalarView()
        var raw: [UInt8] = []
        func flush() {
            if !raw.isEmpty { scalars.append(contentsOf: String(decoding: raw, as: UTF8.self).unicodeScalars) }
            raw.removeAll()
        }
        while true {
            guard let c = peek() else {
                throw QueryError.syntax(
                    "UnexpectedSyntax", "this string is never closed; end it with \(UnicodeScalar(quote))",
                    at: start)
            }
            if c == quote { position += 1; break }
            if c == UInt8(ascii: "\\") {
                flush()
                let escapeStart = position
                guard let e = peek(1) else { position += 1; continue }
                position += 2
                switch e {
                case UInt8(ascii: "\\"): scalars.append("\\")
                case UInt8(ascii: "'"): scalars.append("'")
                case UInt8(ascii: "\""): scalars.append("\"")
                case UInt8(ascii: "b"), UInt8(ascii: "B"): scalars.append("\u{08}")
                case UInt8(ascii: "f"), UInt8(ascii: "F"): scalars.append("\u{0C}")
                case UInt8(ascii: "n"), UInt8(ascii: "N"): scalars.append("\n")
                case UInt8(ascii: "r"), UInt8(ascii: "R"): scalars.append("\r")
                case UInt8(ascii: "t"), UInt8(ascii: "T"): scalars.append("\t")
                case UInt8(ascii: "u"), UInt8(ascii: "U"):
                    let count = e == UInt8(ascii: "u") ? 4 : 8
                    guard position + count <= bytes.count,
                        let code = UInt32(String(decoding: bytes[position..<(position + count)], as: UTF8.self), radix: 16),
                        let scalar = Unicode.Scalar(code)
                    else {
                        throw QueryError.syntax(
                            "InvalidUnicodeLiteral", "a \\u escape needs \(count) hexadecimal digits of a valid code point",
                            at: escapeStart, length: 2)
                    }
                    position += count
                    scalars.append(scalar)
                default:
                    // Unknown escapes are kept as written.
                    scalars.append("\\")
                    raw.append(e)
                }
                continue
            }
            raw.append(c)
            position += 1
        }
        flush()
        return Token(kind: .string(String(scalars)), offset: start, length: position - start)
    }
}
