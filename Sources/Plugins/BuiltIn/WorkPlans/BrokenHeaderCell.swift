/// A header cell of a table one cell to a line broken over lines, as a narrow column's
/// header wraps (`牵头` / `部门`, `完成` / `时间`, `项目` / `类别`), or set with a space
/// between its characters (`具 体 内 容`): short fragments on consecutive lines that
/// together make a header the reader knows are one cell.
enum BrokenHeaderCell {
    /// The most characters of one fragment (a narrow column holds two or three a line).
    static let fragmentCharacters = 3
    /// The most lines one header cell is broken over.
    static let maxFragments = 3

    /// The cell starting at line `m` of a header: its text (spaced-out characters closed up) and the lines it takes.
    static func cell(_ bytes: [UInt8], _ lines: [Range<Int>], at m: Int) -> (text: String, lines: Int) {
        let first = WorkPlanTable.spacedOut(String(decoding: bytes[lines[m]], as: UTF8.self))
        // `牵头责任` / `单位`: a unit column's header whose last word wrapped alone; `落实情况` / `(全年)`: a note in brackets below it.
        if m + 1 < lines.count, fragment(bytes, lines[m + 1]) {
            let next = String(decoding: bytes[lines[m + 1]], as: UTF8.self)
            let joined = first + next
            if unitEndings.contains(next), first.count <= 2 * fragmentCharacters,
               [.lead, .responsible].contains(WorkPlanTable.column(joined)), WorkPlanTable.column(first) == .other {
                return (joined, 2)
            }
            if next.count <= 6, next.hasPrefix("("), next.hasSuffix(")"), WorkPlanTable.column(first) != .number {
                return (first, 2)
            }
        }
        var fragments = [first]
        var k = m + 1
        // Cheap test first (this runs at every line a header may open at): a fragment is a short line.
        while fragments.count < maxFragments, k < lines.count, fragment(bytes, lines[k]), fragments[0].count <= fragmentCharacters {
            fragments.append(WorkPlanTable.spacedOut(String(decoding: bytes[lines[k]], as: UTF8.self)))
            k += 1
        }
        // The longest run of fragments that makes a known header.
        while fragments.count > 1 {
            if fragments.allSatisfy({ $0.count <= fragmentCharacters }), isKnown(fragments.joined(), first: fragments[0]) {
                return (fragments.joined(), fragments.count)
            }
            fragments.removeLast()
        }
        return (first, 1)
    }

    /// The last word of a unit column's header, which a narrow column wraps alone.
    static let unitEndings: Set<String> = ["单位", "部门"]

    /// A short line that is no row's number (`完成`, `时 间`).
    static func fragment(_ bytes: [UInt8], _ line: Range<Int>) -> Bool {
        !line.isEmpty && line.count <= 4 * fragmentCharacters && WorkPlanTable.number(bytes, line) == nil
    }

    /// A header the reader knows whole (`牵头部门`, `完成时间`, `项目类别`, `序号`), or a task's
    /// column whose first fragment names no column alone (`具体` / `内容`, `重点` / `任务`).
    static func isKnown(_ header: String, first: String) -> Bool {
        if knownHeaders.contains(header) { return true }
        // `牵头` / `市领导`: the leaders' column, whose first fragment alone would read as the lead units'.
        if leaderHeaderEnds.contains(where: { header.hasSuffix($0) }) { return true }
        return WorkPlanTable.column(header) == .task && WorkPlanTable.column(first) == .other
    }

    /// Endings of a column of the leaders or persons who answer for a task (`牵头市领导`, `责任人`).
    static let leaderHeaderEnds = ["领导", "责任人"]

    static let knownHeaders: Set<String> = Set(WorkPlanTable.numberHeaders + WorkPlanTable.groupHeaders
        + UnitAssignment.leadLabels + UnitAssignment.responsibleLabels
        + UnitAssignment.deadlineLabels.map { String(decoding: $0, as: UTF8.self) }
        + PlanWords.shared.dataProviderLabels.map { String(decoding: $0, as: UTF8.self) })
}
