/// A unit's name broken over lines, as a narrow table column arrives when a PDF or
/// a Word table is copied as text: `市政` / `府办` / `公厅`, `市发展改革` / `委`,
/// `市自然资源` / `和规划局、市` / `住建局`.
///
/// Two pieces are one name only where the later one finishes the earlier one's
/// name: the earlier piece is no whole unit (`市发展改革`) or the later one cannot
/// stand alone (`公厅`, two characters), and the later piece opens no unit of its
/// own (`市财政局` opens with its level). Two whole units are never glued
/// (`市住建局` / `市城管局`), and a line holding a sentence never is.
enum BrokenUnitName {
    /// A piece longer than this (in characters) is a line of text, not a narrow unit column's.
    static let longestPiece = 12
    /// How a unit's name opens: its level (市, 区 …), a collective (各), or a national body's first word.
    static let openings = ["省", "市", "区", "县", "乡", "镇", "各", "国家", "中央", "全国", "国务院", "自治区", "共青团"]
    /// Characters that end a sentence or a quote: no unit's piece holds them.
    static let sentenceMarks: Set<Character> = ["。", ":", ";", "”", "“", "!", "?", "《", "》"]
    static let separators: Set<Character> = ["、", ",", " "]

    /// The endings of a unit's name that never stand alone (`人民政府`, `办事处`): a piece that is one finishes the name before it.
    static let endingsOnly: Set<String> = ["人民政府", "政府", "办事处", "管委会", "委员会", "办公室", "办公厅", "分局", "支队", "大队", "有限公司", "公司"]
    /// A place's organs named bare after another of its organs (`各乡镇党委、政府`, `党委和人民政府`): the same place's,
    /// one unit as written. (A bureau's own 办公室 after its other offices is a unit: `计划财务股、办公室`.)
    static let placeOrgans = ["人民政府", "政府", "管委会", "党工委", "办事处"].map { Array($0.utf8) }

    /// Whether `range` of `bytes` is one of `placeOrgans` (compared by bytes: hashing a Chinese string normalizes it).
    static func isPlaceOrgan(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
        placeOrgans.contains { $0.count == range.count && bytes[range].elementsEqual($0) }
    }

    /// A name as whole units are: three characters at least, ending as units end, more than an ending alone.
    static func isWhole(_ name: String) -> Bool { name.count >= 3 && UnitLine.readsAsUnit(name) && !endingsOnly.contains(name) }

    /// Whether `name` opens as a unit's name does (its level, 各, 国家 …).
    static func opensUnit(_ name: String) -> Bool { openings.contains { name.hasPrefix($0) } }

    /// Whether the name that `tail` (the end of a piece) starts is finished by `head` (the start of
    /// the next piece): `市发展改革` + `委`, `市政府办` + `公厅`; not `市住建局` + `市城管局`.
    static func continues(_ tail: String, _ head: String) -> Bool {
        guard !tail.isEmpty, !head.isEmpty, !opensUnit(head) else { return false }
        if isWhole(tail) && isWhole(head) { return false }
        return true
    }

    /// The last list item of `text` and whether `text` ends with a separator (the list goes on).
    static func lastItem(_ text: String) -> (item: String, open: Bool) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if let last = trimmed.last, separators.contains(last) { return ("", true) }
        let item = trimmed.split(whereSeparator: { separators.contains($0) }).last.map(String.init) ?? ""
        return (item, false)
    }

    static func firstItem(_ text: String) -> String {
        text.trimmingCharacters(in: .whitespaces).split(whereSeparator: { separators.contains($0) }).first.map(String.init) ?? ""
    }

    /// Whether `text` may be a piece of a unit column: short, no sentence in it.
    static func isPiece(_ text: String) -> Bool {
        !text.isEmpty && text.count <= longestPiece && !text.contains(where: { sentenceMarks.contains($0) })
    }

    /// The lines of a table one cell to a line with every unit name broken over lines joined
    /// into one range (`市政` / `府办` / `公厅` → one line): a run of pieces is joined only
    /// when its first piece opens as a unit (or follows a unit line) and the joined text reads
    /// as unit names, item by item. Lines parted by a blank line are two cells and stay apart, unless
    /// a blank line parts every line given (a table copied with one after each cell).
    /// O(lines · longest run).
    static func rejoin(_ bytes: [UInt8], _ lines: [Range<Int>]) -> [Range<Int>] {
        guard lines.count >= 2 else { return lines }
        func text(_ r: Range<Int>) -> String { String(decoding: bytes[r], as: UTF8.self) }
        // A table copied with a blank line after every cell: there a blank line parts nothing.
        let blankBetweenAll = zip(lines, lines.dropFirst()).allSatisfy { a, b in
            b.lowerBound > a.upperBound && bytes[a.upperBound..<b.lowerBound].filter({ $0 == 0x0A }).count >= 2
        }
        let breaks = blankBetweenAll ? 2 : 1
        var result: [Range<Int>] = []
        var n = 0
        while n < lines.count {
            let first = text(lines[n])
            let afterUnit = result.last.map { WorkPlanCellRow.isUnitCell(bytes, $0) } ?? false
            guard isPiece(first), opensUnit(first) || afterUnit else {
                result.append(lines[n])
                n += 1
                continue
            }
            var joined = lines[n]
            var last = n
            var joinedText = first
            // The longest run so far whose items all read as whole units.
            var whole: (range: Range<Int>, last: Int)?
            while last + 1 < lines.count, last - n < 4 {
                let next = lines[last + 1]
                let gap = bytes[joined.upperBound..<next.lowerBound]
                guard gap.filter({ $0 == 0x0A }).count == breaks, gap.allSatisfy({ $0 == 0x0A || $0 == 0x20 || $0 == 0x09 }) else { break }
                let nextText = text(next)
                guard isPiece(nextText) else { break }
                let (tail, open) = lastItem(joinedText)
                guard open ? isWhole(firstItem(nextText)) : continues(tail, firstItem(nextText)) else { break }
                joined = joined.lowerBound..<next.upperBound
                joinedText += nextText
                last += 1
                // Joined only where every item of the run reads as a whole unit (a task's last line never ends up in one).
                if let units = UnitLine.parseBare(bytes, joined, kind: .responsible), units.units.allSatisfy({ isWhole($0.name) }) {
                    whole = (joined, last)
                }
            }
            if let whole {
                result.append(whole.range)
                n = whole.last + 1
            } else {
                result.append(lines[n])
                n += 1
            }
        }
        return result
    }

    /// The unit names of a cell written over several pieces that are not next to each other in
    /// the text (a table's rows continued on lines of their own, `| | 5家市场改造 | | 城管局 |`):
    /// each piece's names, the last name of one piece joined with the first of the next where
    /// the later one finishes it (`区市场监管局、区` + `城管局`).
    static func names(_ bytes: [UInt8], pieces: [Range<Int>]) -> [(name: String, range: Range<Int>, note: String)] {
        var result: [(name: String, range: Range<Int>, note: String)] = []
        var open = false
        for piece in pieces where !piece.isEmpty {
            var items = UnitAssignment.names(bytes, piece)
            if let last = result.last, let first = items.first, !open, continues(last.name, first.name), isWhole(last.name + first.name) {
                result[result.count - 1] = (last.name + first.name, last.range.lowerBound..<first.range.upperBound, last.note + first.note)
                items.removeFirst()
            }
            result += items
            open = lastItem(String(decoding: bytes[piece], as: UTF8.self)).open
        }
        return result
    }
}
