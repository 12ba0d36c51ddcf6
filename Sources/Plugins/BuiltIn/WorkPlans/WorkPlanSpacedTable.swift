/// A task table copied as plain lines whose cells are parted by single spaces, as a
/// PDF's table often arrives: a header `序号 工作任务 牵头责任单位` (its words may have a
/// space between their characters, `序号 工 作 任 务 牵头负责部门`), then one row to a
/// line, `3 工业总产值增长6%,规上工业增加值增长7%. 经信委`.
///
/// A task's text may hold spaces itself, so a row is read from both ends: its number
/// first, then one cell for each column after the task column from the right (the
/// unit list last), and the task is what lies between. Every unit cell must read as a
/// list of unit names, bare ones too (发改委, 财政局) since the header names the column.
/// Section lines between rows (`一、经济社会发展主要预期目标(11项)`) are the rows' group;
/// any other line ends the table.
enum WorkPlanSpacedTable {
    static let numberStart = Array("序".utf8)

    /// The tasks of every such table in `lines`.
    /// O(lines): a header is looked for only on a line opening with 序.
    static func rows(_ bytes: [UInt8], lines: [Range<Int>]) -> [WorkPlanTable.Row] {
        var result: [WorkPlanTable.Row] = []
        var n = 0
        while n < lines.count {
            guard UTF8Scan.hasPrefix(numberStart, in: bytes, at: lines[n].lowerBound), let tail = header(bytes, lines[n]) else {
                n += 1
                continue
            }
            n += 1
            var group: Range<Int>?
            while n < lines.count {
                let line = lines[n]
                if let row = row(bytes, line, tail: tail) {
                    var row = row
                    row.group = group
                    result.append(row)
                } else if let marker = OutlineMarker.parse(bytes, at: line.lowerBound, end: line.upperBound), marker.level <= 2 {
                    group = UTF8Scan.trim(bytes, marker.contentStart..<line.upperBound)
                } else {
                    break
                }
                n += 1
            }
        }
        return result
    }

    /// The columns after the task column when `line` is such a header: a number column,
    /// one task column, then unit and deadline columns only, a unit column among them.
    /// A header with runs of spaces, tabs or bars is `WorkPlanTable`'s.
    static func header(_ bytes: [UInt8], _ line: Range<Int>) -> [WorkPlanTable.Column]? {
        guard line.count <= 120, !bytes[line].contains(0x09), !bytes[line].contains(0x7C),
              UTF8Scan.find([0x20, 0x20], in: bytes, from: line.lowerBound, to: line.upperBound) == nil else { return nil }
        let words = words(String(decoding: bytes[line], as: UTF8.self))
        guard words.count >= 3, words.count <= 6 else { return nil }
        let columns = words.map(WorkPlanTable.column)
        guard columns[0] == .number, columns[1] == .task else { return nil }
        let tail = Array(columns[2...])
        guard tail.allSatisfy({ $0 == .lead || $0 == .responsible || $0 == .deadline }),
              tail.contains(where: { $0 == .lead || $0 == .responsible }) else { return nil }
        return tail
    }

    /// A header's words: pieces of one character in a run are one word set out with spaces (`工 作 任 务`).
    static func words(_ text: String) -> [String] {
        var words: [String] = []
        var spaced = ""
        for piece in text.split(separator: " ") {
            if piece.count == 1 {
                spaced += piece
                continue
            }
            if !spaced.isEmpty { words.append(spaced); spaced = "" }
            words.append(String(piece))
        }
        if !spaced.isEmpty { words.append(spaced) }
        return words
    }

    /// A row: its number, the task, then one cell per column of `tail`, the unit cells reading as units.
    static func row(_ bytes: [UInt8], _ line: Range<Int>, tail: [WorkPlanTable.Column]) -> WorkPlanTable.Row? {
        guard let first = bytes[line].firstIndex(of: 0x20), let number = WorkPlanTable.number(bytes, line.lowerBound..<first) else { return nil }
        var cells: [Range<Int>] = []
        var end = line.upperBound
        for _ in tail {
            guard let space = bytes[first..<end].lastIndex(of: 0x20), space > first else { return nil }
            cells.insert(UTF8Scan.trim(bytes, (space + 1)..<end), at: 0)
            end = space
        }
        let task = UTF8Scan.trim(bytes, (first + 1)..<end)
        guard task.count >= 9 else { return nil }
        var units: [UnitAssignment.Unit] = []
        var deadline: Range<Int>?
        for (cell, column) in zip(cells, tail) {
            if column == .deadline {
                deadline = cell
                continue
            }
            guard UnitLine.parseBare(bytes, cell, kind: .responsible) != nil else { return nil }
            units += WorkPlanTable.units(bytes, cell, column: column)
        }
        guard !units.isEmpty else { return nil }
        // `地区生产总值增长6.5%.`: a PDF's stop closing the cell is no part of the title.
        var title = task
        while title.count > 1, bytes[title.upperBound - 1] == 0x2E { title = title.lowerBound..<(title.upperBound - 1) }
        return WorkPlanTable.Row(number: number, line: line, task: task, title: title,
                                 units: UnitAssignment(units: units, range: task.upperBound..<line.upperBound), deadline: deadline)
    }
}
