/// A breakdown table flattened to text with no separator, whose rows are items numbered on through the table under
/// numbered groups, the deadline's column before the units': `序号主要工作任务具体工作措施完成时限主要责任单位任务来源`,
/// then `1推进生态文明建设1、建立…领导小组3月区经发局区环土局1、某某要点(…)2、某某方案 2、制定…6月区环土局 3、…`.
///
/// An item is its number (`k、`, one more than the item before), its text up to its deadline (`3月`, `12月底`, `全年`),
/// then its units run together up to a figure (the next item's number, the next group's, or the sources column's own
/// list), a space or the text's end, cut where each unit ends (`WorkPlanGluedTable.Reader.split`). A `k、` that no
/// deadline and units follow before the next item is a sources column's entry, not the item.
enum WorkPlanGluedItemTable {
    /// How far an item's text may run before its deadline, in characters.
    static let longestItem = 400

    /// The rows of every such table in `bytes`. Cheap on other text: a header is looked for only at `序号`.
    static func rows(_ bytes: [UInt8], lines: [Range<Int>], from first: Int = 0) -> [WorkPlanTable.Row] {
        var result: [WorkPlanTable.Row] = []
        var from = first
        while let at = UTF8Scan.find(WorkPlanGluedTable.numberHeader, in: bytes, from: from) {
            from = at + WorkPlanGluedTable.numberHeader.count
            guard UTF8Scan.isHan(bytes, at: from), let end = headerEnd(bytes, from) else { continue }
            let reader = WorkPlanGluedTable.Reader(bytes, WorkPlanGluedTable.Header(unitColumns: [.responsible], leaders: false, deadline: true, end: end))
            let (rows, last) = Items(reader: reader).read()
            result += rows
            from = max(from, last)
        }
        return result
    }

    /// Where row 1 opens after a header whose words name the task, then the deadline, then the units (a column after
    /// them, `任务来源`, may follow): nil for any other header.
    static func headerEnd(_ bytes: [UInt8], _ start: Int) -> Int? {
        let (chars, at) = WorkPlanGluedTable.headerWords(bytes, start)
        let words = String(chars)
        guard at < bytes.count, bytes[at] == 0x31,
              let deadline = WorkPlanTable.deadlineHeaders.compactMap({ words.range(of: $0) }).min(by: { $0.lowerBound < $1.lowerBound }),
              WorkPlanTable.taskHeaders.contains(where: { words[..<deadline.lowerBound].contains($0) }),
              let units = words.range(of: "单位", range: deadline.upperBound..<words.endIndex) ?? words.range(of: "部门", range: deadline.upperBound..<words.endIndex),
              words[units.upperBound...].count <= 4 else { return nil }
        return at
    }

    struct Items {
        let reader: WorkPlanGluedTable.Reader
        var chars: [Character] { reader.chars }
        /// Items in a row read as none before the table is taken to have ended.
        static let mostSkipped = 2

        /// The rows, and the byte offset where the table's last row ends.
        func read() -> ([WorkPlanTable.Row], Int) {
            var rows: [WorkPlanTable.Row] = []
            var number = 1
            var at = 0
            var end = 0
            var skipped = 0
            while true {
                guard let marker = nextMarker(number, from: at) else {
                    // An item read as none (no deadline before its units) does not end the table: the next one may be read.
                    guard skipped < Self.mostSkipped, nextMarker(number + 1, from: end) != nil else { break }
                    number += 1
                    skipped += 1
                    at = end
                    continue
                }
                guard let row = item(number, at: marker) else {
                    at = marker.text
                    continue
                }
                skipped = 0
                rows.append(row.row)
                end = row.end
                at = row.end
                number += 1
            }
            return (rows, reader.offsets[end])
        }

        /// The next `number、` at or after `from`, not inside a larger figure, before a Han character.
        func nextMarker(_ number: Int, from: Int) -> (start: Int, text: Int)? {
            let digits = Array(String(number))
            var i = from
            while i + digits.count + 1 < chars.count {
                if Array(chars[i..<(i + digits.count)]) == digits, chars[i + digits.count] == "、", chars[i + digits.count + 1].isHan,
                   i == 0 || !(chars[i - 1].isASCII && chars[i - 1].isNumber) {
                    return (i, i + digits.count + 1)
                }
                i += 1
            }
            return nil
        }

        /// Item `number` at `marker`: its text, deadline and units, before the next item's marker.
        func item(_ number: Int, at marker: (start: Int, text: Int)) -> (row: WorkPlanTable.Row, end: Int)? {
            let limit = min(chars.count, marker.text + WorkPlanGluedItemTable.longestItem, nextMarker(number + 1, from: marker.text)?.start ?? chars.count)
            var i = marker.text + 2
            while i < limit {
                if !(chars[i - 1].isASCII && chars[i - 1].isNumber), let deadline = deadline(at: i), let units = units(from: deadline, limit: limit) {
                    let offsets = reader.offsets
                    let assigned = units.pieces.map { piece in
                        UnitAssignment.Unit(name: reader.text(piece.core), range: offsets[piece.name.lowerBound]..<offsets[piece.name.upperBound],
                                            kind: .responsible, role: "负责")
                    }
                    let task = offsets[marker.text]..<offsets[i]
                    let row = WorkPlanTable.Row(number: number, line: offsets[marker.start]..<offsets[units.end], task: task, title: task,
                                                units: UnitAssignment(units: assigned, range: offsets[deadline]..<offsets[units.end]),
                                                deadline: offsets[i]..<offsets[deadline])
                    return (row, units.end)
                }
                i += 1
            }
            return nil
        }

        /// The end of a deadline at `at`: `3月`, `12月底`, `6月前`, or a word of `deadline-words` (`全年`).
        func deadline(at: Int) -> Int? {
            if let end = reader.deadline(at: at) { return end }
            var i = at
            while i < chars.count, i - at < 2, chars[i].isASCII, chars[i].isNumber { i += 1 }
            guard i > at, i < chars.count, chars[i] == "月" else { return nil }
            i += 1
            for tail in WorkPlanGluedTable.deadlineTails where reader.text(i..<min(chars.count, i + tail.count)) == tail { i += tail.count; break }
            if i < chars.count, chars[i] == "前" { i += 1 }
            return i
        }

        /// The units from `at` up to a figure, a space, a stop or `limit`: the longest run from `at` that parts into
        /// units (a sources column may follow them glued: `区交建局某某责任书`), two characters at least.
        func units(from at: Int, limit: Int) -> (pieces: [(name: Range<Int>, core: Range<Int>)], end: Int)? {
            var end = at
            while end < limit, !(chars[end].isASCII && (chars[end].isNumber || chars[end] == " ")), chars[end] != "。" { end += 1 }
            var cut = end
            while cut - at >= 2 {
                if let pieces = reader.split(at..<cut) { return (pieces, cut) }
                cut -= 1
            }
            return nil
        }
    }
}
