import Graph

/// A correction that could not be replayed: a statement that does not parse or fails when it
/// runs, or a file that cannot be cut into statements. Says what and where, with a caret.
public struct CurationFailure: Sendable, Equatable, Codable, CustomStringConvertible {
    /// The curation file, relative to the dataset folder.
    public var file: String
    /// The line the error points at, counted from 1.
    public var line: Int
    /// The column the error points at, counted from 1 in characters.
    public var column: Int
    /// The error's own words (`SyntaxError: …`).
    public var message: String
    /// The line of the file and a caret under what is wrong.
    public var excerpt: String

    /// A failure of the statement at UTF-8 offset `statementOffset` of the file `text`; the error's
    /// offset counts from the statement's start (nil: the statement as a whole).
    init(file: String, text: String, error: QueryError, statementOffset: Int) {
        var shifted = error
        shifted.offset = statementOffset + (error.offset ?? 0)
        let bytes = Array(text.utf8)
        let (line, column) = CurationScript.position(of: shifted.offset!, in: bytes)
        self.file = file
        self.line = line
        self.column = column
        message = "\(error.kind): \(error.message)"
        // `rendered` starts with its own `Kind (line, column): message` line: keep the file's line and the caret.
        excerpt = shifted.rendered(query: text).split(separator: "\n", omittingEmptySubsequences: false)
            .dropFirst().joined(separator: "\n")
    }

    /// `curation.cypher:12:5`.
    public var location: String { "\(file):\(line):\(column)" }

    /// `curation.cypher:12:5: SyntaxError: …`, then the line and the caret.
    public var description: String { "\(location): \(message)\n\(excerpt)" }
}
