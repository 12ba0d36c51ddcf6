import Foundation

/// Small byte-level tests and searches over UTF-8 text, used instead of
/// `Regex` because they run at memory speed (a `Regex` scan of this corpus
/// manages 20–70 MB/s).
public enum UTF8Scan {
    /// True when the scalar starting at `index` is a CJK unified ideograph
    /// (U+3400…U+9FFF, three bytes E3 90 80 … E9 BF BF).
    @inlinable @inline(__always)
    public static func isHan(_ bytes: [UInt8], at index: Int) -> Bool {
        guard index + 2 < bytes.count else { return false }
        let b0 = bytes[index]
        if b0 >= 0xE4 && b0 <= 0xE9 { return true }
        return b0 == 0xE3 && bytes[index + 1] >= 0x90
    }

    /// Whether every character of `range` is three bytes led as a CJK ideograph is (E4…E9), read at steps of three.
    public static func isHanRun(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
        stride(from: range.lowerBound, to: range.upperBound, by: 3).allSatisfy { (0xE4...0xE9).contains(bytes[$0]) }
    }

    /// True when the last scalar in `range` is a Han character.
    public static func endsWithHan(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
        guard range.count >= 3 else { return false }
        return isHan(bytes, at: range.upperBound - 3) && bytes[range.upperBound - 3] & 0xC0 != 0x80
    }

    /// True when `range` holds `。`, `；`/`;`, `！`/`!` or `？`/`?` (after width folding).
    public static func containsSentencePunctuation(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
        var i = range.lowerBound
        while i < range.upperBound {
            let b = bytes[i]
            if b == 0x3B || b == 0x21 || b == 0x3F { return true }
            if b == 0xE3, i + 2 < range.upperBound, bytes[i + 1] == 0x80, bytes[i + 2] == 0x82 { return true }
            i += 1
        }
        return false
    }

    /// The first index at or after `from` (and before `end`) where `needle` starts.
    /// A range reaching outside `bytes` is cut to it.
    public static func find(_ needle: [UInt8], in bytes: [UInt8], from: Int, to end: Int? = nil) -> Int? {
        bytes.withUnsafeBufferPointer { hay in
            needle.withUnsafeBufferPointer { pattern in
                find(pattern, in: hay, from: max(0, from), to: min(end ?? bytes.count, bytes.count))
            }
        }
    }

    /// `find` over raw buffers, for callers that hold a string's bytes. `memchr`
    /// looks for the needle's second byte (for Chinese text a continuation byte,
    /// one in 64, where a lead byte is one in six) and the rest is compared only
    /// there: this runs over whole documents and every line in every extractor.
    static func find(
        _ needle: UnsafeBufferPointer<UInt8>, in bytes: UnsafeBufferPointer<UInt8>, from: Int, to end: Int? = nil
    ) -> Int? {
        let end = end ?? bytes.count
        guard let first = needle.first, from >= 0, end <= bytes.count, end - from >= needle.count else { return nil }
        let h = bytes.baseAddress!, p = needle.baseAddress!
        let m = needle.count
        let k = m >= 2 ? 1 : 0
        let anchor = Int32(p[k])
        var i = from
        let stop = end - m
        while i <= stop {
            // The anchor's next place at or after the candidate start `i`.
            guard let hit = memchr(h + i + k, anchor, stop - i + 1) else { return nil }
            let at = UnsafePointer<UInt8>(hit.assumingMemoryBound(to: UInt8.self)) - h - k
            if h[at] == first, memcmp(h + at, p, m) == 0 { return at }
            i = at + 1
        }
        return nil
    }

    /// The last index before `end` (and at or after `from`) where `needle` starts.
    public static func findLast(_ needle: [UInt8], in bytes: [UInt8], from: Int = 0, to end: Int) -> Int? {
        guard !needle.isEmpty, end - from >= needle.count else { return nil }
        var i = end - needle.count
        while i >= from {
            var k = 0
            while k < needle.count, bytes[i + k] == needle[k] { k += 1 }
            if k == needle.count { return i }
            i -= 1
        }
        return nil
    }

    /// `findLast` over raw buffers: the start of the last occurrence of `needle` in `bytes`.
    static func findLast(_ needle: UnsafeBufferPointer<UInt8>, in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        let m = needle.count
        guard m > 0, bytes.count >= m else { return nil }
        let h = bytes.baseAddress!, p = needle.baseAddress!
        let first = p[0], lastByte = p[m - 1]
        var i = bytes.count - m
        while i >= 0 {
            if h[i] == first, h[i + m - 1] == lastByte, memcmp(h + i, p, m) == 0 { return i }
            i -= 1
        }
        return nil
    }

    /// True when `bytes[at...]` starts with `prefix`.
    @inlinable
    public static func hasPrefix(_ prefix: [UInt8], in bytes: [UInt8], at: Int) -> Bool {
        guard at >= 0, at + prefix.count <= bytes.count else { return false }
        for k in 0..<prefix.count where bytes[at + k] != prefix[k] { return false }
        return true
    }

    /// True when `range` of `bytes` ends with `suffix`.
    public static func hasSuffix(_ suffix: [UInt8], in bytes: [UInt8], _ range: Range<Int>) -> Bool {
        guard range.count >= suffix.count else { return false }
        return hasPrefix(suffix, in: bytes, at: range.upperBound - suffix.count)
    }

    /// The number of Unicode scalars in `range` (bytes that do not continue a scalar).
    public static func scalarCount(_ bytes: [UInt8], _ range: Range<Int>) -> Int {
        var c = 0
        for i in range where bytes[i] & 0xC0 != 0x80 { c += 1 }
        return c
    }

    /// `range` without leading and trailing ASCII spaces, tabs and newlines.
    public static func trim(_ bytes: [UInt8], _ range: Range<Int>) -> Range<Int> {
        var lo = range.lowerBound, hi = range.upperBound
        while lo < hi, bytes[lo] == 0x20 || bytes[lo] == 0x0A || bytes[lo] == 0x09 { lo += 1 }
        while hi > lo, bytes[hi - 1] == 0x20 || bytes[hi - 1] == 0x0A || bytes[hi - 1] == 0x09 { hi -= 1 }
        return lo..<hi
    }

    /// The runs of `range` that bytes for which `isSeparator` holds part (a row's cells set out with spaces).
    @inline(__always)
    public static func fields(_ bytes: [UInt8], _ range: Range<Int>, separatedBy isSeparator: (UInt8) -> Bool) -> [Range<Int>] {
        var fields: [Range<Int>] = []
        var start: Int?
        for i in range {
            let separator = isSeparator(bytes[i])
            if separator, let s = start { fields.append(s..<i); start = nil } else if !separator, start == nil { start = i }
        }
        if let s = start { fields.append(s..<range.upperBound) }
        return fields
    }

    /// The scalar of the three-byte character at `at` (a Han character or CJK punctuation).
    public static func scalar(_ bytes: [UInt8], at: Int) -> UInt32 {
        (UInt32(bytes[at] & 0x0F) << 12) | (UInt32(bytes[at + 1] & 0x3F) << 6) | UInt32(bytes[at + 2] & 0x3F)
    }

    /// The byte length of the scalar whose first byte is `lead`.
    @inlinable
    public static func scalarLength(_ lead: UInt8) -> Int {
        if lead < 0x80 { return 1 }
        if lead >= 0xF0 { return 4 }
        if lead >= 0xE0 { return 3 }
        return 2
    }

    /// The character whose UTF-8 sequence starts at `at`, and its length in bytes; nil when it runs past `limit`.
    static func character(_ bytes: [UInt8], at: Int, limit: Int) -> (character: Character, length: Int)? {
        let length = scalarLength(bytes[at])
        guard at + length <= limit else { return nil }
        return (Character(String(decoding: bytes[at..<(at + length)], as: UTF8.self)), length)
    }
}

extension StringProtocol {
    /// The first range of `needle`, found by a UTF-8 byte search (Foundation's
    /// `range(of:)` goes through CFString on Linux and costs far more).
    public func utf8Range(of needle: String, from start: Index? = nil) -> Range<Index>? {
        let hay = utf8
        // Native strings: search the contiguous bytes, then turn offsets into
        // indices (O(1) for UTF-8 storage).
        let begin = start.map { hay.distance(from: hay.startIndex, to: $0) } ?? 0
        let searched: Int?? = hay.withContiguousStorageIfAvailable { buffer -> Int? in
            var pattern = needle
            return pattern.withUTF8 { UTF8Scan.find($0, in: buffer, from: begin) }
        }
        if let searched {
            guard let at = searched else { return nil }
            let lower = hay.index(hay.startIndex, offsetBy: at)
            return lower..<hay.index(lower, offsetBy: needle.utf8.count)
        }
        let pattern = Array(needle.utf8)
        guard let first = pattern.first else { return nil }
        var i = start ?? hay.startIndex
        while i != hay.endIndex {
            if hay[i] == first {
                var j = hay.index(after: i)
                var k = 1
                while k < pattern.count, j != hay.endIndex, hay[j] == pattern[k] { j = hay.index(after: j); k += 1 }
                if k == pattern.count { return i..<j }
            }
            i = hay.index(after: i)
        }
        return nil
    }

    /// `hasPrefix` by UTF-8 bytes. The standard library's compares by
    /// `Character` (grapheme breaking on both sides), which the role readers
    /// paid for on every item; for text of whole characters the answer is the same.
    public func hasUTF8Prefix(_ prefix: String) -> Bool {
        let hay = utf8, pattern = prefix.utf8
        let fast: Bool?? = hay.withContiguousStorageIfAvailable { h -> Bool? in
            pattern.withContiguousStorageIfAvailable { p in
                h.count >= p.count && (p.isEmpty || memcmp(h.baseAddress!, p.baseAddress!, p.count) == 0)
            }
        }
        if let fast, let fast { return fast }
        return hay.starts(with: pattern)
    }

    /// `hasSuffix` by UTF-8 bytes; see `hasUTF8Prefix`.
    public func hasUTF8Suffix(_ suffix: String) -> Bool {
        let hay = utf8, pattern = suffix.utf8
        let fast: Bool?? = hay.withContiguousStorageIfAvailable { h -> Bool? in
            pattern.withContiguousStorageIfAvailable { p in
                h.count >= p.count && (p.isEmpty || memcmp(h.baseAddress! + (h.count - p.count), p.baseAddress!, p.count) == 0)
            }
        }
        if let fast, let fast { return fast }
        return hay.reversed().starts(with: pattern.reversed())
    }

    /// True when `needle` occurs (a UTF-8 byte search).
    public func containsText(_ needle: String) -> Bool { utf8Range(of: needle) != nil }

    /// The last range of `needle` (what `range(of:options: .backwards)` finds in
    /// text of whole characters), by a UTF-8 byte search from the end: the role
    /// readers ask this of every role item, where Foundation's CFString search
    /// was a twentieth of a whole build.
    public func lastUTF8Range(of needle: String) -> Range<Index>? {
        // The needle's own bytes, not a copy in an array: the role readers ask this
        // of every item, several needles each.
        var pattern = needle
        let length = pattern.utf8.count
        guard length > 0 else { return nil }
        let hay = utf8
        let searched: Int?? = hay.withContiguousStorageIfAvailable { buffer -> Int? in
            pattern.withUTF8 { UTF8Scan.findLast($0, in: buffer) }
        }
        let at = searched ?? Array(hay).withUnsafeBufferPointer { buffer in
            pattern.withUTF8 { UTF8Scan.findLast($0, in: buffer) }
        }
        guard let at else { return nil }
        let lower = hay.index(hay.startIndex, offsetBy: at)
        return lower..<hay.index(lower, offsetBy: length)
    }
}
