/// Scraped pages leave noise between the items of a list: `甲,、乙`, `乙、,丙`, `丙,,丁`.
/// A run of two or more separators (`,` `，` `、`, with spaces between them) is one
/// separator: the person reader reads a copy where each run keeps its `、` if it has
/// one, else its first comma, and the mentions it finds are moved back to the
/// document's own byte offsets.
///
/// O(n) in the text's bytes; a text with no such run is not copied.
struct SeparatorRuns {
    /// The text with every run collapsed.
    let bytes: [UInt8]
    /// For each byte of `bytes` (and its end), the offset of that byte in the document.
    private let origin: [Int]
    /// For each offset in the document (and its end), the first byte of `bytes` at or after it.
    private let toCollapsed: [Int]

    /// The collapsed copy of `text`, or nil when it has no run of separators.
    static func collapsed(_ text: [UInt8]) -> SeparatorRuns? {
        var runs: [(range: Range<Int>, kept: Range<Int>)] = []
        var i = 0
        while i < text.count {
            // Nearly every byte opens no separator: 0x2C, or 0xE3 (、) and 0xEF (，) leading three.
            guard let start = firstCandidate(text, from: i) else { break }
            i = start
            guard let first = separator(text, at: i) else { i += 1; continue }
            var end = first.upperBound, count = 1
            var kept = first
            var hasEnumerationComma = first.count == 3 && text[first.lowerBound] == 0xE3
            while true {
                var next = end
                while next < text.count, text[next] == 0x20 { next += 1 }
                guard let more = separator(text, at: next) else { break }
                if !hasEnumerationComma, more.count == 3, text[more.lowerBound] == 0xE3 {
                    kept = more
                    hasEnumerationComma = true
                }
                end = more.upperBound
                count += 1
            }
            if count > 1 { runs.append((first.lowerBound..<end, kept)) }
            i = end
        }
        guard !runs.isEmpty else { return nil }
        var bytes: [UInt8] = [], origin: [Int] = []
        bytes.reserveCapacity(text.count)
        origin.reserveCapacity(text.count + 1)
        var toCollapsed = [Int](repeating: 0, count: text.count + 1)
        var at = 0
        for run in runs + [(text.count..<text.count, text.count..<text.count)] {
            for j in at..<run.range.lowerBound {
                toCollapsed[j] = bytes.count
                bytes.append(text[j])
                origin.append(j)
            }
            for j in run.range {
                toCollapsed[j] = bytes.count
                if run.kept.contains(j) {
                    bytes.append(text[j])
                    origin.append(j)
                }
            }
            at = run.range.upperBound
        }
        toCollapsed[text.count] = bytes.count
        origin.append(text.count)
        return SeparatorRuns(bytes: bytes, origin: origin, toCollapsed: toCollapsed)
    }

    /// The first byte at or after `from` that may open a separator.
    private static func firstCandidate(_ text: [UInt8], from: Int) -> Int? {
        text.withUnsafeBufferPointer { b in
            var i = from
            while i < b.count {
                let c = b[i]
                // A three-byte character led by E4…EE (every Han character from U+4000) opens no
                // separator, nor do its continuation bytes: one test for the three.
                if c >= 0xE4 && c <= 0xEE { i &+= 3; continue }
                if c == 0x2C || c == 0xE3 || c == 0xEF { return i }
                i += 1
            }
            return nil
        }
    }

    /// A comma or `、` at `i`, by its bytes (a static's access per candidate cost more than the test).
    private static func separator(_ text: [UInt8], at i: Int) -> Range<Int>? {
        guard i < text.count else { return nil }
        let c = text[i]
        if c == 0x2C { return i..<i + 1 }
        guard i + 2 < text.count else { return nil }
        if c == 0xE3, text[i + 1] == 0x80, text[i + 2] == 0x81 { return i..<i + 3 }  // 、
        if c == 0xEF, text[i + 1] == 0xBC, text[i + 2] == 0x8C { return i..<i + 3 }  // ，
        return nil
    }

    /// A range of the document in the collapsed copy.
    func collapsed(_ range: Range<Int>) -> Range<Int> {
        let lower = toCollapsed[range.lowerBound]
        return lower..<max(lower, toCollapsed[range.upperBound])
    }

    /// A range of the collapsed copy in the document: it ends after its own last byte,
    /// not after the separators dropped behind it.
    func original(_ range: Range<Int>) -> Range<Int> {
        let lower = origin[range.lowerBound]
        return range.isEmpty ? lower..<lower : lower..<origin[range.upperBound - 1] + 1
    }

    /// `mention` with its ranges in the document.
    func original(_ mention: PersonMention) -> PersonMention {
        var moved = mention
        moved.nameRange = original(mention.nameRange)
        moved.roles = mention.roles.map(original)
        moved.sentence = original(mention.sentence)
        return moved
    }
}
