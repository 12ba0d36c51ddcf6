import Graph

/// One document of a dataset, decoded to UTF-8 text.
public struct SourceDocument: Sendable, Hashable {
    /// Stable id, used in every `Provenance` (the file name without extension).
    public var id: String
    public var title: String
    /// ISO date `YYYY-MM-DD`, when known.
    public var date: String?
    /// The document kind, e.g. `work-plan`, `plenary-speeches`, `standing-committee`.
    public var kind: String?
    public var origin: String?
    /// The city the document comes from (the dataset manifest's `city`), when known.
    public var city: String?
    public var text: String

    public init(id: String, title: String, date: String? = nil, kind: String? = nil, origin: String? = nil, city: String? = nil, text: String) {
        self.id = id
        self.title = title
        self.date = date
        self.kind = kind
        self.origin = origin
        self.city = city
        self.text = text
    }
}
