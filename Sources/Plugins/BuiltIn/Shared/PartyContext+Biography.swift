/// A profile's sentence about one person (`甲出生于1950年,台湾台南人,现任台盟中央副主席、…`,
/// `乙代表祖籍台南,现任某省台联会长`): the posts after 现任, 现为, 曾任 or 历任 in a later clause of
/// the sentence the name opens are that person's, when no other name stands between. So is a party
/// joined in a dated clause (`…,1952年1月加入中国民主同盟`), also in the sentences of dates that follow
/// (`甲同志是山东文登人。1914年4月出生,1952年1月加入…`).
extension PartyContext {
    static let biographyVerbs = ["现任", "现为", "曾任", "历任", "先后任"].map { Array($0.utf8) }
    /// How far a profile's sentence may run, in bytes.
    static let biographyReach = 3 * 120

    /// Whether the text holds a profile's verb after a comma at all (`,现任`). One pass from comma to
    /// comma: a search for each verb anchors on the verb's lead byte (E7 for 现), which starts one
    /// character in six, and cost 27M instructions of 100 documents.
    var mayHaveBiographies: Bool {
        var from = 0
        while let comma = UTF8Scan.find(Self.biographyComma, in: bytes, from: from) {
            if Self.biographyVerbs.contains(where: { UTF8Scan.hasPrefix($0, in: bytes, at: comma + 1) }) { return true }
            // `,1952年1月加入…`: a dated joining (a figure after the comma first: one byte compared).
            if comma + 1 < bytes.count, Self.isDateByte(bytes[comma + 1]), joinsAfterDate(comma + 1, limit: bytes.count) != nil { return true }
            from = comma + 1
        }
        return false
    }
    static let biographyComma: [UInt8] = [0x2C]

    /// The posts of every profile sentence that the name written as `name` opens, anywhere in the text.
    func biographyPosts(named name: Range<Int>, nameEnds: [Int: Int]) -> [String] {
        let written = Array(bytes[name])
        var posts: [String] = []
        var from = 0
        while let at = UTF8Scan.find(written, in: bytes, from: from) {
            posts += biographyPosts(at..<(at + written.count), nameEnds: nameEnds)
            from = at + written.count
        }
        return posts
    }

    func biographyPosts(_ name: Range<Int>, nameEnds: [Int: Int]) -> [String] {
        var start = sentenceStart(before: name.lowerBound)
        while start < name.lowerBound, bytes[start] == 0x20 { start += 1 }
        guard start == name.lowerBound else { return [] }
        let stop = min(bytes.count, name.upperBound + Self.biographyReach)
        var joined: [String] = []
        var i = name.upperBound
        while i < stop {
            let b = bytes[i]
            // A profile goes on past a full stop into a sentence that opens with a date (`。1914年4月出生,…`).
            let fullStop = UTF8Scan.hasPrefix(Self.fullStop, in: bytes, at: i)
            let stopThenDate = fullStop && i + 3 < stop && Self.isDateByte(bytes[i + 3])
            if !stopThenDate, b == 0x0A || b == 0x3B || b == 0x21 || b == 0x3F || fullStop { return joined }
            // Another person named in the sentence: what follows may be that person's.
            if i > name.upperBound, nameEnds[i] != nil { return joined }
            // `,1952年1月加入中国民主同盟`: the party joined.
            let clauseStart = stopThenDate ? i + 3 : i + 1
            if stopThenDate || b == 0x2C, clauseStart < stop, Self.isDateByte(bytes[clauseStart]) {
                if let party = joinsAfterDate(clauseStart, limit: stop) {
                    joined.append(String(decoding: bytes[party], as: UTF8.self))
                    i = party.upperBound
                } else {
                    i = clauseStart
                }
                continue
            }
            if b == 0x2C, let verb = Self.biographyVerbs.first(where: { UTF8Scan.hasPrefix($0, in: bytes, at: i + 1) }) {
                let from = i + 1 + verb.count
                var end = from
                while end < stop, bytes[end] != 0x2C, bytes[end] != 0x3B, bytes[end] != 0x0A, !UTF8Scan.hasPrefix(Self.fullStop, in: bytes, at: end) {
                    end += 1
                }
                guard end > from else { return joined }
                return joined + [String(decoding: bytes[from..<end], as: UTF8.self)]
            }
            i += 1
        }
        return joined
    }

    /// The party named after a date and 加入 from `at` (`1952年1月加入中国民主同盟`), if that is what stands there.
    func joinsAfterDate(_ at: Int, limit: Int) -> Range<Int>? {
        var i = at
        while i < limit, Self.isDateByte(bytes[i]) || Self.dateWords.contains(where: { UTF8Scan.hasPrefix($0, in: bytes, at: i) }) {
            i += bytes[i] < 0x80 ? 1 : 3
        }
        let start = i + Self.joins.count
        guard i > at, UTF8Scan.hasPrefix(Self.joins, in: bytes, at: i) else { return nil }
        let name = party(covering: start).flatMap { $0.lowerBound == start ? $0 : nil }
            ?? (UTF8Scan.hasPrefix(Self.communistParty, in: bytes, at: start) ? start..<(start + Self.communistParty.count) : nil)
        // The party's name closes the clause (not `2020年加入民盟以来…`, `…加入民盟的新盟员`).
        guard let name, name.upperBound >= bytes.count || bytes[name.upperBound] == 0x2C || bytes[name.upperBound] == 0x3B
                || bytes[name.upperBound] == 0x0A || UTF8Scan.hasPrefix(Self.fullStop, in: bytes, at: name.upperBound) else { return nil }
        return name
    }
    @inline(__always) static func isDateByte(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
    static let dateWords = ["年", "月", "日", "底", "初"].map { Array($0.utf8) }
    static let communistParty = Array("中国共产党".utf8)
}
