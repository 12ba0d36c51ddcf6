/// A table of assessed targets (目标考核) copied one cell to a line: a header of an item, its points,
/// its target and the unit that answers for it (`项 目` / `分值` / `目标任务` / `监考单位`), then rows
/// such as `地区生产总值增长率` / `3` / `年终根据全省平均水平综合考核` / `区发改局区统计局`.
///
/// Rows are read by what their lines hold, for a row may leave out its target or its unit: a row
/// opens with a name whose next line is its points (a number); then a target (a line that opens no
/// row and names no units), then its units. A line between rows that opens none and is followed by a
/// row's name is a category merged over rows (`宏观调控`), the rows' group. A row that names no unit
/// is no task. The table ends at the first line that is none of these where it stands.
enum WorkPlanScoredTable {
    /// Headers of the item's column, of its points' and of its target's.
    static let nameHeaders: Set<String> = ["项目", "指标", "考核指标", "考核项目", "考核内容", "指标名称", "项目名称", "工作项目"]
    static let scoreHeaders: Set<String> = ["分值", "权重", "分数", "标准分", "考核分值"]
    static let targetHeaders: Set<String> = ["目标任务", "目标", "目标值", "考核目标", "任务目标", "年度目标", "目标要求"]
    /// A character every points' header holds.
    static let scoreHeaderChars = ["分", "权"].map { Array($0.utf8) }
    /// The longest item's name, in bytes: a row's name is one short line.
    static let longestName = 3 * 40

    typealias Read = WorkPlanTable.RowsRead

    /// The rows of every such table in `lines`. Cheap on other text: a header is tried only at a line that is a name header.
    static func rows(_ bytes: [UInt8], lines: [Range<Int>]) -> Read {
        // Cheap exit (this runs on every document): no short line that is a points' header, no such table.
        // Lines, not the whole text, are searched: 分 is common in prose, a line of it alone is not.
        guard lines.contains(where: { isScoreHeader(bytes, $0) }) else { return Read() }
        let lines = lines.filter { !UTF8Scan.trim(bytes, $0).isEmpty }
        var read = Read()
        var n = 0
        while n + 4 < lines.count {
            guard let kind = header(bytes, lines, at: n) else { n += 1; continue }
            var m = n + 4
            var group: Range<Int>?
            var number = 0
            while m < lines.count {
                if startsRow(bytes, lines, at: m) {
                    let name = UTF8Scan.trim(bytes, lines[m])
                    var last = m + 1
                    var k = m + 2
                    if k < lines.count, !startsRow(bytes, lines, at: k), !isCategory(bytes, lines, at: k),
                       UnitLine.parseBare(bytes, UTF8Scan.trim(bytes, lines[k]), kind: kind) == nil {
                        last = k
                        k += 1
                    }
                    if k < lines.count, let units = UnitLine.parseBare(bytes, UTF8Scan.trim(bytes, lines[k]), kind: kind) {
                        number += 1
                        read.rows.append(WorkPlanTable.Row(number: number, line: lines[m].lowerBound..<lines[k].upperBound,
                                                           task: name.lowerBound..<lines[last].upperBound, title: name, units: units,
                                                           deadline: nil, group: group))
                        last = k
                    }
                    m = last + 1
                } else if isCategory(bytes, lines, at: m) {
                    group = UTF8Scan.trim(bytes, lines[m])
                    m += 1
                } else {
                    break
                }
            }
            if number > 0 { read.spans.append(lines[n].lowerBound..<lines[m - 1].upperBound) }
            n = max(m, n + 1)
        }
        return read
    }

    /// The unit column's kind when the four lines from `n` are such a header.
    static func header(_ bytes: [UInt8], _ lines: [Range<Int>], at n: Int) -> UnitAssignment.Kind? {
        func text(_ k: Int) -> String { WorkPlanTable.spacedOut(String(decoding: bytes[UTF8Scan.trim(bytes, lines[k])], as: UTF8.self)) }
        guard lines[n].count <= 3 * 8, nameHeaders.contains(text(n)), scoreHeaders.contains(text(n + 1)),
              targetHeaders.contains(text(n + 2)) else { return nil }
        switch WorkPlanTable.column(text(n + 3)) {
        case .lead: return .lead
        case .responsible: return .responsible
        default: return nil
        }
    }

    /// Whether `line` is a points' header (`分值`, `分 值`, `考核分值`), as `header` reads it.
    static func isScoreHeader(_ bytes: [UInt8], _ line: Range<Int>) -> Bool {
        let line = UTF8Scan.trim(bytes, line)
        guard !line.isEmpty, line.count <= 3 * 12,
              scoreHeaderChars.contains(where: { UTF8Scan.find($0, in: bytes, from: line.lowerBound, to: line.upperBound) != nil })
        else { return false }
        return scoreHeaders.contains(WorkPlanTable.spacedOut(String(decoding: bytes[line], as: UTF8.self)))
    }

    /// A row opens at `k`: a name (Han, short, no sentence), then its points on the next line.
    static func startsRow(_ bytes: [UInt8], _ lines: [Range<Int>], at k: Int) -> Bool {
        k + 1 < lines.count && isName(bytes, lines[k]) && isPoints(bytes, lines[k + 1])
    }

    /// A category between rows: a name that opens no row, followed by one that does.
    static func isCategory(_ bytes: [UInt8], _ lines: [Range<Int>], at k: Int) -> Bool {
        let line = UTF8Scan.trim(bytes, lines[k])
        return line.count <= 3 * 10 && isName(bytes, lines[k]) && !isPoints(bytes, lines[k]) && !startsRow(bytes, lines, at: k)
            && startsRow(bytes, lines, at: k + 1)
    }

    static func isName(_ bytes: [UInt8], _ line: Range<Int>) -> Bool {
        let line = UTF8Scan.trim(bytes, line)
        return !line.isEmpty && line.count <= longestName && UTF8Scan.isHan(bytes, at: line.lowerBound)
            && UTF8Scan.find(Segmenter.fullStop, in: bytes, from: line.lowerBound, to: line.upperBound) == nil
            && UTF8Scan.find([0x3A], in: bytes, from: line.lowerBound, to: line.upperBound) == nil
    }

    /// Points: a number of up to three digits, with a decimal part (`3`, `0.5`).
    static func isPoints(_ bytes: [UInt8], _ line: Range<Int>) -> Bool {
        let line = UTF8Scan.trim(bytes, line)
        guard !line.isEmpty, line.count <= 6, (0x30...0x39).contains(bytes[line.lowerBound]) else { return false }
        return bytes[line].allSatisfy { (0x30...0x39).contains($0) || $0 == 0x2E }
    }
}
