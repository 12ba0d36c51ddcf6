/// One correction of a curation file: an openCypher statement with where it is and its note.
public struct CurationStatement: Sendable, Equatable {
    /// The file, relative to the dataset folder.
    public var file: String
    /// The line of its first word, counted from 1.
    public var line: Int
    /// The column of its first word, counted from 1 in characters.
    public var column: Int
    /// The UTF-8 offset of its first word in the file.
    public var offset: Int
    /// The statement, without the comments above it and without its `;`.
    public var text: String
    /// The `// note:` comment lines just above it, joined by a space; nil without one.
    public var note: String?

    /// `curation.cypher:12`.
    public var location: String { "\(file):\(line)" }

    /// The source every element this statement creates or changes carries.
    public var provenance: Graph.Provenance {
        .curated(
            .init(file: file, line: line, note: note, statement: text),
            offset: offset, length: text.utf8.count)
    }
}

import Graph
