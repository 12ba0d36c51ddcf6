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
    static let cellStops = ["。", ".", ";", "；"].map { Array($0.utf8) }

    /// The tasks of every such table in `lines`.
    /// O(lines): a header is looked for only on a line opening with 序.
    static func rows(_ bytes: [UInt8], lines: [Range<Int>]) -> [WorkPlanTable.Row] {
        var result: [WorkPlanTable.Row] = []
        var n = 0
        while n < lines.count {
            if let units = leadingUnitColumns(bytes, lines[n]) {
                n += 1
                // A header too wide for the page goes on over the lines under it (`实际完成情况` / `任务完成率 备注`).
                var wrapped = 0
                while n < lines.count, wrapped < maxHeaderLines, continuesHeader(bytes, lines[n]) {
                    n += 1
                    wrapped += 1
                }
                let (rows, end) = rowsReadFromTheLeft(bytes, lines, from: n, unitColumns: units)
                result += rows
                n = max(end, n)
                continue
            }
            guard let tail = headerAtEnd(bytes, lines[n]) else {
                n += 1
                continue
            }
            n += 1
            var group: Range<Int>?
            while n < lines.count {
                let line = lines[n]
                if case (var row, let extra)? = row(bytes, line, tail: tail).map({ ($0, 0) }) ?? rowOverLines(bytes, lines, at: n, tail: tail) {
                    row.group = group
                    result.append(row)
                    n += extra
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

    /// A row too long for the page's width, from line `n` over the lines after it that open no row: its unit cell
    /// on the next line, or its first unit cell broken over two (`… 区财政局` / `区税务局` / `区政府有关部门,…`;
    /// the longer reading first, its last line no section's heading). The row and the lines it took after `n`.
    static func rowOverLines(_ bytes: [UInt8], _ lines: [Range<Int>], at n: Int, tail: [WorkPlanTable.Column]) -> (WorkPlanTable.Row, Int)? {
        guard opensRow(bytes, lines[n]) else { return nil }
        for extra in [2, 1] where n + extra < lines.count {
            guard (1...extra).allSatisfy({ !opensRow(bytes, lines[n + $0]) }),
                  extra == 1 || OutlineMarker.parse(bytes, at: lines[n + extra].lowerBound, end: lines[n + extra].upperBound) == nil,
                  let row = row(bytes, lines[n].lowerBound..<lines[n + extra].upperBound, tail: tail) else { continue }
            return (row, extra)
        }
        return nil
    }

    static let longestHeader = 120

    /// The header a line opens with, or closes with after a space: a page flattened to
    /// one paragraph runs the notice, its signature and the table's title into the header
    /// (`…2018年2月24日 某市政府工作任务分解表 序号 名称 工作任务 牵头责任单位`).
    /// O(longestHeader): only the line's last bytes are looked at.
    static func headerAtEnd(_ bytes: [UInt8], _ line: Range<Int>) -> [WorkPlanTable.Column]? {
        var at = max(line.lowerBound, line.upperBound - longestHeader)
        while let start = UTF8Scan.find(numberStart, in: bytes, from: at, to: line.upperBound) {
            at = start + numberStart.count
            guard start == line.lowerBound || bytes[start - 1] == 0x20 else { continue }
            // A header alone on its line may be longer than its tail in a paragraph: `header` measures it.
            if let tail = header(bytes, start..<line.upperBound) { return tail }
        }
        return nil
    }

    /// The columns after the task column when `line` is such a header: a number column,
    /// a task column (with columns of no kind we read beside it, `名称`, whose cells the
    /// task takes), then unit and deadline columns only, a unit column among them.
    /// A header with runs of spaces, tabs or bars is `WorkPlanTable`'s.
    static func header(_ bytes: [UInt8], _ line: Range<Int>) -> [WorkPlanTable.Column]? {
        guard line.count <= longestHeader, !bytes[line].contains(0x09), !bytes[line].contains(0x7C),
              UTF8Scan.find([0x20, 0x20], in: bytes, from: line.lowerBound, to: line.upperBound) == nil else { return nil }
        let words = words(String(decoding: bytes[line], as: UTF8.self))
        guard words.count >= 3, words.count <= 8 else { return nil }
        // (主要责任单位 before 协同配合单位: the main unit's column is the lead's.)
        let columns = WorkPlanTable.ranked(words.map(WorkPlanTable.column), texts: words)
        // 序号 类别 主要任务 细化措施 牵头单位 参与单位 责任单位: a category's column beside the task's is the task's too.
        guard columns[0] == .number,
              let firstTail = columns.firstIndex(where: { $0 == .lead || $0 == .responsible || $0 == .deadline }), firstTail >= 2,
              columns[1..<firstTail].contains(.task), columns[1..<firstTail].allSatisfy({ $0 == .task || $0 == .other || $0 == .group }) else { return nil }
        let tail = Array(columns[firstTail...])
        guard tail.allSatisfy({ $0 == .lead || $0 == .responsible || $0 == .deadline }),
              tail.contains(where: { $0 == .lead || $0 == .responsible }) else { return nil }
        return tail
    }

    /// A header whose unit columns come right after the task and are followed by columns of
    /// figures and notes (`序号 项目名称 责任单位 目标任务 完成情况 完成率% 备注`, a progress
    /// table): its unit columns, read from the left of each row. Nil for any other line.
    static func leadingUnitColumns(_ bytes: [UInt8], _ line: Range<Int>) -> [WorkPlanTable.Column]? {
        guard line.count <= 2 * longestHeader, UTF8Scan.hasPrefix(numberStart, in: bytes, at: line.lowerBound) || UTF8Scan.hasPrefix(numberWordStart, in: bytes, at: line.lowerBound),
              !bytes[line].contains(0x09), !bytes[line].contains(0x7C) else { return nil }
        let words = String(decoding: bytes[line], as: UTF8.self).split(whereSeparator: { $0 == " " || $0 == "\u{3000}" }).map(String.init)
        guard words.count >= 4, words.count <= 12 else { return nil }
        // (主要责任单位 before 协同配合单位: the main unit's column is the lead's.)
        let columns = WorkPlanTable.ranked(words.map(WorkPlanTable.column), texts: words)
        guard columns[0] == .number, let first = columns.firstIndex(where: { $0 == .lead || $0 == .responsible }), first >= 2,
              columns[1..<first].contains(.task), columns[1..<first].allSatisfy({ $0 == .task || $0 == .other }) else { return nil }
        var units = [columns[first]]
        if first + 1 < columns.count, columns[first + 1] == .lead || columns[first + 1] == .responsible { units.append(columns[first + 1]) }
        // Columns after the units: only a table with more than its units and a deadline there is read from the left.
        guard columns.count > first + units.count, !columns[(first + units.count)...].allSatisfy({ $0 == .deadline }) else { return nil }
        return units
    }

    static let numberWordStart = Array("编".utf8)

    /// The most lines a wrapped header takes under its first line.
    static let maxHeaderLines = 3
    /// How long a header's cell may be, in characters.
    static let longestHeaderWord = 8

    /// A line under a header that carries more of its cells: a few short words, no row's number, no heading, no units.
    static func continuesHeader(_ bytes: [UInt8], _ line: Range<Int>) -> Bool {
        guard line.count <= longestHeader / 2, !opensRow(bytes, line), WorkPlanTable.number(bytes, line) == nil,
              OutlineMarker.parse(bytes, at: line.lowerBound, end: line.upperBound) == nil, !readsAsUnitList(bytes, line) else { return false }
        let words = String(decoding: bytes[line], as: UTF8.self).split(whereSeparator: { $0 == " " || $0 == "\u{3000}" })
        return !words.isEmpty && words.count <= 4 && words.allSatisfy { $0.count <= longestHeaderWord }
    }

    /// The rows of a table read from the left, from line `n`: a row's number, the task's words, then
    /// the first word (or words, one per unit column) that reads as units; what follows is figures
    /// and notes. A line with no number under a row is one of its sub-items (`完成征缴基金10000万元
    /// 区人社局 …`), read the same way; a line of unit names alone goes on the row's unit cell (a unit to
    /// a line: `区农业农村委` / `区林业局`), and a line of neither goes on its notes. A section's heading
    /// (`一、经济社会发展主要预期目标`, `(一)…`) is the rows' group. The rows and the line the table ends at.
    static func rowsReadFromTheLeft(_ bytes: [UInt8], _ lines: [Range<Int>], from n: Int, unitColumns: [WorkPlanTable.Column]) -> ([WorkPlanTable.Row], Int) {
        var rows: [WorkPlanTable.Row] = []
        var m = n
        var number: Int?
        var misses = 0
        var group: Range<Int>?
        // The last row's unit cell may go on over the lines after it.
        var unitCellOpen = false
        while m < lines.count {
            let line = lines[m]
            if unitCellOpen, unitColumns.count == 1, readsAsUnitList(bytes, line) {
                rows[rows.count - 1].units.units += WorkPlanTable.units(bytes, line, column: unitColumns[0])
                m += 1
                continue
            }
            unitCellOpen = false
            if let marker = OutlineMarker.parse(bytes, at: line.lowerBound, end: line.upperBound), marker.level <= 2,
               WorkPlanTable.number(bytes, line) == nil {
                group = UTF8Scan.trim(bytes, marker.contentStart..<line.upperBound)
                misses = 0
                m += 1
                continue
            }
            let words = UTF8Scan.fields(bytes, line) { $0 == 0x20 || $0 == 0x09 }
            var first = 0
            if let found = words.first.flatMap({ WorkPlanTable.number(bytes, $0) }) {
                number = found
                first = 1
            }
            guard let current = number, words.count > first + 1,
                  let unitAt = (first + 1..<words.count).first(where: { k in
                      k + unitColumns.count <= words.count && (0..<unitColumns.count).allSatisfy { readsAsUnits(bytes, words[k + $0]) }
                  }) else {
                // A numbered row with no unit word (its unit cell merged or empty), or a row's notes going on
                // over a line, is passed; any other line ends the table.
                if first == 1 || !rows.isEmpty && number != nil, misses < 2 { misses += 1; m += 1; continue }
                break
            }
            misses = 0
            var units: [UnitAssignment.Unit] = []
            for (k, column) in unitColumns.enumerated() { units += WorkPlanTable.units(bytes, words[unitAt + k], column: column) }
            let task = words[first].lowerBound..<words[unitAt - 1].upperBound
            rows.append(WorkPlanTable.Row(number: current, line: line, task: task, title: task,
                                          units: UnitAssignment(units: units, range: task.upperBound..<line.upperBound), deadline: nil, group: group))
            unitCellOpen = unitAt + unitColumns.count == words.count
            m += 1
        }
        return (rows, m)
    }

    /// Whether a word of a row is a list of units: every name reads as a unit's, bare ones too (`人社局`, `区质监分局`, `残联`).
    static func readsAsUnits(_ bytes: [UInt8], _ word: Range<Int>) -> Bool {
        // A federation's short name alone (`残联`), in the column the header names.
        if word.count == 6, UnitLine.isShortUnitName(String(decoding: bytes[word], as: UTF8.self)) { return true }
        return readsAsUnitList(bytes, word)
    }

    /// Whether `range` is a list of unit names only, each reading as a unit's.
    static func readsAsUnitList(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
        guard let units = UnitLine.parseBare(bytes, range, kind: .responsible), !units.units.isEmpty else { return false }
        return units.units.allSatisfy { UnitLine.readsAsUnit($0.name) }
    }

    /// A header's words: pieces of one character in a run are one word set out with spaces (`工 作 任 务`).
    /// A whole header set out so (`序 号 工 作 任 务 牵 头 单 位`) is one run, cut at the words that open
    /// a column (`columnStarts`).
    static func words(_ text: String) -> [String] {
        var words: [String] = []
        var spaced = ""
        for piece in text.split(separator: " ") {
            if piece.count == 1 {
                spaced += piece
                continue
            }
            if !spaced.isEmpty { words += cut(spaced); spaced = "" }
            words.append(String(piece))
        }
        if !spaced.isEmpty { words += cut(spaced) }
        return words
    }

    /// Words that open a header's column: its number, its units (the first of 牵头, 责任 … opens the
    /// unit column; `牵头责任单位` stays whole), a second unit column after a first one's 单位 or
    /// 部门, and its deadline.
    static let numberWords = ["序号", "编号"]
    static let unitStarts = ["牵头", "责任", "主责", "配合", "协办", "承办"]
    static let deadlineStarts = ["完成时限", "完成时间", "时间节点", "时限"]

    /// A run of one-character pieces cut into column words, by the words that open them.
    static func cut(_ run: String) -> [String] {
        var rest = Substring(run)
        var words: [String] = []
        if let number = numberWords.first(where: { rest.hasPrefix($0) }), rest.count > number.count {
            words.append(number)
            rest = rest.dropFirst(number.count)
        }
        var deadline: Substring?
        if let start = deadlineStarts.compactMap({ rest.range(of: $0) }).min(by: { $0.lowerBound < $1.lowerBound }),
           start.lowerBound > rest.startIndex {
            deadline = rest[start.lowerBound...]
            rest = rest[..<start.lowerBound]
        }
        if let start = unitStarts.compactMap({ rest.range(of: $0) }).min(by: { $0.lowerBound < $1.lowerBound }),
           start.lowerBound > rest.startIndex {
            words.append(String(rest[..<start.lowerBound]))
            rest = rest[start.lowerBound...]
            // 牵头单位配合单位: two unit columns.
            if let end = ["单位", "部门"].compactMap({ rest.range(of: $0) }).min(by: { $0.lowerBound < $1.lowerBound }),
               end.upperBound < rest.endIndex {
                words.append(String(rest[..<end.upperBound]))
                rest = rest[end.upperBound...]
            }
        }
        words.append(String(rest))
        if let deadline { words.append(String(deadline)) }
        return words
    }

    /// Whether `line` opens with a row's number and a space.
    static func opensRow(_ bytes: [UInt8], _ line: Range<Int>) -> Bool {
        guard let first = bytes[line].firstIndex(of: 0x20) else { return false }
        return WorkPlanTable.number(bytes, line.lowerBound..<first) != nil
    }

    /// A row: its number, the task, then one cell per column of `tail`, the unit cells reading as units.
    /// The row may run over two lines (`range` spans both): a line break parts cells as a space does.
    static func row(_ bytes: [UInt8], _ line: Range<Int>, tail: [WorkPlanTable.Column]) -> WorkPlanTable.Row? {
        guard let first = bytes[line].firstIndex(of: 0x20), let number = WorkPlanTable.number(bytes, line.lowerBound..<first) else { return nil }
        var cells: [Range<Int>] = []
        var end = line.upperBound
        for _ in tail {
            guard let space = bytes[first..<end].lastIndex(where: { $0 == 0x20 || $0 == 0x0A }), space > first else { return nil }
            cells.insert(UTF8Scan.trim(bytes, (space + 1)..<end), at: 0)
            end = space
        }
        var task = UTF8Scan.trim(bytes, (first + 1)..<end)
        guard task.count >= 9 else { return nil }
        var units: [UnitAssignment.Unit] = []
        var deadline: Range<Int>?
        // `2 一般公共预算收入增长5%左右。 区财政局` / `区税务局` / …: where the first unit cell begins a line, a unit
        // closing the first line after a space is that cell's first line.
        if let firstCell = cells.first, firstCell.lowerBound > 0, bytes[firstCell.lowerBound - 1] == 0x0A, tail[0] != .deadline,
           let space = bytes[task].lastIndex(of: 0x20), !bytes[space..<task.upperBound].contains(0x0A),
           readsAsUnitList(bytes, (space + 1)..<task.upperBound) {
            units += WorkPlanTable.units(bytes, (space + 1)..<task.upperBound, column: tail[0])
            task = UTF8Scan.trim(bytes, task.lowerBound..<space)
        }
        for (var cell, column) in zip(cells, tail) {
            if column == .deadline {
                deadline = cell
                continue
            }
            // `…,魏武国控集团。`: the stop closing the row is no part of its last unit.
            while let stop = Self.cellStops.first(where: { UTF8Scan.hasSuffix($0, in: bytes, cell) }), cell.count > stop.count {
                cell = cell.lowerBound..<(cell.upperBound - stop.count)
            }
            guard UnitLine.parseBare(bytes, cell, kind: .responsible) != nil else { return nil }
            units += WorkPlanTable.units(bytes, cell, column: column)
        }
        guard !units.isEmpty else { return nil }
        // `地区生产总值增长6.5%.`: a PDF's stop closing the cell is no part of the title.
        var title = task
        // A row over two lines: the title is its first line's.
        if let lineEnd = bytes[task].firstIndex(of: 0x0A) { title = UTF8Scan.trim(bytes, task.lowerBound..<lineEnd) }
        while title.count > 1, bytes[title.upperBound - 1] == 0x2E { title = title.lowerBound..<(title.upperBound - 1) }
        return WorkPlanTable.Row(number: number, line: line, task: task, title: title,
                                 units: UnitAssignment(units: units, range: task.upperBound..<line.upperBound), deadline: deadline)
    }
}
