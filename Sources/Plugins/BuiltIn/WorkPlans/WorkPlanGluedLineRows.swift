import Foundation

/// A task table whose cells lost their borders but whose rows kept their lines: a header run together
/// on its line (`类别序号重点督办内容牵头单位全年完成情况`), then a row to a line,
/// `经济社会发展主要预期目标1地区生产总值增长6%左右。区发展改革委西城区地区生产总值增速…`.
///
/// A row is a category cell merged over rows (text with no stop, its `group`), its number (the one
/// after the row before's, or 1), its text up to its first stop (`。`), then its units glued to it,
/// then whatever the last columns hold (a deadline, how far the task got). Units are taken while
/// they read as a body's names (局, 委, 办 …), each opening with a level or joined by `、`; a
/// place's name (`西城区`) opens the prose after them. The table ends at the first line that is no
/// such row (blank lines between rows are skipped).
enum WorkPlanGluedLineRows {
    /// Endings of a header's last column that holds prose, not units: how far a task got, or remarks.
    static let proseColumnEnds = ["完成情况", "进展情况", "推进情况", "落实情况", "工作进展", "进展", "成效", "备注"]
    /// The most characters of a category cell before a row's number.
    static let longestCategory = 30
    /// The most characters of a row's text before its stop.
    static let longestText = 300

    static func read(_ bytes: [UInt8], header: WorkPlanGluedTable.Header) -> ([WorkPlanTable.Row], Int) {
        var rows: [WorkPlanTable.Row] = []
        var at = header.end
        var expected = 1
        var end = header.end
        while at < bytes.count {
            var lineEnd = at
            while lineEnd < bytes.count, bytes[lineEnd] != 0x0A { lineEnd += 1 }
            let line = at..<lineEnd
            at = lineEnd + 1
            if UTF8Scan.trim(bytes, line).isEmpty { continue }
            guard let row = row(bytes, line, header: header, number: expected) else { break }
            rows.append(row)
            expected += 1
            end = lineEnd
        }
        return (rows, end)
    }

    /// Row `number` on `line`, or nil if the line is no such row.
    static func row(_ bytes: [UInt8], _ line: Range<Int>, header: WorkPlanGluedTable.Header, number: Int) -> WorkPlanTable.Row? {
        let text = String(decoding: bytes[line], as: UTF8.self)
        let chars = Array(text)
        var offsets: [Int] = []
        var offset = line.lowerBound
        for c in chars { offsets.append(offset); offset += c.utf8.count }
        offsets.append(offset)
        // The category, then the number.
        var i = 0
        while i < chars.count, i <= longestCategory, chars[i].isHan { i += 1 }
        let digits = i
        var value = 0
        while i < chars.count, i - digits < 3, chars[i].isASCII, let d = chars[i].wholeNumberValue { value = value * 10 + d; i += 1 }
        guard i > digits, value == number, i < chars.count else { return nil }
        if chars[i] == "、" || chars[i] == "." { i += 1 }
        guard i < chars.count, chars[i].isHan, !WorkPlanGluedTable.measures.contains(chars[i]) else { return nil }
        let textStart = i
        guard let stop = chars[textStart..<min(chars.count, textStart + longestText)].firstIndex(of: "。"), stop - textStart >= 4 else { return nil }
        var units: [UnitAssignment.Unit] = []
        var u = stop + 1
        while u < chars.count {
            if !units.isEmpty, chars[u] == "、" { u += 1; continue }
            guard let name = unitName(chars, from: u, first: units.isEmpty) else { break }
            let column = header.unitColumns.count == 1 || units.isEmpty ? header.unitColumns[0] : header.unitColumns[header.unitColumns.count - 1]
            units.append(UnitAssignment.Unit(name: String(chars[name]), range: offsets[name.lowerBound]..<offsets[name.upperBound],
                                             kind: column == .lead ? .lead : .responsible, role: column == .lead ? "牵头" : "负责"))
            u = name.upperBound
        }
        guard !units.isEmpty else { return nil }
        let task = offsets[textStart]..<offsets[stop + 1]
        return WorkPlanTable.Row(number: number, line: line, task: task, title: task,
                                 units: UnitAssignment(units: units, range: offsets[stop + 1]..<offsets[u]), deadline: nil,
                                 group: digits > 0 ? offsets[0]..<offsets[digits] : nil)
    }

    /// The longest body's name at `from`: a glued cell's unit (`WorkPlanGluedTable.readsAsUnit`) that is no place's
    /// or zone's name; after the first, one opening with a level (`区财政局区税务局`).
    static func unitName(_ chars: [Character], from: Int, first: Bool) -> Range<Int>? {
        guard from < chars.count, chars[from].isHan else { return nil }
        if !first, !GluedUnits.levelCharacters.contains(chars[from]) { return nil }
        var best: Range<Int>?
        var end = from + 2
        while end <= min(chars.count, from + 12), chars[end - 1].isHan {
            let name = String(chars[from..<end])
            if readsAsBody(name) { best = from..<end }
            end += 1
        }
        // Two names glued (`区住房城乡建设委区城管委`): the first, where the second opens with a level.
        if let whole = best, whole.count >= 6, let cut = (from + 3..<whole.upperBound - 2).first(where: {
            GluedUnits.levelCharacters.contains(chars[$0]) && readsAsBody(String(chars[from..<$0])) && readsAsBody(String(chars[$0..<whole.upperBound]))
        }) {
            return from..<cut
        }
        return best
    }

    static func readsAsBody(_ name: String) -> Bool {
        WorkPlanGluedTable.readsAsUnit(name) && !WorkPlanGluedTable.placeEndings.contains { name.hasSuffix($0) }
    }
}
