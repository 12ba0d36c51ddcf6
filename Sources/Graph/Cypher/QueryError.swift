/// An error from compiling or running a query, in the openCypher TCK's terms.
///
/// `kind` is the TCK error type (`SyntaxError`, `TypeError`, …) and `code` the
/// TCK detail (`UndefinedVariable`, …), so tests can compare them exactly.
/// `offset` is a UTF-8 byte offset into the query text; display columns are
/// computed only when the error is rendered.
public struct QueryError: Error, CustomStringConvertible {
    /// When the error was found: before any row was read, or while running.
    public enum Phase: Sendable { case compileTime, runtime }

    /// Compile time (before reading the graph) or runtime.
    public var phase: Phase
    /// The TCK error detail, e.g. `UndefinedVariable`, or `UnsupportedFeature`, `LimitExceeded`, `Cancelled`.
    public var code: String
    /// The TCK error type, e.g. `SyntaxError`, `TypeError`, `ArgumentError`.
    public var kind: String
    /// What went wrong and what to do, for a person.
    public var message: String
    /// UTF-8 offset into the query text of the offending token, when known.
    public var offset: Int?
    /// UTF-8 length of the offending token (at least 1 when `offset` is set).
    public var length: Int

    /// An error of TCK type `kind` and detail `code`, pointing at `length` bytes from `offset`.
    public init(
        _ phase: Phase, kind: String, code: String, _ message: String, offset: Int? = nil, length: Int = 1
    ) {
        self.phase = phase
        self.kind = kind
        self.code = code
        self.message = message
        self.offset = offset
        self.length = max(1, length)
    }

    /// A compile-time `SyntaxError` with the given detail.
    static func syntax(_ code: String, _ message: String, at offset: Int? = nil, length: Int = 1) -> QueryError {
        QueryError(.compileTime, kind: "SyntaxError", code: code, message, offset: offset, length: length)
    }

    /// A runtime error of `kind` with the given detail.
    static func runtime(_ kind: String, _ code: String, _ message: String, at offset: Int? = nil) -> QueryError {
        QueryError(.runtime, kind: kind, code: code, message, offset: offset)
    }

    /// A clear refusal for the parts of openCypher this engine does not run yet.
    static func unsupported(_ feature: String, at offset: Int?, length: Int = 1) -> QueryError {
        QueryError(
            .compileTime, kind: "SyntaxError", code: "UnsupportedFeature",
            "\(feature) is not supported yet; rewrite the query without it (the README lists what queries can use)",
            offset: offset, length: length)
    }

    public var description: String {
        var text = "\(kind): \(message)"
        if let offset { text += " (at offset \(offset))" }
        return text
    }

    /// The error with the line it points into and a caret under the offending token:
    /// `SyntaxError (line 1, column 22): message`, the line, then `^^^`.
    ///
    /// The column number counts characters, as editors do; the caret is placed
    /// by display cells, where a Chinese character takes two.
    public func rendered(query: String) -> String {
        guard let offset else { return "\(kind): \(message)" }
        let bytes = Array(query.utf8)
        let clamped = min(max(0, offset), bytes.count)
        var lineStart = clamped
        while lineStart > 0 && bytes[lineStart - 1] != UInt8(ascii: "\n") { lineStart -= 1 }
        var lineEnd = clamped
        while lineEnd < bytes.count && bytes[lineEnd] != UInt8(ascii: "\n") { lineEnd += 1 }
        let lineNumber = bytes[0..<lineStart].filter { $0 == UInt8(ascii: "\n") }.count + 1
        let line = String(decoding: bytes[lineStart..<lineEnd], as: UTF8.self)
        let before = String(decoding: bytes[lineStart..<clamped], as: UTF8.self)
        let tokenEnd = min(lineEnd, clamped + length)
        let token = String(decoding: bytes[clamped..<max(clamped, tokenEnd)], as: UTF8.self)
        let indent = DisplayWidth.of(before)
        let width = max(1, DisplayWidth.of(token))
        return "\(kind) (line \(lineNumber), column \(before.count + 1)): \(message)\n\(line)\n"
            + String(repeating: " ", count: indent) + String(repeating: "^", count: width)
    }
}
