import Graph

extension Provenance {
    /// What a curated source says: the correction's file and line, its note, and its statement.
    public struct Curation: Sendable, Equatable {
        /// The curation file, relative to the dataset folder (`curation.cypher`, `curation/10-people.cypher`).
        public var file: String
        /// The line of the statement's first word, counted from 1.
        public var line: Int
        /// The `// note:` comment just above the statement; nil when there is none.
        public var note: String?
        /// The statement as written, without the comments above it.
        public var statement: String

        /// `curation.cypher:12`.
        public var location: String { "\(file):\(line)" }
    }

    /// The prefix of `document` that marks a correction from a curation file rather than a document.
    public static let curatedPrefix = "curated:"

    /// A source that is a correction: `document` is `curated:FILE:LINE`, the span is the statement's
    /// bytes in the file, and the quote is the statement, after its note as `// note: …` when it has one.
    ///
    /// The curation file is a source like any document (a span of a file and the text quoted from
    /// it), so the snapshot, exports and `:why` carry it without a format of their own.
    public static func curated(_ curation: Curation, offset: Int, length: Int) -> Provenance {
        let quote = curation.note.map { "// note: \($0)\n" + curation.statement } ?? curation.statement
        return Provenance(
            document: curatedPrefix + curation.location, offset: offset, length: length, quote: quote)
    }

    /// The correction this source records; nil for a source in a document.
    public var curation: Curation? {
        guard document.hasPrefix(Self.curatedPrefix) else { return nil }
        let location = document.dropFirst(Self.curatedPrefix.count)
        guard let colon = location.lastIndex(of: ":"), let line = Int(location[location.index(after: colon)...]) else {
            return nil
        }
        var note: String?
        var statement = quote
        if quote.hasPrefix("// note: ") {
            let body = quote.dropFirst("// note: ".count)
            let end = body.firstIndex(of: "\n") ?? body.endIndex
            note = String(body[..<end])
            statement = end < body.endIndex ? String(body[body.index(after: end)...]) : ""
        }
        return Curation(file: String(location[..<colon]), line: line, note: note, statement: statement)
    }

    /// True for a correction from a curation file.
    public var isCurated: Bool { document.hasPrefix(Self.curatedPrefix) }
}
