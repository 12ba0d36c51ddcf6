/// A division label's sentences that each open with their units and go on with what those units do, no verb
/// closing the list: `责任分工:区规划局负责开展规划编制工作,澳前片区开发管理局组织实施,嘉源公司作为业主单位,
/// 潭城镇人民政府全力配合,区交通与建设局业务检查指导。`
///
/// A clause (parted by `,` or `;`) gives its units where the words before one of `duty-openers` (`plan-words.yaml`:
/// 负责, 组织, 配合, 作为, 业务 …) read as a list of units, the longest such list; a clause opening with no units
/// (a note) gives none. 牵头 after the list makes it the lead; the others answer for the task.
enum DivisionClauses {
    /// `duty-openers` of `plan-words.yaml`, as bytes and as written.
    static let openers: [(word: [UInt8], text: String)] = PlanWords.shared.dutyOpeners.map { (Array($0.utf8), $0) }
    static let lead = Array("牵头".utf8)

    /// The units of `list` (the text after the label, up to its first `。`), nil when no clause opens with units.
    static func units(_ bytes: [UInt8], _ list: Range<Int>) -> [UnitAssignment.Unit]? {
        var units: [UnitAssignment.Unit] = []
        for var part in Segmenter.listItems(bytes, in: list, separators: [";", ","]) {
            if UTF8Scan.hasPrefix(UnitAssignment.by, in: bytes, at: part.lowerBound) { part = (part.lowerBound + UnitAssignment.by.count)..<part.upperBound }
            guard let (items, opener) = opening(bytes, part) else { continue }
            let leads = UTF8Scan.hasPrefix(lead, in: bytes, at: opener)
            for item in items where !units.contains(where: { $0.name == item.name }) {
                units.append(UnitAssignment.Unit(name: item.name, range: item.range, kind: leads ? .lead : .responsible, role: leads ? "牵头" : "负责"))
            }
        }
        return units.isEmpty ? nil : units
    }

    /// The longest list of units `part` opens with before a duty's opening word, and where that word stands.
    static func opening(_ bytes: [UInt8], _ part: Range<Int>) -> ([(name: String, range: Range<Int>, note: String)], Int)? {
        var best: ([(name: String, range: Range<Int>, note: String)], Int)?
        for (word, _) in openers {
            var from = part.lowerBound + 6
            while let at = UTF8Scan.find(word, in: bytes, from: from, to: part.upperBound) {
                from = at + 3
                if let found = best, found.1 >= at { continue }
                // `竹屿湖二期项目由区交通投资有限公司负责`: the units follow 由.
                let listStart = UTF8Scan.findLast(UnitAssignment.by, in: bytes, from: part.lowerBound, to: at).map { $0 + 3 } ?? part.lowerBound
                let items = UnitAssignment.names(bytes, listStart..<at)
                guard !items.isEmpty, items.allSatisfy({ item in
                    UnitLine.readsAsUnit(item.name) && !WorkPlanGluedTable.holdsAnEnd(item.name) && !UnitAssignment.isLeader(item.name)
                        // (`各有关责任单位负责…配合`: a duty's word inside the list says it is no list of units.)
                        && !openers.contains { item.name.hasUTF8Suffix($0.text) }
                }) else { continue }
                best = (items, at)
            }
        }
        return best
    }
}
