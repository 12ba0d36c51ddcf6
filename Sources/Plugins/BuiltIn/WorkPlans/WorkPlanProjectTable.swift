/// A project schedule flattened into one paragraph, its cells parted by spaces: a header that puts the unit column
/// between persons' columns (`序号 项目名称 项目内容 投资额 企业方联系人及联系方式 牵头领导 责任单位 责任单位负责人
/// 负责事项`), then rows that each open with their bare number (`4 京东方智慧健康园 …`).
///
/// The unit cells are told by the persons around them, not by how units are named: after the row's leader (a
/// name `PersonWords.spells`, or a contact's telephone number) come the cells, up to the first person again, of
/// whom one at least must follow (the units' heads). A cell may carry its label (`牵头单位:A 配合单位:B C`: A
/// leads), units run together are cut (`GluedUnits`), and a name no unit reader knows stays a unit there
/// (`流水小城镇综合试点`). A name padded to three characters (`郑 宇`) is one person. The project's name, the
/// row's first cell, titles the task; the duties written after the heads name no units of the row.
enum WorkPlanProjectTable {
    static let numberHeader = Array("序号".utf8)
    /// How far after `序号` row 1's number may stand, in bytes.
    static let longestHeader = 300
    /// How far a row may run before the next row's number, in bytes.
    static let longestRow = 6_000
    /// Row numbers a schedule may skip between two rows.
    static let maxSkipped = 2
    /// The longest unit name read, in characters.
    static let longestCell = 20
    /// The longest piece between spaces among the unit cells, in characters (`牵头单位:A配合单位:B`).
    static let longestToken = 60
    /// Column words of persons (`牵头领导`, `责任单位负责人`, `企业方联系人及联系方式`).
    static let personColumns = ["领导", "负责人", "责任人", "联系人"].map { Array($0.utf8) }
    /// Column words of units (`责任单位`, `牵头部门`).
    static let unitColumns = ["单位", "部门"].map { Array($0.utf8) }
    /// The shortest telephone number that stands for a contact's cell.
    static let shortestPhone = 7

    /// The rows of every such schedule in `bytes` from the first `序号` at `first`. Cheap on other text: only `序号`
    /// followed by a space is looked at.
    static func rows(_ bytes: [UInt8], from first: Int) -> [WorkPlanTable.Row] {
        var result: [WorkPlanTable.Row] = []
        var from = first
        var words: PersonWords?
        while let at = UTF8Scan.find(numberHeader, in: bytes, from: from) {
            from = at + numberHeader.count
            guard from < bytes.count, isSpace(bytes, at: from), let first = header(bytes, at) else { continue }
            if words == nil { words = try? PersonWords.builtIn() }
            guard let words else { return result }
            let (rows, end) = read(bytes, from: first, words: words)
            result += rows
            from = max(from, end)
        }
        return result
    }

    /// Where row 1 opens after the header at `start`, when the header names a unit column with persons' columns both
    /// before it and after it.
    static func header(_ bytes: [UInt8], _ start: Int) -> Int? {
        let limit = min(bytes.count, start + longestHeader)
        guard let first = rowStart(bytes, number: 1, from: start + numberHeader.count, to: limit) else { return nil }
        return namesPersonsAroundUnits(bytes, start..<first) ? first : nil
    }

    /// Whether `header` names a unit column with persons' columns both before it and after it.
    static func namesPersonsAroundUnits(_ bytes: [UInt8], _ header: Range<Int>) -> Bool {
        guard let unit = unitColumns.compactMap({ UTF8Scan.find($0, in: bytes, from: header.lowerBound, to: header.upperBound) }).min() else { return false }
        return personColumns.contains(where: { UTF8Scan.find($0, in: bytes, from: header.lowerBound, to: unit) != nil })
            && personColumns.contains(where: { UTF8Scan.find($0, in: bytes, from: unit, to: header.upperBound) != nil })
    }

    /// The rows from row 1 at `first`, and where the last one ends.
    static func read(_ bytes: [UInt8], from first: Int, words: PersonWords) -> ([WorkPlanTable.Row], Int) {
        var rows: [WorkPlanTable.Row] = []
        var number = 1
        var start = first
        while true {
            let limit = min(bytes.count, start + longestRow)
            var next: (number: Int, at: Int)?
            var read: WorkPlanTable.Row?
            // The next row's number may also stand as a figure in this row (`5 郑经理 138…`, row 4's investment before
            // row 5): the first place after which this row still reads is the next row's.
            search: for skip in 1...(maxSkipped + 1) {
                var from = start + 1
                while let at = rowStart(bytes, number: number + skip, from: from, to: limit) {
                    if next == nil { next = (number + skip, at) }
                    if let row = row(bytes, number: number, start..<at, words: words) {
                        (next, read) = ((number + skip, at), row)
                        break search
                    }
                    from = at + 1
                }
                if next != nil { break }
            }
            let end = next?.at ?? lineEnd(bytes, from: start, limit: limit)
            if read == nil, next == nil { read = row(bytes, number: number, start..<end, words: words) }
            if let read { rows.append(read) }
            guard let next else { return (rows, end) }
            number = next.number
            start = next.at
        }
    }

    /// Where row `number` opens in `from..<to`: its digits after a space, a space and a Han character after them (or,
    /// `glued`, the Han character right after them: `　4万北路…`).
    static func rowStart(_ bytes: [UInt8], number: Int, from: Int, to: Int, glued: Bool = false) -> Int? {
        let digits = Array(String(number).utf8)
        var at = from
        while let found = UTF8Scan.find(digits, in: bytes, from: at, to: to) {
            at = found + 1
            let after = found + digits.count
            guard found > 0, isSpace(bytes, before: found), after < to else { continue }
            if glued {
                if UTF8Scan.isHan(bytes, at: after) { return found }
                continue
            }
            guard isSpace(bytes, at: after) else { continue }
            let text = skipSpaces(bytes, from: after, to: to)
            if text < to, UTF8Scan.isHan(bytes, at: text) { return found }
        }
        return nil
    }

    /// One row's task: its title, the units between its leader and their heads.
    static func row(_ bytes: [UInt8], number: Int, _ range: Range<Int>, words: PersonWords) -> WorkPlanTable.Row? {
        let cells = tokens(bytes, range).dropFirst()  // the number
        guard let title = cells.first else { return nil }
        let tokens = Array(cells.dropFirst())
        var k = 0
        while k < tokens.count {
            let width = personWidth(bytes, tokens, k, words: words) ?? (isPhone(bytes, tokens[k]) ? 1 : 0)
            guard width > 0 else { k += 1; continue }
            if let units = units(bytes, tokens, from: k + width, words: words) {
                let run = tokens[k + width].lowerBound..<units.end
                let task = title.lowerBound..<UTF8Scan.trim(bytes, title.lowerBound..<run.lowerBound).upperBound
                return WorkPlanTable.Row(number: number, line: range, task: task, title: title,
                                         units: UnitAssignment(units: units.found, range: run), deadline: nil)
            }
            k += width
        }
        return nil
    }

    /// The unit cells opening at token `from`, up to the first person after them; nil unless a person follows and one
    /// cell at least reads as a unit or carries a label.
    static func units(_ bytes: [UInt8], _ tokens: [Range<Int>], from: Int, words: PersonWords) -> (found: [UnitAssignment.Unit], end: Int)? {
        var found: [UnitAssignment.Unit] = []
        var kind = UnitAssignment.Kind.responsible
        var role = "责任单位"
        var known = false
        var m = from
        while m < tokens.count, personWidth(bytes, tokens, m, words: words) == nil {
            let token = tokens[m]
            // Cells are short Han names, labels' colons and notes in brackets aside: text or a figure ends the run.
            guard token.count <= 3 * longestToken, token.allSatisfy({ bytes[$0] >= 0x80 || bytes[$0] == 0x3A || bytes[$0] == 0x28 || bytes[$0] == 0x29 }),
                  !UTF8Scan.hasSuffix(Segmenter.fullStop, in: bytes, token) else { return nil }
            var piece = token.lowerBound
            for colon in token where bytes[colon] == 0x3A {
                guard let label = UnitAssignment.labelsLongestFirst.first(where: { UTF8Scan.hasSuffix($0.1, in: bytes, piece..<colon) }) else { return nil }
                found += names(bytes, piece..<(colon - label.1.count), kind: kind, role: role)
                (kind, role, known) = (label.2, label.0, true)
                piece = colon + 1
            }
            let tail = names(bytes, piece..<token.upperBound, kind: kind, role: role)
            if tail.contains(where: { UnitLine.readsAsUnit($0.name) || UnitAssignment.looksLikeUnit($0.name) }) { known = true }
            found += tail
            m += 1
        }
        guard m < tokens.count, m > from, known, !found.isEmpty, found.allSatisfy({ $0.range.count <= 3 * longestCell }) else { return nil }
        return (found, tokens[m - 1].upperBound)
    }

    /// The unit names of one cell's piece, units run together cut apart.
    static func names(_ bytes: [UInt8], _ piece: Range<Int>, kind: UnitAssignment.Kind, role: String) -> [UnitAssignment.Unit] {
        guard !piece.isEmpty else { return [] }
        return UnitAssignment.names(bytes, piece).flatMap { item in
            GluedUnits.split(bytes, item.range).map { UnitAssignment.Unit(name: String(decoding: bytes[$0], as: UTF8.self), range: $0, kind: kind, role: role) }
        }
    }

    /// How many tokens from `k` make one person's name (or two run together): one (`邓连生`, `欧阳晓波邓连生`), or two
    /// single characters of a name padded to three (`郑 宇`); nil when they are none.
    static func personWidth(_ bytes: [UInt8], _ tokens: [Range<Int>], _ k: Int, words: PersonWords) -> Int? {
        let token = tokens[k]
        if token.count == 3, k + 1 < tokens.count, tokens[k + 1].count == 3, UTF8Scan.isHan(bytes, at: token.lowerBound),
           UTF8Scan.isHan(bytes, at: tokens[k + 1].lowerBound),
           words.spells(String(decoding: bytes[token] + bytes[tokens[k + 1]], as: UTF8.self)) { return 2 }
        guard (6...24).contains(token.count), token.count % 3 == 0,
              stride(from: token.lowerBound, to: token.upperBound, by: 3).allSatisfy({ UTF8Scan.isHan(bytes, at: $0) }) else { return nil }
        func isName(_ range: Range<Int>) -> Bool { WorkPlanExtractor.isPersonsName(String(decoding: bytes[range], as: UTF8.self), words: words) }
        if token.count <= 12, isName(token) { return 1 }
        // Two heads run together (`欧阳晓波邓连生`, `赖德芳钟官和`).
        for cut in stride(from: token.lowerBound + 6, through: token.upperBound - 6, by: 3) where cut - token.lowerBound <= 12 && token.upperBound - cut <= 12 {
            if isName(token.lowerBound..<cut), isName(cut..<token.upperBound) { return 1 }
        }
        return nil
    }

    /// A contact's cell ending in a telephone number (`叶勤13509351223`, `87668638`).
    static func isPhone(_ bytes: [UInt8], _ token: Range<Int>) -> Bool {
        var digits = 0
        var at = token.upperBound
        while at > token.lowerBound, bytes[at - 1] >= 0x30, bytes[at - 1] <= 0x39 { digits += 1; at -= 1 }
        return digits >= shortestPhone
    }

    /// The pieces of `range` between spaces (ASCII or ideographic) and line breaks.
    static func tokens(_ bytes: [UInt8], _ range: Range<Int>) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var at = range.lowerBound
        while at < range.upperBound {
            at = skipSpaces(bytes, from: at, to: range.upperBound)
            guard at < range.upperBound else { break }
            var end = at
            while end < range.upperBound, !isSpace(bytes, at: end) { end += 1 }
            result.append(at..<end)
            at = end
        }
        return result
    }

    static let ideographicSpace: [UInt8] = [0xE3, 0x80, 0x80]

    static func isSpace(_ bytes: [UInt8], at: Int) -> Bool {
        bytes[at] == 0x20 || bytes[at] == 0x0A || bytes[at] == 0x0D || bytes[at] == 0x09 || UTF8Scan.hasPrefix(ideographicSpace, in: bytes, at: at)
    }

    static func isSpace(_ bytes: [UInt8], before at: Int) -> Bool {
        bytes[at - 1] == 0x20 || bytes[at - 1] == 0x0A || bytes[at - 1] == 0x09 || (at >= 3 && UTF8Scan.hasPrefix(ideographicSpace, in: bytes, at: at - 3))
    }

    static func skipSpaces(_ bytes: [UInt8], from: Int, to: Int) -> Int {
        var at = from
        while at < to, isSpace(bytes, at: at) { at += bytes[at] < 0x80 ? 1 : 3 }
        return at
    }

    /// The end of the line `from` stands on, within `limit`.
    static func lineEnd(_ bytes: [UInt8], from: Int, limit: Int) -> Int {
        UTF8Scan.find([0x0A], in: bytes, from: from, to: limit) ?? limit
    }
}
