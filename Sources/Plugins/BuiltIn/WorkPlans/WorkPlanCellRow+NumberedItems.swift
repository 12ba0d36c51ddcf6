extension WorkPlanCellRow {
    /// The most lines one numbered item takes (its text, a leader's cell, its unit cell, empty cells).
    static let itemLines = 8

    /// A row whose number cell is merged over several items that the task cell numbers itself
    /// (`1` / `主要预期目标` / `1.地区生产总值增长5%以上。` / `钱 宇` / `区发改委、统计局` / `2.…`):
    /// one row per item, from its numbered line to the next item's, its units the first line after it
    /// that reads as a unit cell. Read only where the table has one unit column, the first item is
    /// numbered 1 within the row's first lines, and two items or more follow in sequence; they end at
    /// an item with no unit cell, a line that continues no item, or the table's next row (`isNextRow`).
    /// The rows and the line after the last item. O(n) in the lines read.
    static func numberedItems(_ bytes: [UInt8], _ lines: [Range<Int>], after numberLine: Int, columns: [WorkPlanTable.Column],
                              isNextRow: (Range<Int>) -> Bool) -> (rows: [WorkPlanTable.Row], end: Int)? {
        let unitColumns = columns.filter(isUnitColumn)
        guard unitColumns.count == 1, let column = unitColumns.first, let taskAt = columns.firstIndex(of: .task) else { return nil }
        func marker(_ n: Int) -> OutlineMarker? {
            n < lines.count && !lines[n].isEmpty ? OutlineMarker.parse(bytes, at: lines[n].lowerBound, end: lines[n].upperBound) : nil
        }
        // The first item within the cells before the task column (a category merged over rows, `项目`).
        var at = numberLine + 1
        while at < lines.count, at - numberLine <= taskAt + 1, marker(at)?.number != 1 { at += 1 }
        guard let first = marker(at), first.number == 1 else { return nil }
        var rows: [WorkPlanTable.Row] = []
        while let item = marker(at), item.level == first.level, item.number == rows.count + 1 {
            var next = at + 1
            while next < lines.count, next - at <= itemLines, !isNextRow(lines[next]),
                  !(marker(next).map { $0.level == first.level && $0.number == item.number + 1 } ?? false) { next += 1 }
            guard let cellAt = ((at + 1)..<next).first(where: { !lines[$0].isEmpty && isUnitCell(bytes, lines[$0]) }) else { break }
            let cell = lines[cellAt]
            let units = WorkPlanTable.units(bytes, cell, column: column, soleUnitColumn: true)
            guard !units.isEmpty else { break }
            let title = item.contentStart..<lines[at].upperBound
            rows.append(WorkPlanTable.Row(number: 0, line: lines[at].lowerBound..<cell.upperBound, task: title, title: title,
                                          units: UnitAssignment(units: units, range: cell), deadline: nil))
            if let following = marker(next), following.level == first.level, following.number == item.number + 1 {
                at = next
                continue
            }
            // The last item: past its cell, empty cells and a section's heading (`二、…`) may stand before the table's next row.
            at = cellAt + 1
            while at < lines.count, lines[at].isEmpty || WorkPlanCellTable.isSectionHeading(bytes, lines[at]) { at += 1 }
            break
        }
        return rows.count >= 2 ? (rows, at) : nil
    }
}
