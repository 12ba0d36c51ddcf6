/// Names listed after a label of attendance in running prose (`出席会议的有甲、乙。`,
/// `参加会议的还有丙`), with no role and no verb after them: the label says
/// they are persons, so a list of two, or one name, closed by punctuation counts.
extension PersonReader {
    static let has = Array("有".utf8)
    static let still = Array("还".utf8)
    static let attendanceVerbs = ["出席", "参加", "与会", "参会", "到会"].map { Array($0.utf8) }
    /// How far before `的有` a verb of attendance may stand (`出席今天会议的有`), in bytes.
    static let attendanceLabel = 30
    static let comrades = Array("同志".utf8)

    /// Whether `at` follows `…的有` or `…的还有` after a verb of attendance in `clause`.
    func followsAttendanceLabel(_ at: Int, _ clause: Range<Int>) -> Bool {
        var p = at
        guard p - 6 >= clause.lowerBound, UTF8Scan.hasPrefix(Self.has, in: bytes, at: p - 3) else { return false }
        p -= 3
        if UTF8Scan.hasPrefix(Self.still, in: bytes, at: p - 3) { p -= 3 }
        guard p - 3 >= clause.lowerBound, UTF8Scan.hasPrefix(Self.of, in: bytes, at: p - 3) else { return false }
        p -= 3
        let from = max(clause.lowerBound, p - Self.attendanceLabel)
        return Self.attendanceVerbs.contains { UTF8Scan.find($0, in: bytes, from: from, to: p) != nil }
    }

    /// The names from `first` on, after a label of attendance ending at `at`, when punctuation
    /// (or 同志, or 等 before punctuation) closes them; nil otherwise (a count or a role after
    /// the list is `readList`'s).
    func attendanceList(from first: Range<Int>, after at: Int, _ clause: Range<Int>) -> [PersonMention]? {
        guard followsAttendanceLabel(at, clause) else { return nil }
        var names = [first]
        var end = skipNotes(first.upperBound, limit: clause.upperBound)
        while let joined = joiner(at: end, limit: clause.upperBound, spaces: false),
              let next = name(at: joined, limit: clause.upperBound, strong: true, listed: true) {
            names.append(next.range)
            end = skipNotes(next.range.upperBound, limit: clause.upperBound)
        }
        if UTF8Scan.hasPrefix(Self.comrades, in: bytes, at: end) { end += Self.comrades.count }
        if UTF8Scan.hasPrefix(Self.etc, in: bytes, at: end) { end += Self.etc.count }
        guard end >= clause.upperBound || han(end, clause.upperBound) == nil else { return nil }
        return names.map { PersonMention(name: personName($0), nameRange: $0, roles: [], sentence: clause, evidence: .list) }
    }
}
