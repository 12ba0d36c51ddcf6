/// A task table flattened to text: a header row naming its columns
/// (`序号 重点任务 牵头单位 责任单位 完成时限`), then one row per task, the cells
/// separated by tabs or by runs of two spaces or more, as a table copied out of
/// a word processor or a PDF arrives.
///
/// A row is a task when its first cell is its number and it has as many cells
/// as the header (a tab-separated row keeps its empty cells). Units are read
/// from the lead and the responsible columns as lists (`UnitAssignment.names`,
/// so `市大数据局(牵头)` in a responsible column leads); the deadline column
/// is kept on the task.
struct WorkPlanTable {
    struct Row {
        var number: Int
        var line: Range<Int>
        /// From the first task column to the last (a name column, then a text column, in some tables).
        var task: Range<Int>
        /// The first task column: the task's title.
        var title: Range<Int>
        var units: UnitAssignment
        var deadline: Range<Int>?
        /// A column merged over rows that comes before the number (`工作任务`, then `1` and its `具体要求`): the row's group.
        var group: Range<Int>? = nil
    }

    enum Column { case number, task, lead, responsible, deadline, other }

    static let numberHeaders = ["序号", "编号", "序"]
    static let numberHeaderStarts = ["序", "编"].map { Array($0.utf8) }
    static let taskHeaders = ["任务", "事项", "内容", "措施", "工作", "举措", "项目", "目标", "指标", "实事", "要求"]
    static let deadlineHeaders = ["时限", "时间", "期限", "进度", "时序"]
    /// How a unit column's header ends besides 单位 and 部门: an office's own sections (`责任科室`, `承办处室`).
    static let sectionHeaderEndings = ["科室", "处室", "股室"]

    /// The tasks of every table in `lines`.
    static func rows(_ bytes: [UInt8], lines: [Range<Int>]) -> [Row] {
        var result: [Row] = []
        var columns: [Column]?
        var separator: UInt8 = 0x09
        // The units of the row before, for a row whose unit cells a merged cell left empty.
        var above: [UnitAssignment.Unit] = []
        for line in lines {
            if let header = header(bytes, line) {
                columns = header.columns
                separator = header.separator
                above = []
                continue
            }
            guard let columns else { continue }
            let cells = split(bytes, line, separator: separator)
            guard cells.count == columns.count, let number = number(bytes, cells[0]) else { continue }
            var units: [UnitAssignment.Unit] = []
            var task: Range<Int>?
            var title: Range<Int>?
            var deadline: Range<Int>?
            for (cell, column) in zip(cells, columns) {
                switch column {
                // The first task column names the task (重点任务); a later one (具体内容) is its text.
                case .task:
                    task = task.map { $0.lowerBound..<cell.upperBound } ?? cell
                    if title == nil { title = cell }
                case .deadline: deadline = cell.isEmpty ? nil : cell
                case .lead, .responsible: units += Self.units(bytes, cell, column: column)
                default: break
                }
            }
            // A unit cell merged over several rows (one cell spanning tasks 3 to 5) is written once, in the
            // first row: the rows below it with every unit cell empty take its units. Only tabs and bars
            // keep an empty cell; with runs of spaces such a row has too few cells and is not read.
            if units.isEmpty, separator != 0x20, zip(cells, columns).allSatisfy({ ![.lead, .responsible].contains($1) || $0.isEmpty }) {
                units = above
            }
            above = units
            guard let task, let title, !title.isEmpty, !units.isEmpty else { continue }
            result.append(Row(number: number, line: line, task: task, title: title,
                              units: UnitAssignment(units: units, range: task.upperBound..<line.upperBound), deadline: deadline))
        }
        return result
    }

    /// The units of a cell of the lead or the responsible column (`市大数据局(牵头)` leads in either).
    static func units(_ bytes: [UInt8], _ cell: Range<Int>, column: Column) -> [UnitAssignment.Unit] {
        UnitAssignment.names(bytes, cell).map { item in
            let leads = column == .lead || UnitAssignment.noteLeads(item.note)
            return UnitAssignment.Unit(name: item.name, range: item.range, kind: leads ? .lead : .responsible, role: leads ? "牵头" : "负责")
        }
    }

    /// The columns of a header row: a number column first, a task column and a unit column at least.
    static func header(_ bytes: [UInt8], _ line: Range<Int>) -> (columns: [Column], separator: UInt8)? {
        // Cheap test first (this runs on every line of a plan): a header opens with its number column.
        guard numberHeaderStarts.contains(where: { UTF8Scan.hasPrefix($0, in: bytes, at: line.lowerBound) }) else { return nil }
        let separator = separator(of: line, in: bytes)
        let cells = split(bytes, line, separator: separator)
        guard cells.count >= 3, cells.count <= 12 else { return nil }
        let columns = cells.map { column(String(decoding: bytes[$0], as: UTF8.self)) }
        guard columns[0] == .number, columns.contains(.task),
              columns.contains(where: { $0 == .lead || $0 == .responsible }) else { return nil }
        return (columns, separator)
    }

    static func column(_ header: String) -> Column {
        // 2024年预期目标: a header may carry the year.
        guard header.count <= 12 else { return .other }
        if numberHeaders.contains(header) { return .number }
        if UnitAssignment.leadLabels.contains(header) { return .lead }
        if UnitAssignment.responsibleLabels.contains(header) || header.hasSuffix("单位") || header.hasSuffix("部门") { return .responsible }
        if sectionHeaderEndings.contains(where: { header.hasSuffix($0) }) { return header.hasPrefix("牵头") ? .lead : .responsible }
        // 完成时限, 时限要求: the deadline's column (before the task words: 要求 is one).
        if deadlineHeaders.contains(where: { header.contains($0) }) { return .deadline }
        if taskHeaders.contains(where: { header.contains($0) }) { return .task }
        return .other
    }

    /// How a header row separates its cells: `|` (a table written with bars,
    /// `｜` folded), a tab, else runs of spaces.
    static func separator(of line: Range<Int>, in bytes: [UInt8]) -> UInt8 {
        if UTF8Scan.find([0x7C], in: bytes, from: line.lowerBound, to: line.upperBound) != nil { return 0x7C }
        return UTF8Scan.find([0x09], in: bytes, from: line.lowerBound, to: line.upperBound) != nil ? 0x09 : 0x20
    }

    /// The cells of a row: split at every tab or bar (empty cells kept; a bar
    /// opening or closing the row is no cell), or at runs of two spaces or more
    /// (a single space stays inside a cell).
    static func split(_ bytes: [UInt8], _ line: Range<Int>, separator: UInt8) -> [Range<Int>] {
        var line = line
        if separator == 0x7C {
            line = UTF8Scan.trim(bytes, line)
            if !line.isEmpty, bytes[line.lowerBound] == 0x7C { line = (line.lowerBound + 1)..<line.upperBound }
            if !line.isEmpty, bytes[line.upperBound - 1] == 0x7C { line = line.lowerBound..<(line.upperBound - 1) }
        }
        var cells: [Range<Int>] = []
        var start = line.lowerBound
        var i = line.lowerBound
        while i < line.upperBound {
            if separator == 0x09 || separator == 0x7C, bytes[i] == separator {
                cells.append(UTF8Scan.trim(bytes, start..<i))
                i += 1
                start = i
                continue
            }
            if separator == 0x20, bytes[i] == 0x20 || bytes[i] == 0x09, i + 1 < line.upperBound, bytes[i + 1] == 0x20 || bytes[i + 1] == 0x09 {
                cells.append(UTF8Scan.trim(bytes, start..<i))
                while i < line.upperBound, bytes[i] == 0x20 || bytes[i] == 0x09 { i += 1 }
                start = i
                continue
            }
            i += 1
        }
        cells.append(UTF8Scan.trim(bytes, start..<line.upperBound))
        return cells
    }

    /// A cell holding only a number of one to three digits.
    static func number(_ bytes: [UInt8], _ cell: Range<Int>) -> Int? {
        guard !cell.isEmpty, cell.count <= 3, bytes[cell].allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
        return bytes[cell].reduce(0) { $0 * 10 + Int($1 - 0x30) }
    }
}
