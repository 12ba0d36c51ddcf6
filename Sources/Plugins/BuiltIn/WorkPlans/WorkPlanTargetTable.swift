/// A table of targets copied one cell to a line, whose unit cells are merged over
/// the targets above them, as a development plan's breakdown of its targets
/// (目标责任分解书) arrives from a web page:
///
///     领域
///     主 要 目 标
///     主要责任单位
///     责任单位
///     1.提高出生人口质量。
///     ——降低严重多发致残的出生缺陷发生率……
///     省卫生厅
///     省人口计生委
///     ——低出生体重儿发生率控制在4%以下。
///     ——新生儿破伤风发病率以县为单位降低到1‰以下。
///     省卫生厅
///
/// The targets are the lines a dash opens (`——`); a numbered line with dash targets
/// under it is their goal (the rows' group), and one with unit lines right under it
/// is a target itself. Each run of unit lines (a unit to a line) belongs to every
/// target since the run before it: the cell is merged over their rows. Under a header
/// with a main unit's column and another (`主要责任单位`, `责任单位`) the run's first
/// line is the main unit's cell, which leads; otherwise every unit has the one column's kind.
enum WorkPlanTargetTable {
    typealias Read = WorkPlanTable.RowsRead

    static let dashes = ["——", "—", "--"].map { Array($0.utf8) }
    /// A header cell is short (`主 要 目 标` read as one word).
    static let headerCellCharacters = 12
    /// Targets waiting for their units: more with none is no such table (or its end).
    static let pendingTargets = 12
    /// A unit written short in a narrow column (`省人口计生`, `妇联`) is a short line of Han characters.
    static let shortUnitCharacters = 8

    /// The tasks of every such table in `lines`.
    static func rows(_ bytes: [UInt8], lines: [Range<Int>]) -> Read {
        // Cheap exit (this runs on every document): targets opened by a dash.
        guard lines.contains(where: { dashContent(bytes, $0) != nil }) else { return Read() }
        var read = Read()
        var n = 0
        while n < lines.count {
            guard let header = header(bytes, lines, at: n) else { n += 1; continue }
            let (rows, end) = body(bytes, lines, from: header.end, columns: header.units, numberedFrom: read.rows.count)
            if rows.contains(where: { dashContent(bytes, $0.line) != nil }) {
                read.rows += rows
                read.spans.append(lines[n].lowerBound..<lines[end - 1].upperBound)
            }
            n = max(end, n + 1)
        }
        return read
    }

    /// Where a target's text starts when a dash opens `line` (`——5岁以下儿童…`).
    static func dashContent(_ bytes: [UInt8], _ line: Range<Int>) -> Int? {
        guard let dash = dashes.first(where: { UTF8Scan.hasPrefix($0, in: bytes, at: line.lowerBound) }) else { return nil }
        var at = line.lowerBound + dash.count
        while at < line.upperBound, bytes[at] == 0x20 || UTF8Scan.hasPrefix(dashes[1], in: bytes, at: at) {
            at += bytes[at] == 0x20 ? 1 : dashes[1].count
        }
        return line.upperBound - at >= WorkPlanExtractor.shortestTask ? at : nil
    }

    /// The header from line `n`: short cells each naming a column (a group's, the targets', units'),
    /// no number column, the unit columns after the target column. Its unit columns and the line after it.
    static func header(_ bytes: [UInt8], _ lines: [Range<Int>], at n: Int) -> (units: [WorkPlanTable.Column], end: Int)? {
        var texts: [String] = []
        var m = n
        while m < lines.count, texts.count < 8, lines[m].count <= headerCellCharacters * 4 {
            let text = WorkPlanTable.spacedOut(String(decoding: bytes[lines[m]], as: UTF8.self))
            guard text.count <= headerCellCharacters else { break }
            let column = WorkPlanTable.column(text)
            guard column == .group || column == .task || column == .lead || column == .responsible else { break }
            texts.append(text)
            m += 1
        }
        let columns = WorkPlanTable.ranked(texts.map(WorkPlanTable.column), texts: texts)
        guard let task = columns.firstIndex(of: .task), let unit = columns.firstIndex(where: WorkPlanCellRow.isUnitColumn), task < unit,
              columns[unit...].allSatisfy(WorkPlanCellRow.isUnitColumn) else { return nil }
        return (Array(columns[unit...]), m)
    }

    /// The rows from line `from` on, and the line after the table's last unit line.
    static func body(_ bytes: [UInt8], _ lines: [Range<Int>], from: Int, columns: [WorkPlanTable.Column], numberedFrom: Int)
        -> (rows: [WorkPlanTable.Row], end: Int) {
        var rows: [WorkPlanTable.Row] = []
        // Targets since the last run of units: the line of each, where its text starts, and the goal it falls under.
        var pending: [(line: Range<Int>, text: Int, goal: Range<Int>?)] = []
        var goal: Range<Int>?
        var end = from
        var m = from
        while m < lines.count {
            let line = lines[m]
            // The next table's header ends this one.
            if m > from, header(bytes, lines, at: m) != nil { break }
            if isUnitLine(bytes, lines, m), !(m + 1 < lines.count && WorkPlanExtractor.isDateLine(bytes, lines[m + 1])) {
                var units: [UnitAssignment.Unit] = []
                var k = m
                // An office over a date closing the text is its signature, not a unit.
                while k < lines.count, isUnitLine(bytes, lines, k), !(k + 1 < lines.count && WorkPlanExtractor.isDateLine(bytes, lines[k + 1])) {
                    // The first line is the main unit's cell where the header has one beside the others'.
                    let kind: UnitAssignment.Kind = columns.first == .lead && (k == m || !columns.dropFirst().contains(.responsible)) ? .lead : .responsible
                    units += UnitAssignment.names(bytes, lines[k]).map {
                        UnitAssignment.Unit(name: $0.name, range: $0.range, kind: kind, role: kind == .lead ? "主要责任单位" : "责任单位")
                    }
                    k += 1
                }
                for target in pending {
                    let text = target.text..<target.line.upperBound
                    rows.append(WorkPlanTable.Row(number: numberedFrom + rows.count + 1, line: target.line, task: text, title: text,
                                                  units: UnitAssignment(units: units, range: target.line.upperBound..<target.line.upperBound),
                                                  group: target.goal))
                }
                pending.removeAll()
                end = k
                m = k
                continue
            }
            if let text = dashContent(bytes, line) {
                // A goal's dash targets: the goal is a heading, no target of its own.
                if let last = pending.last, last.line.lowerBound == goal?.lowerBound { pending.removeLast() }
                pending.append((line, text, goal))
            } else if let marker = OutlineMarker.parse(bytes, at: line.lowerBound, end: line.upperBound) {
                goal = line
                pending.append((line, marker.contentStart, nil))
            } else if let last = pending.popLast() {
                // A target's text broken over lines.
                pending.append((last.line.lowerBound..<line.upperBound, last.text, last.goal))
            } else if rows.isEmpty || line.count > headerCellCharacters * 3 {
                // Prose before the first target, or after the table.
                break
            }
            if pending.count > pendingTargets { break }
            m += 1
        }
        return (rows, max(end, from))
    }

    /// Line `n` holds unit names only: a list of units (`UnitLine.parseBare`), a federation's short
    /// name (`妇联`), or a short line of Han characters among such lines or naming its level (`省人口计生`).
    static func isUnitLine(_ bytes: [UInt8], _ lines: [Range<Int>], _ n: Int) -> Bool {
        if strictUnitLine(bytes, lines[n]) { return true }
        guard isShortHan(bytes, lines[n]) else { return false }
        let name = String(decoding: bytes[lines[n]], as: UTF8.self)
        if UnitLine.isShortUnitName(name) || levels.contains(where: { name.hasPrefix($0) }) { return true }
        return n > 0 && n + 1 < lines.count && strictUnitLine(bytes, lines[n - 1]) && strictUnitLine(bytes, lines[n + 1])
    }

    static let levels = ["省", "市", "县", "区"]

    static func strictUnitLine(_ bytes: [UInt8], _ line: Range<Int>) -> Bool {
        dashContent(bytes, line) == nil && UnitLine.parseBare(bytes, line, kind: .responsible) != nil
    }

    static func isShortHan(_ bytes: [UInt8], _ line: Range<Int>) -> Bool {
        guard line.count >= 6, line.count <= shortUnitCharacters * 3 else { return false }
        var at = line.lowerBound
        while at < line.upperBound {
            guard UTF8Scan.isHan(bytes, at: at) else { return false }
            at += 3
        }
        return true
    }
}
