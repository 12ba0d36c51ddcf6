/// A web table copied one cell to a line with a bar opening every cell but a row's
/// first, and a line holding only a bar closing each row:
///
///     牵头单位
///     | 目标任务
///     | 责任单位
///     |
///     市政
///     府办
///     公厅
///     | 推进…
///     | 市直各单位、各区县市
///     |
///     推进…
///     | 市直各单位
///     |
///
/// A cell's lines are one cell, so a unit's name broken over the lines of a narrow
/// column (`市政` / `府办` / `公厅`) reads whole. A row with fewer cells than the
/// header lacks its first columns: they are cells merged over the rows below the one
/// that wrote them (a lead written once for the tasks it leads), and keep that row's.
enum WorkPlanBarLedTable {
    /// The rows read, and where each table stands (header included): its lines are no tasks of their own.
    typealias Read = WorkPlanTable.RowsRead

    /// A header cell is short (`牵头单位`, `目 标 任 务` read as one word).
    static let headerCellCharacters = 12
    /// The most cells a header may have.
    static let headerCells = 12
    /// The most lines a cell may take: more is text after the table, not a cell.
    static let cellLines = 12

    /// The tasks of every such table in `lines`. O(lines).
    static func rows(_ bytes: [UInt8], lines: [Range<Int>]) -> Read {
        // Cheap exit (this runs on every document): rows closed by lone bars, cells opened by one.
        var closing = 0, opening = 0
        for line in lines where !line.isEmpty && bytes[line.lowerBound] == 0x7C {
            if isRowEnd(bytes, line) { closing += 1 } else if opensCell(bytes, line) { opening += 1 }
            if closing >= 2 && opening >= 3 { break }
        }
        guard closing >= 2, opening >= 3 else { return Read() }
        var read = Read()
        var n = 0
        while n < lines.count {
            guard let header = header(bytes, lines, at: n) else { n += 1; continue }
            var at = header.end
            var number = 0
            var above: [Range<Int>?] = []
            let columns = header.columns
            let soleUnitColumn = columns.filter(WorkPlanCellRow.isUnitColumn).count == 1
            while let block = block(bytes, lines, at: at) {
                let cells = block.cells
                // A row writes every column from its task on; only columns before the task merge over rows.
                // A row short of its last cells (`固定资产投资增长20%` / `|` under a lead merged over it) leaves them empty.
                // (A short row whose cell reads as units, `各区县` / `|`, has no task: it ends the table.)
                guard cells.count <= columns.count, !cells.isEmpty,
                      cells.count >= columns.count - header.task || !ShortBarRow.readsAsUnits(bytes, cells[0]) else { break }
                let own = cells.count >= columns.count - header.task ? columns.count - cells.count : header.task
                var full: [Range<Int>?] = (0..<own).map { above.indices.contains($0) ? above[$0] : nil }
                full += cells.map { Optional($0) }
                full += Array(repeating: nil, count: columns.count - full.count)
                above = full
                guard let row = row(bytes, full, columns: columns, task: header.task, soleUnitColumn: soleUnitColumn,
                                    number: number + 1, line: block.range) else { break }
                number += 1
                read.rows.append(row)
                at = block.end
            }
            if number > 0 {
                read.spans.append(lines[header.start].lowerBound..<lines[at - 1].upperBound)
            }
            n = max(at, n + 1)
        }
        return read
    }

    /// A line holding a lone bar (spaces around it at most): the end of a row.
    static func isRowEnd(_ bytes: [UInt8], _ line: Range<Int>) -> Bool {
        let trimmed = UTF8Scan.trim(bytes, line)
        return trimmed.count == 1 && bytes[trimmed.lowerBound] == 0x7C
    }

    /// A line a bar opens with text after it and no bar closing it (`| 责任单位`).
    static func opensCell(_ bytes: [UInt8], _ line: Range<Int>) -> Bool {
        guard line.count >= 2, bytes[line.lowerBound] == 0x7C else { return false }
        let rest = UTF8Scan.trim(bytes, (line.lowerBound + 1)..<line.upperBound)
        return !rest.isEmpty && bytes[rest.upperBound - 1] != 0x7C && bytes[rest.lowerBound] != 0x7C
    }

    /// A cell's text after its bar.
    static func cellText(_ bytes: [UInt8], _ line: Range<Int>) -> Range<Int> {
        opensCell(bytes, line) ? UTF8Scan.trim(bytes, (line.lowerBound + 1)..<line.upperBound) : UTF8Scan.trim(bytes, line)
    }

    /// The header from line `n`: its first cell on that line (one line), then cells each opened by a
    /// bar, then a lone bar; a task column and a unit column at least. Its columns, the first task column,
    /// its first line, and the line after it.
    static func header(_ bytes: [UInt8], _ lines: [Range<Int>], at n: Int) -> (columns: [WorkPlanTable.Column], task: Int, start: Int, end: Int)? {
        guard n + 2 < lines.count, !lines[n].isEmpty, bytes[lines[n].lowerBound] != 0x7C, opensCell(bytes, lines[n + 1]) else { return nil }
        var texts = [String(decoding: bytes[UTF8Scan.trim(bytes, lines[n])], as: UTF8.self)]
        var m = n + 1
        while m < lines.count, texts.count <= headerCells, opensCell(bytes, lines[m]) {
            texts.append(String(decoding: bytes[cellText(bytes, lines[m])], as: UTF8.self))
            m += 1
        }
        guard m < lines.count, isRowEnd(bytes, lines[m]), texts.count <= headerCells else { return nil }
        let spaced = texts.map(WorkPlanTable.spacedOut)
        guard spaced.allSatisfy({ $0.count <= headerCellCharacters }) else { return nil }
        let columns = WorkPlanTable.ranked(WorkPlanTable.measured(spaced.map(WorkPlanTable.column), texts: spaced), texts: spaced)
        guard let task = columns.firstIndex(of: .task), columns.contains(where: WorkPlanCellRow.isUnitColumn) else { return nil }
        return (columns, task, n, m + 1)
    }

    /// The row from line `n`: the lines before its first bar (its first cell), each barred line and the
    /// lines after it (a cell each), closed by a lone bar or by the text's end. Each cell's range from its
    /// first line to its last; the row's range; the line after it.
    static func block(_ bytes: [UInt8], _ lines: [Range<Int>], at n: Int) -> (cells: [Range<Int>], range: Range<Int>, end: Int)? {
        var cells: [Range<Int>] = []
        var current: Range<Int>?
        var currentLines = 0
        var m = n
        while m < lines.count, !isRowEnd(bytes, lines[m]) {
            let line = lines[m]
            m += 1
            guard !line.isEmpty else { continue }
            if opensCell(bytes, line) {
                if let current { cells.append(current) }
                current = cellText(bytes, line)
                currentLines = 1
            } else {
                // A line of bars that is no lone bar (`||`), or a line closed by one, belongs to another layout.
                guard bytes[line.lowerBound] != 0x7C, bytes[line.upperBound - 1] != 0x7C else { return nil }
                currentLines += 1
                guard currentLines <= cellLines else { return nil }
                let text = UTF8Scan.trim(bytes, line)
                current = (current?.lowerBound ?? text.lowerBound)..<text.upperBound
            }
        }
        if let current { cells.append(current) }
        // A row is closed by its bar; the text's last row may lack it.
        guard !cells.isEmpty, m < lines.count || cells.count >= 2 else { return nil }
        let end = min(m + 1, lines.count)
        return (cells, lines[n].lowerBound..<lines[end - 1].upperBound, end)
    }

    /// The task of row `number`, its cells in the header's columns (a merged cell is the row above's), `task` the first task column.
    static func row(_ bytes: [UInt8], _ cells: [Range<Int>?], columns: [WorkPlanTable.Column], task taskColumn: Int, soleUnitColumn: Bool,
                    number: Int, line: Range<Int>) -> WorkPlanTable.Row? {
        guard let task = cells[taskColumn], !task.isEmpty else { return nil }
        var units: [UnitAssignment.Unit] = []
        var deadline: Range<Int>?
        var group: Range<Int>?
        for (cell, column) in zip(cells, columns) {
            guard let cell, !cell.isEmpty else { continue }
            switch column {
            case .lead, .responsible: units += WorkPlanTable.units(bytes, cell, column: column, soleUnitColumn: soleUnitColumn)
            case .dataProvider: units += WorkPlanTable.dataProviders(bytes, cell)
            case .deadline: deadline = cell
            case .group: group = cell
            default: break
            }
        }
        guard units.contains(where: { $0.kind != .dataProvider }) else { return nil }
        // The title is the cell's first line; a task's text may go on below it.
        let firstLineEnd = bytes[task].firstIndex(of: 0x0A) ?? task.upperBound
        let title = task.lowerBound..<firstLineEnd
        return WorkPlanTable.Row(number: number, line: line, task: task, title: title,
                                 units: UnitAssignment(units: units, range: task.upperBound..<line.upperBound), deadline: deadline, group: group)
    }
}
