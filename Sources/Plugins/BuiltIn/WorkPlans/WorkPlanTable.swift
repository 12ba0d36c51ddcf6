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

    /// The rows a table reader read, and where each of its tables stands, header included: their lines are no
    /// tasks of their own.
    struct RowsRead {
        var rows: [Row] = []
        var spans: [Range<Int>] = []
    }

    /// A table's columns; `dataProvider` holds the units that supply a task's figures (`数据提供单位`), no responsible ones.
    enum Column { case number, task, lead, responsible, deadline, group, dataProvider, other }

    static let numberHeaders = ["序号", "编号", "序"]
    static let numberHeaderStarts = ["序", "编"].map { Array($0.utf8) }
    static let taskHeaders = ["任务", "事项", "内容", "措施", "工作", "举措", "项目", "目标", "指标", "实事", "要求"]
    static let deadlineHeaders = ["时限", "时间", "期限", "进度", "时序"]
    /// How a unit column's header ends besides 单位 and 部门: an office's own sections (`责任科室`, `承办处室`).
    static let sectionHeaderEndings = ["科室", "处室", "股室"]
    static let sectionHeaders: Set<String> = ["牵头处", "责任处"]

    /// The tasks of every table in `lines`.
    static func rows(_ bytes: [UInt8], lines: [Range<Int>]) -> [Row] {
        var result: [Row] = []
        var header: Header?
        // The units of the row before, for a row whose unit cells a merged cell left empty.
        var above: [UnitAssignment.Unit] = []
        // The group cell of the row before, for a row under a merged group cell (经济发展 over three indicators).
        var group: Range<Int>?
        var ordinal = 0
        // A bar table with a row short of cells though its unit cell is there leaves its empty cells unwritten:
        // a row with no unit cell there may have an empty one as well as one merged with the row above.
        var leavesEmptyCellsOut = false
        var n = 0
        while n < lines.count {
            let line = lines[n]
            n += 1
            if let found = Self.header(bytes, line) {
                header = found
                above = []
                group = nil
                ordinal = 0
                leavesEmptyCellsOut = false
                continue
            }
            guard let current = header else { continue }
            let columns = current.columns
            let soleUnitColumn = columns.filter { $0 == .lead || $0 == .responsible }.count == 1
            let cells = split(bytes, line, separator: current.separator)
            // Each column's pieces: one cell, or more where the row goes on over the lines below it.
            var pieces: [[Range<Int>]]
            var rowEnd = line.upperBound
            if current.numbered, let (flowed, used) = RowContinuation.flowed(bytes, lines, from: n, cells: cells, header: current) {
                pieces = flowed
                rowEnd = lines[n + used - 1].upperBound
                n += used
            } else {
                // A table with no number column ends at the first line that is no row of it.
                // A bar table's row short of cells: each cell placed by what it holds (`ShortBarRow`).
                let byContent = current.separator == 0x7C ? ShortBarRow.align(bytes, cells, columns: columns)
                    ?? underMergedCell(bytes, cells, columns: columns) : nil
                if byContent != nil { leavesEmptyCellsOut = true }
                guard let aligned = byContent ?? align(bytes, cells, columns: columns, validate: !current.numbered) else {
                    if !current.numbered { header = nil }
                    continue
                }
                pieces = aligned.map { $0.map { [$0] } ?? [] }
                while current.numbered, n < lines.count,
                      let more = RowContinuation.wrapped(bytes, row: line, lines[n], after: lines[n - 1], header: current) {
                    for (k, piece) in more.enumerated() where !piece.isEmpty { pieces[k].append(piece) }
                    rowEnd = lines[n].upperBound
                    n += 1
                }
            }
            ordinal += 1
            var number = ordinal
            if current.numbered {
                guard let at = columns.firstIndex(of: .number), let cell = pieces[at].first, let found = Self.number(bytes, cell) else { continue }
                number = found
            }
            var units: [UnitAssignment.Unit] = []
            var task: Range<Int>?
            var title: Range<Int>?
            var deadline: Range<Int>?
            var unitCells = 0
            var data: [UnitAssignment.Unit] = []
            for (cellPieces, column) in zip(pieces, columns) {
                guard let cell = cellPieces.first else { continue }
                switch column {
                // The first task column names the task (重点任务); a later one (具体内容) is its text.
                case .task:
                    let whole = cell.lowerBound..<cellPieces[cellPieces.count - 1].upperBound
                    task = task.map { $0.lowerBound..<whole.upperBound } ?? whole
                    // A numbered item titles its row without its number: under a heading's cell that titles none of its
                    // items (`一、做好财政信息公开。 | 1.积极推进…`), or in a row under a merged cell (`3.及时反馈… | 各科室 | |`).
                    if let item = OutlineMarker.parse(bytes, at: cell.lowerBound, end: cell.upperBound), item.level >= 3,
                       title.map({ OutlineMarker.parse(bytes, at: $0.lowerBound, end: $0.upperBound)?.level == 1 }) ?? pieces[0].isEmpty {
                        title = item.contentStart..<cell.upperBound
                    }
                    if title == nil { title = cell }
                case .deadline: deadline = cell.isEmpty ? nil : cell
                case .group: if !cell.isEmpty { group = cell }
                case .dataProvider: data += Self.dataProviders(bytes, cell)
                case .lead, .responsible:
                    units += cellPieces.count == 1 ? Self.units(bytes, cell, column: column, soleUnitColumn: soleUnitColumn)
                        : Self.units(bytes, pieces: cellPieces, column: column)
                    if cellPieces.contains(where: { !$0.isEmpty }) { unitCells += 1 }
                default: break
                }
            }
            // A unit cell merged over several rows (one cell spanning tasks 3 to 5) is written once, in the
            // first row: the rows below it with every unit cell empty (tabs or bars) or missing (runs of
            // spaces, where the row is short of the unit cells) take its units.
            if units.isEmpty, unitCells == 0, !leavesEmptyCellsOut { units = above }
            above = units
            guard let task, let title, !title.isEmpty, !units.isEmpty else { continue }
            let whole = line.lowerBound..<rowEnd
            result.append(Row(number: number, line: whole, task: task, title: title,
                              units: UnitAssignment(units: units + data, range: min(task.upperBound, rowEnd)..<rowEnd), deadline: deadline,
                              group: columns.contains(.group) ? group : nil))
        }
        return result
    }

    /// The cells of a row in its columns' places (nil where the row has no cell). A row short
    /// of cells is missing those of a merged cell (a group column before the rest, the unit
    /// columns, the deadline): the first way of leaving such columns out (the group first, then
    /// the unit columns from the last) under which every cell reads as its column's is taken.
    /// A full row is taken as it is unless `validate` (a table with no number column, where a
    /// line of prose must not pass as a row).
    static func align(_ bytes: [UInt8], _ cells: [Range<Int>], columns: [Column], validate: Bool) -> [Range<Int>?]? {
        let missing = columns.count - cells.count
        guard missing >= 0 else { return nil }
        if missing == 0, !validate { return cells }
        let droppable = columns.indices.filter { columns[$0] == .group }
            + columns.indices.filter { columns[$0] == .lead || columns[$0] == .responsible }.reversed()
            + columns.indices.filter { columns[$0] == .deadline }
        guard missing <= min(3, droppable.count) else { return nil }
        for dropped in combinations(of: droppable, choosing: missing) {
            var aligned: [Range<Int>?] = []
            var next = 0
            for index in columns.indices {
                if dropped.contains(index) { aligned.append(nil) } else { aligned.append(cells[next]); next += 1 }
            }
            if zip(aligned, columns).allSatisfy({ cell, column in cell.map { reads(bytes, $0, as: column) } ?? true }) { return aligned }
        }
        return nil
    }

    /// `3.及时反馈… | 各科室 | |` under `工作任务 | 具体要求 | 责任部门`: a bar table's row whose first cell a cell merged
    /// over the rows above holds, written with its cells shifted left and empty ones after them. The cells go one
    /// column right for each empty one at the end, when each then reads as its column's and a unit column holds units.
    static func underMergedCell(_ bytes: [UInt8], _ cells: [Range<Int>], columns: [Column]) -> [Range<Int>?]? {
        guard cells.count == columns.count, columns.first == .task, let filled = cells.lastIndex(where: { !$0.isEmpty }),
              filled < cells.count - 1, filled >= 1 else { return nil }
        let shift = cells.count - 1 - filled
        let aligned: [Range<Int>?] = Array(repeating: nil, count: shift) + cells[...filled].map { Optional($0) }
        guard zip(aligned, columns).allSatisfy({ cell, column in cell.map { reads(bytes, $0, as: column) } ?? true }),
              zip(aligned, columns).contains(where: { cell, column in (column == .lead || column == .responsible) && cell != nil })
        else { return nil }
        return aligned
    }

    /// Every way of choosing `count` of `items`, in their order (items first in the list are left out first).
    static func combinations(of items: [Int], choosing count: Int) -> [[Int]] {
        guard count > 0 else { return [[]] }
        guard items.count >= count else { return [] }
        var result: [[Int]] = []
        for (n, item) in items.enumerated() {
            for rest in combinations(of: Array(items[(n + 1)...]), choosing: count - 1) { result.append([item] + rest) }
        }
        return result
    }

    /// Whether `cell` can be a cell of `column`: unit names in a unit column (or nothing), a
    /// number in the number column, and no unit list in any other (a task, a target, a category).
    static func reads(_ bytes: [UInt8], _ cell: Range<Int>, as column: Column) -> Bool {
        switch column {
        case .number: return number(bytes, cell) != nil
        case .lead, .responsible, .dataProvider:
            return cell.isEmpty || UnitLine.parseBare(bytes, cell, kind: .responsible) != nil || UnitLine.parse(bytes, cell) != nil
        // A target column (`2025年目标值`) reads as a task's and may hold a bare number.
        case .task: return !cell.isEmpty && UnitLine.parseBare(bytes, cell, kind: .responsible) == nil
        default: return UnitLine.parseBare(bytes, cell, kind: .responsible) == nil
        }
    }

    /// The units of a cell of the lead or the responsible column (`市大数据局(牵头)` leads in either;
    /// a duty phrase after them and a partner joined by 会同: `UnitCell`).
    static func units(_ bytes: [UInt8], _ cell: Range<Int>, column: Column, soleUnitColumn: Bool = false) -> [UnitAssignment.Unit] {
        UnitCell.units(bytes, cell, column: column, soleUnitColumn: soleUnitColumn)
    }

    /// The units of a cell of the data providers' column (`数据提供单位`): they supply the task's figures.
    static func dataProviders(_ bytes: [UInt8], _ cell: Range<Int>) -> [UnitAssignment.Unit] {
        UnitAssignment.names(bytes, cell).map { UnitAssignment.Unit(name: $0.name, range: $0.range, kind: .dataProvider, role: "数据提供单位") }
    }

    /// The units of a cell written in pieces on several lines (a row continued below it), a name
    /// broken between two pieces read whole (`BrokenUnitName.names`).
    static func units(_ bytes: [UInt8], pieces: [Range<Int>], column: Column) -> [UnitAssignment.Unit] {
        BrokenUnitName.names(bytes, pieces: pieces).map { item in
            let leads = column == .lead || UnitAssignment.noteLeads(item.note)
            return UnitAssignment.Unit(name: item.name, range: item.range, kind: leads ? .lead : .responsible, role: leads ? "牵头" : "负责")
        }
    }

    /// A header row: its columns, how its cells are separated, whether its rows are numbered,
    /// and where each of its cells starts on the page (in display columns, for rows continued
    /// on lines of their own in a table set out with spaces).
    struct Header {
        var columns: [Column]
        var separator: UInt8
        var numbered: Bool
        var starts: [Int] = []
    }

    /// How a header row opens: its number column (序号, 编号), a category column (类别, 分类, 领域),
    /// or, in a table of indicators with no number column, the indicator's (指标, 指标名称).
    static let headerStarts = ["序", "编", "类", "分", "领", "板", "指", "主", "预", "目"].map { Array($0.utf8) }

    /// The columns of a header row: a number column first (after a category column at most),
    /// a task column and a unit column at least; or, with no number column, an indicator's
    /// column first (`指标  目标  责任单位`), cells separated by tabs, bars or runs of spaces.
    static func header(_ bytes: [UInt8], _ line: Range<Int>) -> Header? {
        // Cheap test first (this runs on every line of a plan): a header opens with one of its first columns.
        // A bar table may open each line with a bar (`| 序号 | …`).
        var first = line.lowerBound
        if first < line.upperBound, bytes[first] == 0x7C {
            first += 1
            while first < line.upperBound, bytes[first] == 0x20 { first += 1 }
        }
        let knownStart = headerStarts.contains(where: { UTF8Scan.hasPrefix($0, in: bytes, at: first) })
        // A table whose cells bars or tabs part (`重点任务 | 工作内容 | 负责科室 |`) may open with its task column.
        // (A header is short: a long line, most lines of prose, is not scanned for them.)
        guard knownStart || line.count <= longestOpenHeader && (UTF8Scan.find([0x7C], in: bytes, from: first, to: line.upperBound) != nil
                || UTF8Scan.find([0x09], in: bytes, from: first, to: line.upperBound) != nil) else { return nil }
        let separator = separator(of: line, in: bytes)
        guard knownStart || separator != 0x20 else { return nil }
        let cells = split(bytes, line, separator: separator)
        guard cells.count >= 3, cells.count <= 12 else { return nil }
        let texts = cells.map { spacedOut(String(decoding: bytes[$0], as: UTF8.self)) }
        let columns = ranked(measured(texts.map(column), texts: texts), texts: texts)
        guard columns.contains(.task), columns.contains(where: { $0 == .lead || $0 == .responsible }) else { return nil }
        let leading = columns.prefix { $0 == .group }.count
        guard leading <= 1 else { return nil }
        if columns[leading] == .number {
            return Header(columns: columns, separator: separator, numbered: true, starts: cells.map { RowContinuation.displayColumn(bytes, $0.lowerBound) })
        }
        // No number column: an indicator table (`指标  目标  责任单位`), or a table whose bars or tabs part its cells
        // (`重点任务 | 工作内容 | 负责科室`), each row read only when its cells read as their columns'.
        guard columns[leading] == .task, !columns.contains(.number),
              separator != 0x20 || indicatorHeaders.contains(where: { texts[leading].hasPrefix($0) }) else { return nil }
        return Header(columns: columns, separator: separator, numbered: false)
    }

    /// The longest header, in bytes, that opens with its task column (twelve cells of up to six characters).
    static let longestOpenHeader = 260

    /// The headers of an indicator's column in a target table.
    static let indicatorHeaders = ["指标", "主要指标", "预期指标", "目标任务"]
    /// A category column's header (经济发展, 民生福祉 …, merged over its rows).
    static let groupHeaders = ["类别", "分类", "类型", "领域", "板块", "项目类别", "指标类别", "指标类型", "指标属性"]
    /// A measure's header (`%`, `亿元`): in a table that has a unit column besides, or indicators, `单位` is no unit column.
    static let measureHeaders = ["单位", "计量单位"]

    /// `columns` with a measure's column (`单位` beside `牵头单位`, or in an indicator table) read as no unit column.
    static func measured(_ columns: [Column], texts: [String]) -> [Column] {
        var columns = columns
        let indicators = texts.contains { $0.contains("指标") || $0.contains("目标值") }
        for (n, text) in texts.enumerated() where measureHeaders.contains(text) {
            let otherUnits = columns.indices.contains { $0 != n && (columns[$0] == .lead || columns[$0] == .responsible) }
            if otherUnits || indicators { columns[n] = .other }
        }
        return columns
    }

    /// `columns` with the first of two unit columns made the lead's when its header says it is
    /// the main one (`主要责任单位` before `协同配合单位`) and no column is a lead's already.
    static func ranked(_ columns: [Column], texts: [String]) -> [Column] {
        guard !columns.contains(.lead), let first = columns.firstIndex(of: .responsible),
              columns[(first + 1)...].contains(.responsible), texts.indices.contains(first),
              mainUnitHeaders.contains(where: { texts[first].hasPrefix($0) }) else { return columns }
        var columns = columns
        columns[first] = .lead
        return columns
    }

    static let mainUnitHeaders = ["主要责任", "主办", "主要承办", "主责"]

    /// `columns` with a `项目` column before a column of tasks or targets (`项目` then `重点工作目标任务`)
    /// read as the rows' category (工业经济, 投资 …, merged over the rows), not the task's title.
    static func categorized(_ columns: [Column], texts: [String]) -> [Column] {
        guard let first = columns.firstIndex(of: .task), texts.indices.contains(first), categoryHeaders.contains(texts[first]),
              let next = columns[(first + 1)...].firstIndex(of: .task), texts.indices.contains(next),
              (texts[first] == indicatorCategory ? ["任务"] : categoryFollowers).contains(where: { texts[next].contains($0) }) else { return columns }
        var columns = columns
        columns[first] = .group
        return columns
    }

    /// (`指标` then `工作任务`: the indicator a row's tasks serve, merged over them; before `目标` it is the indicator's own column.)
    static let categoryHeaders = ["项目", "工作项目", "类别项目", "指标"]
    static let indicatorCategory = "指标"
    static let categoryFollowers = ["任务", "目标", "指标"]

    /// A header cell with a space between each of its characters (`任 务 名 称`, set so to fill
    /// a wide column) as one word; any other text as it is.
    static func spacedOut(_ text: String) -> String {
        guard text.contains(" ") else { return text }
        let pieces = text.split(separator: " ")
        return pieces.allSatisfy({ $0.count == 1 }) ? pieces.joined() : text
    }

    static func column(_ header: String) -> Column {
        // `重点工作任务(杭州市2项配合工作)`: a note in brackets after the column's word says nothing of the column.
        if header.hasSuffix(")"), let open = header.lastIndex(of: "("), open > header.startIndex {
            let word = header[..<open]
            if word.count <= 12 { return column(String(word)) }
        }
        // 2024年预期目标: a header may carry the year.
        guard header.count <= 12 else { return .other }
        if numberHeaders.contains(header) { return .number }
        if groupHeaders.contains(header) { return .group }
        if UnitAssignment.leadLabels.contains(header) { return .lead }
        if PlanWords.shared.dataProviderLabels.contains(where: { header.utf8.elementsEqual($0) }) { return .dataProvider }
        let unitColumn = header.hasSuffix("单位") || header.hasSuffix("部门")
        // 牵头责任单位, 牵头负责部门: the lead's column however it goes on.
        if unitColumn, header.hasPrefix("牵头") || header.hasPrefix("主责") { return .lead }
        if UnitAssignment.responsibleLabels.contains(header) || unitColumn { return .responsible }
        // 目标类型, 指标属性 (预期性, 约束性): a kind's column, not the task's.
        if header.hasSuffix("类型") || header.hasSuffix("属性") { return .other }
        if sectionHeaderEndings.contains(where: { header.hasSuffix($0) }) || sectionHeaders.contains(header) { return header.hasPrefix("牵头") ? .lead : .responsible }
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
                cells.append(separator == 0x7C ? withoutNoise(bytes, start..<i) : UTF8Scan.trim(bytes, start..<i))
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
        cells.append(separator == 0x7C ? withoutNoise(bytes, start..<line.upperBound) : UTF8Scan.trim(bytes, start..<line.upperBound))
        return cells
    }

    /// A bar table's cell without its spaces and the `?` a page's scraping left after it
    /// (`3? | 某新城要围绕…? | 某新城? |`, an unreadable mark): the mark is no part of a name or a number.
    static func withoutNoise(_ bytes: [UInt8], _ cell: Range<Int>) -> Range<Int> {
        var cell = UTF8Scan.trim(bytes, cell)
        while !cell.isEmpty, bytes[cell.upperBound - 1] == 0x3F { cell = UTF8Scan.trim(bytes, cell.lowerBound..<(cell.upperBound - 1)) }
        return cell
    }

    /// A cell holding only a number of one to three digits.
    static func number(_ bytes: [UInt8], _ cell: Range<Int>) -> Int? {
        // (12): a row's number in brackets.
        if cell.count >= 3, bytes[cell.lowerBound] == 0x28, bytes[cell.upperBound - 1] == 0x29 {
            return number(bytes, (cell.lowerBound + 1)..<(cell.upperBound - 1))
        }
        guard !cell.isEmpty, cell.count <= 3, bytes[cell].allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
        return bytes[cell].reduce(0) { $0 * 10 + Int($1 - 0x30) }
    }
}
