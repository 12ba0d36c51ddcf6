import Foundation
import Graph

/// A document's text as extractors scan it: UTF-8 bytes with full-width ASCII
/// forms folded to half-width (`，` → `,`, `（` → `(`, `１` → `1`, U+3000 → space),
/// traditional Han characters folded to simplified ones (`劉` → `刘`,
/// `ScriptFolding`: one three-byte character for another), a converter's pinyin
/// glosses dropped (`區(qū)` → `区`, `PinyinGloss`), a comma stray before `、` dropped (`StrayComma`), spaces around a count of persons dropped (`CountSpacing`), carriage returns dropped, and line breaks inside a word removed, together
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
    /// Whether any traditional character was folded: names are then given as
    /// written (`written`), which costs a look at the original.
    public let foldedScript: Bool

    public init(_ text: String) {
        let source = Array(text.utf8)
        originalBytes = source
        var (text, map, folded, marked) = Self.foldWidths(source)
        foldedScript = folded
        // 於 and the like: traditional forms only in a document in traditional script.
        if folded { ScriptFolding.foldTraditionalOnly(&text) }
        // Only a text with tone-marked letters can hold a pinyin gloss (`區(qū)`).
        if marked { PinyinGloss.drop(&text, &map) }
        StrayComma.drop(&text, &map)
        CountSpacing.drop(&text, &map)
        Self.joinBrokenLines(&text, &map)
        bytes = text
        map.append(Int32(source.count))  // within the spare capacity foldWidths reserved
        origin = map
    }

    public var count: Int { bytes.count }

    /// The normalized text of `range`.
    public func string(_ range: Range<Int>) -> String {
        String(decoding: bytes[range], as: UTF8.self)
    }

    /// The text of `range` with its Han characters as the document writes
    /// them (`劉勛建` where the normalized text reads `刘勋建`), everything else
    /// normalized; the same as `string` in a document with no traditional character.
    public func written(_ range: Range<Int>) -> String {
        guard foldedScript else { return string(range) }
        var out = Array(bytes[range])
        var k = 0
        while k + 2 < out.count {
            // Only a three-byte Han character can have been folded, and only to one of the same length.
            guard Self.isHanLead(out, k, lowerBound: 0) else { k += 1; continue }
            let at = Int(origin[range.lowerBound + k])
            if at + 2 < originalBytes.count, Self.isHanLead(originalBytes, at, lowerBound: 0) {
                out[k] = originalBytes[at]; out[k + 1] = originalBytes[at + 1]; out[k + 2] = originalBytes[at + 2]
            }
            k += 3
        }
        return String(decoding: out, as: UTF8.self)
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

    /// ASCII for U+FE50…U+FE5A where there is one: ﹐ ﹒ ﹔ ﹕ ﹖ ﹗ ﹙ ﹚ (﹑ and ﹓ have none, 0).
    static let smallForms: [UInt8] = [0x2C, 0, 0x2E, 0, 0x3B, 0x3A, 0x3F, 0x21, 0, 0x28, 0x29]

    /// Folds U+FF01…U+FF5E and small form variants (﹒) to ASCII, U+3000 and U+00A0 to a space, traditional
    /// Han characters to simplified ones, and drops `\r`; says whether any
    /// traditional character was folded and whether any letter that may carry
    /// a tone mark was seen (`PinyinGloss`).
    /// Writes through raw buffers: this runs over every byte of every document.
    static func foldWidths(_ source: [UInt8]) -> ([UInt8], [Int32], Bool, Bool) {
        let n = source.count
        // Uninitialized: every element kept is written below, and zero-filling
        // 5 bytes per input byte costs as much as the folding itself.
        var out = [UInt8](unsafeUninitializedCapacity: n) { _, count in count = n }
        var map = [Int32](unsafeUninitializedCapacity: n + 1) { _, count in count = n }
        // Offsets are kept as Int32: a text that does not fit stops here, as it would at its first such offset.
        precondition(n < Int(Int32.max), "a document of 2 GB or more")
        var written = 0
        var folded = false, marked = false
        ScriptFolding.simplified.withUnsafeBufferPointer { table in
        source.withUnsafeBufferPointer { src in
            out.withUnsafeMutableBufferPointer { o in
                map.withUnsafeMutableBufferPointer { m in
                    // The count in a local, not the captured variable, so it stays in a register;
                    // offsets converted unchecked (the precondition above).
                    var w = 0
                    var i = 0
                    @inline(__always) func keep(_ byte: UInt8, from offset: Int) {
                        o[w] = byte; m[w] = Int32(truncatingIfNeeded: offset); w &+= 1
                    }
                    while i < n {
                        let b = src[i]
                        if b < 0x80 {
                            if b != 0x0D { keep(b, from: i) }
                            i &+= 1
                            continue
                        }
                        if b == 0xEF, i + 2 < n {
                            // U+FF01…U+FF3F is EF BC 81…BF; U+FF40…U+FF5E is EF BD 80…9E.
                            let b1 = src[i + 1], b2 = src[i + 2]
                            if b1 == 0xBC, b2 >= 0x81, b2 <= 0xBF {
                                keep(0x21 + (b2 - 0x81), from: i); i &+= 3; continue
                            }
                            if b1 == 0xBD, b2 >= 0x80, b2 <= 0x9E {
                                keep(0x60 + (b2 - 0x80), from: i); i &+= 3; continue
                            }
                            // Small form variants (U+FE50…U+FE5A, EF B9 90…9A) some plans number with (`2﹒`).
                            if b1 == 0xB9, b2 >= 0x90, b2 <= 0x9A, case let ascii = smallForms[Int(b2 - 0x90)], ascii != 0 {
                                keep(ascii, from: i); i &+= 3; continue
                            }
                        }
                        if b == 0xE3, i + 2 < n, src[i + 1] == 0x80, src[i + 2] == 0x80 {
                            keep(0x20, from: i); i &+= 3; continue
                        }
                        if b == 0xC2, i + 1 < n, src[i + 1] == 0xA0 {
                            keep(0x20, from: i); i &+= 2; continue
                        }
                        if b >= 0xE3, b <= 0xE9, i + 2 < n {
                            // A three-byte character: U+3000…U+9FFF, Han from U+3400 (the input is valid UTF-8).
                            let b1 = src[i + 1], b2 = src[i + 2]
                            let scalar = UInt32(b & 0x0F) << 12 | UInt32(b1 & 0x3F) << 6 | UInt32(b2 & 0x3F)
                            var to = UInt32(0)
                            if scalar >= ScriptFolding.firstScalar { to = UInt32(table[Int(scalar - ScriptFolding.firstScalar)]) }
                            if to != 0 {
                                folded = true
                                keep(0xE0 | UInt8(to >> 12), from: i)
                                keep(0x80 | UInt8((to >> 6) & 0x3F), from: i + 1)
                                keep(0x80 | UInt8(to & 0x3F), from: i + 2)
                            } else {
                                keep(b, from: i); keep(b1, from: i + 1); keep(b2, from: i + 2)
                            }
                            i &+= 3; continue
                        }
                        if PinyinGloss.isMarkedLetterLead(b) { marked = true }
                        keep(b, from: i); i &+= 1
                    }
                    written = w
                }
            }
        }
        }
        out.removeLast(n - written)
        map.removeLast(n - written)
        return (out, map, folded, marked)
    }

    // MARK: Broken lines

    /// Removes a run of line breaks (and blank lines) that splits a word: the line
    /// before is a long paragraph line (at least `minimumBrokenLineBytes`) that has
    /// sentence punctuation but ends on a Han character, and the next line starts
    /// with a Han character. Headings and speaker lines are short or carry no
    /// sentence punctuation, so they keep their line breaks.
    ///
    /// Works in place: it only removes bytes, so the write position never
    /// passes the read position (no second pair of buffers per document).
    static func joinBrokenLines(_ text: inout [UInt8], _ map: inout [Int32]) {
        let n = text.count
        var written = 0
        text.withUnsafeMutableBufferPointer { tb in
            map.withUnsafeMutableBufferPointer { mb in
                let t = UnsafeBufferPointer(tb), mp = UnsafeBufferPointer(mb)
                let o = tb, om = mb
                var lineStart = 0  // in the output
                var sentencePunctuation = false  // seen in the current output line
                var i = 0
                while i < n {
                    guard t[i] == 0x0A else {
                        // The rest of the line at once: found by memchr, moved by memmove
                        // (a byte at a time cost as much as the width folding).
                        let end = memchr(t.baseAddress! + i, 0x0A, n - i).map { UnsafePointer($0.assumingMemoryBound(to: UInt8.self)) - t.baseAddress! } ?? n
                        var k = i
                        while !sentencePunctuation, k < end {
                            let b = t[k]
                            if b == 0x3B || b == 0x21 || b == 0x3F
                                || (b == 0xE3 && k + 2 < n && t[k + 1] == 0x80 && t[k + 2] == 0x82) {
                                sentencePunctuation = true
                            }
                            k += 1
                        }
                        if written != i {
                            memmove(o.baseAddress! + written, t.baseAddress! + i, end - i)
                            memmove(om.baseAddress! + written, mp.baseAddress! + i, (end - i) * MemoryLayout<Int32>.stride)
                        }
                        written += end - i
                        i = end
                        continue
                    }
                    // A run of newlines and spaces.
                    var j = i
                    var newlines = 0
                    while j < n, t[j] == 0x0A || t[j] == 0x20 || t[j] == 0x09 {
                        if t[j] == 0x0A { newlines += 1 }
                        j += 1
                    }
                    var lineEnd = written
                    while lineEnd > lineStart, o[lineEnd - 1] == 0x20 || o[lineEnd - 1] == 0x09 { lineEnd -= 1 }
                    // A photo's caption closed by its credit (`新华社记者 某 摄`) and a blank line, or by a credit
                    // set apart by a space (`…讲话。 某 摄`, a caption over the next): the next line is no part of it.
                    let caption = lineEnd - lineStart >= 4 && endsInCredit(UnsafeBufferPointer(o), lineEnd)
                        && (newlines > 1 || o[lineEnd - 4] == 0x20)
                    if j < n, !caption, sentencePunctuation, lineEnd - lineStart >= minimumBrokenLineBytes,
                       isHanLead(o, lineEnd - 3, lowerBound: lineStart), isHanLead(t, j, lowerBound: 0),
                       !startsNumeralHeading(t, j, n), !endsInUnitList(UnsafeBufferPointer(o), lineStart, lineEnd),
                       !endsInCellAfterSentence(UnsafeBufferPointer(o), lineStart, lineEnd), !isShortNameLine(t, j, n)
                    {
                        written = lineEnd
                        i = j
                        continue
                    }
                    for k in i..<j { o[written] = t[k]; om[written] = mp[k]; written += 1 }
                    // The new line starts after the last newline of the run.
                    var last = written
                    while last > 0, o[last - 1] != 0x0A { last -= 1 }
                    lineStart = last
                    sentencePunctuation = false
                    i = j
                }
            }
        }
        text.removeLast(n - written)
        map.removeLast(n - written)
    }

    /// The next line is two to four Han characters alone (`问得精准,答得实在!…问政会` / `甲某某` / `2020-11-09`): a name,
    /// an author's under the headline, no rest of a broken sentence (which closes with punctuation).
    static func isShortNameLine(_ t: UnsafeBufferPointer<UInt8>, _ j: Int, _ n: Int) -> Bool {
        var k = j
        var count = 0
        while count <= 4, isHanLead(t, k, lowerBound: 0) { k += 3; count += 1 }
        return (2...4).contains(count) && (k >= n || t[k] == 0x0A)
    }

    /// 摄: a photographer's credit closing a line (攝 is folded to it before lines are joined).
    static let creditMark = Array("摄".utf8)

    static func endsInCredit(_ o: UnsafeBufferPointer<UInt8>, _ end: Int) -> Bool {
        creditMark.indices.allSatisfy { o[end - 3 + $0] == creditMark[$0] }
    }

    static let numeralBytes: [[UInt8]] = "一二三四五六七八九十".map { Array(String($0).utf8) }

    /// A heading such as `二、全力推动高质量发展` starts at `i`: one to three
    /// Chinese numerals and 、. A heading never continues the line before it.
    static func startsNumeralHeading(_ t: UnsafeBufferPointer<UInt8>, _ i: Int, _ n: Int) -> Bool {
        var k = i
        var numerals = 0
        while numerals < 3, k + 3 <= n, numeralBytes.contains(where: { $0[0] == t[k] && $0[1] == t[k + 1] && $0[2] == t[k + 2] }) {
            k += 3
            numerals += 1
        }
        return numerals > 0 && k + 3 <= n && t[k] == 0xE3 && t[k + 1] == 0x80 && t[k + 2] == 0x81
    }

    /// The line's last sentence assigns units (`…。牵头单位:A;责任单位:B、C`): a
    /// list that ends with its line, not a sentence broken across lines.
    static func endsInUnitList(_ o: UnsafeBufferPointer<UInt8>, _ lineStart: Int, _ lineEnd: Int) -> Bool {
        let label: [UInt8] = Array("单位:".utf8)
        var k = lineEnd - label.count
        while k >= lineStart {
            if o[k] == 0xE3, k + 2 < lineEnd, o[k + 1] == 0x80, o[k + 2] == 0x82 { return false }  // 。
            if o[k] == label[0], (0..<label.count).allSatisfy({ o[k + $0] == label[$0] }) { return true }
            k -= 1
        }
        return false
    }

    /// A table's row copied with single spaces between its cells closes on a short cell after the
    /// sentence of the one before it (`9 全体居民收入增长6%。 区发展改革委`): the next line is
    /// the next row or the cell going on (`区人力社保局`), not the rest of a broken sentence.
    /// So does a credit after the last sentence, its label and name parted by a space (`…就满足了。本报记者 某某`,
    /// `…讨论。 本报记者 某某`):
    /// the next line (a heading, `一个点子`) is no part of the name.
    static func endsInCellAfterSentence(_ o: UnsafeBufferPointer<UInt8>, _ lineStart: Int, _ lineEnd: Int) -> Bool {
        var k = lineEnd
        while k - 3 >= lineStart, lineEnd - k < longestCellBytes, isHanLead(o, k - 3, lowerBound: lineStart) { k -= 3 }
        guard k < lineEnd, k - 4 >= lineStart, o[k - 1] == 0x20 else { return false }
        if o[k - 4] == 0xE3 && o[k - 3] == 0x80 && o[k - 2] == 0x82 { return true }
        // A credit's label (本报记者, 通讯员): a few Han characters between the space and the stop.
        var m = k - 1
        while m - 3 >= lineStart, k - 1 - m < longestLabelBytes, isHanLead(o, m - 3, lowerBound: lineStart) { m -= 3 }
        guard m < k - 1 else { return false }
        if m - 1 >= lineStart, o[m - 1] == 0x20 { m -= 1 }
        guard m - 3 >= lineStart else { return false }
        return o[m - 3] == 0xE3 && o[m - 2] == 0x80 && o[m - 1] == 0x82
    }

    /// A credit's label: at most 6 Han characters (本报记者, 融媒体记者).
    static let longestLabelBytes = 18

    /// A unit's cell: at most 12 Han characters.
    static let longestCellBytes = 36

    /// True when a three-byte Han character (U+3400…U+9FFF) starts at `i`.
    @inline(__always)
    static func isHanLead<B: Collection>(_ bytes: B, _ i: Int, lowerBound: Int) -> Bool where B.Index == Int, B.Element == UInt8 {
        guard i >= lowerBound, i + 2 < bytes.endIndex else { return false }
        let b0 = bytes[i]
        if b0 >= 0xE4 && b0 <= 0xE9 { return true }
        return b0 == 0xE3 && bytes[i + 1] >= 0x90
    }

    /// About 20 Han characters: shorter lines are headings or names, not broken paragraphs.
    static let minimumBrokenLineBytes = 60
}
