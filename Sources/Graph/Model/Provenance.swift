/// Where a fact came from: a span of one document and the text quoted from it.
///
/// `offset` and `length` count UTF-8 bytes of the document's text as decoded to
/// UTF-8 (a GB18030 file is converted first), so a span can be cut out of the
/// file without re-scanning it from the start.
public struct Provenance: Hashable, Sendable, Codable, Comparable {
    public var document: String
    public var offset: Int
    public var length: Int
    public var quote: String

    public init(document: String, offset: Int, length: Int, quote: String) {
        self.document = document
        self.offset = offset
        self.length = length
        self.quote = quote
    }

    public static func < (a: Provenance, b: Provenance) -> Bool {
        (a.document, a.offset, a.length, a.quote) < (b.document, b.offset, b.length, b.quote)
    }
}
