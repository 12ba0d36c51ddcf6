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

    /// Orders by document, offset, length, then quote; text is compared by its
    /// UTF-8 bytes (code point order), which needs no Unicode normalization.
    public static func < (a: Provenance, b: Provenance) -> Bool {
        let document = ByteString.compare(a.document, b.document)
        if document != 0 { return document < 0 }
        if a.offset != b.offset { return a.offset < b.offset }
        if a.length != b.length { return a.length < b.length }
        return ByteString.less(a.quote, b.quote)
    }

    /// Equal when document, span and quote have the same bytes. Every extracted
    /// fact carries a provenance and most are compared on insertion, so this
    /// avoids `String`'s canonical-equivalence comparison of Chinese quotes.
    public static func == (a: Provenance, b: Provenance) -> Bool {
        a.offset == b.offset && a.length == b.length
            && ByteString.equal(a.document, b.document) && ByteString.equal(a.quote, b.quote)
    }

    /// Hashes the document and span only: the quote is cut from that span, and
    /// hashing fewer bytes keeps equal values' hashes equal all the same.
    public func hash(into hasher: inout Hasher) {
        ByteString.hash(document, into: &hasher)
        hasher.combine(offset)
        hasher.combine(length)
    }
}
