/// A table of problems, measures and units a page flattened into one paragraph with no numbers and no spaces
/// (`存在问题整改目标和措施责任单位投资增长动力不足出台…实施意见,…项目。区经发局牵头,区交建局、电力公司创新应用…`):
/// each row's measures close with a full stop, and its unit cell follows, glued to the next row, with the verb that
/// says who leads (`A、B牵头`, then `,C、D` answering for it).
///
/// The cell is read at a full stop only where it opens with units that 牵头 closes; a responsible list after it
/// takes its items while each reads as a unit, its last one as far as the shortest name that reads as a unit (three
/// characters at least: `电力公司创新应用…` is 电力公司, `区办法规处深化…` 区办法规处). The next row opens right after
/// the cell, a problem's cell (`中小企业困难较大`) in its text if the row has one.
enum WorkPlanTrailingUnitRows {
    /// Rows a table needs before it is read as one.
    static let fewestRows = 3
    /// The longest list of leads before 牵头, in bytes.
    static let longestLeads = 3 * 40
    /// The longest unit name read glued to the next row, in characters.
    static let longestUnit = 14
    /// The shortest such name.
    static let shortestUnit = 3
    static let lead = Array("牵头".utf8)

    /// The rows after the header whose unit column's word ends at `headerEnd`, and where the last one ends.
    static func rows(_ bytes: [UInt8], _ line: Range<Int>, headerEnd: Int) -> (rows: [WorkPlanTable.Row], end: Int) {
        var rows: [WorkPlanTable.Row] = []
        var rowStart = headerEnd
        var from = headerEnd
        while let stop = UTF8Scan.find(Segmenter.fullStop, in: bytes, from: from, to: line.upperBound) {
            from = stop + 3
            guard let cell = unitCell(bytes, line, at: stop + 3) else { continue }
            let task = rowStart..<(stop + 3)
            rows.append(WorkPlanTable.Row(number: rows.count + 1, line: rowStart..<cell.end, task: task, title: task,
                                          units: UnitAssignment(units: cell.units, range: (stop + 3)..<cell.end)))
            rowStart = cell.end
            from = cell.end
        }
        return rows.count >= fewestRows ? (rows, rowStart) : ([], headerEnd)
    }

    /// The unit cell at `at`: leads closed by 牵头, then after a comma the units that answer for the task; where it ends.
    static func unitCell(_ bytes: [UInt8], _ line: Range<Int>, at: Int) -> (units: [UnitAssignment.Unit], end: Int)? {
        guard at < line.upperBound, UTF8Scan.isHan(bytes, at: at),
              let verb = UTF8Scan.find(lead, in: bytes, from: at, to: min(line.upperBound, at + longestLeads)),
              verb > at, !UTF8Scan.containsSentencePunctuation(bytes, at..<verb), bytes[at..<verb].firstIndex(of: 0x2C) == nil else { return nil }
        let leads = UnitAssignment.names(bytes, at..<verb)
        guard !leads.isEmpty, leads.allSatisfy({ UnitLine.readsAsUnit($0.name) }) else { return nil }
        var units = leads.map { UnitAssignment.Unit(name: $0.name, range: $0.range, kind: .lead, role: "牵头") }
        var end = verb + lead.count
        guard end < line.upperBound, bytes[end] == 0x2C else { return (units, end) }
        // `,区交建局、环土局、电力公司创新应用…`: items while each reads as a unit; the last runs into the next row.
        var item = end + 1
        while item < line.upperBound {
            guard let name = gluedUnit(bytes, line, at: item) else { break }
            units.append(UnitAssignment.Unit(name: name.name, range: item..<name.end, kind: .responsible, role: "配合"))
            end = name.end
            // (`…、财金局,区直有关单位实施…`: a comma may part them too.)
            if UTF8Scan.hasPrefix(Segmenter.enumerationComma, in: bytes, at: end) {
                item = end + Segmenter.enumerationComma.count
            } else if end < line.upperBound, bytes[end] == 0x2C {
                item = end + 1
            } else {
                break
            }
        }
        return (units, end)
    }

    /// The unit at `at`: up to the next `、` when that reads as one, else the shortest name from `at` that reads as a
    /// unit, its note in brackets with it (`区社会事业局(医改办)`).
    static func gluedUnit(_ bytes: [UInt8], _ line: Range<Int>, at: Int) -> (name: String, end: Int)? {
        let limit = min(line.upperBound, at + 3 * longestUnit)
        if let comma = UTF8Scan.find(Segmenter.enumerationComma, in: bytes, from: at, to: limit),
           let item = UnitAssignment.names(bytes, at..<comma).first, UnitLine.readsAsUnit(item.name), !UTF8Scan.containsSentencePunctuation(bytes, at..<comma) {
            return (item.name, comma)
        }
        var end = at
        var count = 0
        while end + 3 <= limit, UTF8Scan.isHan(bytes, at: end) {
            end += 3
            count += 1
            guard count >= shortestUnit else { continue }
            let name = String(decoding: bytes[at..<end], as: UTF8.self)
            if UnitLine.readsAsUnit(name) {
                // A note in brackets right after the name is the name's.
                if end < line.upperBound, bytes[end] == 0x28, let close = UTF8Scan.find([0x29], in: bytes, from: end, to: min(line.upperBound, end + 3 * 8)) {
                    return (name, close + 1)
                }
                return (name, end)
            }
        }
        return nil
    }
}
