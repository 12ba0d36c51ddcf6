import Foundation

/// Splits normalized text into lines, sentences and list items, as byte ranges
/// (so every piece keeps its offsets for provenance). All O(n).
public enum Segmenter {
    static let fullStop: [UInt8] = Array("。".utf8)
    static let enumerationComma: [UInt8] = Array("、".utf8)

    /// Non-blank lines, trimmed.
    public static func lines(_ bytes: [UInt8], in range: Range<Int>? = nil) -> [Range<Int>] {
        let range = range ?? 0..<bytes.count
        var result: [Range<Int>] = []
        var start = range.lowerBound
        guard !range.isEmpty else { return result }
        // Line breaks found by `memchr`: every document's lines are cut once per extractor that reads lines.
        bytes.withUnsafeBufferPointer { buffer in
            let base = buffer.baseAddress!
            while start <= range.upperBound {
                var end = range.upperBound
                if start < range.upperBound, let hit = memchr(base + start, 0x0A, range.upperBound - start) {
                    end = UnsafePointer<UInt8>(hit.assumingMemoryBound(to: UInt8.self)) - base
                }
                let line = UTF8Scan.trim(bytes, start..<end)
                if !line.isEmpty { result.append(line) }
                start = end + 1
            }
        }
        return result
    }

    static let closingQuote = Array("”".utf8)

    /// Sentences: pieces ending with `。`, `!` or `?` (full-width forms are folded
    /// already), or with a line break; the terminator stays in the sentence.
    /// With `clauses`, `;` also ends a piece (it separates speakers in a list).
    public static func sentences(_ bytes: [UInt8], in range: Range<Int>? = nil, clauses: Bool = false) -> [Range<Int>] {
        let range = range ?? 0..<bytes.count
        var result: [Range<Int>] = []
        var start = range.lowerBound
        var i = range.lowerBound
        func close(_ end: Int) {
            let piece = UTF8Scan.trim(bytes, start..<end)
            if !piece.isEmpty { result.append(piece) }
            start = end
        }
        while i < range.upperBound {
            // Most bytes end nothing: skip them over the raw buffer (this runs over every
            // document, clause by clause, for the person readers).
            i = bytes.withUnsafeBufferPointer { buffer in
                var k = i
                while k < range.upperBound {
                    let b = buffer[k]
                    // A three-byte character led by E4…EF (every Han character from U+4000) ends
                    // nothing, nor do its continuation bytes: one test for the three.
                    if b >= 0xE4 && b <= 0xEF { k &+= 3; continue }
                    if b == 0x0A || b == 0x21 || b == 0x3F || b == 0x3B || b == 0xE3 { break }
                    k += 1
                }
                return k
            }
            guard i < range.upperBound else { break }
            let b = bytes[i]
            if b == 0x0A {
                close(i); i += 1; start = i; continue
            }
            if b == 0x21 || b == 0x3F || (clauses && b == 0x3B) {
                close(i + 1); i += 1; continue
            }
            if b == 0xE3, i + 2 < range.upperBound, bytes[i + 1] == 0x80, bytes[i + 2] == 0x82 {
                // A closing quote right after the full stop belongs to the sentence.
                var end = i + 3
                if UTF8Scan.hasPrefix(closingQuote, in: bytes, at: end) { end += 3 }
                close(end); i = end; continue
            }
            i += 1
        }
        close(range.upperBound)
        return result
    }

    /// Items of a list separated by `、`, `,` or `;` at bracket depth zero, trimmed;
    /// brackets are `()`, `〈〉`, `《》`, `“”`, `【】`, `〔〕` (`各县〔市、区〕政府` is one item).
    public static func listItems(_ bytes: [UInt8], in range: Range<Int>, separators: Set<String> = ["、", ",", ";"]) -> [Range<Int>] {
        let seps = separators.map { Array($0.utf8) }
        var result: [Range<Int>] = []
        var depth = 0
        var start = range.lowerBound
        var i = range.lowerBound
        while i < range.upperBound {
            let b = bytes[i]
            if depth == 0, let sep = seps.first(where: { UTF8Scan.hasPrefix($0, in: bytes, at: i) && i + $0.count <= range.upperBound }) {
                let item = UTF8Scan.trim(bytes, start..<i)
                if !item.isEmpty { result.append(item) }
                i += sep.count
                start = i
                continue
            }
            if b == 0x28 { depth += 1 } else if b == 0x29 { depth = max(0, depth - 1) }
            else if b == 0xE3, i + 2 < bytes.count, bytes[i + 1] == 0x80 {
                // 〈 E3 80 88, 〉 89, 《 8A, 》 8B, 【 90, 】 91, 〔 94, 〕 95
                switch bytes[i + 2] {
                case 0x88, 0x8A, 0x90, 0x94: depth += 1
                case 0x89, 0x8B, 0x91, 0x95: depth = max(0, depth - 1)
                default: break
                }
            } else if b == 0xE2, i + 2 < bytes.count, bytes[i + 1] == 0x80 {
                // “ E2 80 9C, ” 9D
                if bytes[i + 2] == 0x9C { depth += 1 } else if bytes[i + 2] == 0x9D { depth = max(0, depth - 1) }
            }
            i += UTF8Scan.scalarLength(b)
        }
        let item = UTF8Scan.trim(bytes, start..<range.upperBound)
        if !item.isEmpty { result.append(item) }
        return result
    }
}
