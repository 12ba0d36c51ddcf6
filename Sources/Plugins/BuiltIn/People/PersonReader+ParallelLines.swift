/// Lines written alike, one speaker to a line (`严伟江委员代表工商联界别发言,…` / `郑重委员代表共青团界别发言,…`): a name that
/// is also a word (郑重, 高峰) opening such a line is a name when the line before or after it opens with a person read
/// elsewhere, the same honorific and the same word after it. Nothing else in the line says so.
extension PersonReader {
    /// The names opening lines alike to a neighbour's that no other reading took. `found` is in text order.
    /// (No map of the lines' openers: a line is looked at only where a surname, a name's characters and an honorific
    /// open it, and only then are the neighbours' openers looked up among `found`: a map cost 2.9M instructions on 100
    /// documents.)
    func parallelLineOpeners(_ found: [PersonMention]) -> [PersonMention] {
        guard lines.count >= 2, !found.isEmpty else { return [] }
        /// The name opening the line at `start` that `found` holds, if any.
        func opener(_ start: Int) -> Range<Int>? {
            let i = found.partitioningIndex { $0.nameRange.lowerBound >= start }
            return i < found.count && found[i].nameRange.lowerBound == start ? found[i].nameRange : nil
        }
        var result: [PersonMention] = []
        for (n, line) in lines.enumerated() {
            guard let first = han(line.lowerBound, line.upperBound), words.surnames.contains(first) else { continue }
            for length in [9, 6] {
                let name = line.lowerBound..<(line.lowerBound + length)
                guard name.upperBound < line.upperBound,
                      stride(from: name.lowerBound + 3, to: name.upperBound, by: 3).allSatisfy({ han($0, line.upperBound).map { !Self.neverGiven.contains($0) } == true }),
                      let honorific = words.honorifics.longestMatch(in: bytes, at: name.upperBound, end: line.upperBound),
                      opener(line.lowerBound) == nil,
                      [n - 1, n + 1].contains(where: { $0 >= 0 && $0 < lines.count && opener(lines[$0].lowerBound).map { opensAlike($0, honorific.range) } == true })
                else { continue }
                let clause = Segmenter.sentences(bytes, in: line, clauses: true).first ?? line
                result.append(PersonMention(name: personName(name), nameRange: name, roles: [honorific.range], sentence: clause, evidence: .honorific))
                break
            }
        }
        return result
    }

    /// Whether the name at `name` is followed by the same honorific as `honorific` and the same word after it.
    func opensAlike(_ name: Range<Int>, _ honorific: Range<Int>) -> Bool {
        let length = honorific.count + Self.alikeWord
        guard name.upperBound + length <= bytes.count, honorific.upperBound + Self.alikeWord <= bytes.count else { return false }
        return bytes[name.upperBound..<(name.upperBound + length)].elementsEqual(bytes[honorific.lowerBound..<(honorific.upperBound + Self.alikeWord)])
    }
    /// The word after the honorific that two lines must share (`代表`, `围绕`), in bytes.
    static let alikeWord = 6
}

extension PersonReader {
    /// `领导班子介绍 甲:民盟某市委主委、某市人大副主任 乙:民盟某市委副主委 …`: profiles run together on one line, each a
    /// name after a space, a colon and its roles up to the next name: the roles are the name's after it, never the next
    /// name's before it. Two such names at least in the clause.
    /// `colons`: where every colon of the text stands, found once (a search per clause cost 1.7M instructions on
    /// 100 documents).
    func spacedColonProfiles(_ clause: Range<Int>, colons: [Int]) -> [PersonMention] {
        // Cheap test first (this runs for every clause): two colons.
        let i = colons.partitioningIndex { $0 >= clause.lowerBound }
        guard i + 1 < colons.count, colons[i + 1] < clause.upperBound else { return [] }
        var heads: [(name: Range<Int>, colon: Int)] = []
        for c in colons[i...].prefix(while: { $0 < clause.upperBound }) {
            for length in [6, 9, 12] {
                let start = c - length
                guard start >= clause.lowerBound, start == clause.lowerBound || bytes[start - 1] == 0x20 else { continue }
                if name(at: start, limit: clause.upperBound, strong: false)?.range == start..<c {
                    heads.append((start..<c, c))
                    break
                }
            }
        }
        guard heads.count >= 2 else { return [] }
        var result: [PersonMention] = []
        for (k, head) in heads.enumerated() {
            let end = k + 1 < heads.count ? heads[k + 1].name.lowerBound : clause.upperBound
            let roles = UTF8Scan.trim(bytes, (head.colon + 1)..<end)
            guard !roles.isEmpty, isRoleText(roles) else { continue }
            result.append(PersonMention(name: personName(head.name), nameRange: head.name, roles: [roles], sentence: clause, evidence: .heading))
        }
        return result.count >= 2 ? result : []
    }
    static let colon: [UInt8] = [0x3A]
}
