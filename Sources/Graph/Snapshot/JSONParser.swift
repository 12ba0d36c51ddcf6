/// Reads JSON text, reporting the line and column of the first error.
public struct JSONParseError: Error, CustomStringConvertible, Equatable {
    public let line: Int
    public let column: Int
    public let reason: String
    public var description: String { "line \(line), column \(column): \(reason)" }
}

extension JSON {
    /// Parses a complete JSON text.
    public static func parse(_ text: String) throws -> JSON {
        try parse(bytes: Array(text.utf8))
    }

    /// Parses a complete JSON text given as UTF-8 bytes. Malformed UTF-8 inside
    /// a string is read as U+FFFD, as `String(decoding:as:)` does.
    public static func parse(bytes: [UInt8]) throws -> JSON {
        var parser = JSONTextParser(bytes: bytes)
        parser.skipSpace()
        let value = try parser.parseValue(depth: 0)
        parser.skipSpace()
        guard parser.index == parser.bytes.count else { throw parser.error("unexpected text after the JSON value") }
        return value
    }
}

extension JSON {
    /// Reads a JSON object member by member, without building a tree of the
    /// whole text. For a member whose value is an array, `member` gets the
    /// name with an empty array, then `element` gets each element with its
    /// position as soon as it is read; any other member goes to `member` whole.
    /// An error thrown by a callback stops the reading and is rethrown.
    static func streamObject(
        bytes: [UInt8], member: (String, JSON) throws -> Void, element: (String, Int, JSON) throws -> Void
    ) throws {
        var parser = JSONTextParser(bytes: bytes)
        parser.skipSpace()
        try parser.expect("{")
        parser.skipSpace()
        if parser.index < bytes.count, bytes[parser.index] == UInt8(ascii: "}") {
            parser.index += 1
        } else {
            while true {
                parser.skipSpace()
                guard parser.index < bytes.count, bytes[parser.index] == UInt8(ascii: "\"") else {
                    throw parser.error("expected a member name in quotes")
                }
                let name = try parser.parseString()
                parser.skipSpace()
                try parser.expect(":")
                parser.skipSpace()
                if parser.index < bytes.count, bytes[parser.index] == UInt8(ascii: "[") {
                    parser.index += 1
                    try member(name, .array([]))
                    parser.skipSpace()
                    if parser.index < bytes.count, bytes[parser.index] == UInt8(ascii: "]") {
                        parser.index += 1
                    } else {
                        var position = 0
                        while true {
                            parser.skipSpace()
                            try element(name, position, try parser.parseValue(depth: 2))
                            position += 1
                            parser.skipSpace()
                            if try parser.closes("]", orContinuesWith: ",") { break }
                        }
                    }
                } else {
                    try member(name, try parser.parseValue(depth: 1))
                }
                parser.skipSpace()
                if try parser.closes("}", orContinuesWith: ",") { break }
            }
        }
        parser.skipSpace()
        guard parser.index == bytes.count else { throw parser.error("unexpected text after the JSON value") }
    }
}

private struct JSONTextParser {
    let bytes: [UInt8]
    var index = 0

    init(bytes: [UInt8]) { self.bytes = bytes }

    func error(_ reason: String) -> JSONParseError {
        var line = 1
        var lineStart = 0
        for i in 0..<min(index, bytes.count) where bytes[i] == UInt8(ascii: "\n") {
            line += 1
            lineStart = i + 1
        }
        let column = String(decoding: bytes[lineStart..<min(index, bytes.count)], as: UTF8.self).count + 1
        return JSONParseError(line: line, column: column, reason: reason)
    }

    mutating func skipSpace() {
        while index < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[index]) { index += 1 }
    }

    mutating func parseValue(depth: Int) throws -> JSON {
        guard depth < 512 else { throw error("nesting deeper than 512 levels") }
        guard index < bytes.count else { throw error("unexpected end of input") }
        switch bytes[index] {
        case UInt8(ascii: "{"):
            index += 1
            var members: [(String, JSON)] = []
            skipSpace()
            if index < bytes.count, bytes[index] == UInt8(ascii: "}") { index += 1; return .object(members) }
            while true {
                skipSpace()
                guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else { throw error("expected a member name in quotes") }
                let key = try parseString()
                skipSpace()
                try expect(":")
                skipSpace()
                members.append((key, try parseValue(depth: depth + 1)))
                skipSpace()
                if try closes("}", orContinuesWith: ",") { return .object(members) }
            }
        case UInt8(ascii: "["):
            index += 1
            var items: [JSON] = []
            skipSpace()
            if index < bytes.count, bytes[index] == UInt8(ascii: "]") { index += 1; return .array(items) }
            while true {
                skipSpace()
                items.append(try parseValue(depth: depth + 1))
                skipSpace()
                if try closes("]", orContinuesWith: ",") { return .array(items) }
            }
        case UInt8(ascii: "\""):
            return .string(try parseString())
        case UInt8(ascii: "t"): try keyword("true"); return .bool(true)
        case UInt8(ascii: "f"): try keyword("false"); return .bool(false)
        case UInt8(ascii: "n"): try keyword("null"); return .null
        default:
            return try parseNumber()
        }
    }

    mutating func closes(_ close: Character, orContinuesWith separator: Character) throws -> Bool {
        guard index < bytes.count else { throw error("unexpected end of input, expected '\(separator)' or '\(close)'") }
        if bytes[index] == close.asciiValue! { index += 1; return true }
        if bytes[index] == separator.asciiValue! { index += 1; return false }
        throw error("expected '\(separator)' or '\(close)'")
    }

    mutating func expect(_ c: Character) throws {
        guard index < bytes.count, bytes[index] == c.asciiValue! else { throw error("expected '\(c)'") }
        index += 1
    }

    mutating func keyword(_ word: String) throws {
        let w = Array(word.utf8)
        guard index + w.count <= bytes.count, Array(bytes[index..<index + w.count]) == w else {
            throw error("unexpected character")
        }
        index += w.count
    }

    mutating func parseNumber() throws -> JSON {
        let start = index
        var isFloat = false
        while index < bytes.count {
            let b = bytes[index]
            if (b >= 0x30 && b <= 0x39) || b == UInt8(ascii: "-") || b == UInt8(ascii: "+") {
                index += 1
            } else if b == UInt8(ascii: ".") || b == UInt8(ascii: "e") || b == UInt8(ascii: "E") {
                isFloat = true
                index += 1
            } else {
                break
            }
        }
        let text = String(decoding: bytes[start..<index], as: UTF8.self)
        guard !text.isEmpty else { throw error("unexpected character") }
        if !isFloat, let i = Int(text) { return .int(i) }
        guard let d = Double(text) else { index = start; throw error("malformed number '\(text)'") }
        return .float(d)
    }

    mutating func parseString() throws -> String {
        index += 1  // opening quote
        var scalars = String.UnicodeScalarView()
        var runStart = index
        let start = index
        var escaped = false
        func flush(_ parser: JSONTextParser, _ end: Int) {
            scalars.append(contentsOf: String(decoding: parser.bytes[runStart..<end], as: UTF8.self).unicodeScalars)
        }
        while index < bytes.count {
            let b = bytes[index]
            if b == UInt8(ascii: "\"") {
                // Most strings have no escape: decode them in one step.
                if !escaped {
                    index += 1
                    return String(decoding: bytes[start..<index - 1], as: UTF8.self)
                }
                flush(self, index)
                index += 1
                return String(scalars)
            }
            if b < 0x20 { throw error("control character inside a string") }
            if b == UInt8(ascii: "\\") {
                escaped = true
                flush(self, index)
                index += 1
                guard index < bytes.count else { break }
                let e = bytes[index]
                index += 1
                switch e {
                case UInt8(ascii: "\""): scalars.append("\"")
                case UInt8(ascii: "\\"): scalars.append("\\")
                case UInt8(ascii: "/"): scalars.append("/")
                case UInt8(ascii: "b"): scalars.append("\u{08}")
                case UInt8(ascii: "f"): scalars.append("\u{0C}")
                case UInt8(ascii: "n"): scalars.append("\n")
                case UInt8(ascii: "r"): scalars.append("\r")
                case UInt8(ascii: "t"): scalars.append("\t")
                case UInt8(ascii: "u"):
                    var code = try hex4()
                    if (0xD800..<0xDC00).contains(code) {
                        // A high surrogate must be followed by a low one; any other pair is malformed.
                        guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u")
                        else { throw error("a \\u escape for a high surrogate is not followed by a low surrogate") }
                        index += 2
                        let low = try hex4()
                        guard (0xDC00..<0xE000).contains(low) else {
                            throw error("a \\u escape for a high surrogate is followed by \\u\(String(low, radix: 16)), not a low surrogate")
                        }
                        code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                    }
                    guard let scalar = Unicode.Scalar(code) else { throw error("invalid \\u escape (a lone surrogate)") }
                    scalars.append(scalar)
                default: throw error("unknown escape '\\\(Character(Unicode.Scalar(e)))'")
                }
                runStart = index
                continue
            }
            index += 1
        }
        throw error("unterminated string")
    }

    mutating func hex4() throws -> UInt32 {
        guard index + 4 <= bytes.count,
            let v = UInt32(String(decoding: bytes[index..<index + 4], as: UTF8.self), radix: 16)
        else { throw error("expected four hex digits after \\u") }
        index += 4
        return v
    }
}
