/// The units of a table's unit cell, where the column's header has said the cell holds units
/// (`责任处室`, `牵头单位`): the list before a duty phrase written after it
/// (`应急处、监督处、医政医管处等按职责分工落实`), and a lead joined to its partner by 会同,
/// or by 会 alone after a division's name (`宣传处会办公室`, `科教处会同人事处`).
enum UnitCell {
    /// Verbs of duty that may close a cell's list (not 牵头 or 主办, which say who leads).
    static let dutyVerbs = ["负责落实", "负责实施", "负责", "配合落实", "落实", "配合", "参与", "协助"].map { Array($0.utf8) }
    /// Verbs of leading that may close a lead column's cell.
    static let leadVerbs = ["牵头负责", "牵头", "主办"].map { Array($0.utf8) }
    static let et = Array("等".utf8)
    static let jointly = Array("会同".utf8)
    static let joined = Array("会".utf8)
    /// How a division's or an office's name ends before a 会 that joins it to the next unit
    /// (not 委: 常委会, 居委会 are names).
    static let joinableEndings = ["处", "室", "科", "股", "局", "厅", "办", "心", "站", "所"].map { Array($0.utf8) }

    /// The units of `cell` in `column`. A unit joined by 会同 or 会 before another leads when the
    /// cell is the table's only unit column (`soleUnitColumn`); else both are what the column says.
    /// O(n) in the cell's bytes.
    static func units(_ bytes: [UInt8], _ cell: Range<Int>, column: WorkPlanTable.Column, soleUnitColumn: Bool) -> [UnitAssignment.Unit] {
        var cell = cell
        // `办公室牵头,各科室配合`: a cell whose lists each close on their verb, the lead's first.
        if let comma = UTF8Scan.find([0x2C], in: bytes, from: cell.lowerBound, to: cell.upperBound),
           UTF8Scan.hasSuffix(WorkPlanExtractor.leadWord, in: bytes, cell.lowerBound..<comma) {
            var deadline: Range<Int>?
            if let units = UnitAssignment.parseVerbs(bytes, cell, deadline: &deadline), units.contains(where: { $0.kind == .lead }) { return units }
        }
        // `县委、县政府主办` under `主办单位`: the verb repeats what the column says and is no part of the last name.
        if column == .lead, let verb = leadVerbs.first(where: { UTF8Scan.hasSuffix($0, in: bytes, cell) }),
           let last = UnitAssignment.names(bytes, cell.lowerBound..<(cell.upperBound - verb.count)).last, UnitAssignment.looksLikeUnit(last.name) {
            cell = cell.lowerBound..<(cell.upperBound - verb.count)
        }
        let end = listEnd(bytes, cell)
        let list = cell.lowerBound..<end
        if let (at, length) = join(bytes, list) {
            let first = UnitAssignment.names(bytes, list.lowerBound..<at), second = UnitAssignment.names(bytes, (at + length)..<end)
            if let lastFirst = first.last, UnitAssignment.looksLikeUnit(lastFirst.name), let lastSecond = second.last,
               UnitLine.readsAsUnit(lastSecond.name) {
                let firstKind: UnitAssignment.Kind = soleUnitColumn || column == .lead ? .lead : .responsible
                let secondKind: UnitAssignment.Kind = column == .lead && !soleUnitColumn ? .lead : .responsible
                return first.map { unit($0, kind: firstKind) } + second.map { unit($0, kind: secondKind) }
            }
        }
        return UnitAssignment.names(bytes, list).map { item in
            unit(item, kind: column == .lead || UnitAssignment.noteLeads(item.note) ? .lead : .responsible)
        }
    }

    static func unit(_ item: (name: String, range: Range<Int>, note: String), kind: UnitAssignment.Kind) -> UnitAssignment.Unit {
        UnitAssignment.Unit(name: item.name, range: item.range, kind: kind, role: kind == .lead ? "牵头" : "负责")
    }

    /// Where the cell's list ends: before a closing duty verb, the words that qualify it
    /// (`按职责分工`) and a 等 before them, when what is left ends as a unit; else the cell's end.
    static func listEnd(_ bytes: [UInt8], _ cell: Range<Int>) -> Int {
        guard let verb = dutyVerbs.first(where: { UTF8Scan.hasSuffix($0, in: bytes, cell) }) else { return cell.upperBound }
        var end = UnitAssignment.beforeQualifiers(bytes, cell.lowerBound..<(cell.upperBound - verb.count))
        if UTF8Scan.hasSuffix(et, in: bytes, cell.lowerBound..<end) { end -= et.count }
        let rest = UnitAssignment.trimmedString(bytes[cell.lowerBound..<end])
        guard let last = UnitAssignment.names(bytes, cell.lowerBound..<end).last, !rest.isEmpty,
              UnitAssignment.looksLikeUnit(last.name) else { return cell.upperBound }
        return end
    }

    /// Where a 会同, or a 会 after a division's name not opening a word (会计, 会议), joins two
    /// units in `list`, and its length.
    static func join(_ bytes: [UInt8], _ list: Range<Int>) -> (at: Int, length: Int)? {
        if let at = UTF8Scan.find(jointly, in: bytes, from: list.lowerBound, to: list.upperBound),
           at > list.lowerBound, at + jointly.count < list.upperBound {
            return (at, jointly.count)
        }
        var from = list.lowerBound
        while let at = UTF8Scan.find(joined, in: bytes, from: from, to: list.upperBound) {
            from = at + joined.count
            guard at > list.lowerBound, from + 3 <= list.upperBound,
                  joinableEndings.contains(where: { UTF8Scan.hasSuffix($0, in: bytes, list.lowerBound..<at) }),
                  let next = String(decoding: bytes[from..<min(list.upperBound, from + 3)], as: UTF8.self).first,
                  !PlanWords.shared.huiWordOpeners.contains(next) else { continue }
            return (at, joined.count)
        }
        return nil
    }
}
