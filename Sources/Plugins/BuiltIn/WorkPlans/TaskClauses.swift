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
        /// The group heading written inside the paragraph above this task (`(一)全力稳就业。 1.…`), if any.
        var group: Range<Int>? = nil
    }

    /// The tasks of the paragraph `line` whose text starts at `contentStart`, and
    /// the heading sentence that opens it when it is a group's heading (a heading
    /// marker's line, `(二)做好公开。`, or a first sentence followed by numbered
    /// clauses); nil unless two or more brackets assign units.
    static func split(_ bytes: [UInt8], _ line: Range<Int>, contentStart: Int, headingLine: Bool) -> (heading: Range<Int>?, clauses: [Clause])? {
        // Cheap test first (this runs for every line of every document): two brackets need two `)`, two labels two `:`.
        let bracketed = closingBrackets(bytes, contentStart..<line.upperBound, atLeast: 2)
        let labelled = colons(bytes, contentStart..<line.upperBound, atLeast: 2)
        guard bracketed || labelled else { return nil }
        var brackets = bracketed ? unitBrackets(bytes, contentStart..<line.upperBound) : []
        if labelled { brackets = (brackets + labelledRuns(bytes, contentStart..<line.upperBound)).sorted { $0.range.lowerBound < $1.range.lowerBound } }
        guard brackets.count >= 2 else { return nil }
        var clauses: [Clause] = []
        var heading: Range<Int>?
        var start = contentStart
        // A heading inside the paragraph groups the tasks after it, up to the next one.
        var group: Range<Int>?
        for (n, bracket) in brackets.enumerated() {
            var content = skipSeparators(bytes, start..<bracket.range.lowerBound)
            var number = n + 1
            var clauseStart = start
            if let (task, heading) = pastHeadings(bytes, content) {
                // A whole plan flattened to one paragraph: the headings before this task are its group's, not its text.
                content = task.contentStart..<content.upperBound
                number = task.number
                clauseStart = task.start
                if let heading { group = heading }
            } else if n == 0, let stop = UTF8Scan.find(Segmenter.fullStop, in: bytes, from: content.lowerBound, to: bracket.range.lowerBound) {
                // The first sentence is the group's heading when a numbered clause follows it, or the line is a heading's
                // and the sentence is as short as a heading (a page that ran a heading into its paragraph,
                // `(一)围绕A工程,加强作风建设坚持党的领导,…抓作风建设。`, opens the first task with it).
                let rest = skipSeparators(bytes, (stop + Segmenter.fullStop.count)..<bracket.range.lowerBound)
                if let item = itemAfterSpace(bytes, content.lowerBound..<stop) {
                    heading = UTF8Scan.trim(bytes, content.lowerBound..<item)
                    content = item..<content.upperBound
                } else if brackets.count >= 2, let dash = dashItem(bytes, content.lowerBound..<stop),
                          BulletItem.contentStart(bytes, skipSeparators(bytes, bracket.range.upperBound..<brackets[1].range.lowerBound)) != nil {
                    // `(一)实施垃圾治理行动——加快生活垃圾治理。…(A)——加快废弃物利用。…(B)`: the paragraph's items open with
                    // dashes, the first right after its heading.
                    heading = UTF8Scan.trim(bytes, content.lowerBound..<dash.at)
                    content = dash.content..<content.upperBound
                } else if !rest.isEmpty, headingLine && UTF8Scan.scalarCount(bytes, content.lowerBound..<stop) <= longestHeading
                            || innerMarker(bytes, rest) != nil {
                    heading = content.lowerBound..<stop
                    content = rest
                }
            }
            // `[接上页] 11.…`: a paged copy's short label in square brackets before the first number is no part of the task.
            if n == 0, let past = pastPageLabel(bytes, content), innerMarker(bytes, past) != nil { content = past }
            if let marker = innerMarker(bytes, content) {
                content = marker.contentStart..<content.upperBound
                number = marker.number
            } else if let start = BulletItem.contentStart(bytes, content) {
                // `…(A)——加快废弃物利用。…(B)`: a bullet's glyph is no part of the task.
                content = start..<content.upperBound
            }
            if !content.isEmpty {
                clauses.append(Clause(range: clauseStart..<bracket.range.upperBound, contentStart: content.lowerBound, number: number,
                                      units: bracket, group: group))
            }
            start = bracket.range.upperBound
        }
        return clauses.count >= 2 ? (heading, clauses) : nil
    }

    /// The longest sentence, in characters, read as a group's heading over the tasks of its paragraph.
    static let longestHeading = 32

    /// Where the task starts in a clause's text that holds outline headings (`一、稳定经济大盘
    /// (一)全力稳就业。 1.把稳定…`: a plan flattened to one line keeps its group headings between
    /// one task's bracket and the next task), and the nearest heading's text, the task's group.
    /// The task is the first item (`1.`, `(1)`, `①`) after the last heading (level 1 or 2), else
    /// that heading itself. Markers count only where a sentence, a space or a colon ends before them; with no
    /// heading among them, nil: an item number inside a task's text (`…三项工作: 1.…`) starts no task.
    /// O(n) in the clause's bytes.
    static func pastHeadings(_ bytes: [UInt8], _ content: Range<Int>) -> (task: (start: Int, contentStart: Int, number: Int), heading: Range<Int>?)? {
        var markers: [(start: Int, marker: OutlineMarker)] = []
        var at = content.lowerBound
        while at < content.upperBound {
            // (Or a colon: `…治理指标:…。工作任务:1.推广…`, the items listed after a label.)
            let edge = at == content.lowerBound || bytes[at - 1] == 0x20 || bytes[at - 1] == 0x3B || bytes[at - 1] == 0x3A
                || UTF8Scan.hasSuffix(Segmenter.fullStop, in: bytes, content.lowerBound..<at)
            if edge, let marker = OutlineMarker.parse(bytes, at: at, end: content.upperBound) {
                markers.append((at, marker))
                at = marker.contentStart
                continue
            }
            at += 1
        }
        guard let last = markers.lastIndex(where: { $0.marker.level <= 2 }) else { return nil }
        if let item = markers[(last + 1)...].first(where: { $0.marker.level >= 3 }) {
            return ((item.start, item.marker.contentStart, item.marker.number), headingText(bytes, markers[last].marker.contentStart..<item.start))
        }
        let task = markers[last]
        guard task.marker.contentStart < content.upperBound else { return nil }
        let outer = markers[..<last].last { $0.marker.level < task.marker.level }
        return ((task.start, task.marker.contentStart, task.marker.number), outer.map { headingText(bytes, $0.marker.contentStart..<task.start) })
    }

    /// A heading's text: up to its first `。`, trimmed.
    static func headingText(_ bytes: [UInt8], _ range: Range<Int>) -> Range<Int> {
        let end = UTF8Scan.find(Segmenter.fullStop, in: bytes, from: range.lowerBound, to: range.upperBound) ?? range.upperBound
        return UTF8Scan.trim(bytes, range.lowerBound..<end)
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

    /// Whether `range` holds `count` or more `:`.
    static func colons(_ bytes: [UInt8], _ range: Range<Int>, atLeast count: Int) -> Bool {
        var found = 0
        var at = range.lowerBound
        while found < count, let colon = UTF8Scan.find([0x3A], in: bytes, from: at, to: range.upperBound) {
            found += 1
            at = colon + 1
        }
        return found >= count
    }

    /// Unit labels closing a task's sentences in a paragraph of numbered tasks, with no bracket
    /// (`1.推进A。 责任单位:甲局(首位单位为牵头单位,下同)、乙局 2.推进B。 责任单位:丙局`): a label
    /// after a `。` (spaces between), its lists running to the space before the next item's
    /// number or heading, or to the paragraph's end. O(n) in the paragraph's bytes.
    static func labelledRuns(_ bytes: [UInt8], _ range: Range<Int>) -> [UnitAssignment] {
        var found: [UnitAssignment] = []
        var at = range.lowerBound
        while let colon = UTF8Scan.find([0x3A], in: bytes, from: at, to: range.upperBound) {
            at = colon + 1
            guard let label = UnitAssignment.label(endingAt: colon, in: bytes, from: range.lowerBound) else { continue }
            var before = label.start
            while before > range.lowerBound, bytes[before - 1] == 0x20 { before -= 1 }
            guard UTF8Scan.hasSuffix(Segmenter.fullStop, in: bytes, range.lowerBound..<before) else { continue }
            var end = range.upperBound
            var k = colon + 1
            while k < range.upperBound {
                if bytes[k] == 0x20, OutlineMarker.parse(bytes, at: k + 1, end: range.upperBound) != nil { end = k; break }
                k += 1
            }
            var deadline: Range<Int>?
            if let units = UnitAssignment.parseLabelled(bytes, label.start..<UTF8Scan.trim(bytes, label.start..<end).upperBound, deadline: &deadline),
               !units.isEmpty {
                found.append(UnitAssignment(units: units, range: label.start..<end, deadline: deadline))
            }
            at = max(at, end)
        }
        return found
    }

    /// The longest page label in square brackets (`[接上页]`, `[续表]`), in bytes.
    static let longestPageLabel = 20

    /// `range` past a short label in square brackets and the spaces after it, if it opens with one.
    static func pastPageLabel(_ bytes: [UInt8], _ range: Range<Int>) -> Range<Int>? {
        guard !range.isEmpty, bytes[range.lowerBound] == 0x5B,
              var at = UTF8Scan.find([0x5D], in: bytes, from: range.lowerBound, to: min(range.upperBound, range.lowerBound + longestPageLabel))
        else { return nil }
        at += 1
        while at < range.upperBound, bytes[at] == 0x20 { at += 1 }
        return at..<range.upperBound
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
                    // `…统计。(甲局,乙局) 12.…`: after a full stop a bracket of bare unit names (every item reads as a unit) closes a task too.
                    if let units = UnitAssignment.parseLabelled(bytes, inner, deadline: &deadline) ?? UnitAssignment.parseVerbs(bytes, inner, deadline: &deadline)
                        ?? (UTF8Scan.hasSuffix(Segmenter.fullStop, in: bytes, range.lowerBound..<open) ? UnitAssignment.bareUnits(bytes, inner) : nil),
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
        if after >= range.upperBound || bytes[after] == 0x3B || UTF8Scan.hasPrefix(Segmenter.fullStop, in: bytes, at: after) { return true }
        // `…专题或专栏(责任单位:办公室、机关党委)3.工作机制有效。`: the next item's number closes the sentence.
        var next = after
        while next < range.upperBound, bytes[next] == 0x20 { next += 1 }
        guard let marker = OutlineMarker.parse(bytes, at: next, end: range.upperBound), marker.level >= 3 else { return false }
        return UTF8Scan.isHan(bytes, at: marker.contentStart)
    }

    /// A dash item inside a heading's first sentence (`实施垃圾治理行动——加快生活垃圾治理`): where the dash is and
    /// where the item's text starts. The dash must follow Han text and open Han text.
    static func dashItem(_ bytes: [UInt8], _ sentence: Range<Int>) -> (at: Int, content: Int)? {
        guard let at = UTF8Scan.find(itemDash, in: bytes, from: sentence.lowerBound + 3, to: sentence.upperBound),
              UTF8Scan.isHan(bytes, at: at - 3), UTF8Scan.isHan(bytes, at: at + itemDash.count) else { return nil }
        return (at, at + itemDash.count)
    }
    static let itemDash = Array("——".utf8)

    /// `建设公平诚信的市场环境 1.社会诚信。…`: where an item numbered after a space opens inside a heading's first
    /// sentence; the words before it are the group's heading.
    static func itemAfterSpace(_ bytes: [UInt8], _ sentence: Range<Int>) -> Int? {
        var at = sentence.lowerBound + 3
        while at < sentence.upperBound {
            if bytes[at - 1] == 0x20, let marker = OutlineMarker.parse(bytes, at: at, end: sentence.upperBound), marker.level >= 3,
               UTF8Scan.isHan(bytes, at: marker.contentStart) {
                return at
            }
            at += 1
        }
        return nil
    }
}
