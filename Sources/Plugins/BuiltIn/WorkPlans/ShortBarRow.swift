/// A row of a bar table that holds fewer cells than its header because the page left
/// its empty cells unwritten (`1 | 任务 | 科技处 | 长期推进 |` under `序号 | 工作任务 |
/// 具体措施 | 责任处室 | 完成时限 | 备注`): which cell is which is read from what each
/// holds, not from where it stands. The number first, the task next; then, in order, a
/// cell of unit names goes to the next unit column, a deadline (`长期推进`, `2023年6月前`,
/// `年底前`) to the next deadline column, any other text to the next column that holds
/// neither units nor a deadline before the unit columns, or to the next column that holds
/// no units after them. The columns left over stay empty.
enum ShortBarRow {
    /// The cells of `cells` in their columns' places, or nil when the row is not one to read so
    /// (no cell of unit names, a category column, more cells of units than unit columns).
    static func align(_ bytes: [UInt8], _ cells: [Range<Int>], columns: [WorkPlanTable.Column]) -> [Range<Int>?]? {
        guard cells.count >= 3, cells.count < columns.count, columns.first == .number, !columns.contains(.group),
              WorkPlanTable.number(bytes, cells[0]) != nil,
              let taskAt = columns.firstIndex(of: .task), !cells[1].isEmpty, !readsAsUnits(bytes, cells[1]) else { return nil }
        let unitColumns = columns.indices.filter { isUnitColumn(columns[$0]) }
        guard let firstUnitColumn = unitColumns.first else { return nil }
        var aligned: [Range<Int>?] = Array(repeating: nil, count: columns.count)
        aligned[0] = cells[0]
        aligned[taskAt] = cells[1]
        var next = taskAt + 1
        var unitCells = 0
        for cell in cells[2...] {
            let target: Int?
            if cell.isEmpty {
                target = next < columns.count ? next : nil
            } else if readsAsUnits(bytes, cell) {
                target = columns.indices.first { $0 >= next && isUnitColumn(columns[$0]) }
                unitCells += 1
            } else if UnitAssignment.isDeadline(bytes, cell), let deadline = columns.indices.first(where: { $0 >= next && columns[$0] == .deadline }) {
                target = deadline
            } else {
                // Text before the unit columns is the task's (具体措施); after them, a deadline's or a note's.
                target = columns.indices.first { $0 >= next && !isUnitColumn(columns[$0]) && ($0 > firstUnitColumn || columns[$0] != .deadline) }
            }
            guard let target else { return nil }
            aligned[target] = cell
            next = target + 1
        }
        return unitCells > 0 ? aligned : nil
    }

    static func isUnitColumn(_ column: WorkPlanTable.Column) -> Bool { column == .lead || column == .responsible }

    /// A cell that is a list of unit names, a duty phrase after them allowed
    /// (`减灾处、预报处等按职责分工落实`, `科教处会同人事处`); a sentence is none.
    static func readsAsUnits(_ bytes: [UInt8], _ cell: Range<Int>) -> Bool {
        guard !cell.isEmpty else { return false }
        let list = cell.lowerBound..<UnitCell.listEnd(bytes, cell)
        if UnitLine.parseBare(bytes, list, kind: .responsible) != nil { return true }
        guard let (at, length) = UnitCell.join(bytes, list) else { return false }
        return UnitLine.parseBare(bytes, list.lowerBound..<at, kind: .responsible) != nil
            && UnitLine.parseBare(bytes, (at + length)..<list.upperBound, kind: .responsible) != nil
    }
}
