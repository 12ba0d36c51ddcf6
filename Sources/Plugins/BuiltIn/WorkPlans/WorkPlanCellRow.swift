/// How the lines of one row of a table flattened one cell to a line
/// (`WorkPlanCellTable`) fill its cells.
///
/// A row with one line a cell is read cell by cell. Otherwise its lines are read
/// by what they hold: the task's lines come first, then a run of lines that read
/// as unit names (a unit cell copied one unit to a line: `县水务局` / `县住建局`),
/// then the cells after the units (the deadline). What is left before the next
/// number is the next row's group cell (when the group column comes before the
/// number), or a sub-item of the row (`开工建设X。` / `12月底前`) that shares the
/// row's merged unit cell unless it names its own units.
enum WorkPlanCellRow {
    /// The rows read from one numbered row's lines, and the next row's group cell when the row holds it.
    struct Read {
        var rows: [WorkPlanTable.Row] = []
        var nextGroup: Range<Int>?
    }

    /// The most sub-items one numbered row holds.
    static let subItems = 6

    /// The rows of `cells`, the lines after a row's number. `columns` are the
    /// header's, with the number column in place; the table's `last` row has no
    /// next number to end it, so nothing after its cells is read.
    static func read(_ bytes: [UInt8], _ cells: [Range<Int>], columns: [WorkPlanTable.Column], last: Bool) -> Read {
        guard let numberAt = columns.firstIndex(of: .number) else { return Read() }
        let grouped = numberAt > 0
        let post = Array(columns[(numberAt + 1)...])
        guard let firstTask = post.firstIndex(of: .task), let lastTask = post.lastIndex(of: .task),
              let firstUnit = post.firstIndex(where: isUnitColumn), let lastUnit = post.lastIndex(where: isUnitColumn),
              lastTask < firstUnit, cells.count > firstTask else { return Read() }
        // One line a cell: read by position (a unit cell may then hold anything the unit lists hold).
        // (Not where the deadline's place holds no time: a second unit line and an empty last cell, `农业股` / `产业股` / `2023年底`.)
        if !grouped, cells.count == post.count,
           zip(cells, post).allSatisfy({ $1 != .deadline || $0.isEmpty || readsAsTime(bytes, $0) }) {
            return Read(rows: positional(bytes, cells[...], post: post).map { [$0] } ?? [])
        }
        var read = Read()
        var at = 0
        for item in 0..<(last ? 1 : subItems) {
            guard at < cells.count else { break }
            // The cells before the task: none when the first line is no time of a time column's (an empty time cell left no line).
            let skip = item == 0 && zip(cells[at...], post[..<firstTask]).allSatisfy({ $1 != .deadline || readsAsTime(bytes, $0) }) ? firstTask : 0
            func row(from start: Int, mergedBetween: Bool = false) -> (WorkPlanTable.Row, Int)? {
                byContent(bytes, cells, from: start, post: post, firstUnit: firstUnit, lastUnit: lastUnit,
                          between: firstUnit - lastTask - 1, mergedBetween: mergedBetween, shared: read.rows.first?.units.units)
            }
            // An empty category cell (`项目类别`) before the task may leave no line: the row's first line is then its task.
            // Failing both, the cells between the task and the units may be merged into the row above's.
            guard let (row, end) = row(from: at + skip) ?? (skip > 0 && !grouped ? row(from: at) : nil) ?? row(from: at + skip, mergedBetween: true) else {
                // The first row's lines read as nothing: one line a cell for the row's first cells, as before.
                // (The last row has no next number: only its first lines are its cells.)
                if item == 0, !grouped, cells.count > post.count,
                   let row = positional(bytes, last ? cells.prefix(post.count) : cells[...], post: post) { read.rows = [row] }
                break
            }
            read.rows.append(row)
            at = end
            // The cells left before the next number are the next row's group when the group column comes first.
            if grouped {
                if at < cells.count { read.nextGroup = cells[at].lowerBound..<cells[min(cells.count, at + numberAt) - 1].upperBound }
                break
            }
        }
        return read
    }

    /// A row whose unit cells a cell merged over it and the row above left out (several indicators
    /// sharing one `牵头单位` cell): its lines fill the other columns one to a line, none reads as
    /// a unit, and it takes `units`. The table's `last` row takes only its first lines.
    static func merged(_ bytes: [UInt8], _ cells: [Range<Int>], columns: [WorkPlanTable.Column], last: Bool,
                       units: [UnitAssignment.Unit]) -> WorkPlanTable.Row? {
        guard columns.first == .number else { return nil }
        let rest = columns.dropFirst().filter { !isUnitColumn($0) }
        guard let firstTask = rest.firstIndex(of: .task), let lastTask = rest.lastIndex(of: .task),
              last ? cells.count >= rest.count : cells.count == rest.count else { return nil }
        let own = Array(cells.prefix(rest.count))
        guard !own.contains(where: { isUnitCell(bytes, $0) || UTF8Scan.find([0x3A], in: bytes, from: $0.lowerBound, to: $0.upperBound) != nil }) else { return nil }
        let deadline = rest.firstIndex(of: .deadline).map { own[$0] }
        let task = own[firstTask].lowerBound..<own[lastTask].upperBound
        return WorkPlanTable.Row(number: 0, line: own[0].lowerBound..<own[own.count - 1].upperBound, task: task, title: own[firstTask],
                                 units: UnitAssignment(units: units, range: own[own.count - 1].upperBound..<own[own.count - 1].upperBound),
                                 deadline: deadline)
    }

    /// For each line of `run`, which of the cells parted by blank lines it is in (0, 0, 1, 1, 1).
    static func blankLineCells(_ bytes: [UInt8], _ cells: [Range<Int>], _ run: Range<Int>) -> [Int] {
        var result: [Int] = []
        var cell = 0
        for k in run {
            if k > run.lowerBound {
                let gap = bytes[cells[k - 1].upperBound..<cells[k].lowerBound]
                if gap.allSatisfy({ $0 == 0x0A || $0 == 0x20 || $0 == 0x09 }), gap.filter({ $0 == 0x0A }).count >= 2 { cell += 1 }
            }
            result.append(cell)
        }
        return result
    }

    static func isUnitColumn(_ column: WorkPlanTable.Column) -> Bool { column == .lead || column == .responsible }

    /// A short cell holding a date or a time (`4月21日`, `12月底前`, `全年`, `上半年`), as a time column's cells do.
    static func readsAsTime(_ bytes: [UInt8], _ cell: Range<Int>) -> Bool {
        guard cell.count <= 36 else { return false }
        if bytes[cell].contains(where: { $0 >= 0x30 && $0 <= 0x39 }) { return true }
        return timeWords.contains { UTF8Scan.find($0, in: bytes, from: cell.lowerBound, to: cell.upperBound) != nil }
    }

    static let timeWords = ["年", "月", "日", "底", "前", "季度", "全年", "上午", "下午", "晚上", "期间", "持续", "长期"].map { Array($0.utf8) }

    /// A line that is a unit cell: unit names only (`县住建局`, `区城管局、区公安分局`), or units with their verbs (`市发改委牵头`).
    static func isUnitCell(_ bytes: [UInt8], _ line: Range<Int>) -> Bool {
        UnitLine.parseBare(bytes, line, kind: .responsible) != nil || UnitLine.parse(bytes, line) != nil
    }

    /// A row read one line a cell: the task columns' lines, then the unit and deadline cells.
    static func positional(_ bytes: [UInt8], _ cells: ArraySlice<Range<Int>>, post: [WorkPlanTable.Column]) -> WorkPlanTable.Row? {
        let cells = Array(cells)
        guard cells.count >= post.count, let lastTask = post.lastIndex(of: .task), let firstTask = post.firstIndex(of: .task) else { return nil }
        // The columns after the last task column take the row's last lines; the task columns take the rest.
        let trailing = post.count - lastTask - 1
        let taskCells = cells[firstTask..<(cells.count - trailing)]
        guard let title = taskCells.first, let lastTaskCell = taskCells.last, let lastLine = cells.last else { return nil }
        var units: [UnitAssignment.Unit] = []
        var deadline: Range<Int>?
        // A category cell before the task (`项目`), empty where it is merged with the row above's.
        let group = post.firstIndex(of: .group).flatMap { $0 < firstTask && !cells[$0].isEmpty ? cells[$0] : nil }
        var previous: WorkPlanTable.Column?
        for (cell, column) in zip(cells.suffix(trailing), post.suffix(trailing)) {
            // A unit cell one unit to a line runs on into the empty note's line after it (`旅游股` / `文旅公司`).
            let unitColumn = column == .other ? previous.flatMap { isUnitColumn($0) && isUnitCell(bytes, cell) ? $0 : nil } : nil
            previous = unitColumn ?? column
            switch unitColumn ?? column {
            case .lead, .responsible: units += WorkPlanTable.units(bytes, cell, column: unitColumn ?? column, soleUnitColumn: post.filter(isUnitColumn).count == 1)
            case .deadline: deadline = cell
            case .dataProvider: units += WorkPlanTable.dataProviders(bytes, cell)
            default: break
            }
        }
        guard units.contains(where: { $0.kind != .dataProvider }) else { return nil }
        let task = title.lowerBound..<lastTaskCell.upperBound
        return WorkPlanTable.Row(number: 0, line: (group ?? title).lowerBound..<lastLine.upperBound, task: task, title: title,
                                 units: UnitAssignment(units: units, range: task.upperBound..<lastLine.upperBound), deadline: deadline, group: group)
    }

    /// One row (or sub-item) from line `start` by what its lines hold, and the line after its last cell.
    /// `between` cells (a leader's name) stand between the task and the units (or, `mergedBetween`, may be
    /// missing, merged into the row above's); a sub-item
    /// with no unit lines of its own takes the `shared` units of the row it is part of.
    static func byContent(_ bytes: [UInt8], _ cells: [Range<Int>], from start: Int, post: [WorkPlanTable.Column],
                          firstUnit: Int, lastUnit: Int, between: Int, mergedBetween: Bool = false, shared: [UnitAssignment.Unit]?) -> (WorkPlanTable.Row, Int)? {
        guard start < cells.count, !isUnitCell(bytes, cells[start]) else { return nil }
        let unitColumns = post[firstUnit...lastUnit].filter(isUnitColumn)
        let after = Array(post[(lastUnit + 1)...])
        var i = start + 1 + between
        while i < cells.count, !isUnitCell(bytes, cells[i]) { i += 1 }
        // A row whose cells between its task and its units are merged into the row above's (a leader's,
        // a deadline's): the units follow its task.
        let betweenCells = (start + 1)..<min(cells.count, start + 1 + between)
        if mergedBetween, i >= cells.count, between > 0, let found = cells.indices[betweenCells].first(where: { isUnitCell(bytes, cells[$0]) }) {
            i = found
        } else if cells.indices[betweenCells].contains(where: { isUnitCell(bytes, cells[$0]) }) {
            // A unit among the cells taken for a leader's or a deadline's: the row is read from the wrong line.
            return nil
        }
        var j = i
        while j < cells.count, isUnitCell(bytes, cells[j]) { j += 1 }
        var units: [UnitAssignment.Unit] = []
        var taskEnd = max(start + 1, i - between)
        if i < cells.count {
            // One line per unit column; or a column's units one to a line, the cells parted by blank
            // lines where the page left them (`A` `B` / `C` `D`: two leads, two responsible); else the first line the first column's.
            let cellOf = blankLineCells(bytes, cells, i..<j)
            let parted = cellOf.last.map { $0 + 1 == unitColumns.count } ?? false
            for (n, cell) in cells[i..<j].enumerated() {
                let column = unitColumns.count == j - i ? unitColumns[n]
                    : parted ? unitColumns[cellOf[n]] : (n == 0 ? unitColumns[0] : unitColumns[unitColumns.count - 1])
                units += WorkPlanTable.units(bytes, cell, column: column, soleUnitColumn: unitColumns.count == 1)
            }
            // `省牵头单位:省农业农村厅` on the line under the unit cell: a labelled note of the row's units.
            while j < cells.count, let more = UnitAssignment.parseLabelled(bytes, cells[j]), !more.isEmpty {
                units += more
                j += 1
            }
        } else {
            // A sub-item under a merged unit cell: its task, then the cells after the units.
            guard let shared, cells.count - start > after.count else { return nil }
            units = shared
            taskEnd = cells.count - after.count
            j = taskEnd
        }
        guard taskEnd > start, !units.isEmpty else { return nil }
        var deadline: Range<Int>?
        var end = j
        for column in after where end < cells.count {
            if column == .deadline { deadline = cells[end] }
            if column == .dataProvider { units += WorkPlanTable.dataProviders(bytes, cells[end]) }
            end += 1
        }
        let title = cells[start]
        let task = title.lowerBound..<cells[taskEnd - 1].upperBound
        // (A sub-item that closes the table, with no cell after its units' shared cell: its units stand in no cell of its own.)
        let unitsStart = taskEnd < cells.count ? cells[taskEnd].lowerBound : cells[end - 1].upperBound
        let row = WorkPlanTable.Row(number: 0, line: title.lowerBound..<cells[end - 1].upperBound, task: task, title: title,
                                    units: UnitAssignment(units: units, range: unitsStart..<cells[end - 1].upperBound),
                                    deadline: deadline)
        return (row, end)
    }
}
