/// Units a task names in words after its text, with no bracket and no label:
/// `…专项整治。市市场监管局牵头,市公安局、市司法局按职责分工负责。`,
/// `…共建研发机构,由市教育局负责,市科技局配合。`, or names followed by a bracket
/// holding only the verb (`…政策。市人社局、市住建局(按职责分工负责,下同)`).
///
/// The clause is the end of the task's last sentence, from its start or a comma, and
/// every item in it must be a unit's name: whole (`BrokenUnitName.isWhole`), short, and
/// holding no word of a sentence (`由`, `要`, `的` …), so `所需经费由市财政局负责` and
/// `市发改委要加强统筹` (no verb closing the list) name no unit.
enum UnitClause {
    /// The task's own text before the clause, in bytes (five characters).
    static let shortestTask = 15
    /// The longest unit name read from prose.
    static let longestName = 16
    /// Characters of a sentence that a unit's name never holds.
    static let sentenceCharacters: Set<Character> = ["由", "要", "将", "的", "对", "向", "在", "把", "被", "其", "并", "应", "须", "予"]

    /// Whether `name` may be a unit named in prose.
    static func isName(_ name: String) -> Bool {
        guard name.count <= longestName, BrokenUnitName.isWhole(name), !UnitAssignment.isLeader(name) else { return false }
        guard name.contains(where: { sentenceCharacters.contains($0) }) else { return true }
        // 应急管理局, 对外友好协会: words of units' names that hold such a character.
        var rest = name
        for word in unitWordsWithSentenceCharacters { rest = rest.replacingOccurrences(of: word, with: "") }
        return !rest.contains(where: { sentenceCharacters.contains($0) })
    }

    static let unitWordsWithSentenceCharacters = ["应急", "对外"]

    /// The units closing `paragraph`, a task whose text starts at `contentStart`.
    static func trailing(_ bytes: [UInt8], _ paragraph: Range<Int>, contentStart: Int) -> UnitAssignment? {
        let end = UnitAssignment.endBeforeStop(bytes, paragraph)
        guard end - contentStart > shortestTask else { return nil }
        if let noted = beforeVerbNote(bytes, contentStart..<end) { return noted }
        // Cheap test first: the clause ends with one of the verbs.
        guard UnitAssignment.verbs.contains(where: { UTF8Scan.hasSuffix($0.suffix, in: bytes, contentStart..<end) }) else { return nil }
        let sentence = sentenceStart(bytes, contentStart..<end)
        for start in [sentence] + commas(bytes, sentence..<end).map({ $0 + 1 }) where start - contentStart >= shortestTask {
            let clause = UTF8Scan.trim(bytes, start..<end)
            var deadline: Range<Int>?
            guard !clause.isEmpty, let units = UnitAssignment.parseVerbs(bytes, clause, deadline: &deadline), !units.isEmpty,
                  units.allSatisfy({ isName($0.name) }) else { continue }
            return UnitAssignment(units: units, range: clause.lowerBound..<paragraph.upperBound, deadline: deadline)
        }
        return nil
    }

    /// The units opening `paragraph`, the text under a numbered heading that names the task
    /// (`1、某某项目` / `由副市长甲负责,市发改委牵头,相关部门配合,尽快完成…`): the clauses up to the
    /// first that ends in no verb, a lead among their units, and the work after them.
    /// A leader answering for the task (`由副市长甲负责`) is no unit (`UnitAssignment.parseVerbs`).
    static func leading(_ bytes: [UInt8], _ paragraph: Range<Int>) -> UnitAssignment? {
        var end: Int?
        // (Commas found one at a time: the clauses stop at the first that ends in no verb, most often the first.)
        var from = paragraph.lowerBound
        while let comma = nextComma(bytes, from: from, to: paragraph.upperBound) {
            from = comma + 1
            let part = UTF8Scan.trim(bytes, (end.map { $0 + 1 } ?? paragraph.lowerBound)..<comma)
            guard UnitAssignment.verbs.contains(where: { UTF8Scan.hasSuffix($0.suffix, in: bytes, part) }),
                  UTF8Scan.find(Segmenter.fullStop, in: bytes, from: part.lowerBound, to: part.upperBound) == nil else { break }
            end = comma
        }
        // `责任单位:A、B牵头,C`: a labelled list, the labelled readers' (its label is no unit's name).
        guard let end, paragraph.upperBound - end > shortestTask,
              UTF8Scan.find([0x3A], in: bytes, from: paragraph.lowerBound, to: end) == nil else { return nil }
        let clause = paragraph.lowerBound..<end
        var deadline: Range<Int>?
        guard var units = UnitAssignment.parseVerbs(bytes, clause, deadline: &deadline), units.contains(where: { $0.kind == .lead }),
              units.allSatisfy({ isName($0.name) }) else { return nil }
        // 由A牵头,联合B、C,加强…: the units the lead works with, in the clause after.
        var range = clause
        if let partners = partnersClause(bytes, from: end + 1, in: paragraph) {
            units += partners.units
            range = clause.lowerBound..<partners.end
        }
        return UnitAssignment(units: units, range: range, deadline: deadline)
    }

    static let partnerWords = ["联合", "会同", "协同"].map { Array($0.utf8) }

    /// The clause from `start` to the next comma when it is `联合`, `会同` or `协同` and unit names only.
    static func partnersClause(_ bytes: [UInt8], from start: Int, in paragraph: Range<Int>) -> (units: [UnitAssignment.Unit], end: Int)? {
        guard start < paragraph.upperBound, let word = partnerWords.first(where: { UTF8Scan.hasPrefix($0, in: bytes, at: start) }),
              let comma = commas(bytes, start..<paragraph.upperBound).first, paragraph.upperBound - comma > shortestTask else { return nil }
        let items = UnitAssignment.names(bytes, (start + word.count)..<comma)
        guard !items.isEmpty, items.allSatisfy({ $0.name.count >= 3 && isName($0.name) && UnitLine.readsAsUnit($0.name) }) else { return nil }
        return (items.map { UnitAssignment.Unit(name: $0.name, range: $0.range, kind: .responsible, role: "配合") }, comma)
    }

    /// `A、B(按职责分工负责,下同)`: names, then a bracket holding only the verb they share and short notes.
    static func beforeVerbNote(_ bytes: [UInt8], _ text: Range<Int>) -> UnitAssignment? {
        guard let (open, inner) = UnitAssignment.lastBracket(bytes, text), let role = verbNote(bytes, inner) else { return nil }
        let start = max(sentenceStart(bytes, text.lowerBound..<open), commas(bytes, text.lowerBound..<open).last.map { $0 + 1 } ?? text.lowerBound)
        guard start - text.lowerBound >= shortestTask else { return nil }
        let items = UnitAssignment.names(bytes, start..<open)
        guard !items.isEmpty, items.allSatisfy({ isName($0.name) }) else { return nil }
        let kind: UnitAssignment.Kind = role == "牵头" ? .lead : .responsible
        let units = items.map { UnitAssignment.Unit(name: $0.name, range: $0.range, kind: kind, role: role) }
        return UnitAssignment(units: units, range: UTF8Scan.trim(bytes, start..<open).lowerBound..<text.upperBound)
    }

    /// Short notes a verb's bracket may hold besides it (`下同`).
    static let longestNote = 8

    /// The verb's role when a bracket holds only a verb (`按职责分工负责`) and short notes (`下同`).
    static func verbNote(_ bytes: [UInt8], _ inner: Range<Int>) -> String? {
        let parts = Segmenter.listItems(bytes, in: inner, separators: [",", ";"])
        guard let first = parts.first, let verb = UnitAssignment.verbs.first(where: { UTF8Scan.hasSuffix($0.suffix, in: bytes, first) }),
              UnitAssignment.beforeQualifiers(bytes, first.lowerBound..<(first.upperBound - verb.suffix.count)) == first.lowerBound,
              parts.dropFirst().allSatisfy({ $0.count <= longestNote * 3 }) else { return nil }
        return verb.role
    }

    /// Where the sentence that ends `range` starts: after its last `。`.
    static func sentenceStart(_ bytes: [UInt8], _ range: Range<Int>) -> Int {
        UTF8Scan.findLast(Segmenter.fullStop, in: bytes, from: range.lowerBound, to: range.upperBound).map { $0 + Segmenter.fullStop.count } ?? range.lowerBound
    }

    /// The first comma outside brackets from `from` (brackets counted from there), or nil.
    static func nextComma(_ bytes: [UInt8], from: Int, to end: Int) -> Int? {
        var depth = 0
        for at in from..<end {
            switch bytes[at] {
            case 0x28: depth += 1
            case 0x29: depth = max(0, depth - 1)
            case 0x2C where depth == 0: return at
            default: break
            }
        }
        return nil
    }

    /// The commas of `range` outside brackets, in order.
    static func commas(_ bytes: [UInt8], _ range: Range<Int>) -> [Int] {
        var found: [Int] = []
        var from = range.lowerBound
        while let comma = nextComma(bytes, from: from, to: range.upperBound) {
            found.append(comma)
            from = comma + 1
        }
        return found
    }
}
