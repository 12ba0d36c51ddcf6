/// A table of duties by unit flattened to text, its header after `序号` naming a unit column and a duties column
/// (`序号部门主要职责分工1区交通建设局牵头开展结构安全排查…。2区市场监管局牵头开展…;负责指导…。3…`).
///
/// Each row is its number (one more than the row before) glued to the unit that opens its duties as their subject
/// (`UnitHeadedLine.subjectHeaded`: 负责, 牵头, 要, 配合 … right after the name), up to the next row. The row is one
/// task: its unit leads where a clause of it opens with 牵头 (`…;牵头自建房“两违”排查整治工作`), else answers for it.
enum WorkPlanGluedDutyTable {
    /// Words of the unit column's header, longest first.
    static let unitColumns = ["部门名称", "单位名称", "责任单位", "责任部门", "成员单位", "部门", "单位"].map { Array($0.utf8) }
    /// Words of the duties column's header, longest first.
    static let dutyColumns = ["主要职责分工", "主要职责任务", "工作职责", "职责分工", "职责任务", "主要职责", "职责"].map { Array($0.utf8) }
    /// How far a row may run, in bytes.
    static let longestRow = 3 * 600
    /// Rows a table needs before it is read as one.
    static let fewestRows = 3

    /// The rows of every such table in `bytes`, from `first` (the first `序号`).
    static func rows(_ bytes: [UInt8], from first: Int) -> [WorkPlanTable.Row] {
        var result: [WorkPlanTable.Row] = []
        var from = first
        while let at = UTF8Scan.find(WorkPlanGluedTable.numberHeader, in: bytes, from: from) {
            from = at + WorkPlanGluedTable.numberHeader.count
            guard let start = headerEnd(bytes, from) else { continue }
            let rows = read(bytes, from: start)
            if rows.count >= fewestRows {
                result += rows
                from = max(from, rows[rows.count - 1].line.upperBound)
            }
        }
        return result
    }

    /// Where row 1 opens after `序号`, a unit column's words and a duties column's (spaces allowed between them).
    static func headerEnd(_ bytes: [UInt8], _ start: Int) -> Int? {
        var at = skipSpaces(bytes, start)
        guard let unit = unitColumns.first(where: { UTF8Scan.hasPrefix($0, in: bytes, at: at) }) else { return nil }
        at = skipSpaces(bytes, at + unit.count)
        guard let duty = dutyColumns.first(where: { UTF8Scan.hasPrefix($0, in: bytes, at: at) }) else { return nil }
        at = skipSpaces(bytes, at + duty.count)
        guard at < bytes.count, bytes[at] == 0x31, let (number, next) = number(bytes, at), number == 1,
              UTF8Scan.isHan(bytes, at: skipSpaces(bytes, next)) else { return nil }
        return at
    }

    static func skipSpaces(_ bytes: [UInt8], _ at: Int) -> Int {
        var i = at
        while i < bytes.count, bytes[i] == 0x20 { i += 1 }
        return i
    }

    /// The figures at `at` (two at most) and where they end.
    static func number(_ bytes: [UInt8], _ at: Int) -> (Int, Int)? {
        var i = at, value = 0
        while i < bytes.count, i - at < 2, (0x30...0x39).contains(bytes[i]) { value = value * 10 + Int(bytes[i] - 0x30); i += 1 }
        guard i > at, i >= bytes.count || !(0x30...0x39).contains(bytes[i]) else { return nil }
        return (value, i)
    }

    /// The rows from row 1 at `start`: each ends where the next number opens on a unit that heads its duties.
    static func read(_ bytes: [UInt8], from start: Int) -> [WorkPlanTable.Row] {
        var rows: [WorkPlanTable.Row] = []
        var rowStart = start
        var expected = 1
        // The unit heading the row's duties, read up to `longestRow` (for rows after the first, when the row was found).
        var opening: UnitAssignment?
        while let (number, after) = number(bytes, rowStart), number == expected {
            let content = skipSpaces(bytes, after)
            let limit = min(bytes.count, content + longestRow)
            guard let head = opening ?? opensDuties(bytes, at: content) else { break }
            let next = nextRow(bytes, number + 1, from: head.range.upperBound, before: limit)
            let end = next?.at ?? rowEnd(bytes, from: head.range.upperBound, before: limit)
            // (Read again within the row: a lead's row may share its work out in later sentences, never the next row's.)
            guard let row = UnitHeadedLine.subjectHeaded(bytes, from: content, to: end, duties: true) else { break }
            let text = content..<UTF8Scan.trim(bytes, content..<end).upperBound
            var units = row.units
            if leadsAClause(bytes, text) {
                for k in units.units.indices where units.units[k].kind == .responsible {
                    units.units[k].kind = .lead
                    units.units[k].role = "牵头"
                }
            }
            let titleEnd = UTF8Scan.find(Segmenter.fullStop, in: bytes, from: text.lowerBound, to: text.upperBound) ?? text.upperBound
            rows.append(WorkPlanTable.Row(number: number, line: rowStart..<end, task: text, title: text.lowerBound..<titleEnd,
                                          units: units, deadline: nil))
            guard let next else { break }
            rowStart = next.at
            opening = next.opening
            expected += 1
        }
        return rows
    }

    /// The units that open the duties at `content` as their subject, read up to `longestRow`.
    static func opensDuties(_ bytes: [UInt8], at content: Int) -> UnitAssignment? {
        UnitHeadedLine.subjectHeaded(bytes, from: content, to: min(bytes.count, content + longestRow), duties: true)?.units
    }

    /// Where row `number` opens after `from`: its figures after a full stop, `;`, `)` or a Han character, then a unit
    /// heading its duties (`opening`, kept for the row's own reading).
    static func nextRow(_ bytes: [UInt8], _ number: Int, from: Int, before limit: Int) -> (at: Int, opening: UnitAssignment)? {
        let figures = Array(String(number).utf8)
        var at = from
        while let found = UTF8Scan.find(figures, in: bytes, from: at, to: limit) {
            at = found + 1
            guard found > from, !(0x30...0x39).contains(bytes[found - 1]), let (value, after) = self.number(bytes, found), value == number
            else { continue }
            let content = skipSpaces(bytes, after)
            if UTF8Scan.isHan(bytes, at: content), let opening = opensDuties(bytes, at: content) {
                return (found, opening)
            }
        }
        return nil
    }

    /// The last row's end: its last full stop within `limit` (the page's foot may follow), else `limit`.
    static func rowEnd(_ bytes: [UInt8], from: Int, before limit: Int) -> Int {
        guard limit < bytes.count else { return limit }
        let stop = UTF8Scan.findLast(Segmenter.fullStop, in: bytes, from: from, to: limit)
        return stop.map { $0 + Segmenter.fullStop.count } ?? limit
    }

    /// Whether a clause of the row opens with 牵头 (right after the unit, or after `;` or `,`).
    static func leadsAClause(_ bytes: [UInt8], _ text: Range<Int>) -> Bool {
        var from = text.lowerBound
        while let at = UTF8Scan.find(UnitHeadedLine.leadWord, in: bytes, from: from, to: text.upperBound) {
            from = at + UnitHeadedLine.leadWord.count
            if at > text.lowerBound, bytes[at - 1] == 0x3B || bytes[at - 1] == 0x2C { return true }
        }
        return false
    }
}
