/// A project schedule flattened with nothing between its cells: the header runs its columns together
/// (`序号项目名称建设内容及规模…责任 领导分级管理单位项目业主…单位名称项目责任人单位名称项目负责人`) and each row opens with
/// its number glued to the project's name, after a space (`　4万北路…企业自筹，省区补助郑 宇澳前片区开发管理局李 平平潭嘉源开发有限公司林我禄无`).
///
/// The spaced schedule (`WorkPlanProjectTable`) tells its cells by the spaces; here only the chain of the row's
/// persons and units does: a person (the row's leader), a unit, a person (its head), a unit, a person. Units end as
/// units end (局, 集团, 公司 …); where a person's name ends is not written, so:
/// - a head's name starts where a unit ends: three characters unless padded (`郑 宇`) or closed by a space;
/// - the leader's name, before the first unit, must be one no word could be: a surname that is no common word's
///   start and no character names avoid (`省区补助` holds none; `谢秀桐` is one), three characters read before two.
/// Two units run together in one cell (`区交建局流水片区开发管理局`) are cut where the second is a unit the schedule
/// names alone in another row. Each unit of a row is responsible for its project, which titles the task.
enum WorkPlanGluedProjectTable {
    /// How far after `序号` row 1 may open, in bytes.
    static let longestHeader = 1_500
    /// How far a row may run before the next row's number, in bytes.
    static let longestRow = 3_000
    /// Row numbers a schedule may skip between two rows.
    static let maxSkipped = 2
    /// The longest unit name read, in characters.
    static let longestUnit = 25
    /// The longest project name used as the task's title, in characters.
    static let longestTitle = 40
    /// The last characters of the units a chain holds (the full ending is checked by `UnitAssignment.looksLikeUnit`).
    static let unitLastCharacters: Set<UInt32> = Set("局委办团司心府会部站所院队".unicodeScalars.map(\.value))
    /// Numerals of a section's heading (`三、城市内涝防治`), after which the rows are numbered from 1 again.
    static let sectionNumerals: Set<UInt32> = Set("一二三四五六七八九十".unicodeScalars.map(\.value))
    static let enumerationComma = Array("、".utf8)

    /// The rows of every such schedule from the first `序号` at `first`. Cheap on other text: only a `序号` with a Han
    /// character right after it, and a header naming persons' columns around a unit column, is read further.
    static func rows(_ bytes: [UInt8], from first: Int) -> [WorkPlanTable.Row] {
        var result: [WorkPlanTable.Row] = []
        var from = first
        var words: PersonWords?
        while let at = UTF8Scan.find(WorkPlanProjectTable.numberHeader, in: bytes, from: from) {
            from = at + WorkPlanProjectTable.numberHeader.count
            guard UTF8Scan.isHan(bytes, at: from), let first = header(bytes, at) else { continue }
            if words == nil { words = try? PersonWords.builtIn() }
            guard let words else { return result }
            let ranges = rowRanges(bytes, from: first)
            guard let end = ranges.last?.range.upperBound else { continue }
            result += read(bytes, ranges, words: words)
            from = max(from, end)
        }
        return result
    }

    /// Where row 1 opens after the header at `start`, when the header names a unit column with persons' columns
    /// both before it and after it.
    static func header(_ bytes: [UInt8], _ start: Int) -> Int? {
        let limit = min(bytes.count, start + longestHeader)
        guard let first = WorkPlanProjectTable.rowStart(bytes, number: 1, from: start, to: limit, glued: true),
              WorkPlanProjectTable.namesPersonsAroundUnits(bytes, start..<first) else { return nil }
        return first
    }

    /// Each row's number and range from row 1 at `first`: the next row opens with the next number (a skipped one or
    /// two allowed), or with 1 again after a section's heading.
    static func rowRanges(_ bytes: [UInt8], from first: Int) -> [(number: Int, range: Range<Int>)] {
        var result: [(number: Int, range: Range<Int>)] = []
        var number = 1
        var start = first
        while true {
            let limit = min(bytes.count, start + longestRow)
            var next: (number: Int, at: Int)?
            for candidate in (number + 1)...(number + 1 + maxSkipped) {
                if let at = WorkPlanProjectTable.rowStart(bytes, number: candidate, from: start + 1, to: next?.at ?? limit, glued: true) { next = (candidate, at) }
            }
            if let at = WorkPlanProjectTable.rowStart(bytes, number: 1, from: start + 1, to: next?.at ?? limit, glued: true), sectionHeading(bytes, start..<at) { next = (1, at) }
            guard let next else {
                result.append((number, start..<WorkPlanProjectTable.lineEnd(bytes, from: start, limit: limit)))
                return result
            }
            result.append((number, start..<next.at))
            (number, start) = (next.number, next.at)
        }
    }

    /// Whether `range` holds a section's heading (`三、`).
    static func sectionHeading(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
        var from = range.lowerBound
        while let comma = UTF8Scan.find(enumerationComma, in: bytes, from: from, to: range.upperBound) {
            if comma >= range.lowerBound + 3, sectionNumerals.contains(UTF8Scan.scalar(bytes, at: comma - 3)) { return true }
            from = comma + enumerationComma.count
        }
        return false
    }

    /// The rows whose chain of persons and units reads, their units cut where a unit another row names alone
    /// follows another (`区交建局流水片区开发管理局`).
    static func read(_ bytes: [UInt8], _ ranges: [(number: Int, range: Range<Int>)], words: PersonWords) -> [WorkPlanTable.Row] {
        let chains = ranges.map { chain(bytes, $0.range, words: words) }
        let named = Set(chains.compactMap { $0 }.flatMap { $0.units.map { Array(bytes[$0]) } })
        var rows: [WorkPlanTable.Row] = []
        for ((number, range), chain) in zip(ranges, chains) {
            guard let chain else { continue }
            let content = range.lowerBound + String(number).utf8.count
            let units = chain.units.flatMap { cut(bytes, $0, named: named) }.map {
                UnitAssignment.Unit(name: String(decoding: bytes[$0], as: UTF8.self), range: $0, kind: .responsible, role: "责任单位")
            }
            let task = content..<UTF8Scan.trim(bytes, content..<chain.start).upperBound
            rows.append(WorkPlanTable.Row(number: number, line: range, task: task, title: title(bytes, task),
                                          units: UnitAssignment(units: units, range: chain.start..<chain.end), deadline: nil))
        }
        return rows
    }

    /// The project's name: the row's text up to its first punctuation or figure, at most `longestTitle` characters.
    static func title(_ bytes: [UInt8], _ task: Range<Int>) -> Range<Int> {
        var at = task.lowerBound
        var characters = 0
        while at < task.upperBound, characters < longestTitle {
            let b = bytes[at]
            // (The text is normalized: a full-width comma is folded to `,`.)
            if b == 0x2C || b == 0x3B || (b >= 0x30 && b <= 0x39) || UTF8Scan.hasPrefix(Segmenter.fullStop, in: bytes, at: at) { break }
            at += UTF8Scan.scalarLength(b)
            characters += 1
        }
        return task.lowerBound..<max(at, min(task.upperBound, task.lowerBound + 3))
    }

    /// A unit cut in two where its second part is a unit the schedule names alone elsewhere.
    static func cut(_ bytes: [UInt8], _ unit: Range<Int>, named: Set<[UInt8]>) -> [Range<Int>] {
        var at = unit.lowerBound + 6
        while at < unit.upperBound - 6 {
            if unitLastCharacters.contains(UTF8Scan.scalar(bytes, at: at - 3)), named.contains(Array(bytes[at..<unit.upperBound])),
               UnitAssignment.looksLikeUnit(String(decoding: bytes[unit.lowerBound..<at], as: UTF8.self)) {
                return [unit.lowerBound..<at, at..<unit.upperBound]
            }
            at += UTF8Scan.scalarLength(bytes[at])
        }
        return [unit]
    }

    /// The row's two units between its persons, and where the chain starts (the leader's name) and ends.
    static func chain(_ bytes: [UInt8], _ row: Range<Int>, words: PersonWords) -> (units: [Range<Int>], start: Int, end: Int)? {
        var ends: [Int] = []
        var at = row.lowerBound
        while at < row.upperBound {
            let length = UTF8Scan.scalarLength(bytes[at])
            if length == 3, unitLastCharacters.contains(UTF8Scan.scalar(bytes, at: at)) { ends.append(at + 3) }
            at += length
        }
        // The last unit a head follows closes the chain, the nearest before it with a head after it opens its cell (not
        // `…运输局乔庄|镇人民政府苏明远县交通建设公司…`, where 乔庄 spells a name too: the town's government is the first cell's).
        for (j, second) in ends.enumerated().reversed() {
            guard headNames(bytes, at: skipSpace(bytes, second, row.upperBound), limit: row.upperBound, words: words) != nil else { continue }
            for first in ends[..<j].reversed() {
                guard let head = headNames(bytes, at: first, limit: row.upperBound, words: words),
                      let unitStart = head.first(where: { isUnit(bytes, $0..<second) }),
                      let (leader, firstUnit) = leaderAndUnit(bytes, before: first, floor: row.lowerBound, words: words) else { continue }
                return ([firstUnit..<first, unitStart..<second], leader, second)
            }
        }
        return nil
    }

    /// Where a unit may open after a head's name starting at `at`: after a name padded to three (`郑 宇`) or closed
    /// by a space only there, else after three characters, then after two.
    static func headNames(_ bytes: [UInt8], at: Int, limit: Int, words: PersonWords) -> [Int]? {
        guard at + 6 <= limit, UTF8Scan.isHan(bytes, at: at), words.surnames.contains(UTF8Scan.scalar(bytes, at: at)) else { return nil }
        if bytes[at + 3] == 0x20, at + 7 <= limit, isGiven(bytes, at + 4) {
            return [skipSpace(bytes, at + 7, limit)]
        }
        var result: [Int] = []
        for length in [9, 6] where at + length <= limit {
            guard stride(from: at + 3, to: at + length, by: 3).allSatisfy({ isGiven(bytes, $0) }),
                  !WorkPlanExtractor.placeOrBodyEnds.contains(UTF8Scan.scalar(bytes, at: at + length - 3)) else { continue }
            if at + length < limit, bytes[at + length] == 0x20 { return [at + length + 1] }
            result.append(at + length)
        }
        return result.isEmpty ? nil : result
    }

    /// A given name's character in a head's name, whose start the unit before fixes: any but a function word's.
    static func isGiven(_ bytes: [UInt8], _ at: Int) -> Bool {
        UTF8Scan.isHan(bytes, at: at) && !PersonReader.neverGiven.contains(UTF8Scan.scalar(bytes, at: at))
    }

    /// The leader's name before the first unit, and where that unit opens: the farthest opening with a name of three
    /// characters (then two) before it that no word could be, or a name padded to three.
    static func leaderAndUnit(_ bytes: [UInt8], before end: Int, floor: Int, words: PersonWords) -> (Int, Int)? {
        for length in [9, 6] {
            var start = max(floor, end - 3 * longestUnit)
            while start <= end - 6 {
                defer { start += UTF8Scan.scalarLength(bytes[start]) }
                guard UTF8Scan.isHan(bytes, at: start), isUnit(bytes, start..<end) else { continue }
                let nameEnd = start > floor && bytes[start - 1] == 0x20 ? start - 1 : start
                if length == 9, nameEnd - 7 >= floor, bytes[nameEnd - 4] == 0x20, sureName(bytes, [nameEnd - 7, nameEnd - 3], words: words) {
                    return (nameEnd - 7, start)
                }
                guard nameEnd - length >= floor else { continue }
                if sureName(bytes, Array(stride(from: nameEnd - length, to: nameEnd, by: 3)), words: words) { return (nameEnd - length, start) }
            }
        }
        return nil
    }

    /// A name at the characters starting at `places` that no word could be: a surname no common word opens, given
    /// characters names hold, no ordinary word, no place's or body's last character.
    static func sureName(_ bytes: [UInt8], _ places: [Int], words: PersonWords) -> Bool {
        var scalars: [UInt32] = []
        for place in places {
            guard UTF8Scan.isHan(bytes, at: place) else { return false }
            scalars.append(UTF8Scan.scalar(bytes, at: place))
        }
        guard let first = scalars.first, let last = scalars.last, words.surnames.contains(first), !words.ambiguousSurnames.contains(first),
              scalars.dropFirst().allSatisfy({ !words.notGiven.contains($0) }), !WorkPlanExtractor.placeOrBodyEnds.contains(last) else { return false }
        return !words.isOrdinary(scalars)
    }

    /// A unit's name: Han characters (brackets of a note allowed), two to `longestUnit`, ending as units end.
    static func isUnit(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
        guard range.count >= 6, range.count <= 3 * longestUnit else { return false }
        var at = range.lowerBound
        while at < range.upperBound {
            let b = bytes[at]
            guard UTF8Scan.isHan(bytes, at: at) || b == 0x28 || b == 0x29 else { return false }
            at += UTF8Scan.scalarLength(b)
        }
        return UnitAssignment.looksLikeUnit(String(decoding: bytes[range], as: UTF8.self))
    }

    static func skipSpace(_ bytes: [UInt8], _ at: Int, _ limit: Int) -> Int {
        at < limit && bytes[at] == 0x20 ? at + 1 : at
    }
}
