import Foundation

/// Tasks written one after another in one paragraph, each closed by a bracket
/// of its own units: `(二)做好公开。发布A规划。(市规划局负责落实)推进B…。(市发改委、市教委分别负责落实)`,
/// or numbered inside the paragraph (`…1.完善A。(甲局牵头)2.推进B。(乙局负责)`, `①`, `(1)`, `一是`).
///
/// A paragraph with one such bracket is one task (`UnitAssignment.find`); with
/// two or more, each bracket ends a task that starts after the bracket before
/// it. A bracket counts only at a sentence's edge (after `。` or `;`, or before
/// one), so a note inside a sentence (`(含开发区)`) never splits it. The text
/// after the last bracket, with no units of its own, is no task.
struct TaskClauses {
    /// One task of the paragraph: where its text starts (past an inner number) and ends, and its units.
    struct Clause {
        var range: Range<Int>
        var contentStart: Int
        var number: Int
        var units: UnitAssignment
    }

    /// The tasks of the paragraph `line` whose text starts at `contentStart`, and
    /// the heading sentence that opens it when it is a group's heading (a heading
    /// marker's line, `(二)做好公开。`, or a first sentence followed by numbered
    /// clauses); nil unless two or more brackets assign units.
    static func split(_ bytes: [UInt8], _ line: Range<Int>, contentStart: Int, headingLine: Bool) -> (heading: Range<Int>?, clauses: [Clause])? {
        // Cheap test first (this runs for every line of every document): two brackets need two `)`.
        guard closingBrackets(bytes, contentStart..<line.upperBound, atLeast: 2) else { return nil }
        let brackets = unitBrackets(bytes, contentStart..<line.upperBound)
        guard brackets.count >= 2 else { return nil }
        var clauses: [Clause] = []
        var heading: Range<Int>?
        var start = contentStart
        for (n, bracket) in brackets.enumerated() {
            var content = skipSeparators(bytes, start..<bracket.range.lowerBound)
            var number = n + 1
            if n == 0, let stop = UTF8Scan.find(Segmenter.fullStop, in: bytes, from: content.lowerBound, to: bracket.range.lowerBound) {
                // The first sentence is the group's heading when a numbered clause follows it, or the line is a heading's.
                let rest = skipSeparators(bytes, (stop + Segmenter.fullStop.count)..<bracket.range.lowerBound)
                if !rest.isEmpty, headingLine || innerMarker(bytes, rest) != nil {
                    heading = content.lowerBound..<stop
                    content = rest
                }
            }
            if let marker = innerMarker(bytes, content) {
                content = marker.contentStart..<content.upperBound
                number = marker.number
            }
            if !content.isEmpty {
                clauses.append(Clause(range: start..<bracket.range.upperBound, contentStart: content.lowerBound, number: number, units: bracket))
            }
            start = bracket.range.upperBound
        }
        return clauses.count >= 2 ? (heading, clauses) : nil
    }

    /// Whether `range` holds `count` or more `)`, by `memchr`.
    static func closingBrackets(_ bytes: [UInt8], _ range: Range<Int>, atLeast count: Int) -> Bool {
        guard range.lowerBound >= 0, range.upperBound <= bytes.count, !range.isEmpty else { return count <= 0 }
        return bytes.withUnsafeBufferPointer { buffer in
            var found = 0
            var at = buffer.baseAddress! + range.lowerBound
            let end = buffer.baseAddress! + range.upperBound
            while found < count, at < end, let hit = memchr(at, 0x29, end - at) {
                found += 1
                at = UnsafePointer(hit.assumingMemoryBound(to: UInt8.self)) + 1
            }
            return found >= count
        }
    }

    /// `2.`, `(2)`, `②` or `二是` opening a clause inside a paragraph.
    static func innerMarker(_ bytes: [UInt8], _ range: Range<Int>) -> OutlineMarker? {
        if let marker = OutlineMarker.parse(bytes, at: range.lowerBound, end: range.upperBound), marker.level >= 3 { return marker }
        return WorkPlanExtractor.ordinalClause(bytes, range)
    }

    /// `range` without the `。`, `;`, `,` and spaces that open it (what is left of the sentence before a bracket).
    static func skipSeparators(_ bytes: [UInt8], _ range: Range<Int>) -> Range<Int> {
        var at = range.lowerBound
        while at < range.upperBound {
            if bytes[at] == 0x3B || bytes[at] == 0x2C || bytes[at] == 0x20 { at += 1; continue }
            if UTF8Scan.hasPrefix(Segmenter.fullStop, in: bytes, at: at), at + Segmenter.fullStop.count <= range.upperBound {
                at += Segmenter.fullStop.count
                continue
            }
            break
        }
        return at..<max(at, range.upperBound)
    }

    /// The brackets of `range` that assign units and stand at a sentence's edge, in order.
    static func unitBrackets(_ bytes: [UInt8], _ range: Range<Int>) -> [UnitAssignment] {
        var found: [UnitAssignment] = []
        var depth = 0
        var open = range.lowerBound
        var at = range.lowerBound
        while at < range.upperBound {
            let b = bytes[at]
            if b == 0x28 {
                if depth == 0 { open = at }
                depth += 1
            } else if b == 0x29, depth > 0 {
                depth -= 1
                if depth == 0, atSentenceEdge(bytes, open..<(at + 1), within: range) {
                    let inner = (open + 1)..<at
                    var deadline: Range<Int>?
                    if let units = UnitAssignment.parseLabelled(bytes, inner, deadline: &deadline) ?? UnitAssignment.parseVerbs(bytes, inner, deadline: &deadline),
                       !units.isEmpty {
                        found.append(UnitAssignment(units: units, range: open..<(at + 1), deadline: deadline))
                    }
                }
            }
            at += 1
        }
        return found
    }

    /// Whether the bracket `bracket` follows `。` or `;`, or is followed by one or by the end of `range`.
    static func atSentenceEdge(_ bytes: [UInt8], _ bracket: Range<Int>, within range: Range<Int>) -> Bool {
        let before = range.lowerBound..<bracket.lowerBound
        if UTF8Scan.hasSuffix(Segmenter.fullStop, in: bytes, before) || (!before.isEmpty && bytes[before.upperBound - 1] == 0x3B) { return true }
        let after = bracket.upperBound
        return after >= range.upperBound || bytes[after] == 0x3B || UTF8Scan.hasPrefix(Segmenter.fullStop, in: bytes, at: after)
    }
}
