/// A task table flattened one cell per line, as a web page's table arrives when
/// it is copied out as text: the header's cells on lines of their own (`序号`,
/// `2024年预期目标`, `责任单位`), then each row as its number on a line and its
/// cells on the lines below (blank lines between them are dropped before, and a
/// line holding only `|`, a bar a page drew between cells, is no cell).
///
/// A row runs from its number to the line holding the next number. A header
/// with no `序号` cell is read too when its rows are numbered all the same
/// (`工作任务 | 具体要求 | 责任科室`, then `强化…` `1` `对…清理` `办公室`): the
/// cells before a row's number are a column merged over rows, the rows' group.
/// How a row's lines fill its cells is `WorkPlanCellRow`'s to read.
enum WorkPlanCellTable {
    static let unitHeaderEndings = ["单位", "部门", "牵头", "科室", "处室", "股室"].map { Array($0.utf8) }
    /// A header cell is short; a longer line ends the header.
    static let headerCellBytes = 36
    /// The most lines a row may take before the next number.
    static let rowLines = 16
    /// The most cells a merged group column puts before the first row's number.
    static let groupCells = 2

    /// The tasks of every such table in `lines`.
    static func rows(_ bytes: [UInt8], lines given: [Range<Int>]) -> [WorkPlanTable.Row] {
        // A table written with bars one cell to a line (`1 |`, `市教育局 |`): the bar closing a cell is no part of it.
        var allLines = given
        if given.contains(where: { !$0.isEmpty && bytes[$0.upperBound - 1] == 0x7C }) {
            allLines = given.map { closingBarCut(bytes, $0) }
        }
        // Cheap exit (this runs on every document): a table of this kind has a line of a row's number
        // (`1`, or `80` on a later page), or an indicator table with no number column a short line
        // opening with 指标 (its header's first cell).
        let numbered = allLines.contains(where: { WorkPlanTable.number(bytes, $0) != nil })
        let indicators = allLines.contains(where: {
            $0.count <= 15 && (UTF8Scan.hasPrefix(indicatorWord, in: bytes, at: $0.lowerBound) || UTF8Scan.hasSuffix(timeLimitWord, in: bytes, $0))
        })
        guard numbered || indicators else { return [] }
        // A line of bars is no cell; but two bars or more on one line (`||`, `|||`) are the bar closing a
        // cell and those closing the empty cells after it, which keep their places (an empty leader's cell).
        var lines: [Range<Int>] = []
        lines.reserveCapacity(allLines.count)
        // Two lines of bars in a row (`|` / `|`) hold an empty cell between them too.
        var afterBar = false
        for line in allLines {
            guard isBar(bytes, line) else { lines.append(line); afterBar = false; continue }
            let bars = bytes[line].reduce(0) { $0 + ($1 == 0x7C ? 1 : 0) }
            let empty = bars - 1 + (afterBar ? 1 : 0)
            if empty > 0 { lines += repeatElement(line.lowerBound..<line.lowerBound, count: empty) }
            afterBar = true
        }
        var result: [WorkPlanTable.Row] = []
        var n = 0
        while n < lines.count {
            guard numbered, let header = header(bytes, lines, at: n) else {
                if indicators, let (rows, end) = indicatorRows(bytes, lines, at: n) {
                    result += rows
                    n = end
                } else {
                    n += 1
                }
                continue
            }
            var at = header.first
            var expected = WorkPlanTable.number(bytes, lines[at]) ?? 1
            var group: Range<Int>? = header.group
            // A table of selected rows (3, 68, 69, 73: one bureau's share of a plan) numbers them with gaps;
            // only where no column holds figures (a target cell `7` is no row's number).
            let gaps = !header.columns.contains(.other)
            // With such a column, a later number opens a row where a task's text follows it (`52` / `建成高标准农田…`).
            let taskAfterNumber = header.columns.count > 1 && header.columns[1] == .task
            func nextRow(_ line: Range<Int>) -> Bool {
                guard let number = WorkPlanTable.number(bytes, line) else { return false }
                if number == expected + 1 { return true }
                guard number > expected, number <= expected + maxRowGap else { return false }
                return gaps || taskAfterNumber && opensTask(after: line)
            }
            func opensTask(after line: Range<Int>) -> Bool {
                guard let k = lines.firstIndex(where: { $0.lowerBound > line.lowerBound }) else { return false }
                return lines[k].count >= taskCellBytes && WorkPlanTable.number(bytes, lines[k]) == nil
            }
            while at < lines.count, WorkPlanTable.number(bytes, lines[at]) == expected {
                // A number cell merged over items the task cell numbers itself (`1` / `1.…` `2.…`): a row each.
                if let items = WorkPlanCellRow.numberedItems(bytes, lines, after: at, columns: header.columns, isNextRow: nextRow) {
                    for var row in items.rows {
                        row.number = expected
                        row.group = group
                        result.append(row)
                    }
                    guard items.end < lines.count, nextRow(lines[items.end]) else { break }
                    expected = WorkPlanTable.number(bytes, lines[items.end]) ?? expected + 1
                    at = items.end
                    continue
                }
                var end = at + 1
                while end < lines.count, end - at <= rowLines, !nextRow(lines[end]) { end += 1 }
                let last = end >= lines.count || !nextRow(lines[end])
                if last { end = min(lines.count, at + rowLines) }
                // A page's number printed between rows (`- 3 -`, `第3页`), a header repeated on a new page, and
                // in a table whose first column is the number a section's heading (`二、扩大有效投资`) are no cells.
                // A unit's name broken over the lines of a narrow column (`市政` / `府办` / `公厅`) is one cell.
                // So is a heading of the next rows written as `(二)…` just before the next row's number.
                let cells = BrokenUnitName.rejoin(bytes, ((at + 1)..<end).filter { k in
                    !(!last && k == end - 1 && header.columns.first == .number && isSubheading(bytes, lines, at: k))
                }.map { lines[$0] }.filter {
                    !isPageMark(bytes, $0) && !header.texts.contains(Array(bytes[$0])) && !(header.columns.first == .number && isSectionHeading(bytes, $0))
                })
                var read = WorkPlanCellRow.read(bytes, cells, columns: header.columns, last: last)
                // A row with no unit lines under a unit cell merged over it and the row above: the above row's units.
                if read.rows.isEmpty, let shared = result.last, shared.number == expected - 1,
                   let row = WorkPlanCellRow.merged(bytes, cells, columns: header.columns, last: last, units: shared.units.units) {
                    read.rows = [row]
                }
                for (k, var row) in read.rows.enumerated() {
                    row.number = expected
                    // The row's number line is its first sub-item's (the others' lines must not overlap it).
                    if k == 0 { row.line = lines[at].lowerBound..<row.line.upperBound }
                    // A category cell (`项目`) written in the first of the rows it spans is theirs until the next.
                    if let own = row.group { group = own }
                    if row.group == nil { row.group = group }
                    result.append(row)
                }
                if let next = read.nextGroup { group = next }
                if last { break }
                expected = WorkPlanTable.number(bytes, lines[end]) ?? expected + 1
                at = end
            }
            n = max(at, n + 1)
        }
        return result
    }

    static let indicatorWord = Array("指标".utf8)
    static let timeLimitWord = Array("时限".utf8)

    /// An indicator table one cell to a line with no number column (`指标名称` `单位`
    /// `2025年目标值` `牵头单位` `配合单位`, then each indicator's cells), or a task table
    /// with none whose rows each end in a deadline cell (`重点任务` … `完成时限`): the header's
    /// cells from line `n`, then rows read by what their lines hold (`WorkPlanCellRow.byContent`),
    /// each with exactly one line for every column before the units, up to the first line
    /// that opens no such row. The rows and the line after the table.
    static func indicatorRows(_ bytes: [UInt8], _ lines: [Range<Int>], at n: Int) -> ([WorkPlanTable.Row], Int)? {
        guard lines[n].count <= 15 else { return nil }
        let text = String(decoding: bytes[lines[n]], as: UTF8.self)
        let indicator = WorkPlanTable.indicatorHeaders.contains(where: { text.hasPrefix($0) })
        guard indicator || WorkPlanTable.column(text) == .task else { return nil }
        var columns: [WorkPlanTable.Column] = [.task]
        var m = n + 1
        while m < lines.count, columns.count < 8, lines[m].count <= headerCellBytes {
            let cell = String(decoding: bytes[lines[m]], as: UTF8.self)
            // `单位` among indicators is the measure's column (`%`, `亿元`).
            let column: WorkPlanTable.Column = WorkPlanTable.measureHeaders.contains(cell) ? .other : WorkPlanTable.column(cell)
            guard column == .task || column == .other && WorkPlanTable.measureHeaders.contains(cell)
                    || WorkPlanCellRow.isUnitColumn(column) || column == .deadline else { break }
            if column == .task, columns.contains(where: WorkPlanCellRow.isUnitColumn) { break }
            columns.append(column)
            m += 1
        }
        guard let firstUnit = columns.firstIndex(where: WorkPlanCellRow.isUnitColumn),
              let lastUnit = columns.lastIndex(where: WorkPlanCellRow.isUnitColumn) else { return nil }
        // A task table with no number column (`重点任务` … `完成时限`): each row closed by its deadline cell.
        let closedByDeadline = !indicator
        guard indicator || columns.last == .deadline else { return nil }
        var rows: [WorkPlanTable.Row] = []
        var at = m
        while at < lines.count, rows.count < 200 {
            let window = Array(lines[at..<min(lines.count, at + rowLines)])
            guard let (row, end) = WorkPlanCellRow.byContent(bytes, window, from: 0, post: columns, firstUnit: firstUnit, lastUnit: lastUnit,
                                                             between: 0, shared: nil),
                  row.units.range.lowerBound == window[min(firstUnit, window.count - 1)].lowerBound,
                  !closedByDeadline || row.deadline.map({ UnitAssignment.isDeadline(bytes, $0) }) == true else { break }
            var numbered = row
            numbered.number = rows.count + 1
            rows.append(numbered)
            at += end
        }
        guard !rows.isEmpty else { return nil }
        return (rows, at)
    }

    /// `line` without a bar closing it and the spaces before that bar (a line of bars alone kept).
    static func closingBarCut(_ bytes: [UInt8], _ line: Range<Int>) -> Range<Int> {
        guard line.count > 1, bytes[line.upperBound - 1] == 0x7C else { return line }
        let cut = UTF8Scan.trim(bytes, line.lowerBound..<(line.upperBound - 1))
        return cut.isEmpty || bytes[cut.upperBound - 1] == 0x7C ? line : cut
    }

    /// A line holding only bars (`|`, `||||`), drawn between a web table's cells.
    static func isBar(_ bytes: [UInt8], _ line: Range<Int>) -> Bool {
        !line.isEmpty && line.count <= 24 && bytes[line].allSatisfy { $0 == 0x7C || $0 == 0x20 } && bytes[line].contains(0x7C)
    }

    /// A table's header: its columns (the number column first, or none when the
    /// header names none), the cells of the first row's group before its number,
    /// the header cells' texts (a header repeated on a new page is skipped) and
    /// the line of the first row's number.
    struct Header {
        var columns: [WorkPlanTable.Column]
        var group: Range<Int>?
        var texts: Set<[UInt8]>
        var first: Int
    }

    /// The header that starts at line `n`: `序号` alone on its line, then one short
    /// line per column; or, with no number cell, a run of short cells each naming a
    /// column (a task column before the unit columns). The first row's number
    /// follows it, after at most `groupCells` cells of a merged group column. Nil
    /// unless it has a task column and a unit column.
    /// Whether `line` is short enough for a header's cell, a note in brackets after its words aside
    /// (`重点工作任务(杭州市2项配合工作)`).
    static func fitsHeaderCell(_ bytes: [UInt8], _ line: Range<Int>) -> Bool {
        if line.count <= headerCellBytes { return true }
        guard line.count <= 3 * headerCellBytes, bytes[line.upperBound - 1] == 0x29,
              let open = UTF8Scan.findLast([0x28], in: bytes, from: line.lowerBound, to: line.upperBound) else { return false }
        return open - line.lowerBound <= headerCellBytes
    }

    static func header(_ bytes: [UInt8], _ lines: [Range<Int>], at n: Int) -> Header? {
        let line = lines[n]
        guard line.count <= headerCellBytes else { return nil }
        let opening = WorkPlanTable.column(String(decoding: bytes[line], as: UTF8.self))
        var columns: [WorkPlanTable.Column] = []
        // Each column's header text, a cell broken over lines joined.
        var headerTexts: [String] = []
        var m = n
        // A category column before the number (`类别` then `序号`): its cells come before each group's first row's number.
        let categoryFirst = opening == .group && n + 1 < lines.count && lines[n + 1].count <= 6
            && WorkPlanTable.column(String(decoding: bytes[lines[n + 1]], as: UTF8.self)) == .number
        if categoryFirst || opening == .number, line.count <= 6 || categoryFirst,
           categoryFirst || WorkPlanTable.numberHeaderStarts.contains(where: { UTF8Scan.hasPrefix($0, in: bytes, at: line.lowerBound) }) {
            columns = categoryFirst ? [.group, .number] : [.number]
            m = n + columns.count
            headerTexts = lines[n..<m].map { String(decoding: bytes[$0], as: UTF8.self) }
            while m < lines.count, columns.count < 10, fitsHeaderCell(bytes, lines[m]), WorkPlanTable.number(bytes, lines[m]) == nil {
                // A cell may be broken over lines (`牵头` / `部门`): `BrokenHeaderCell`.
                let cell = BrokenHeaderCell.cell(bytes, lines, at: m)
                let column = WorkPlanTable.column(cell.text)
                // The first row's category cell (经济发展, or 发展目标 that reads as a task column's name) just before its number names no column.
                if categoryFirst, column == .other || column == .task && columns.contains(.task), m + 1 < lines.count,
                   WorkPlanTable.number(bytes, lines[m + 1]) == 1 { break }
                columns.append(column)
                headerTexts.append(cell.text)
                m += cell.lines
            }
        } else {
            // No number cell: every cell names a column, and no task column follows a unit column (that is a row's group cell).
            guard opening == .task else { return nil }
            while m < lines.count, columns.count < 10, fitsHeaderCell(bytes, lines[m]), WorkPlanTable.number(bytes, lines[m]) == nil {
                let cell = BrokenHeaderCell.cell(bytes, lines, at: m)
                let column = WorkPlanTable.column(cell.text)
                if column == .other || column == .number { break }
                if column == .task, columns.contains(where: { $0 == .lead || $0 == .responsible || $0 == .deadline }) { break }
                columns.append(column)
                headerTexts.append(cell.text)
                m += cell.lines
            }
        }
        // `单位` beside `牵头单位`, or in a table of indicators, is a measure's column (`%`, `亿元`).
        columns = WorkPlanTable.categorized(WorkPlanTable.ranked(WorkPlanTable.measured(columns, texts: headerTexts), texts: headerTexts),
                                            texts: headerTexts)
        guard columns.contains(.task), columns.contains(where: { $0 == .lead || $0 == .responsible }) else { return nil }
        var first = m
        // `一、主要预期目标(15项)` between the header and the first row: a section's heading, not a group column's cell.
        var headings = 0
        if columns.first == .number {
            while first + headings < lines.count, headings < 2,
                  isSectionHeading(bytes, lines[first + headings]) || isSubheading(bytes, lines, at: first + headings) { headings += 1 }
        }
        first += headings
        // A heading's row of empty cells (`||||` under `一、…`) holds no group cell.
        var emptyCells = 0
        while headings > 0, first < lines.count, lines[first].isEmpty { first += 1; emptyCells += 1 }
        while first < lines.count, first - m - headings - emptyCells < groupCells, WorkPlanTable.number(bytes, lines[first]) == nil { first += 1 }
        // A table that goes on over a page repeats its header above the next page's rows (`序号` … then `80`).
        guard first < lines.count, WorkPlanTable.number(bytes, lines[first]) != nil else { return nil }
        // Cells before the first number are a group column's, which only a header with no number cell has.
        var group: Range<Int>?
        if headings > 0, first == m + headings + emptyCells {
            group = lines[m].lowerBound..<lines[m + headings - 1].upperBound
        } else if first > m {
            guard columns.first != .number else { return nil }
            group = lines[m].lowerBound..<lines[first - 1].upperBound
            if !categoryFirst { columns.insert(.number, at: first - m) }
        } else if columns.first != .number, !categoryFirst {
            columns.insert(.number, at: 0)
        }
        let texts = Set(lines[n..<m].map { Array(bytes[$0]) })
        return Header(columns: columns, group: group, texts: texts, first: first)
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

    /// The unit column named on the line after a unit column's header cell at `n` (`牵头单位` / `责任单位`,
    /// or `责任单位` / `牵头单位`): the other kind, whose cell a row writes on the lines under the first's.
    static func secondUnitColumn(_ bytes: [UInt8], _ lines: [Range<Int>], after n: Int, first: UnitAssignment.Kind) -> UnitAssignment.Kind? {
        guard n + 1 < lines.count, lines[n + 1].count <= 24,
              unitHeaderEndings.contains(where: { UTF8Scan.hasSuffix($0, in: bytes, lines[n + 1]) }) else { return nil }
        switch WorkPlanTable.column(String(decoding: bytes[lines[n + 1]], as: UTF8.self)) {
        case .lead where first == .responsible: return .lead
        case .responsible where first == .lead: return .responsible
        default: return nil
        }
    }

    /// The largest step between two rows' numbers (a table of selected rows has gaps).
    static let maxRowGap = 100
    /// The shortest task cell that tells a row's number from a figure in a table that has figures (12 characters).
    static let taskCellBytes = 36

    /// A section's heading in a task table: `二、全力以赴扩投资` (an outline marker of level 1),
    /// or a title closed by a count of its items (`经济社会发展主要预期目标分解(15项)`).
    static func isSectionHeading(_ bytes: [UInt8], _ line: Range<Int>) -> Bool {
        guard line.count >= 6, line.count <= 150 else { return false }
        if let marker = OutlineMarker.parse(bytes, at: line.lowerBound, end: line.upperBound), marker.level == 1 { return true }
        return UTF8Scan.hasSuffix(itemCount, in: bytes, line) && (0x30...0x39).contains(bytes[line.upperBound - itemCount.count - 1])
    }

    static let itemCount = Array("项)".utf8)

    /// A heading of the rows under it written with a second-level marker (`(一)某市长牵头重点工作`), right
    /// before a row's number: line `k` of `lines`.
    static func isSubheading(_ bytes: [UInt8], _ lines: [Range<Int>], at k: Int) -> Bool {
        let line = lines[k]
        guard line.count >= 6, line.count <= 150, k + 1 < lines.count, WorkPlanTable.number(bytes, lines[k + 1]) != nil,
              let marker = OutlineMarker.parse(bytes, at: line.lowerBound, end: line.upperBound) else { return false }
        return marker.level == 2
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
}
