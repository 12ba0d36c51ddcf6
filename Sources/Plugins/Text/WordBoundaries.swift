/// Whether a span of normalized text stands as whole words: its start and end
/// fall on word boundaries (`化工` in `非|化工|类|企业` does; in `标准|化|工作`
/// and `优|化|工业` it does not).
///
/// A boundary next to punctuation, ASCII or a line break is certain; inside a
/// run of Han characters ICU's word break iterator decides. Only the run
/// around the span is segmented (up to `reach` characters either side), and
/// the segmentation is reused for the next span in the same run, so a document
/// is not segmented whole: most lexicon hits sit next to punctuation or share
/// a clause.
public struct WordBoundaries {
    let bytes: [UInt8]
    /// The segmented window and its boundaries (absolute offsets, ascending).
    private var window: Range<Int> = 0..<0
    private var cuts: [Int] = []
    /// Whether each side of the window stops at the end of its Han run (not clipped by `reach`).
    private var closedLeft = true
    private var closedRight = true
    /// How many Han characters either side of a span are segmented with it.
    static let reach = 10

    public init(_ bytes: [UInt8]) { self.bytes = bytes }

    /// Whether `span` (on character boundaries) begins and ends on word boundaries.
    ///
    /// Two ways the segmenter glues a name to its neighbour are let through:
    /// a level prefix before it (`市|民盟` segmented `市民|盟`, 市民 being
    /// "citizen") and a title that shares the name's last character
    /// (`市司法局|长` segmented `司法|局长`).
    public mutating func isWhole(_ span: Range<Int>) -> Bool {
        let certainStart = !isHan(before: span.lowerBound) || !isHan(at: span.lowerBound)
        let certainEnd = !isHan(before: span.upperBound) || !isHan(at: span.upperBound)
        if certainStart && certainEnd { return true }
        guard segment(around: span) else { return true }
        let start = certainStart || isCut(span.lowerBound)
            || (Self.isOne(of: Self.levelPrefixes, bytes, span.lowerBound - 3) && isCut(span.lowerBound - 3))
        let end = certainEnd || isCut(span.upperBound)
            || (span.count >= 6 && Self.isOne(of: Self.unitEndings, bytes, span.upperBound - 3)
                && Self.isOne(of: Self.headTitle, bytes, span.upperBound) && isCut(span.upperBound + 3))
        return start && end
    }

    /// 市, 省, 区, 县: a level written before a name (市民盟, 省民建).
    static let levelPrefixes = "市省区县".utf8Characters
    /// The last character of a unit that a head's title repeats (局 of 局长).
    static let unitEndings = "局院所校部厅处会社团".utf8Characters
    static let headTitle = "长".utf8Characters

    /// Whether the character at `at` is one of `characters` (three-byte UTF-8 each).
    static func isOne(of characters: [[UInt8]], _ bytes: [UInt8], _ at: Int) -> Bool {
        at >= 0 && at + 3 <= bytes.count && characters.contains { UTF8Scan.hasPrefix($0, in: bytes, at: at) }
    }

    /// Whether `offset` is a word boundary (certain or by ICU).
    public mutating func isBoundary(_ offset: Int) -> Bool {
        if !isHan(before: offset) || !isHan(at: offset) { return true }
        guard segment(around: offset..<offset) else { return true }
        return isCut(offset)
    }

    private func isCut(_ offset: Int) -> Bool {
        var low = 0, high = cuts.count
        while low < high {
            let mid = (low + high) / 2
            if cuts[mid] < offset { low = mid + 1 } else { high = mid }
        }
        return low < cuts.count && cuts[low] == offset
    }

    /// Segments the Han run around `span` unless the current window covers it
    /// with room to spare; false when ICU is not available.
    private mutating func segment(around span: Range<Int>) -> Bool {
        let margin = 4 * 3
        if !cuts.isEmpty, window.lowerBound <= span.lowerBound, span.upperBound <= window.upperBound,
           closedLeft || span.lowerBound - window.lowerBound >= margin,
           closedRight || window.upperBound - span.upperBound >= margin {
            return true
        }
        var start = span.lowerBound
        var count = 0
        while count < Self.reach, isHan(before: start) { start -= 3; count += 1 }
        closedLeft = !isHan(before: start)
        var end = span.upperBound
        count = 0
        while count < Self.reach, isHan(at: end) { end += 3; count += 1 }
        closedRight = !isHan(at: end)
        guard let found = bytes.withUnsafeBufferPointer({ WordBreaker.boundaries($0, start..<end) }) else { return false }
        window = start..<end
        cuts = found
        return true
    }

    /// A CJK ideograph (U+3400…U+9FFF: lead byte E3 with a second byte ≥ 90, or E4…E9) at `at`.
    private func isHan(at offset: Int) -> Bool {
        guard offset >= 0, offset + 2 < bytes.count else { return false }
        let lead = bytes[offset]
        return (0xE4...0xE9).contains(lead) || (lead == 0xE3 && bytes[offset + 1] >= 0x90)
    }

    private func isHan(before offset: Int) -> Bool { offset >= 3 && isHan(at: offset - 3) }
}

extension String {
    /// The UTF-8 bytes of each character.
    var utf8Characters: [[UInt8]] { map { Array(String($0).utf8) } }
}
