/// A task table flattened one cell per line, as a web page's table arrives when
/// it is copied out as text: the header's cells on lines of their own (`序号`,
/// `2024年预期目标`, `责任单位`), then each row as its number on a line and its
/// cells on the lines below (blank lines between them are dropped before).
///
/// A row runs from its number to the line holding the next number; the last row
/// has as many lines as the header has cells. A row with more lines than cells
/// has its task cell broken over lines (or a title column and a text column): its
/// last lines are the unit and deadline cells, every line before them the task's.
/// A row with fewer lines has lost an empty cell, and which one cannot be told: it
/// is left out.
enum WorkPlanCellTable {
    static let unitHeaderEndings = ["单位", "部门", "牵头"].map { Array($0.utf8) }
    /// A header cell is short; a longer line ends the header.
    static let headerCellBytes = 36
    /// The most lines a row may take before the next number.
    static let rowLines = 16

    /// The tasks of every such table in `lines`.
    static func rows(_ bytes: [UInt8], lines: [Range<Int>]) -> [WorkPlanTable.Row] {
        var result: [WorkPlanTable.Row] = []
        var n = 0
        while n < lines.count {
            guard let (columns, first) = header(bytes, lines, at: n) else { n += 1; continue }
            var at = first
            var expected = 1
            while at < lines.count, WorkPlanTable.number(bytes, lines[at]) == expected {
                var end = at + 1
                while end < lines.count, end - at <= rowLines, WorkPlanTable.number(bytes, lines[end]) != expected + 1 { end += 1 }
                if end >= lines.count || WorkPlanTable.number(bytes, lines[end]) != expected + 1 {
                    end = min(lines.count, at + columns.count)
                }
                if let row = row(bytes, number: expected, lines[at..<end], columns: columns) { result.append(row) }
                expected += 1
                at = end
            }
            n = max(at, n + 1)
        }
        return result
    }

    /// The header that starts at line `n` (`序号` alone on its line, then one short
    /// line per column) and the line of its first row (`1`); nil unless it has a
    /// task column and a unit column.
    static func header(_ bytes: [UInt8], _ lines: [Range<Int>], at n: Int) -> (columns: [WorkPlanTable.Column], first: Int)? {
        let line = lines[n]
        guard line.count <= 6, WorkPlanTable.numberHeaderStarts.contains(where: { UTF8Scan.hasPrefix($0, in: bytes, at: line.lowerBound) }),
              WorkPlanTable.column(String(decoding: bytes[line], as: UTF8.self)) == .number else { return nil }
        var columns: [WorkPlanTable.Column] = [.number]
        var m = n + 1
        while m < lines.count, columns.count < 10, lines[m].count <= headerCellBytes, WorkPlanTable.number(bytes, lines[m]) == nil {
            columns.append(WorkPlanTable.column(String(decoding: bytes[lines[m]], as: UTF8.self)))
            m += 1
        }
        guard m < lines.count, WorkPlanTable.number(bytes, lines[m]) == 1, columns.contains(.task),
              columns.contains(where: { $0 == .lead || $0 == .responsible }) else { return nil }
        return (columns, m)
    }

    /// The kind of units a table one cell to a line with no number column gives on
    /// the line under each task (`2024年预期目标`, then `责任单位`, each on its own line):
    /// line `n` is the header's one unit column, the last of a run of short header lines
    /// that holds a task column.
    static func unitColumnHeader(_ bytes: [UInt8], _ lines: [Range<Int>], at n: Int) -> UnitAssignment.Kind? {
        // Cheap test first (this runs on every line): a unit column's header ends in 单位, 部门 or 牵头.
        guard lines[n].count <= 24, unitHeaderEndings.contains(where: { UTF8Scan.hasSuffix($0, in: bytes, lines[n]) }) else { return nil }
        let column = WorkPlanTable.column(String(decoding: bytes[lines[n]], as: UTF8.self))
        guard column == .lead || column == .responsible else { return nil }
        var m = n - 1
        var task = false
        while m >= 0, n - m <= 6, lines[m].count <= headerCellBytes {
            let before = WorkPlanTable.column(String(decoding: bytes[lines[m]], as: UTF8.self))
            // Two unit columns give two unit lines a row: not this layout. A number column is `rows`'.
            if before == .lead || before == .responsible || before == .number { return nil }
            if before == .task { task = true }
            m -= 1
        }
        return task ? (column == .lead ? .lead : .responsible) : nil
    }

    static let pageWords = ["第", "页", "共"].map { Array($0.utf8) }
    static let dashes = ["—", "–"].map { Array($0.utf8) }

    /// A line that only numbers a page of a PDF or Word file (`- 3 -`, `—3—`, `第 3 页`,
    /// `3/12`): digits with dashes, slashes or 第…页 around them. A bare number is a
    /// row's number and stays.
    static func isPageMark(_ bytes: [UInt8], _ line: Range<Int>) -> Bool {
        guard line.count <= 24 else { return false }
        var digits = 0, marks = 0
        var at = line.lowerBound
        while at < line.upperBound {
            let b = bytes[at]
            if b >= 0x30 && b <= 0x39 { digits += 1; at += 1; continue }
            if b == 0x20 || b == 0x2D || b == 0x2F { marks += b == 0x20 ? 0 : 1; at += 1; continue }
            guard let word = (pageWords + dashes).first(where: { UTF8Scan.hasPrefix($0, in: bytes, at: at) }) else { return false }
            marks += 1
            at += word.count
        }
        return digits > 0 && marks > 0
    }

    /// One row: its number's line, then its cells' lines.
    static func row(_ bytes: [UInt8], number: Int, _ rowLines: ArraySlice<Range<Int>>, columns: [WorkPlanTable.Column]) -> WorkPlanTable.Row? {
        // A page's number printed between rows (`- 3 -`, `第3页`) is no cell.
        let cells = rowLines.dropFirst().filter { !isPageMark(bytes, $0) }
        let cellColumns = Array(columns.dropFirst())
        guard cells.count >= cellColumns.count, let lastTask = cellColumns.lastIndex(of: .task),
              let firstTask = cellColumns.firstIndex(of: .task) else { return nil }
        // The columns after the last task column take the row's last lines; the task columns take the rest.
        let trailing = cellColumns.count - lastTask - 1
        let taskCells = cells[firstTask..<(cells.count - trailing)]
        guard let title = taskCells.first, let lastTaskCell = taskCells.last else { return nil }
        var units: [UnitAssignment.Unit] = []
        var deadline: Range<Int>?
        for (cell, column) in zip(cells.suffix(trailing), cellColumns.suffix(trailing)) {
            switch column {
            case .lead, .responsible: units += WorkPlanTable.units(bytes, cell, column: column)
            case .deadline: deadline = cell
            default: break
            }
        }
        guard !units.isEmpty, let firstLine = rowLines.first, let lastLine = rowLines.last else { return nil }
        let task = title.lowerBound..<lastTaskCell.upperBound
        return WorkPlanTable.Row(number: number, line: firstLine.lowerBound..<lastLine.upperBound, task: task, title: title,
                                 units: UnitAssignment(units: units, range: task.upperBound..<lastLine.upperBound), deadline: deadline)
    }
}
