/// A task line headed by its units and a colon: `3.区发改局:推进重大项目前期工作…`,
/// `区教育局、区财政局:新建幼儿园2所`. The units answer for the task; a task
/// that starts with 牵头 (`区发改局:牵头推进…`) is led by them.
///
/// The head must read as units (`UnitLine.readsAsUnit`) and not be a label
/// (`牵头单位:`, `联系单位:`, `责任领导:` are read elsewhere or not at all);
/// `主要目标:`, `工作要求:` end as no unit ends.
enum UnitHeadedLine {
    /// The longest head read, in bytes (a few unit names).
    static let maximumHead = 90
    static let leadWord = Array("牵头".utf8)

    /// The units heading the text at `start` and where the task's own text starts.
    static func parse(_ bytes: [UInt8], from start: Int, to end: Int) -> (units: UnitAssignment, text: Int)? {
        guard let colon = UTF8Scan.find([0x3A], in: bytes, from: start, to: min(end, start + maximumHead)), colon > start else { return nil }
        let text = UTF8Scan.trim(bytes, (colon + 1)..<end)
        // The task needs words of its own (five characters at least).
        guard text.count >= 15, UnitAssignment.label(endingAt: colon, in: bytes, from: start) == nil,
              !UnitAssignment.genericLabelEndings.contains(where: { UTF8Scan.hasSuffix($0, in: bytes, start..<colon) }),
              !UnitAssignment.personLabels.contains(where: { UTF8Scan.hasSuffix($0, in: bytes, start..<colon) }) else { return nil }
        let items = UnitAssignment.names(bytes, start..<colon)
        // A unit's name has three characters at least (团区委); 主办:, 会办: are a form's labels.
        guard !items.isEmpty, items.allSatisfy({ $0.name.count >= 3 && UnitLine.readsAsUnit($0.name) && !UnitAssignment.isLeader($0.name) }) else { return nil }
        // What follows is a task, not more units (主办单位:A  会办:B, C).
        guard !UnitAssignment.names(bytes, text).allSatisfy({ UnitLine.readsAsUnit($0.name) }) else { return nil }
        let leads = UTF8Scan.hasPrefix(leadWord, in: bytes, at: text.lowerBound)
        let units = items.map { UnitAssignment.Unit(name: $0.name, range: $0.range, kind: leads ? .lead : .responsible, role: leads ? "牵头" : "负责") }
        return (UnitAssignment(units: units, range: start..<(colon + 1)), text.lowerBound)
    }
}
