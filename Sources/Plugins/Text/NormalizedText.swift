import Graph

/// A document's text as extractors scan it: UTF-8 bytes with full-width ASCII
/// forms folded to half-width (`，` → `,`, `（` → `(`, `１` → `1`, U+3000 → space),
/// carriage returns dropped, and line breaks inside a word removed, together
/// with a map from every normalized byte back to its offset in the original
/// text, so provenance always points into the document as published.
///
/// Built in one pass over the bytes, O(n) time and about 5 bytes of memory per
/// input byte.
public struct NormalizedText: Sendable {
    /// The normalized UTF-8 bytes.
    public let bytes: [UInt8]
    /// `origin[i]` is the original byte offset of normalized byte `i`; one extra
    /// element holds the original length.
    public let origin: [Int32]
    /// The original text's UTF-8 bytes, for quotes.
    public let originalBytes: [UInt8]

    public init(_ text: String) {
        let source = Array(text.utf8)
        originalBytes = source
        let (folded, foldedOrigin) = Self.foldWidths(source)
        let (joined, joinedOrigin) = Self.joinBrokenLines(folded, foldedOrigin)
        bytes = joined
        origin = joinedOrigin + [Int32(source.count)]
    }

    public var count: Int { bytes.count }

    /// The normalized text of `range`.
    public func string(_ range: Range<Int>) -> String {
        String(decoding: bytes[range], as: UTF8.self)
    }

    /// The span of the original text that `range` of the normalized text came from.
    public func originalRange(_ range: Range<Int>) -> Range<Int> {
        guard !range.isEmpty else {
            let at = Int(origin[range.lowerBound])
            return at..<at
        }
        let start = Int(origin[range.lowerBound])
        let last = range.upperBound - 1
        // The end is just past the original character that produced the last byte.
        var end = Int(origin[last]) + 1
        while end < originalBytes.count, originalBytes[end] & 0xC0 == 0x80 { end += 1 }
        return start..<end
    }

    /// The original text quoted for `range` of the normalized text.
    public func quote(_ range: Range<Int>) -> String {
        String(decoding: originalBytes[originalRange(range)], as: UTF8.self)
    }

    /// Provenance for `range` of the normalized text in document `document`.
    public func provenance(_ range: Range<Int>, document: String) -> Provenance {
        let span = originalRange(range)
        return Provenance(
            document: document, offset: span.lowerBound, length: span.count,
            quote: String(decoding: originalBytes[span], as: UTF8.self))
    }

    // MARK: Width folding

    /// Folds U+FF01…U+FF5E to ASCII, U+3000 and U+00A0 to a space, and drops `\r`.
    static func foldWidths(_ source: [UInt8]) -> ([UInt8], [Int32]) {
        var out: [UInt8] = []
        var map: [Int32] = []
        out.reserveCapacity(source.count)
        map.reserveCapacity(source.count)
        var i = 0
        let n = source.count
        while i < n {
            let b = source[i]
            if b == 0x0D { i += 1; continue }
            if b == 0xEF, i + 2 < n {
                // U+FF01…U+FF3F is EF BC 81…BF; U+FF40…U+FF5E is EF BD 80…9E.
                let b1 = source[i + 1], b2 = source[i + 2]
                if b1 == 0xBC, b2 >= 0x81, b2 <= 0xBF {
                    out.append(0x21 + (b2 - 0x81)); map.append(Int32(i)); i += 3; continue
                }
                if b1 == 0xBD, b2 >= 0x80, b2 <= 0x9E {
                    out.append(0x60 + (b2 - 0x80)); map.append(Int32(i)); i += 3; continue
                }
            }
            if b == 0xE3, i + 2 < n, source[i + 1] == 0x80, source[i + 2] == 0x80 {
                out.append(0x20); map.append(Int32(i)); i += 3; continue
            }
            if b == 0xC2, i + 1 < n, source[i + 1] == 0xA0 {
                out.append(0x20); map.append(Int32(i)); i += 2; continue
            }
            out.append(b); map.append(Int32(i)); i += 1
        }
        return (out, map)
    }

    // MARK: Broken lines

    /// Removes a run of line breaks (and blank lines) that splits a word: the line
    /// before is a long paragraph line (at least `minimumBrokenLineBytes`) that has
    /// sentence punctuation but ends on a Han character, and the next line starts
    /// with a Han character. Headings and speaker lines are short or carry no
    /// sentence punctuation, so they keep their line breaks.
    static func joinBrokenLines(_ text: [UInt8], _ map: [Int32]) -> ([UInt8], [Int32]) {
        var out: [UInt8] = []
        var outMap: [Int32] = []
        out.reserveCapacity(text.count)
        outMap.reserveCapacity(text.count)
        var lineStart = 0  // in `out`
        var i = 0
        let n = text.count
        while i < n {
            let b = text[i]
            guard b == 0x0A else {
                out.append(b); outMap.append(map[i]); i += 1; continue
            }
            // A run of newlines and spaces.
            var j = i
            while j < n, text[j] == 0x0A || text[j] == 0x20 || text[j] == 0x09 { j += 1 }
            var lineEnd = out.count
            while lineEnd > lineStart, out[lineEnd - 1] == 0x20 || out[lineEnd - 1] == 0x09 { lineEnd -= 1 }
            if j < n, lineEnd - lineStart >= minimumBrokenLineBytes,
               UTF8Scan.endsWithHan(out, lineStart..<lineEnd), UTF8Scan.isHan(text, at: j),
               UTF8Scan.containsSentencePunctuation(out, lineStart..<lineEnd)
            {
                out.removeLast(out.count - lineEnd)
                outMap.removeLast(outMap.count - lineEnd)
                i = j
                continue
            }
            for k in i..<j { out.append(text[k]); outMap.append(map[k]) }
            // The new line starts after the last newline of the run.
            var last = out.count
            while last > 0, out[last - 1] != 0x0A { last -= 1 }
            lineStart = last
            i = j
        }
        return (out, outMap)
    }

    /// About 20 Han characters: shorter lines are headings or names, not broken paragraphs.
    static let minimumBrokenLineBytes = 60
}
