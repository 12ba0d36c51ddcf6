/// A table of targets flattened one cell to a line whose unit cells hold one unit to a line, as a
/// 目标责任分解书 is copied out: the header's cells on lines of their own (`领域` / `主要目标` /
/// `主要责任单位` / `责任单位`), then each row as a numbered target (`1.妇女…享有良好的基本卫生服务。`),
/// the sub-targets it may list (`——…`) and its units, one to a line (`省卫生厅` / `省发改委` / …).
///
/// Each run of unit lines after a line of text fills the unit columns: its first line is the first
/// unit column's (a lead's where the header says so: `主要责任单位`, `牵头单位`), the lines after it
/// the second's. A sub-target with units of its own belongs to its row, as the annotators key it.
/// The table goes on to the text's end or the next header; a numbered line of no units is no task.
///
/// A header that opens with a number's cell (`序号` / `重点工作内容` / `责任单位` / `配合单位`) whose rows
/// leave that cell empty, so that no number follows it, is read the same way, each line of text
/// after a row's units (or after a closed sentence) opening the next row; a line of text with no
/// units under it (`(1)加快发展现代服务业。`) is a heading, no task.
enum WorkPlanUnitLinesTable {
    typealias Read = WorkPlanTable.RowsRead

    /// Header cells are short.
    static let headerCellBytes = 36
    /// The most cells a header has.
    static let mostHeaderCells = 6
    static let unitHeaderWord = Array("单位".utf8)
    /// Words that make a unit column the lead's (`主要责任单位`, `牵头单位`, `主责单位`).
    static let leadColumnOpenings = ["主要", "牵头", "主责"]

    /// The rows of every such table in `lines`.
    static func rows(_ bytes: [UInt8], lines given: [Range<Int>]) -> Read {
        // Cheap exit (this runs on every document): a unit column's header is a short line ending in 单位.
        guard given.contains(where: { $0.count <= headerCellBytes && UTF8Scan.hasSuffix(unitHeaderWord, in: bytes, UTF8Scan.trim(bytes, $0)) })
        else { return Read() }
        let lines = given.map { UTF8Scan.trim(bytes, $0) }.filter { !$0.isEmpty }
        var read = Read()
        var n = 0
        while n < lines.count {
            guard let (kinds, end, unnumbered) = header(bytes, lines, at: n) else { n += 1; continue }
            var m = end
            var current: (title: Range<Int>, start: Int, units: [UnitAssignment.Unit])?
            var afterText = true
            var number = 0
            func close(at last: Int) {
                guard let row = current, !row.units.isEmpty else { return }
                number += 1
                let assignment = UnitAssignment(units: row.units, range: lines[last].lowerBound..<lines[last].upperBound)
                read.rows.append(WorkPlanTable.Row(number: number, line: row.start..<lines[last].upperBound,
                                                   task: row.title, title: row.title, units: assignment, deadline: nil))
            }
            while m < lines.count, header(bytes, lines, at: m) == nil {
                let line = lines[m]
                // A target numbered 1. (not a section's 一、 or (一)) opens a row.
                if let marker = OutlineMarker.parse(bytes, at: line.lowerBound, end: line.upperBound), marker.level >= 3,
                   marker.contentStart < line.upperBound, UnitLine.parseBare(bytes, line, kind: .responsible) == nil {
                    if current != nil { close(at: m - 1) }
                    current = (marker.contentStart..<line.upperBound, line.lowerBound, [])
                    afterText = true
                } else if unnumbered, opensRow(bytes, lines, at: m, after: current.map { !$0.units.isEmpty } ?? true) {
                    if current != nil { close(at: m - 1) }
                    let marker = OutlineMarker.parse(bytes, at: line.lowerBound, end: line.upperBound)
                    current = ((marker?.contentStart ?? line.lowerBound)..<line.upperBound, line.lowerBound, [])
                    afterText = true
                } else if current != nil, let units = UnitLine.parseBare(bytes, line, kind: .responsible) ?? shortCell(bytes, line) {
                    for var unit in units.units {
                        unit.kind = afterText ? kinds.first : kinds.rest
                        unit.role = unit.kind == .lead ? "牵头" : "负责"
                        if let k = current!.units.firstIndex(where: { $0.name == unit.name }) {
                            if unit.kind == .lead { current!.units[k] = unit }
                        } else {
                            current!.units.append(unit)
                        }
                        afterText = false
                    }
                } else {
                    afterText = true
                }
                m += 1
            }
            close(at: m - 1)
            if number > 0 { read.spans.append(lines[n].lowerBound..<lines[m - 1].upperBound) }
            n = max(m, n + 1)
        }
        return read
    }

    /// A unit cell no unit ending closes (`省人口计生`, `省新闻出版`: a name cut short), kept as written: a line
    /// of two to eight Han characters and nothing else.
    static func shortCell(_ bytes: [UInt8], _ line: Range<Int>) -> UnitAssignment? {
        guard (6...24).contains(line.count), line.count % 3 == 0,
              UTF8Scan.isHanRun(bytes, line) else { return nil }
        let unit = UnitAssignment.Unit(name: String(decoding: bytes[line], as: UTF8.self), range: line, kind: .responsible, role: "负责")
        return UnitAssignment(units: [unit], range: line)
    }

    /// Whether line `m`, in a table whose rows are not numbered, opens a row: a line of text after
    /// the units of the row before (`afterUnits`), or after a line of text that closed its sentence or
    /// is numbered as a heading; not a line that goes on with the task's text.
    static func opensRow(_ bytes: [UInt8], _ lines: [Range<Int>], at m: Int, after afterUnits: Bool) -> Bool {
        let line = lines[m]
        guard UnitLine.parseBare(bytes, line, kind: .responsible) == nil, shortCell(bytes, line) == nil else { return false }
        if afterUnits || m == 0 { return true }
        let before = lines[m - 1]
        return sentenceEnds.contains(where: { UTF8Scan.hasSuffix($0, in: bytes, before) })
            || OutlineMarker.parse(bytes, at: before.lowerBound, end: before.upperBound) != nil
    }

    static let sentenceEnds = ["。", "；", ";", "！"].map { Array($0.utf8) }

    /// The lines after a header that opens with a number's cell in which a row's number must come, when
    /// the table numbers its rows (`WorkPlanCellTable` reads those).
    static let numberWindow = 4

    /// The kinds of the unit columns (the first, and the rest), the line after the header, and whether
    /// the rows go unnumbered, when the short lines from `n` are a header whose last two cells are unit
    /// columns after a task's.
    static func header(_ bytes: [UInt8], _ lines: [Range<Int>], at n: Int)
        -> (kinds: (first: UnitAssignment.Kind, rest: UnitAssignment.Kind), end: Int, unnumbered: Bool)? {
        // A header after a number's cell (`序号`) is read from that cell.
        guard lines[n].count <= headerCellBytes,
              n == 0 || WorkPlanTable.column(String(decoding: bytes[lines[n - 1]], as: UTF8.self)) != .number else { return nil }
        var columns: [(WorkPlanTable.Column, String)] = []
        var m = n
        let numberCell = lines[n].count <= 6 && WorkPlanTable.column(String(decoding: bytes[lines[n]], as: UTF8.self)) == .number
            && WorkPlanTable.numberHeaderStarts.contains(where: { UTF8Scan.hasPrefix($0, in: bytes, at: lines[n].lowerBound) })
        if numberCell { m += 1 }
        while m < lines.count, m - n < mostHeaderCells, lines[m].count <= headerCellBytes {
            let text = String(decoding: bytes[lines[m]], as: UTF8.self)
            let column = WorkPlanTable.column(text)
            guard column != .number, column != .other || columns.isEmpty || m == n + (numberCell ? 1 : 0) else { break }
            columns.append((column, text))
            m += 1
        }
        // 领域 / 主要目标 / 主要责任单位 / 责任单位: a task's column, then two unit columns at the end.
        guard columns.count >= 3, columns.contains(where: { $0.0 == .task }),
              let last = columns.last, last.0 == .responsible, last.1.hasUTF8Suffix("单位"),
              columns[columns.count - 2].0 == .lead || columns[columns.count - 2].0 == .responsible,
              columns[columns.count - 2].1.hasUTF8Suffix("单位") else { return nil }
        // Rows numbered on lines of their own are a cell table's (`WorkPlanCellTable`).
        if numberCell, lines[m..<min(lines.count, m + numberWindow)].contains(where: { WorkPlanTable.number(bytes, $0) != nil }) { return nil }
        let firstHeader = columns[columns.count - 2].1
        let first: UnitAssignment.Kind = leadColumnOpenings.contains(where: { firstHeader.hasUTF8Prefix($0) }) ? .lead : .responsible
        return ((first, .responsible), m, numberCell)
    }
}
