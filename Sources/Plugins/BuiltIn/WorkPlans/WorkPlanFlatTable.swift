/// A task table a page flattened into one paragraph: its header's words with no number column
/// (`重点任务 工作措施 牵头单位 参与单位`, or run together, `工作任务牵头单位责任单位工 作 要 求`), then rows
/// numbered in their task cell (`1.优化产业布局 …`), with section headings (`一、…`, `(二)…`) and the header,
/// repeated at each printed page, among them.
///
/// The cells arrive in one of three ways, told by the header:
/// - the unit columns last, each cell after a space, as the header's words are (`…落地。 区环土局 区经发局、各片区项目建设指挥部 2.…`):
///   the row's last words that read as units are its unit cells, in the columns' order; fewer cells than columns fill
///   the first (an empty cell leaves no trace).
/// - the unit columns between the title and a text column (`3.做好权责清单调整和公开工作区行政审批局区直有关单位,
///   各乡镇人民政府全面完成…`): the units run from the title's end while each piece reads as a unit; units of one
///   cell are parted by `、` or `,`, two cells meet with nothing or a space between. The title ends at a space or
///   where the first unit opens with its level (区, 市, 各 …); a space right after the title is an empty cell
///   before the units, so a single cell there is the last column's.
/// - a number column first (`序号 工作任务 工作内容 责任单位及分工 完成时限 1 全面动员… 各处室 东庠办事处 各村居
///   2022年4月8日前 2 …`): rows open with a bare number between spaces, every unit word after the text is the one unit
///   column's, a deadline closes them, and a cell may name its verbs (`政法综治处牵头,` `A配合B、C落实`).
enum WorkPlanFlatTable {
    /// Only a line this long may hold a header and the rows run together after it.
    static let shortestLine = 300
    /// How far a row may run before the next row's number, in bytes.
    static let longestRow = 6_000
    /// The longest title before the units, in characters.
    static let longestTitle = 60
    /// Row numbers a plan may skip between two rows.
    static let maxSkipped = 2
    /// The longest unit name read in a glued cell, in characters.
    static let longestUnit = 14

    /// The words a header is made of. A word not among them ends the header (`…分解表 工作任务`: the table's title).
    static let columnWords: [[Character]] = [
        "重点任务", "工作任务", "主要任务", "具体任务", "任务名称", "任务内容", "任务", "重点工作", "主要工作", "具体工作",
        "工作事项", "事项", "工作内容", "主要内容", "具体内容", "工作措施", "具体措施", "主要措施", "推进措施", "工作举措",
        "具体举措", "目标任务", "工作目标", "项目名称", "项目", "工作要求", "具体要求", "完成时限", "完成时间", "时间节点",
        "时限", "进度安排", "备注",
        "牵头单位", "责任单位", "配合单位", "参与单位", "协办单位", "协同单位", "协作单位", "主办单位", "主责单位",
        "牵头部门", "责任部门", "配合部门", "参与部门", "协办部门",
        // An office's sections (`本局责任处(单位)`, `牵头处室`).
        "牵头处室", "责任处室", "配合处室", "牵头科室", "责任科室", "配合科室", "牵头处", "责任处",
        // A unit column with how the work is shared (`责任单位及分工`), and the rows' number (`序号`).
        "责任单位及分工", "牵头单位及分工", "序号",
        // Two columns' words merged over one column (`配合/责任单位`).
        "配合/责任单位", "责任/配合单位", "配合/参与单位",
    ].map { Array($0) }.sorted { $0.count > $1.count }
    static let unitWord = Array("单位".utf8)
    static let departmentWord = Array("部门".utf8)
    static let unitWordsWithNotes = ["责任单位", "牵头单位"]
    /// The longest owner written before a unit column's word (`党工委管委会牵头部门`, `市级责任单位`, `本局责任处`), in characters.
    static let longestOwner = 6

    struct Header {
        var columns: [WorkPlanTable.Column]
        /// The header as written, looked for again where a printed page repeats it.
        var written: [UInt8]
        var end: Int
        /// A text column follows the units (`工作要求`): they stand between the title and it.
        var unitsInside: Bool
        /// A number column first (`序号`): each row opens with its bare number and a space (`3 全面实施…`).
        var numbered = false
        /// A deadline column after the units: a row's deadline (`2022年4月20日前`) closes its unit cells.
        var deadline = false
        /// Spaces part the unit columns' words from the words around them, as they part a row's cells.
        var spaced = false
        /// The unit columns last in a header run together (`工作任务工作要求牵头单位配合/责任单位`): each row's cells follow
        /// its text's last stop, glued to one another; a space after the stop is an empty first cell.
        var gluedLast = false
        var unitColumns: [WorkPlanTable.Column] { columns.filter { $0 == .lead || $0 == .responsible } }
    }

    /// The rows of every such table in `lines`.
    /// O(bytes of long lines): a header is looked for only at 单位 and 部门 in them.
    static func rows(_ bytes: [UInt8], lines: [Range<Int>]) -> [WorkPlanTable.Row] {
        var result: [WorkPlanTable.Row] = []
        for line in lines where line.count >= shortestLine {
            var from = line.lowerBound
            // The next hit of 单位 and of 部门, each searched again only once passed.
            var nextUnit = UTF8Scan.find(unitWord, in: bytes, from: from, to: line.upperBound)
            var nextDepartment = UTF8Scan.find(departmentWord, in: bytes, from: from, to: line.upperBound)
            while from < line.upperBound {
                if let hit = nextUnit, hit < from { nextUnit = UTF8Scan.find(unitWord, in: bytes, from: from, to: line.upperBound) }
                if let hit = nextDepartment, hit < from { nextDepartment = UTF8Scan.find(departmentWord, in: bytes, from: from, to: line.upperBound) }
                guard let at = nextUnit.map({ unit in nextDepartment.map { min(unit, $0) } ?? unit }) ?? nextDepartment else { break }
                from = at + 6
                guard mayBeHeader(bytes, line, at: at) else { continue }
                guard let header = header(bytes, line, at: at) else {
                    // `存在问题整改目标和措施责任单位…`: a header no reading takes may open a table whose unit cells trail the
                    // measures' full stops (`WorkPlanTrailingUnitRows`).
                    let (rows, end) = WorkPlanTrailingUnitRows.rows(bytes, line, headerEnd: at + 6)
                    result += rows
                    from = max(from, end)
                    continue
                }
                let (rows, end) = Reader(bytes: bytes, line: line, header: header).read()
                if rows.count >= 2 {
                    result += rows
                    from = max(from, end)
                }
            }
        }
        return result
    }

    /// Whether 单位 or 部门 at `at` may close a header's unit column, by bytes: a unit column's first word before it
    /// (牵头, 责任 …), no label's colon or bracket after it, and the end of a column's word before that, spaces and an
    /// owner passed (`工作措施 牵头单位`, `工作任务牵头单位`, `工作任务 党工委管委会牵头部门`). Most hits (`有关单位`,
    /// `责任单位:`) end here, before any `Character` is made.
    static func mayBeHeader(_ bytes: [UInt8], _ line: Range<Int>, at: Int) -> Bool {
        guard at - 6 > line.lowerBound, at + 6 < line.upperBound, bytes[at + 6] != 0x3A, bytes[at + 6] != 0x28 else { return false }
        // The unit column's first word (`牵头`, or set out with spaces, `牵 头`), then the column word's end before it.
        guard var opening = twoCharacters(bytes, line, before: at), matches(bytes, opening, unitColumnOpenings) else { return false }
        for _ in 0...longestOwner {
            guard let before = twoCharacters(bytes, line, before: opening.first) else { return false }
            if matches(bytes, before, columnWordEnds) { return true }
            opening = (before.second, opening.first)
        }
        return false
    }

    /// Where the two Han characters before `at` start, spaces passed; nil where fewer stand there.
    static func twoCharacters(_ bytes: [UInt8], _ line: Range<Int>, before at: Int) -> (first: Int, second: Int)? {
        var i = at
        var second: Int?
        while i - 3 >= line.lowerBound {
            if bytes[i - 1] == 0x20 { i -= 1; continue }
            guard UTF8Scan.isHan(bytes, at: i - 3) else { return nil }
            i -= 3
            if let second { return (i, second) }
            second = i
        }
        return nil
    }

    /// Whether the two characters at `pair` are one of `words` (two characters each, as bytes).
    static func matches(_ bytes: [UInt8], _ pair: (first: Int, second: Int), _ words: [[UInt8]]) -> Bool {
        words.contains { word in
            bytes[pair.first] == word[0] && bytes[pair.first + 1] == word[1] && bytes[pair.first + 2] == word[2]
                && bytes[pair.second] == word[3] && bytes[pair.second + 1] == word[4] && bytes[pair.second + 2] == word[5]
        }
    }

    /// The first two characters of a header's unit columns (those of `columnWords` ending 单位 or 部门), as bytes;
    /// written out, so a document with no header builds no `columnWords` (a test keeps the two in step).
    static let unitColumnOpenings: [[UInt8]] = ["牵头", "责任", "配合", "参与", "协办", "协同", "协作", "主办", "主责"].map { Array($0.utf8) }
    /// The last two characters of the column words, as bytes (written out as `unitColumnOpenings` is).
    static let columnWordEnds: [[UInt8]] = ["任务", "名称", "内容", "工作", "事项", "措施", "举措", "目标", "项目", "要求", "时限", "时间",
                                           "节点", "安排", "备注", "单位", "部门", "分工", "序号", "处室", "科室", "头处", "任处"].map { Array($0.utf8) }

    /// The header whose unit column's word ends at `at` + 6 (the byte after 单位 or 部门).
    static func header(_ bytes: [UInt8], _ line: Range<Int>, at: Int) -> Header? {
        // The characters around it, spaces dropped (a header's words may be set out with spaces, `工 作 要 求`).
        var chars: [Character] = []
        var offsets: [Int] = []
        var i = max(line.lowerBound, at - 3 * 60)
        // Start on a character's first byte.
        while i < at, bytes[i] & 0xC0 == 0x80 { i += 1 }
        let limit = min(line.upperBound, at + 3 * 60)
        var pivot: Int?
        while i < limit {
            if bytes[i] == 0x20 { i += 1; continue }
            // `本局责任处(单位)`: a column's note in brackets is no word of the header.
            if !chars.isEmpty, let note = columnNotes.first(where: { UTF8Scan.hasPrefix($0, in: bytes, at: i) }) { i += note.count; continue }
            // `配合/责任单位`: a slash between two columns' words merged over one column.
            if bytes[i] == 0x2F, !chars.isEmpty, i > line.lowerBound, UTF8Scan.isHan(bytes, at: i - 3), UTF8Scan.isHan(bytes, at: i + 1) {
                chars.append("/")
                offsets.append(i)
                i += 1
                continue
            }
            guard UTF8Scan.isHan(bytes, at: i) else {
                // Only the Han run holding the pivot counts.
                if pivot == nil { chars.removeAll(); offsets.removeAll(); i += 1; continue }
                break
            }
            if i == at { pivot = chars.count }
            chars.append(Character(String(decoding: bytes[i..<(i + 3)], as: UTF8.self)))
            offsets.append(i)
            i += 3
        }
        guard let pivot, pivot >= 2 else { return nil }
        offsets.append(i)
        // The unit column's word: two characters before 单位 or 部门.
        let unitStart = pivot - 2
        guard let unitWord = word(chars, endingAt: pivot + 2), unitWord == unitStart else { return nil }
        // A label (`牵头单位:`) is no header.
        if offsets[pivot + 2] < line.upperBound, [0x3A, 0x28].contains(bytes[offsets[pivot + 2]]) { return nil }
        var start = unitStart
        while true {
            if let before = word(chars, endingAt: start) { start = before; continue }
            // An owner before a unit column's word (`工作任务党工委管委会牵头部门`): a column's word ends before it.
            guard let after = word(chars, startingAt: start), isUnitColumn(chars[start..<after]),
                  let owner = (1...longestOwner).first(where: { start - $0 >= 2 && word(chars, endingAt: start - $0) != nil }) else { break }
            start -= owner
        }
        var words: [Range<Int>] = []
        // Where each word's cell starts in `chars`: an owner written before it included.
        var cellStarts: [Int] = []
        var at = start
        while true {
            if let end = word(chars, startingAt: at) {
                words.append(at..<end)
                cellStarts.append(at)
                at = end
                continue
            }
            guard let (owner, end) = (1...longestOwner).lazy.compactMap({ owner in
                at + owner < chars.count ? word(chars, startingAt: at + owner).map { (owner, $0) } : nil
            }).first, isUnitColumn(chars[(at + owner)..<end]) else { break }
            words.append((at + owner)..<end)
            cellStarts.append(at)
            at = end
        }
        guard !words.isEmpty else { return nil }
        let texts = words.map { String(chars[$0]) }
        // `责任单位及分工`: the unit column, however its header goes on.
        let columns = texts.map { text in
            unitWordsWithNotes.first { text.hasPrefix($0) }.map(WorkPlanTable.column) ?? WorkPlanTable.column(text)
        }
        guard let firstUnit = columns.firstIndex(where: { $0 == .lead || $0 == .responsible }), firstUnit >= 1,
              columns[..<firstUnit].allSatisfy({ $0 == .task || $0 == .other || $0 == .number }), columns[..<firstUnit].contains(.task) else { return nil }
        var lastUnit = firstUnit
        while lastUnit + 1 < columns.count, columns[lastUnit + 1] == .lead || columns[lastUnit + 1] == .responsible { lastUnit += 1 }
        let after = columns[(lastUnit + 1)...]
        guard after.allSatisfy({ $0 == .task || $0 == .deadline || $0 == .other }) else { return nil }
        let unitsInside = after.contains(.task)
        // Units last under a header that parts its words by spaces are read as the rows part their cells, by spaces; under a
        // header run together (`工作任务工作要求牵头单位配合/责任单位`) a space stands for an empty cell (`gluedUnitsLast`).
        let gluedLast = !unitsInside && !(offsets[words[firstUnit].lowerBound] > line.lowerBound && bytes[offsets[words[firstUnit].lowerBound] - 1] == 0x20)
        let end = offsets[at - 1] + 3
        // Spaces between the unit columns' words and on both sides of them.
        let spaced = (firstUnit...min(lastUnit + 1, words.count - 1)).allSatisfy { k in
            let gap = (offsets[words[k - 1].upperBound - 1] + 3)..<offsets[cellStarts[k]]
            return bytes[gap].contains(0x20)
        }
        return Header(columns: columns, written: Array(bytes[offsets[words[0].lowerBound]..<end]), end: end, unitsInside: unitsInside,
                      numbered: columns.first == .number, deadline: after.contains(.deadline), spaced: spaced, gluedLast: gluedLast)
    }

    static func isUnitColumn(_ word: ArraySlice<Character>) -> Bool {
        let column = WorkPlanTable.column(String(word))
        return column == .lead || column == .responsible
    }
    /// (Full-width brackets and ideographic spaces arrive folded to ASCII: `NormalizedText`.)
    static let columnNotes = ["(单位)", "(部门)"].map { Array($0.utf8) }

    /// The start of the header word that ends at character `end`, if one does.
    static func word(_ chars: [Character], endingAt end: Int) -> Int? {
        for word in columnWords where word.count <= end && Array(chars[(end - word.count)..<end]) == word { return end - word.count }
        return nil
    }

    /// The end of the header word that starts at character `start`, if one does.
    static func word(_ chars: [Character], startingAt start: Int) -> Int? {
        for word in columnWords where start + word.count <= chars.count && Array(chars[start..<(start + word.count)]) == word { return start + word.count }
        return nil
    }

    struct Reader {
        let bytes: [UInt8]
        let line: Range<Int>
        let header: Header

        /// The rows, and where the last one ends.
        func read() -> ([WorkPlanTable.Row], Int) {
            var rows: [WorkPlanTable.Row] = []
            var number = 1
            guard var current = rowStart(number, from: header.end, within: longestRow) else { return ([], header.end) }
            while true {
                // The next row's number; a plan may skip one or two (`34.…`, then `37.…`).
                let next = (1...maxSkipped + 1).lazy.compactMap { skip in
                    rowStart(number + skip, from: current.text, within: longestRow).map { (skip, $0) }
                }.first
                let end = next?.1.start ?? min(line.upperBound, current.text + longestRow)
                rows += row(number, current, end: end)
                guard let next else { return (rows, end) }
                number += next.0
                current = next.1
            }
        }

        /// Row `number`'s number at or after `from` (`12.`, `12、`): digits no digit or point goes before, a Han
        /// character or an opening quote after. Where it starts and where its text does.
        func rowStart(_ number: Int, from: Int, within: Int) -> (start: Int, text: Int)? {
            let digits = Array(String(number).utf8)
            let limit = min(line.upperBound, from + within)
            var at = from
            while let found = UTF8Scan.find(digits, in: bytes, from: at, to: limit) {
                at = found + 1
                if found > line.lowerBound, (0x30...0x39).contains(bytes[found - 1]) || bytes[found - 1] == 0x2E || bytes[found - 1] == 0x25 { continue }
                var text = found + digits.count
                if header.numbered {
                    // `… 2022年4月8日前 2 开展…`: a bare number between spaces.
                    guard found > line.lowerBound, bytes[found - 1] == 0x20, text < limit, bytes[text] == 0x20 else { continue }
                    text += 1
                } else if text < limit, bytes[text] == 0x2E { text += 1 } else if UTF8Scan.hasPrefix(Segmenter.enumerationComma, in: bytes, at: text) { text += 3 } else { continue }
                guard text < limit, UTF8Scan.isHan(bytes, at: text) || UTF8Scan.hasPrefix(openingQuote, in: bytes, at: text)
                        || UTF8Scan.hasPrefix(openingTitle, in: bytes, at: text) else { continue }
                return (found, text)
            }
            return nil
        }

        /// The row's tasks: itself, and under units last the sub-rows after its units (`推进船舶更新升级。… 区交建局 区环土局、经发局`),
        /// each with its own units.
        func row(_ number: Int, _ start: (start: Int, text: Int), end: Int) -> [WorkPlanTable.Row] {
            let inside = header.unitsInside ? (header.spaced ? spacedUnitsAfterTitle(start.text, end: end) : nil) ?? unitsAfterTitle(start.text, end: end) : nil
            let found = header.unitsInside ? inside.map { [$0] } ?? [] : header.gluedLast ? gluedUnitsLast(start.text, end: end).map { [$0] } ?? [] : unitsLast(start.text, end: end)
            return found.enumerated().compactMap { n, task in
                guard !task.units.isEmpty else { return nil }
                return WorkPlanTable.Row(number: number, line: (n == 0 ? start.start : task.task.lowerBound)..<task.unitsRange.upperBound, task: task.task,
                                         title: task.title, units: UnitAssignment(units: task.units, range: task.unitsRange), deadline: nil)
            }
        }

        /// Where the row's own text ends before `end`: at a section's heading after a space, or at the header repeated
        /// that a heading follows (a header repeated inside a row, its sub-rows going on after it, is passed over).
        func ownEnd(_ from: Int, end: Int) -> Int {
            var cut = end
            if let repeated = UTF8Scan.find([0x20] + header.written, in: bytes, from: from, to: end) {
                let after = repeated + 1 + header.written.count
                if after >= end || OutlineMarker.parse(bytes, at: min(end, after + 1), end: end).map({ $0.level <= 2 }) == true { cut = repeated }
            }
            var at = from
            while let space = UTF8Scan.find([0x20], in: bytes, from: at, to: cut) {
                at = space + 1
                if OutlineMarker.parse(bytes, at: space + 1, end: cut).map({ $0.level <= 2 }) == true { return space }
            }
            return cut
        }

        /// Units last: the row's text, then its unit cells, the words (parted by spaces) that read as unit lists, one per
        /// unit column at most; a sub-row's text and cells may follow.
        func unitsLast(_ text: Int, end: Int) -> [(task: Range<Int>, title: Range<Int>, units: [UnitAssignment.Unit], unitsRange: Range<Int>)] {
            let own = ownEnd(text, end: end)
            var words = spacedWords(text..<own)
            // The header repeated at a printed page's top: no words of the row.
            if let repeated = UTF8Scan.find([0x20] + header.written, in: bytes, from: text, to: own) {
                words.removeAll { $0.lowerBound > repeated && $0.upperBound <= repeated + 1 + header.written.count }
            }
            let columns = header.unitColumns
            var tasks: [(task: Range<Int>, title: Range<Int>, units: [UnitAssignment.Unit], unitsRange: Range<Int>)] = []
            var k = 0
            while k < words.count {
                // The task's words, up to its first unit cell.
                let first = k
                while k < words.count, k == first || !readsAsCell(words[k]) { k += 1 }
                // The last word of the task's text, before its cells.
                let textEnd = words[k - 1].upperBound
                // (The loop above stopped at a cell, or at the end.)
                guard k < words.count else { break }
                var cells = [words[k]]
                k += 1
                while k < words.count, readsAsCell(words[k]) {
                    cells.append(words[k])
                    k += 1
                }
                // The row's deadline under a deadline column closes its cells (`… 各村居 2022年4月20日前`).
                if header.deadline, k < words.count, UnitAssignment.isDeadline(bytes, words[k]) { k += 1 }
                // One unit column: every unit word is its cell's (`各处室(中心) 东庠办事处 各村居`, a unit to a word).
                let oneColumn = columns.count == 1
                // More cells than columns: the first are the text's.
                let taskEnd = !oneColumn && cells.count > columns.count ? cells[cells.count - columns.count - 1].upperBound : words[first].upperBound
                let taken = oneColumn ? cells[...] : cells.suffix(columns.count)
                var units: [UnitAssignment.Unit] = []
                for (n, cell) in taken.enumerated() {
                    let column = oneColumn ? columns[0] : columns[n]
                    // A cell that names its verbs (`政法综治处牵头,` `A、B配合`, `A配合B、C落实`): its units as the verbs give them;
                    // one closed by a duty phrase (`A、B按职责分工负责`) shares the task: no lead in it.
                    if let verbs = verbCell(cell) { units += verbs; continue }
                    units += WorkPlanTable.units(bytes, cell, column: readsAsDutyCell(cell) ? .responsible : column)
                }
                let task = words[first].lowerBound..<max(taskEnd, textEnd)
                // A sub-row's title: its text up to its first stop (`推进船舶更新升级。`).
                var title = words[first]
                if !tasks.isEmpty, let stop = UTF8Scan.find(Segmenter.fullStop, in: bytes, from: title.lowerBound, to: title.upperBound) { title = title.lowerBound..<stop }
                guard let firstCell = taken.first, let lastCell = taken.last else { break }
                tasks.append((task, title, units, firstCell.lowerBound..<lastCell.upperBound))
            }
            return tasks
        }

        /// Units last in a header run together: after the row's last stop (before a section's heading glued after the
        /// cells, `…(街道办事处)二、加强…`), the cells, every piece parted by `、` or `,` reading as a unit and the first
        /// piece possibly several units glued (`区经济发展局区行政审批局区直各有关单位,各区属事业单位`). Under a lead's
        /// column and another, the glued units before the last lead and the rest answer for the task; a space after the
        /// stop is an empty lead cell.
        func gluedUnitsLast(_ text: Int, end: Int) -> (task: Range<Int>, title: Range<Int>, units: [UnitAssignment.Unit], unitsRange: Range<Int>)? {
            var own = end
            var i = text
            while i < end {
                if bytes[i] >= 0xE4 || bytes[i] == 0x28, i > text, let marker = OutlineMarker.parse(bytes, at: i, end: end), marker.level <= 2,
                   UTF8Scan.isHan(bytes, at: marker.contentStart) {
                    own = i
                    break
                }
                i += UTF8Scan.scalarLength(bytes[i])
            }
            guard let stop = UTF8Scan.findLast(Segmenter.fullStop, in: bytes, from: text, to: own), stop > text else { return nil }
            var at = stop + Segmenter.fullStop.count
            let emptyFirst = at < own && bytes[at] == 0x20
            while at < own, bytes[at] == 0x20 { at += 1 }
            let cell = UTF8Scan.trim(bytes, at..<own)
            guard !cell.isEmpty else { return nil }
            let items = Segmenter.listItems(bytes, in: cell, separators: [",", "、"])
            guard let first = items.first else { return nil }
            let glued = GluedUnits.split(bytes, first)
            let pieces = glued + items.dropFirst()
            guard pieces.allSatisfy({ piece in
                let name = UnitAssignment.names(bytes, piece).first?.name ?? ""
                return UnitLine.readsAsUnit(name)
            }) else { return nil }
            let columns = header.unitColumns
            let leads = columns.count < 2 ? (columns.first == .lead ? pieces.count : 0)
                : emptyFirst ? 0 : glued.count >= 2 ? glued.count - 1 : pieces.count == 1 ? 1 : 0
            var units: [UnitAssignment.Unit] = []
            for (n, piece) in pieces.enumerated() {
                units += WorkPlanTable.units(bytes, piece, column: n < leads ? .lead : .responsible)
            }
            return (text..<stop, text..<stop, units, cell)
        }

        /// The words of `range` that spaces and line breaks part.
        func spacedWords(_ range: Range<Int>) -> [Range<Int>] {
            UTF8Scan.fields(bytes, range) { $0 == 0x20 || $0 == 0x0A }
        }

        func readsAsCell(_ word: Range<Int>) -> Bool { WorkPlanSpacedTable.readsAsUnits(bytes, word) || readsAsDutyCell(word) || verbCell(word) != nil }

        /// A cell's units where verbs part its lists (`政法综治处牵头,`, `交通与建设处、经济发展处配合`, `A配合B、C落实`): each list
        /// before a verb that follows a unit's last character, 牵头 making it the lead; the cell must end at a verb (a `,` after
        /// it aside). Nil when any list reads as no units, or text goes on after the last verb.
        func verbCell(_ word: Range<Int>) -> [UnitAssignment.Unit]? {
            var units: [UnitAssignment.Unit] = []
            var start = word.lowerBound
            var i = word.lowerBound + 6
            while i < word.upperBound {
                // `各处、单位分别牵头落实`: each leads its own share.
                let separately = UTF8Scan.hasPrefix(Self.separately, in: bytes, at: i) ? Self.separately.count : 0
                guard let verb = Self.cellVerbs.first(where: { UTF8Scan.hasPrefix($0, in: bytes, at: i + separately) }), i > start,
                      UTF8Scan.isHan(bytes, at: i - 3), Self.cellUnitEnds.contains(where: { UTF8Scan.hasSuffix($0, in: bytes, start..<i) })
                else { i += 1; continue }
                let items = UnitAssignment.names(bytes, start..<i)
                guard !items.isEmpty, items.allSatisfy({ item in
                    guard UnitLine.readsAsUnit(item.name), !WorkPlanGluedTable.holdsAnEnd(item.name) else { return false }
                    let written = Array(item.name.utf8)
                    return !Self.cellVerbs.contains { verb in written.count > verb.count && UTF8Scan.find(verb, in: written, from: 0) != nil }
                }) else { return nil }
                let leads = verb == Self.leadVerb
                units += items.map { UnitAssignment.Unit(name: $0.name, range: $0.range, kind: leads ? .lead : .responsible, role: leads ? "牵头" : "负责") }
                i += separately + verb.count
                // `配合落实`, `牵头负责`: a second verb says no more.
                while let more = Self.cellVerbs.first(where: { UTF8Scan.hasPrefix($0, in: bytes, at: i) }) { i += more.count }
                while i < word.upperBound, bytes[i] == 0x2C || bytes[i] == 0x3B { i += 1 }
                start = i
            }
            return units.isEmpty || start < word.upperBound ? nil : units
        }
        static let leadVerb = Array("牵头".utf8)
        static let separately = Array("分别".utf8)
        /// The last characters of a unit before a verb in a cell: a glued unit's (`GluedUnits.endings`), an office's
        /// sections (处, 科, 股) and collectives (村居, 社区 end 居, 区).
        static let cellUnitEnds = GluedUnits.endings + ["处", "科", "股", "居", "区", "组", "会", "位", "门"].map { Array($0.utf8) }
        static let cellVerbs = ["牵头", "配合", "负责", "落实", "协助", "参与"].map { Array($0.utf8) }

        /// `区经发局、环土局按职责分工负责`: units closed by a duty phrase.
        func readsAsDutyCell(_ word: Range<Int>) -> Bool {
            guard let duty = UTF8Scan.find(dutyPhrase, in: bytes, from: word.lowerBound, to: word.upperBound), duty > word.lowerBound else { return false }
            return WorkPlanSpacedTable.readsAsUnitList(bytes, word.lowerBound..<duty)
        }

        /// Units between the title and a text column, each cell after a space as the header's words are (`1.全面公开…清单
        /// 区行政审批局 综合处牵头,各处、单位配合落实 通过…`): the words after the title that read as cells, one per unit column at
        /// most, in the columns' order (an empty cell leaves no trace, so fewer cells fill the first columns).
        func spacedUnitsAfterTitle(_ text: Int, end: Int) -> (task: Range<Int>, title: Range<Int>, units: [UnitAssignment.Unit], unitsRange: Range<Int>)? {
            let own = ownEnd(text, end: end)
            let columns = header.unitColumns
            let words = spacedWords(text..<own).prefix(columns.count + Self.spacedUnitsInCell + 1)
            guard let title = words.first, title.count >= 12 else { return nil }
            let cells = Array(words.dropFirst().prefix { readsAsCell($0) })
            guard let first = cells.first, let last = cells.last else { return nil }
            // A cell may list its units with spaces too (`区行政审批局 区经济发展局 综合处牵头,…`): words beyond the columns
            // are the first column's.
            let extra = max(0, cells.count - columns.count)
            var units: [UnitAssignment.Unit] = []
            for (n, cell) in cells.enumerated() {
                if let verbs = verbCell(cell) { units += verbs; continue }
                units += WorkPlanTable.units(bytes, cell, column: readsAsDutyCell(cell) ? .responsible : columns[max(0, n - extra)])
            }
            return (title, title, units, first.lowerBound..<last.upperBound)
        }

        /// How many words a spaced unit cell may hold.
        static let spacedUnitsInCell = 4

        /// Units between the title and a text column.
        func unitsAfterTitle(_ text: Int, end: Int) -> (task: Range<Int>, title: Range<Int>, units: [UnitAssignment.Unit], unitsRange: Range<Int>)? {
            var chars: [Character] = []
            var offsets: [Int] = []
            var at = text
            let limit = min(end, text + 3 * (longestTitle + 4 * longestUnit))
            while at < limit, let (character, length) = UTF8Scan.character(bytes, at: at, limit: limit) {
                chars.append(character)
                offsets.append(at)
                at += length
            }
            offsets.append(at)
            // A space after the title: the units (or an empty cell, then the units) follow it.
            let space = chars.prefix(longestTitle).firstIndex(of: " ")
            var candidates: [Int] = []
            if let space { candidates.append(space + 1) }
            for i in 4..<min(chars.count, longestTitle) where GluedUnits.levelCharacters.contains(chars[i]) && !candidates.contains(i) { candidates.append(i) }
            candidates.sort()
            for start in candidates {
                guard var cells = cells(chars, from: start) else { continue }
                // The title: up to the units, or the space before them.
                var titleEnd = start
                while titleEnd > 0, chars[titleEnd - 1] == " " { titleEnd -= 1 }
                guard titleEnd >= 4 else { continue }
                let afterSpace = start > 0 && chars[start - 1] == " " && titleEnd == (space ?? -1)
                let columns = header.unitColumns
                // A space right after the title is an empty cell: the units fill the columns after it.
                if afterSpace, columns.count > 1, cells.count >= columns.count { cells.removeLast(cells.count - columns.count + 1) }
                // Fewer cells than columns: after a space the empty cells came first.
                let assigned = afterSpace && cells.count < columns.count ? Array(columns.suffix(cells.count)) : Array(columns.prefix(cells.count))
                var units: [UnitAssignment.Unit] = []
                for (cell, column) in zip(cells, assigned) {
                    for piece in cell {
                        let name = offsets[piece.lowerBound]..<offsets[piece.upperBound]
                        units += WorkPlanTable.units(bytes, name, column: column)
                    }
                }
                let title = text..<offsets[titleEnd]
                let last = cells[cells.count - 1]
                return (title, title, units, offsets[start]..<offsets[last[last.count - 1].upperBound])
            }
            return nil
        }

        /// The unit cells from `start`: pieces that each read as a unit, parted by `、` or `,` within a cell and by
        /// nothing or a space between cells; a piece not after a separator opens with its level. The run must end
        /// before text that is no unit (the text column), and reach as far as it can.
        func cells(_ chars: [Character], from start: Int) -> [[Range<Int>]]? {
            // reach[k]: how a run reaches character k after a piece: the most pieces, the piece, where the piece before it
            // ended, and whether a separator joined the two in one cell.
            var reach: [Int: (count: Int, piece: Range<Int>, previous: Int?, joined: Bool)] = [:]
            var frontier: [(at: Int, previous: Int?, joined: Bool, count: Int)] = [(start, nil, false, 0)]
            var seen: Set<Int> = []
            while let (at, previous, joined, count) = frontier.popLast() {
                for end in pieceEnds(chars, from: at, needsLevel: !joined) {
                    if reach[end].map({ count + 1 > $0.count }) ?? true {
                        reach[end] = (count + 1, at..<end, previous, joined)
                    }
                    guard !seen.contains(end), end < chars.count else { continue }
                    seen.insert(end)
                    if separators.contains(chars[end]), end + 1 < chars.count {
                        frontier.append((end + 1, end, true, count + 1))
                    } else if chars[end] == " ", end + 1 < chars.count {
                        frontier.append((end + 1, end, false, count + 1))
                    } else {
                        frontier.append((end, end, false, count + 1))
                    }
                }
            }
            // The run ends before the text column.
            guard let furthest = reach.keys.max(), furthest < chars.count else { return nil }
            var cells: [[Range<Int>]] = [[]]
            var at: Int? = furthest
            while let k = at, let step = reach[k] {
                cells[0].insert(step.piece, at: 0)
                if !step.joined, step.previous != nil { cells.insert([], at: 0) }
                at = step.previous
            }
            cells.removeAll { $0.isEmpty }
            // More cells than the header's unit columns: the later ones are the text's (`…各乡镇人民政府区教育局、环土局…等
            // 行业主管部门要…`).
            if cells.count > header.unitColumns.count { cells.removeLast(cells.count - header.unitColumns.count) }
            return cells.isEmpty ? nil : cells
        }

        /// Where a unit's name opening at `at` may end: Han characters only, two to `longestUnit` of them, reading as a
        /// unit's; with `needsLevel`, only a name opening with its level.
        func pieceEnds(_ chars: [Character], from at: Int, needsLevel: Bool) -> [Int] {
            guard at < chars.count, chars[at].isHan, !needsLevel || GluedUnits.levelCharacters.contains(chars[at]) else { return [] }
            let opening = String(chars[at..<min(chars.count, at + 4)])
            if WorkPlanGluedTable.continuations.contains(where: { opening.hasPrefix($0) }) { return [] }
            var ends: [Int] = []
            var end = at + 2
            while end <= min(chars.count, at + longestUnit) {
                guard chars[end - 1].isHan else { break }
                // 各乡镇人民政府: a level that makes a word with the next character ends no unit.
                if end < chars.count, WorkPlanGluedTable.levelPairs.contains(String([chars[end - 1], chars[end]])) { end += 1; continue }
                let name = String(chars[at..<end])
                // `各乡镇人民政府充分发挥政府`, `各有关单位要履行行`: a name goes on past a government's or a unit's word only
                // into its offices.
                if innerWords.contains(where: { word in
                    guard let found = name.range(of: word), found.upperBound < name.endIndex else { return false }
                    let rest = name[found.upperBound...]
                    // (`区政府办`, on its way to `区政府办公室`, goes on.)
                    return !WorkPlanGluedTable.continuations.contains { rest.hasPrefix($0) || $0.hasPrefix(rest) }
                }) { break }
                if WorkPlanGluedTable.readsAsUnit(name) { ends.append(end) }
                end += 1
            }
            return ends
        }
    }

    static let separators: Set<Character> = ["、", ","]
    static let innerWords = ["政府", "单位", "部门"]
    static let openingQuote = Array("“".utf8)
    static let openingTitle = Array("《".utf8)
    static let dutyPhrase = Array("按职责".utf8)
}
