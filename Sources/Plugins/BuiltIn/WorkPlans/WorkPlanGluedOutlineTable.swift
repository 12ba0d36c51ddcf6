/// A task list flattened to text with no separator at all, its header after `序号` and its rows numbered as an outline
/// (`序号任务名称主要内容责任单位一、完善基础设施(一)编制工作方案以片区为单位…。各片区管理局(二)推进户厕改造…。区社会事业局,
/// 各片区管理局全面改造…。区社会事业局、交通建设局,各片区管理局对空心村…`).
///
/// The rows are the items (`(一)`, `(二)` … or `1.`, numbered on through the table, or from 1 again under a heading) and
/// the headings over them (`一、`, `二、`, numbered on) are their groups. An item's measures each close with a full stop
/// and the unit cell after it: names parted by `、` or `,`, the last glued to the next measure's text (the longest name
/// that reads as a unit) or closing the row. The item is one task with every unit of its cells, as the table's merged
/// task cell is one.
enum WorkPlanGluedOutlineTable {
    /// The longest header read after `序号`, in characters.
    static let longestHeader = 30
    /// How far a row may run, in bytes.
    static let longestRow = 3 * 3_000
    /// The longest unit name read in a cell, in characters, and the shortest.
    static let longestUnit = 16
    static let shortestUnit = 3
    /// Rows a table needs before it is read as one.
    static let fewestRows = 2

    struct Header {
        var column: WorkPlanTable.Column
        /// The byte offset of the first heading's or item's marker.
        var end: Int
    }

    /// The rows of every such table in `bytes`, from `first` (the first `序号`).
    static func rows(_ bytes: [UInt8], from first: Int) -> [WorkPlanTable.Row] {
        var result: [WorkPlanTable.Row] = []
        var from = first
        while let at = UTF8Scan.find(WorkPlanGluedTable.numberHeader, in: bytes, from: from) {
            from = at + WorkPlanGluedTable.numberHeader.count
            guard UTF8Scan.isHan(bytes, at: from), let header = header(bytes, from) else { continue }
            let (rows, end) = read(bytes, header)
            if rows.count >= fewestRows {
                result += rows
                from = max(from, end)
            }
        }
        return result
    }

    /// The header whose Han words run from `start` to one unit column's word (单位 or 部门) that an outline marker follows,
    /// the words before naming the task.
    static func header(_ bytes: [UInt8], _ start: Int) -> Header? {
        var at = start
        var count = 0
        while count < longestHeader, UTF8Scan.isHan(bytes, at: at) {
            at += 3
            count += 1
            guard count >= 6, unitWords.contains(where: { UTF8Scan.hasSuffix($0, in: bytes, start..<at) }),
                  let marker = OutlineMarker.parse(bytes, at: at, end: min(bytes.count, at + 30)), marker.level <= 3, marker.number == 1,
                  UTF8Scan.isHan(bytes, at: marker.contentStart) else { continue }
            let words = String(decoding: bytes[start..<at], as: UTF8.self)
            let columnWord = String(words.suffix(4))
            let column = WorkPlanTable.column(columnWord)
            let before = words.dropLast(4)
            // One unit column, the task's words before it.
            guard column == .lead || column == .responsible, WorkPlanTable.taskHeaders.contains(where: { before.contains($0) }),
                  !before.contains("单位"), !before.contains("部门") else { return nil }
            return Header(column: column, end: at)
        }
        return nil
    }
    static let unitWords = ["单位", "部门"].map { Array($0.utf8) }

    /// The rows after `header`, and where the last one ends.
    static func read(_ bytes: [UInt8], _ header: Header) -> ([WorkPlanTable.Row], Int) {
        // The markers of the table, in order: each the next heading or the next item (or item 1 under a new heading).
        var markers: [(at: Int, marker: OutlineMarker)] = []
        var headingLevel: Int?
        var itemLevel: Int?
        var lastHeading = 0, lastItem = 0
        var at = header.end
        var lastMarkerAt = header.end
        let limit = bytes.count
        while at < limit, at - lastMarkerAt <= longestRow {
            let b = bytes[at]
            if b == 0x28 || b >= 0xE4 || (0x31...0x39).contains(b), let marker = OutlineMarker.parse(bytes, at: at, end: min(limit, at + 30)),
               UTF8Scan.isHan(bytes, at: marker.contentStart) || UTF8Scan.hasPrefix(openingQuote, in: bytes, at: marker.contentStart) {
                var takes = true
                if markers.isEmpty {
                    // The first marker: a heading over items, or the first item.
                    if marker.level == 1 { headingLevel = 1; lastHeading = 1 } else { itemLevel = marker.level; lastItem = 1 }
                } else if marker.level == headingLevel, marker.number == lastHeading + 1 {
                    lastHeading += 1
                } else if marker.level != headingLevel, itemLevel == nil || marker.level == itemLevel,
                          marker.number == lastItem + 1 || marker.number == 1 && markers.last.map({ $0.marker.level == headingLevel }) == true {
                    itemLevel = marker.level
                    lastItem = marker.number
                } else {
                    takes = false
                }
                if takes {
                    markers.append((at, marker))
                    lastMarkerAt = at
                    at = marker.contentStart
                    continue
                }
            }
            at += UTF8Scan.scalarLength(b)
        }
        var rows: [WorkPlanTable.Row] = []
        var group: Range<Int>?
        var end = header.end
        for (n, entry) in markers.enumerated() {
            let rowEnd = n + 1 < markers.count ? markers[n + 1].at : min(limit, entry.marker.contentStart + longestRow)
            let text = entry.marker.contentStart..<rowEnd
            if entry.marker.level == headingLevel {
                group = text
                continue
            }
            let cells = self.cells(bytes, text)
            guard let firstCell = cells.first, let lastCell = cells.last else { continue }
            var units: [UnitAssignment.Unit] = []
            for cell in cells { UnitAssignment.appendNew(WorkPlanTable.units(bytes, cell, column: header.column), to: &units) }
            guard !units.isEmpty else { continue }
            let titleEnd = UTF8Scan.find(Segmenter.fullStop, in: bytes, from: text.lowerBound, to: firstCell.lowerBound) ?? firstCell.lowerBound
            rows.append(WorkPlanTable.Row(number: entry.marker.number, line: entry.at..<rowEnd, task: text.lowerBound..<firstCell.lowerBound,
                                          title: text.lowerBound..<titleEnd, units: UnitAssignment(units: units, range: firstCell.lowerBound..<lastCell.upperBound),
                                          deadline: nil, group: group))
            end = rowEnd
        }
        return (rows, end)
    }

    /// The unit cells of a row's text: after each full stop, names parted by `、` or `,`, each reading as a unit, the last
    /// ending where the text's own words go on (`gluedName`), or at the row's end.
    static func cells(_ bytes: [UInt8], _ text: Range<Int>) -> [Range<Int>] {
        var cells: [Range<Int>] = []
        var from = text.lowerBound
        while let stop = UTF8Scan.find(Segmenter.fullStop, in: bytes, from: from, to: text.upperBound) {
            let start = stop + Segmenter.fullStop.count
            from = start
            var at = start
            var cellEnd: Int?
            while at < text.upperBound {
                // The name up to the next separator, when the whole of it reads as a unit.
                let reach = min(text.upperBound, at + 3 * (longestUnit + 8))
                let separator = [UTF8Scan.find(Segmenter.enumerationComma, in: bytes, from: at, to: reach),
                                 UTF8Scan.find([0x2C], in: bytes, from: at, to: reach)].compactMap { $0 }.min()
                if let separator, reads(bytes, at..<separator) {
                    cellEnd = separator
                    at = separator + (bytes[separator] == 0x2C ? 1 : Segmenter.enumerationComma.count)
                    continue
                }
                // The last name: to the row's end, or the first that reads as a unit before the next measure's text.
                if text.upperBound - at <= 3 * (longestUnit + 8), reads(bytes, UTF8Scan.trim(bytes, at..<text.upperBound)) {
                    cellEnd = text.upperBound
                } else if let last = gluedName(bytes, at, before: text.upperBound) {
                    cellEnd = last
                }
                break
            }
            if let cellEnd, cellEnd > start {
                cells.append(start..<cellEnd)
                from = cellEnd
            }
        }
        return cells
    }

    /// Whether `range` is one unit's name, a note in brackets after it allowed (`区社会事业局(医改办)`).
    static func reads(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
        guard !range.isEmpty, UTF8Scan.isHan(bytes, at: range.lowerBound), !UTF8Scan.containsSentencePunctuation(bytes, range),
              case let items = UnitAssignment.names(bytes, range), items.count == 1, let item = items.first else { return false }
        return item.name.count >= 2 && item.name.count <= longestUnit && UnitLine.readsAsUnit(item.name) && !holdsTaskWords(item.name)
    }

    /// Whether a name holds a task's words (`组织开展农村厕所`, `探索建立政府`) or opens with 由 (`由区旅游文体局`): text, no unit.
    static func holdsTaskWords(_ name: String) -> Bool {
        name.hasPrefix("由") || PlanWords.shared.taskOpeners.contains { $0.count >= 2 && name.contains($0) }
    }

    /// Where the name from `at` ends that a measure's text follows glued (`各片区管理局全面改造…`, `资源生态局鼓励厕所…`): the
    /// shortest that reads as a unit, ends as a unit's name ends (局, 委, 中心 …) and that no unit's word goes on from
    /// (`区政府办公室`, not `区政府`), its note in brackets with it.
    static func gluedName(_ bytes: [UInt8], _ at: Int, before end: Int) -> Int? {
        var i = at
        var count = 0
        while i + 3 <= end, count < longestUnit, UTF8Scan.isHan(bytes, at: i) {
            i += 3
            count += 1
            guard count >= shortestUnit, nameEnds.contains(where: { UTF8Scan.hasSuffix($0, in: bytes, at..<i) }),
                  !continuations.contains(where: { UTF8Scan.hasPrefix($0, in: bytes, at: i - 3) && !UTF8Scan.hasSuffix($0, in: bytes, at..<i) }),
                  !continuations.contains(where: { UTF8Scan.hasPrefix($0, in: bytes, at: i) }) else { continue }
            let name = String(decoding: bytes[at..<i], as: UTF8.self)
            guard UnitLine.readsAsUnit(name), !holdsTaskWords(name) else { continue }
            if i < end, bytes[i] == 0x28, let close = UTF8Scan.find([0x29], in: bytes, from: i, to: min(end, i + 3 * 8)) { return close + 1 }
            return i
        }
        return nil
    }
    /// The last characters of a glued name: a unit's (`GluedUnits.endings`) or an office's (办事处).
    static let nameEnds = GluedUnits.endings + [Array("处".utf8)]
    /// Words a unit's name goes on with past a character that may end one (`办公室`, `中心`, `公司`).
    static let continuations = PlanWords.shared.unitContinuations.map { Array($0.utf8) }

    static let openingQuote = Array("“".utf8)
}
