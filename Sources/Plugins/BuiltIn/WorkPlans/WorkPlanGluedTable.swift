import Foundation

/// A task table flattened to text with no separator at all between its cells, as a web page's
/// table arrives when its cells lose their borders: a header run together
/// (`序号项目名称主要内容分管领导牵头单位配合单位`), then rows run together too,
/// `1新建学校3所。…。张三教育局经开区各街道2…`.
///
/// A row is its number (the one after the row before), its text up to one of its sentence
/// stops, then its cells: under a leaders' column (`分管领导`, `责任领导`) the names of persons
/// (`PersonWords.spells`, two or three characters each, never a unit), then the units run
/// together, cut where a unit's name ends (局, 委, 街道, 公司 …; `GluedUnits` needs a level
/// opening each, which a district's table does not write), then a deadline under a deadline
/// column. The units end at the next row's number, the deadline, the text's end, or a
/// sub-row's text (a task of the same row with its own leader and units, `…轨道公司推进X改造。
/// 李四住建局…`): a piece opening with a task's verb is no unit. With a lead and a responsible
/// column, the first unit is the lead's cell (units run together keep no cell's edge).
enum WorkPlanGluedTable {
    static let numberHeader = Array("序号".utf8)
    /// The longest header read, in characters.
    static let longestHeader = 40
    /// The longest note in brackets a header's column may carry, in characters.
    static let longestHeaderNote = 12
    /// How far a row's text may run before its cells, in characters.
    static let longestRow = 1_500

    struct Header {
        var unitColumns: [WorkPlanTable.Column]
        var leaders: Bool
        var deadline: Bool
        /// The byte offset of row 1's number.
        var end: Int
        /// The header stands on its line and so does each row (`WorkPlanGluedLineRows`), a prose column (`全年完成情况`)
        /// after the units possibly.
        var rowsOnLines = false
    }

    /// The rows of every such table in `bytes`. Cheap on other text: a header is looked for only at `序号`
    /// glued to the next word.
    static func rows(_ bytes: [UInt8], lines: [Range<Int>], from first: Int = 0) -> [WorkPlanTable.Row] {
        var result: [WorkPlanTable.Row] = []
        var from = first
        while let at = UTF8Scan.find(numberHeader, in: bytes, from: from) {
            from = at + numberHeader.count
            guard UTF8Scan.isHan(bytes, at: from), let header = header(bytes, from) else { continue }
            if header.rowsOnLines {
                let (rows, end) = WorkPlanGluedLineRows.read(bytes, header: header)
                result += rows
                from = max(from, end)
                continue
            }
            let (rows, end) = Reader(bytes, header).read()
            result += rows
            from = max(from, end)
        }
        return result
    }

    /// The header whose words follow `序号` at `start`, glued up to row 1's number.
    static func header(_ bytes: [UInt8], _ start: Int) -> Header? {
        let (chars, at) = headerWords(bytes, start)
        // Row 1 glued to the header, or the header alone on its line.
        let onItsLine = at < bytes.count && (bytes[at] == 0x0A || bytes[at] == 0x0D)
        // A table continued from another page (`(上接第三版)`) opens at its first row on this page, whatever its number.
        guard at < bytes.count, (0x31...0x39).contains(bytes[at]) || onItsLine, chars.count >= 6 else { return nil }
        let words = String(chars)
        // Each unit column ends in 单位 or 部门; the first opens at its first label word in its last six characters.
        var ends: [String.Index] = []
        var search = words.startIndex
        while let found = words.range(of: "单位", range: search..<words.endIndex) ?? words.range(of: "部门", range: search..<words.endIndex) {
            // Whichever of 单位 and 部门 comes first.
            let other = words.range(of: "部门", range: search..<words.endIndex)
            let first = other.map { $0.lowerBound < found.lowerBound ? $0 : found } ?? found
            ends.append(first.upperBound)
            search = first.upperBound
        }
        guard let firstEnd = ends.first else { return nil }
        let window = words.index(firstEnd, offsetBy: -6, limitedBy: words.startIndex) ?? words.startIndex
        guard let open = WorkPlanSpacedTable.unitStarts.compactMap({ words.range(of: $0, range: window..<firstEnd)?.lowerBound }).min() else { return nil }
        let before = words[..<open]
        guard WorkPlanTable.taskHeaders.contains(where: { before.contains($0) }) else { return nil }
        var columns: [WorkPlanTable.Column] = []
        var columnStart = open
        for end in ends {
            let word = String(words[columnStart..<end])
            guard columnStart == open || WorkPlanSpacedTable.unitStarts.contains(where: { word.hasPrefix($0) }) else { return nil }
            let column = WorkPlanTable.column(word)
            guard column == .lead || column == .responsible else { return nil }
            columns.append(column)
            columnStart = end
        }
        var rest = words[columnStart...]
        // `…责任单位备注`: a remarks column after the units, empty in most rows.
        if rest.hasSuffix(remarks) { rest = rest.dropLast(remarks.count) }
        let deadline = WorkPlanSpacedTable.deadlineStarts.contains { rest.hasPrefix($0) }
        let prose = onItsLine && WorkPlanGluedLineRows.proseColumnEnds.contains { rest.hasSuffix($0) }
        guard rest.isEmpty || deadline || prose else { return nil }
        return Header(unitColumns: columns, leaders: leaderColumns.contains { before.contains($0) }, deadline: deadline, end: at, rowsOnLines: onItsLine)
    }

    /// The Han characters of a header glued after `序号` from `start`, up to `longestHeader` of them, and where they end
    /// (`类型(机制、任务等)`: a column's note in brackets is no part of the header's words).
    static func headerWords(_ bytes: [UInt8], _ start: Int) -> (chars: [Character], end: Int) {
        var chars: [Character] = []
        var at = start
        while at < bytes.count, chars.count <= longestHeader {
            if bytes[at] == 0x28, let close = UTF8Scan.find([0x29], in: bytes, from: at, to: min(bytes.count, at + 3 * longestHeaderNote)) {
                at = close + 1
                continue
            }
            guard UTF8Scan.isHan(bytes, at: at) else { break }
            chars.append(Character(String(decoding: bytes[at..<(at + 3)], as: UTF8.self)))
            at += 3
        }
        return (chars, at)
    }

    static let remarks = "备注"

    /// Words of a header's column of the leaders who answer for a task (`区政府分管领导`, `责任领导`, `责任人`).
    static let leaderColumns = ["领导", "责任人"]

    /// The text after a header up to a blank line or the next header, as characters with their byte offsets,
    /// line breaks dropped (a row runs over lines as the page wraps it), and a page's number at a line's start before a closing bracket
    /// (`高新园(某镇` / `2、)各街道`: no item opens with `)`) dropped too.
    struct Reader {
        let bytes: [UInt8]
        let header: Header
        var chars: [Character] = []
        var offsets: [Int] = []
        let words = try? PersonWords.builtIn()

        init(_ bytes: [UInt8], _ header: Header) {
            self.bytes = bytes
            self.header = header
            var at = header.end
            let limit = min(bytes.count, header.end + 3 * 40_000)
            while at < limit {
                let b = bytes[at]
                // A blank line or the next table's header ends the table.
                if UTF8Scan.hasPrefix(WorkPlanGluedTable.numberHeader, in: bytes, at: at) { break }
                if b == 0x0A || b == 0x0D {
                    at += 1
                    var blank = at
                    while blank < limit, bytes[blank] == 0x20 || bytes[blank] == 0x09 || bytes[blank] == 0x0D { blank += 1 }
                    if blank < limit, bytes[blank] == 0x0A { break }
                    // A page's number, `2、`, before `)`.
                    var skip = at
                    while skip < limit, (0x30...0x39).contains(bytes[skip]) { skip += 1 }
                    if skip > at, UTF8Scan.hasPrefix(Segmenter.enumerationComma, in: bytes, at: skip),
                       skip + 3 < limit, bytes[skip + 3] == 0x29 { at = skip + 3 }
                    continue
                }
                guard let (character, length) = UTF8Scan.character(bytes, at: at, limit: limit) else { break }
                chars.append(character)
                offsets.append(at)
                at += length
            }
            offsets.append(at)
        }

        func text(_ range: Range<Int>) -> String { String(chars[range]) }

        /// The rows, and the byte offset where the table ends.
        func read() -> ([WorkPlanTable.Row], Int) {
            var rows: [WorkPlanTable.Row] = []
            guard let first = self.number(at: 0) else { return ([], header.end) }
            var number = first.value
            var textStart = first.text
            var rowStart = 0
            var end = 0
            while textStart < chars.count {
                guard let (textEnd, cells) = cells(after: textStart, next: number + 1) else {
                    // A sub-row naming no unit: the next row's number after one of its stops, or the table's end.
                    guard let (_, next) = nextNumbered(from: textStart, number: number + 1) else { break }
                    number += 1
                    rowStart = next.start
                    textStart = next.text
                    continue
                }
                let task = offsets[textStart]..<offsets[textEnd]
                let units = cells.assigned ?? assign(cells.units)
                rows.append(WorkPlanTable.Row(number: number, line: offsets[rowStart]..<offsets[cells.end], task: task, title: task,
                                              units: UnitAssignment(units: units, range: offsets[cells.unitsStart]..<offsets[cells.end]),
                                              deadline: cells.deadline.map { offsets[$0.lowerBound]..<offsets[$0.upperBound] }))
                end = cells.end
                if let next = self.number(at: cells.end), next.value == number + 1 {
                    number += 1
                    rowStart = cells.end
                    textStart = next.text
                } else {
                    // A sub-row: a task of the same row with cells of its own.
                    rowStart = cells.end
                    textStart = cells.end
                }
            }
            return (rows, offsets[end])
        }

        /// The units with their kinds: one unit column gives all its kind; a lead's column and others give the
        /// first unit the lead's, the rest the last column's.
        func assign(_ pieces: [(name: Range<Int>, core: Range<Int>)]) -> [UnitAssignment.Unit] {
            pieces.enumerated().map { n, piece in
                let column = header.unitColumns.count == 1 ? header.unitColumns[0] : n == 0 ? header.unitColumns[0] : header.unitColumns[header.unitColumns.count - 1]
                let lead = column == .lead
                return UnitAssignment.Unit(name: text(piece.core), range: offsets[piece.name.lowerBound]..<offsets[piece.name.upperBound],
                                           kind: lead ? .lead : .responsible, role: lead ? "牵头" : "负责")
            }
        }

        /// A row's number at `at`: digits, an optional `、` or `.`, then a Han character that no count is followed by.
        func number(at: Int) -> (value: Int, start: Int, text: Int)? {
            var i = at
            var value = 0
            while i < chars.count, i - at < 3, let d = chars[i].wholeNumberValue, chars[i].isASCII {
                value = value * 10 + d
                i += 1
            }
            guard i > at, i < chars.count, !(chars[i].isASCII && chars[i].isNumber) else { return nil }
            if chars[i] == "、" || chars[i] == "." { i += 1 }
            guard i < chars.count, chars[i].isHan, !WorkPlanGluedTable.measures.contains(chars[i]) else { return nil }
            return (value, at, i)
        }

        /// Row `number` opening right after a stop (`。`) past `from`.
        func nextNumbered(from: Int, number: Int) -> (Int, (start: Int, text: Int))? {
            var i = from
            while i < min(chars.count, from + longestRow) {
                if chars[i] == "。", let next = self.number(at: i + 1), next.value == number { return (i, (i + 1, next.text)) }
                i += 1
            }
            return nil
        }

        struct Cells {
            var unitsStart: Int
            var units: [(name: Range<Int>, core: Range<Int>)]
            var deadline: Range<Int>?
            var end: Int
            /// Units whose cell names their verbs (`A、B牵头;C配合`): their kinds as the verbs give them.
            var assigned: [UnitAssignment.Unit]? = nil
        }

        /// The row's text end (past one of its stops) and its cells after it.
        func cells(after start: Int, next: Int) -> (Int, Cells)? {
            var i = start
            while i < min(chars.count, start + longestRow) {
                if chars[i] == "。", i - start >= 4, let cells = tail(i + 1, next: next, subRows: true) { return (i + 1, cells) }
                // A row whose text has no stop (`1新建学校3所张伟李强教育局…`): under a leaders' column their names
                // mark where its cells begin, which then run to a strong edge.
                if header.leaders, i - start >= 4, chars[i - 1] != "。", chars[i].isHan, let cells = tail(i, next: next, subRows: false) {
                    return (i, cells)
                }
                // With no leaders' column, units that each open with their level (`1推进某某建设区发改局区财政局2024年底2…`)
                // are read back from the next row's number or the deadline.
                if !header.leaders, i - start >= 4, chars[i - 1] != "。", let cells = levelledUnits(before: i, from: start, next: next) {
                    return (cells.unitsStart, cells)
                }
                // The next row opens before any stop with cells after it: this one has none.
                if i > start, chars[i - 1] == "。", let n = number(at: i), n.value == next { return nil }
                i += 1
            }
            return nil
        }

        /// Leaders' names (under a leaders' column), units, a deadline, from `at`.
        func tail(_ at: Int, next: Int, subRows: Bool) -> Cells? {
            // Under a leaders' column a row names its leader: a sentence after a stop (`全区城镇新增…`) is the row's text.
            // Fewest names first, three characters before two: `何海平文体旅局` is 何海平 and 文体旅局, not 何海, 平文 and
            // 体旅局. Two names of two characters glued (`张伟李强教育局`) read so only where no shorter reading cuts.
            for (unitsStart, _) in header.leaders ? namesEnds(at, count: 0) : [(at, 0)] {
                if let cells = units(unitsStart, next: next, subRows: subRows) { return cells }
            }
            return nil
        }

        /// Where a run of one to three persons' names (two or three characters each) from `at` may end, fewest names first;
        /// a name may follow its post (`副区长王某`, `常务副区长李某`: `leader-posts`) and a 、 the name before.
        func namesEnds(_ at: Int, count: Int) -> [(end: Int, names: Int)] {
            guard count < 3, let words else { return [] }
            var at = at
            if count > 0, at < chars.count, chars[at] == "、" { at += 1 }
            let window = text(at..<min(chars.count, at + 8))
            if let post = PlanWords.shared.leaderPosts.compactMap({ window.range(of: $0) }).min(by: { $0.upperBound < $1.upperBound }),
               window[..<post.lowerBound].allSatisfy({ $0.isHan }) {
                at += window.distance(from: window.startIndex, to: post.upperBound)
            }
            var ends: [Int] = []
            for length in [3, 2] where at + length <= chars.count {
                let name = text(at..<(at + length))
                if name.allSatisfy(\.isHan), words.spells(name), !name.hasSuffix("局"), !name.hasSuffix("委") { ends.append(at + length) }
            }
            return ends.map { ($0, count + 1) } + ends.flatMap { namesEnds($0, count: count + 1) }
        }

        /// Units from `at`: up to a strong edge (the next row's number, a deadline, the text's end) all of it cut
        /// into units; else, where a sub-row's text follows, the longest run of units before it.
        func units(_ at: Int, next: Int, subRows: Bool) -> Cells? {
            if let cells = verbCell(at, next: next) { return cells }
            var i = at
            while i < min(chars.count, at + 80) {
                let c = chars[i]
                // A cell's own list keeps its 、 (`区发改局区财政局、区住建局`); other stops end the units.
                // (A comma may part a cell's groups too, `市委宣传部、市城管委,市住建局…,各区县政府`: read as a 、.)
                if "。;:；：".contains(c) || (c == "," || c == "，") && !commaInCell(after: i) { break }
                if header.deadline, let deadline = deadline(at: i), i > at, let pieces = split(at..<i) {
                    return Cells(unitsStart: at, units: pieces, deadline: i..<deadline, end: deadline)
                }
                if i > at, number(at: i)?.value == next, let pieces = split(at..<i) {
                    return Cells(unitsStart: at, units: pieces, deadline: nil, end: i)
                }
                i += 1
            }
            if i == chars.count, i > at, let pieces = split(at..<i) {
                return Cells(unitsStart: at, units: pieces, deadline: nil, end: i)
            }
            guard subRows else { return nil }
            // A sub-row follows: the longest run of units before it whose text closes with cells of its own,
            // or opens with a task's verb (`…各街道提升改造8家…。`, a sub-row naming no unit).
            for end in stride(from: i - 1, to: at, by: -1) {
                guard end - at >= 3, let pieces = split(at..<end) else { continue }
                let opensTask = WorkPlanGluedTable.taskOpeners.contains { text(end..<min(chars.count, end + $0.count)) == $0 }
                guard opensTask || subRowCells(end, next: next).map({ !$0.1.units.isEmpty }) == true else { continue }
                return Cells(unitsStart: at, units: pieces, deadline: nil, end: end)
            }
            return nil
        }

        /// `…构建新型婚育文化。省委宣传部、省妇联牵头;省总工会配合;各州(市)党委和政府落实22…`: a units cell of lists
        /// parted by `;`, each closed by its verb, or one list closed by 负责, up to the next row's number or the text's
        /// end, read as a bracket of units with verbs is (`UnitAssignment.parseVerbs`); none when the cell holds a
        /// stop, no `;` nor a closing 负责, or a list no verb closes. (A deadline among the lists is not kept: no row of this layout has shown one.)
        func verbCell(_ at: Int, next: Int) -> Cells? {
            var i = at
            var severalLists = false
            while i < min(chars.count, at + WorkPlanGluedTable.longestVerbCell) {
                if chars[i] == "。" { return nil }
                if chars[i] == ";" || chars[i] == "；" { severalLists = true }
                if i > at, chars[i - 1].isHan, number(at: i)?.value == next { break }
                i += 1
            }
            // One list closed by its duty (`安监科、交通科负责`, `各科室按职责分工负责`) is read so too.
            guard severalLists || i - at > 2 && text((i - 2)..<i) == "负责", i > at, i == chars.count || number(at: i)?.value == next else { return nil }
            var deadline: Range<Int>?
            guard let units = UnitAssignment.parseVerbs(bytes, offsets[at]..<offsets[i], deadline: &deadline), !units.isEmpty
            else { return nil }
            return Cells(unitsStart: at, units: [], deadline: nil, end: i, assigned: units)
        }

        /// Units ending at `edge` (the next row's number, a deadline, or the text's end), each the shortest that opens
        /// with a level (区, 市, 各 …), taken from the right while one ends where the last began; four characters of the
        /// row's text at least before them.
        func levelledUnits(before edge: Int, from start: Int, next: Int) -> Cells? {
            var deadline: Range<Int>?
            if header.deadline, let end = self.deadline(at: edge) {
                deadline = edge..<end
            } else if edge < chars.count {
                guard chars[edge - 1].isHan, number(at: edge)?.value == next else { return nil }
            }
            var pieces: [(name: Range<Int>, core: Range<Int>)] = []
            var at = edge
            while at - start > 4 {
                if chars[at - 1] == "、", !pieces.isEmpty { at -= 1; continue }
                let lowest = max(start + 4, at - 12)
                guard lowest <= at - 3 else { break }
                let found = (lowest...(at - 3)).reversed().lazy.filter { GluedUnits.levelCharacters.contains(self.chars[$0]) }
                    .compactMap { p in self.pieces(from: p, upTo: at).first { $0.name.upperBound == at } }.first
                guard let piece = found else { break }
                pieces.insert(piece, at: 0)
                at = piece.name.lowerBound
            }
            guard let first = pieces.first else { return nil }
            let end = deadline?.upperBound ?? edge
            return Cells(unitsStart: first.name.lowerBound, units: pieces, deadline: deadline, end: end)
        }

        /// A sub-row's cells, ended by a strong edge (no sub-row after it is looked for).
        func subRowCells(_ start: Int, next: Int) -> (Int, Cells)? {
            guard start < chars.count else { return nil }
            var i = start
            while i < min(chars.count, start + longestRow) {
                if chars[i] == "。", i - start >= 4, let cells = tail(i + 1, next: next, subRows: false) { return (i + 1, cells) }
                i += 1
            }
            return nil
        }

        /// `range` cut into units at every place where both sides read as units (`经开区高新园各街道`:
        /// three); a piece never opens with what goes on a name (`市政府办公室`, `各街道办事处` stay whole).
        /// Nil if it does not cut so.
        func split(_ range: Range<Int>) -> [(name: Range<Int>, core: Range<Int>)]? {
            guard !range.isEmpty else { return nil }
            // best[k]: the most pieces covering range.lowerBound..<k, and the piece ending there.
            var best: [Int: (count: Int, piece: (name: Range<Int>, core: Range<Int>))] = [:]
            var reached: [Int: Int] = [range.lowerBound: 0]
            for start in range where reached[start] != nil {
                // 、 between two units of one cell.
                if chars[start] == "、" || chars[start] == ",", start > range.lowerBound, start + 1 < range.upperBound {
                    if reached[start + 1].map({ reached[start]! > $0 }) ?? true { reached[start + 1] = reached[start]! }
                    continue
                }
                for piece in pieces(from: start, upTo: range.upperBound) {
                    let count = reached[start]! + 1
                    if reached[piece.name.upperBound].map({ count > $0 }) ?? true {
                        reached[piece.name.upperBound] = count
                        best[piece.name.upperBound] = (count, piece)
                    }
                }
            }
            guard reached[range.upperBound] != nil else { return nil }
            var result: [(name: Range<Int>, core: Range<Int>)] = []
            var at = range.upperBound
            while at > range.lowerBound {
                if chars[at - 1] == "、" || chars[at - 1] == "," { at -= 1; continue }
                guard let step = best[at] else { return nil }
                result.insert(step.piece, at: 0)
                at = step.piece.name.lowerBound
            }
            // `…市文广旅局等部门,各区县政府`: the departments 等 sums up name no unit of their own.
            result.removeAll { chars[$0.core.lowerBound] == "等" }
            return result.isEmpty ? nil : result
        }

        /// Whether the comma at `i` parts units of one cell: a unit's name ends before it and one opens after it.
        func commaInCell(after i: Int) -> Bool {
            guard i > 0, i + 1 < chars.count, chars[i - 1].isHan || chars[i - 1] == ")" else { return false }
            return !pieces(from: i + 1, upTo: min(chars.count, i + 1 + 16)).isEmpty
        }

        /// The units that may open at `start`: a name of three to twelve characters ending as a unit ends,
        /// a note in brackets after it (`高新园(某镇)`) part of its cell.
        func pieces(from start: Int, upTo limit: Int) -> [(name: Range<Int>, core: Range<Int>)] {
            guard start < limit, chars[start].isHan else { return [] }
            let opening = text(start..<min(limit, start + 4))
            if WorkPlanGluedTable.continuations.contains(where: { opening.hasPrefix($0) }) { return [] }
            var result: [(name: Range<Int>, core: Range<Int>)] = []
            var end = start + 1
            while end <= min(limit, start + 12) {
                guard chars[end - 1].isHan else { break }
                // 各 before a place's level opens the next unit (`…局各街道`), as in `GluedUnits`.
                if end - 2 > start, chars[end - 2] == "各", WorkPlanGluedTable.placeLevels.contains(chars[end - 1]) { break }
                // 相关乡镇人民政府: a level that makes a word with the next character (乡镇, 区县) ends no unit.
                if end < limit, WorkPlanGluedTable.levelPairs.contains(String([chars[end - 1], chars[end]])) { end += 1; continue }
                // 各区(市)县政府: a bracket of one level inside the name goes on with it.
                if end + 3 < limit, WorkPlanGluedTable.placeLevels.contains(chars[end - 1]), chars[end] == "(",
                   WorkPlanGluedTable.placeLevels.contains(chars[end + 1]), chars[end + 2] == ")", chars[end + 3].isHan {
                    end += 4
                    continue
                }
                let name = text(start..<end)
                if end - start >= 2, WorkPlanGluedTable.readsAsUnit(name) {
                    var close = end
                    if end < limit, chars[end] == "(",
                       let shut = (end + 1..<min(limit, end + 10)).first(where: { chars[$0] == ")" }),
                       (end + 1..<shut).allSatisfy({ chars[$0].isHan }) { close = shut + 1 }
                    result.append((start..<close, start..<end))
                }
                end += 1
            }
            return result
        }

        /// A deadline's cell at `at` (`2023年底`, `2024年6月底前`, `长期坚持`): where it ends.
        func deadline(at: Int) -> Int? {
            let rest = text(at..<min(chars.count, at + 12))
            if let word = WorkPlanGluedTable.deadlineWords.first(where: { rest.hasPrefix($0) }) { return at + word.count }
            var i = at
            var digits = 0
            while i < chars.count, chars[i].isASCII, chars[i].isNumber { i += 1; digits += 1 }
            guard digits == 4, i < chars.count, chars[i] == "年" else { return nil }
            i += 1
            let month = i
            while i < chars.count, i - month < 2, chars[i].isASCII, chars[i].isNumber { i += 1 }
            if i > month { guard i < chars.count, chars[i] == "月" else { return nil }; i += 1 }
            for tail in WorkPlanGluedTable.deadlineTails where text(i..<min(chars.count, i + tail.count)) == tail { i += tail.count; break }
            if i < chars.count, chars[i] == "前" { i += 1 }
            if text(i..<min(chars.count, i + 2)) == "完成" { i += 2 }
            return i
        }
    }

    /// How far a units cell that names its verbs may run, in characters.
    static let longestVerbCell = 200
    /// Characters after a figure that make it a count, not a row's number (`3个`, `12所`).
    static let measures: Set<Character> = ["个", "家", "所", "处", "项", "年", "月", "日", "万", "亿", "户", "元", "名", "次", "座", "条", "批", "号", "千", "台", "辆", "栋", "套", "吨", "亩", "间", "倍"]

    /// A unit's name in a glued cell: it ends as units end; a place's or a zone's ending (区, 镇, 园) only on a
    /// short name (经开区, 某某镇), and no name opens with a task's verb (`推进某核心区`).
    static func readsAsUnit(_ name: String) -> Bool {
        guard !taskOpeners.contains(where: { name.hasPrefix($0) }), !holdsAnEnd(name) else { return false }
        if name.count == 2 { return UnitLine.isShortUnitName(name) }
        // A centre's, a firm's or a group's name has two characters before its ending at least: `林中心` is the
        // end of a leader's name and a unit (`周芳园林中心`), not a unit after one.
        if longEndings.contains(where: { name.hasSuffix($0) }) { return name.count <= 12 && (name.count > 3 || name.hasSuffix("街道")) }
        if placeEndings.contains(where: { name.hasSuffix($0) }) { return name.count <= 6 || UnitAssignment.zoneEndings.contains { name.hasSuffix($0) } }
        return UnitAssignment.looksLikeUnit(name)
    }

    /// A name with a unit's end inside it (`某局某某街道`, `某公司推进某某中心`) is two things run together, unless
    /// what follows goes on the name (`市公安局某某分局`, `某公司办公室`).
    static func holdsAnEnd(_ name: String) -> Bool {
        for end in innerEnds {
            guard let found = name.range(of: end), found.upperBound < name.endIndex else { continue }
            let rest = name[found.upperBound...]
            if rest.hasSuffix("分局") || continuations.contains(where: { rest == $0 }) { continue }
            return true
        }
        return false
    }

    static let innerEnds = ["局", "厅", "公司", "街道", "集团"]
    /// Two levels that make one word (各乡镇, 各区县): the first ends no unit's name.
    static let levelPairs: Set<String> = ["乡镇", "区县", "县区", "县市", "镇街", "镇村"]
    static let placeLevels: Set<Character> = ["省", "市", "县", "区", "镇", "乡", "街", "旗"]
    static let longEndings = ["街道", "公司", "中心", "集团"]
    static let placeEndings = ["区", "镇", "乡", "园"]

    static var taskOpeners: [String] { PlanWords.shared.taskOpeners }
    static var continuations: [String] { PlanWords.shared.unitContinuations }
    static var deadlineWords: [String] { PlanWords.shared.deadlineWords }
    static let deadlineTails = ["上半年", "下半年", "底", "末", "内", "上旬", "中旬", "下旬"]
}

extension Character {
    /// A CJK unified ideograph (U+3400…U+9FFF).
    var isHan: Bool { unicodeScalars.first.map { (0x3400...0x9FFF).contains($0.value) } ?? false }
}
