import Graph

/// The sentence a source quote stands in, with the quoted words marked
/// ⟦so⟧: a quote alone (「倪朗」) says what was matched, the sentence says
/// what the document claims.
enum SourceSentence {
    /// Bytes that end a sentence: 。！？；, a line break.
    static let terminators: [[UInt8]] = ["。", "！", "？", "；", "\n"].map { Array($0.utf8) }
    /// Closing marks that belong to the sentence before them (…发展。”): kept at its end,
    /// never shown at the start of the next.
    static let closers: [[UInt8]] = ["”", "’", "」", "』", "）", ")", "\""].map { Array($0.utf8) }
    /// The most bytes taken on either side of the quote when no sentence end comes first.
    static let reach = 240

    /// The sentence around `source` in `document` (the document's UTF-8
    /// text), or nil when the bytes at the source's offset are not its quote
    /// (the document changed since the build).
    static func marked(_ source: Provenance, in document: [UInt8]) -> String? {
        let start = source.offset, end = source.offset + source.length
        guard start >= 0, end <= document.count, start < end,
            String(decoding: document[start..<end], as: UTF8.self) == source.quote
        else { return nil }
        var from = start
        while from > 0, start - from < reach, !endsSentence(document, before: from) { from -= 1 }
        var to = end
        while to < document.count, to - end < reach, !endsSentence(document, before: to) { to += 1 }
        // Cut short (…) unless the stretch reaches a sentence end or the document's edge.
        let cutBefore = from > 0 && !endsSentence(document, before: from)
        let cutAfter = to < document.count && !endsSentence(document, before: to)
        while let closer = closer(in: document, at: from), from + closer <= start, endsSentence(document, before: from) {
            from += closer
        }
        while to < document.count, endsSentence(document, before: to), let closer = closer(in: document, at: to) { to += closer }
        // Never cut a character in two: step to the next (or previous) character boundary.
        while from < start, document[from] & 0xC0 == 0x80 { from += 1 }
        while to > end, to < document.count, document[to] & 0xC0 == 0x80 { to -= 1 }
        let before = String(decoding: document[from..<start], as: UTF8.self).trimmingLeadingWhitespace()
        let after = String(decoding: document[end..<to], as: UTF8.self).replacingOccurrences(of: "\n", with: "")
        // A quote that is the whole sentence needs no marks.
        if before.isEmpty, after.isEmpty { return source.quote }
        return (cutBefore ? "…" : "") + before + "⟦" + source.quote + "⟧" + after + (cutAfter ? "…" : "")
    }

    /// The length of the closing mark that starts at `index`, if one does.
    static func closer(in bytes: [UInt8], at index: Int) -> Int? {
        closers.first { mark in index + mark.count <= bytes.count && bytes[index..<(index + mark.count)].elementsEqual(mark) }?.count
    }

    /// True when the bytes just before `index` end a sentence.
    static func endsSentence(_ bytes: [UInt8], before index: Int) -> Bool {
        terminators.contains { mark in
            index >= mark.count && bytes[(index - mark.count)..<index].elementsEqual(mark)
        }
    }
}

extension String {
    fileprivate func trimmingLeadingWhitespace() -> String {
        String(drop { $0.isWhitespace })
    }
}
