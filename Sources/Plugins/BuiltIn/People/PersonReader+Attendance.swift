/// Names listed after a label of attendance in running prose (`出席会议的有甲、乙。`,
/// `参加会议的还有丙`, `参加座谈的青年代表有丁`), with no role and no verb after them: the label says
/// they are persons, so a list of two, or one name, closed by punctuation counts.
extension PersonReader {
    static let has = Array("有".utf8)
    static let still = Array("还".utf8)
    /// Verbs of a list's label (`出席会议的有`), and of election (`当选市政协委员的有`): the names hold what the label says.
    static let attendanceVerbs = ["出席", "参加", "与会", "参会", "到会", "当选"].map { Array($0.utf8) }
    /// How far before `的有` a verb of attendance may stand (`出席今天会议的有`), in bytes.
    static let attendanceLabel = 30
    static let comrades = Array("同志".utf8)
    /// The longest group's noun between 的 and 有 (团员青年代表), in characters.
    static let longestGroup = 8
    /// The last characters of a noun of persons (代表, 委员, 嘉宾, 人士, 专家, 学生, 老师).
    static let personNounEnds: Set<UInt32> = Set("表员宾士家生师者友".unicodeScalars.map(\.value))

    /// Whether `at` follows `…的有` or `…的还有` after a verb of attendance in `clause`.
    func followsAttendanceLabel(_ at: Int, _ clause: Range<Int>) -> Bool {
        var p = at
        guard p - 6 >= clause.lowerBound, UTF8Scan.hasPrefix(Self.has, in: bytes, at: p - 3) else { return false }
        p -= 3
        if UTF8Scan.hasPrefix(Self.still, in: bytes, at: p - 3) { p -= 3 }
        // 参加座谈的团员青年代表有: a group's noun may stand between 的 and 有.
        // Only a noun of persons (代表, 委员, 嘉宾, 人士, 专家): 参加展会的企业有… lists no one.
        if let last = han(p - 3, p), !Self.personNounEnds.contains(last), !UTF8Scan.hasPrefix(Self.of, in: bytes, at: p - 3) { return false }
        var group = 0
        while group < Self.longestGroup, p - 3 > clause.lowerBound, !UTF8Scan.hasPrefix(Self.of, in: bytes, at: p - 3), han(p - 3, p) != nil {
            p -= 3
            group += 1
        }
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
