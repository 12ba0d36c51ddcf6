import Graph

/// The sentence around a fact's source, with the quoted span and the names it
/// is about marked, as HTML.
///
/// Offsets are UTF-8 bytes of the document's text (see `Provenance`); a span
/// that does not fit the text (a document changed since the build) is shown
/// as its stored quote instead of a wrong sentence.
public enum SourceExcerpt {
    /// Sentence ends: 。！？；, their ASCII forms and line breaks.
    static let stops: [[UInt8]] = ["。", "！", "？", "；", "\n", "!", "?", ";"].map { Array($0.utf8) }
    /// At most this many bytes of context on each side of the span.
    static let reach = 240

    /// The sentence containing `source` in `text`, span in `<mark>`, each of
    /// `words` inside it in `<b>`.
    public static func html(_ source: Provenance, in text: String?, words: [String]) -> HTML {
        html(source, bytes: text.map { Array($0.utf8) }, words: words)
    }

    /// As `html(_:in:words:)`, from the document's UTF-8 bytes (cut once per document, not per source).
    public static func html(_ source: Provenance, bytes: [UInt8]?, words: [String]) -> HTML {
        guard let bytes else { return plain(source.quote, words: words) }
        let start = source.offset
        let end = source.offset + source.length
        guard start >= 0, source.length >= 0, end <= bytes.count, isBoundary(bytes, start), isBoundary(bytes, end) else {
            return plain(source.quote, words: words)
        }
        var from = start
        while from > 0, start - from < reach, !endsStop(bytes, at: from) { from -= 1 }
        while from < start, !isBoundary(bytes, from) { from += 1 }
        var to = end
        while to < bytes.count, to - end < reach, !endsStop(bytes, at: to) { to += 1 }
        // Keep the stop itself (。) at the end of the sentence.
        while to < bytes.count, !isBoundary(bytes, to) { to += 1 }
        let before = String(decoding: bytes[from..<start], as: UTF8.self)
        let span = String(decoding: bytes[start..<end], as: UTF8.self)
        let after = String(decoding: bytes[end..<to], as: UTF8.self)
        let lead: HTML = from > 0 && start - from >= reach ? "…" : ""
        let tail: HTML = to < bytes.count && to - end >= reach ? "…" : ""
        return "\(lead)\(bolding(words, in: trimmedLeading(before)))<mark>\(bolding(words, in: span))</mark>\(bolding(words, in: trimmedTrailing(after)))\(tail)"
    }

    /// The stored quote, when the document cannot be cut.
    static func plain(_ quote: String, words: [String]) -> HTML {
        "<mark>\(bolding(words, in: quote))</mark>"
    }

    /// `text` escaped, with every occurrence of any of `words` in `<b>`; longer words win.
    static func bolding(_ words: [String], in text: String) -> HTML {
        let wanted = words.filter { !$0.isEmpty }.sorted { $0.count > $1.count }
        guard !wanted.isEmpty else { return "\(text)" }
        var out: HTML = ""
        var rest = Substring(text)
        var plainRun = ""
        while !rest.isEmpty {
            if let word = wanted.first(where: { rest.hasPrefix($0) }) {
                out += "\(plainRun)<b>\(word)</b>"
                plainRun = ""
                rest = rest.dropFirst(word.count)
            } else {
                plainRun.append(rest.removeFirst())
            }
        }
        out += "\(plainRun)"
        return out
    }

    static func isBoundary(_ bytes: [UInt8], _ index: Int) -> Bool {
        index == bytes.count || index == 0 || (bytes[index] & 0xC0) != 0x80
    }

    /// True when the bytes just before `index` are a sentence end.
    static func endsStop(_ bytes: [UInt8], at index: Int) -> Bool {
        stops.contains { stop in
            index >= stop.count && bytes[(index - stop.count)..<index].elementsEqual(stop)
        }
    }

    private static func trimmedLeading(_ text: String) -> String {
        String(text.drop { $0.isWhitespace })
    }

    private static func trimmedTrailing(_ text: String) -> String {
        var text = text
        while text.last?.isWhitespace == true { text.removeLast() }
        return text
    }
}
