/// A CPPCC session's discussion groups, named by the sector or sectors that sit in them
/// (`在中国共产党界讨论组,某主席甲说`, `在群众团体、工商联讨论组,委员乙表示`): a group of one
/// sector (or of one democratic party, `在民盟组,`) says its speakers' sector; a group of several says none, and a federation named as
/// a group's is no body of the posts after it.
extension PartyContext {
    /// Words that close a group's name (the longest first).
    static let groupWords = ["讨论组", "小组", "组"].map { Array($0.utf8) }
    static let sectorGroupEnds = ["界别", "界"].map { Array($0.utf8) }
    static let at = Array("在".utf8)
    /// What may follow a group's word in the clause that names it (`在民革组讨论时`).
    static let groupTails = ["讨论时", "讨论中"].map { Array($0.utf8) }

    /// The word of a group just after `end`, if one stands there (`工商联|讨论组`); a bare 组 only
    /// before a comma (`工商联组织…` is the federation at work).
    func groupWord(at end: Int) -> [UInt8]? {
        guard let word = Self.groupWords.first(where: { UTF8Scan.hasPrefix($0, in: bytes, at: end) }) else { return nil }
        let next = end + word.count
        if word == Self.groupWords.last!, !(next < bytes.count && bytes[next] == 0x2C), !UTF8Scan.hasPrefix(Self.fullComma, in: bytes, at: next) {
            return nil
        }
        return word
    }

    /// `在中国共产党界讨论组,自治区政协主席甲说`: the sector of the group a sentence opens with
    /// (`在` X `讨论组` and a comma), just before the person's roles at `start`, when X is one
    /// sector written with 界 or 界别 (none for `在经济、科技讨论组`). O(length of the clause).
    func groupSector(before start: Int) -> String? {
        if let end = clauseEnd(before: start), let group = groupNamed(from: sentenceStart(before: end), end: end) { return group }
        // 在民盟组,甲委员说…。乙委员建议…: a member opening a later sentence of the paragraph speaks in the same group.
        guard sentenceStart(before: start) == start, UTF8Scan.find(Self.memberSeat, in: bytes, from: start, to: min(bytes.count, start + Self.seatReach)) != nil
        else { return nil }
        var sentence = start
        for _ in 0..<Self.groupSentenceReach {
            guard sentence >= 3, UTF8Scan.hasPrefix(Self.fullStop, in: bytes, at: sentence - 3) else { return nil }
            let previous = sentenceStart(before: sentence - 3)
            let comma = UTF8Scan.find([0x2C], in: bytes, from: previous, to: sentence) ?? UTF8Scan.find(Self.fullComma, in: bytes, from: previous, to: sentence)
            if let comma, let group = groupNamed(from: previous, end: comma) { return group }
            if let group = groupOpening(from: previous, limit: sentence) { return group }
            sentence = previous
        }
        return nil
    }

    /// How many sentences back a group named at a sentence's start still holds, and how far after a
    /// sentence's start its speaker's 委员 may stand.
    static let groupSentenceReach = 4
    static let seatReach = 18

    static let takingPart = Array("参加".utf8)
    /// What follows a group named as a sentence's subject (`经济界组的讨论气氛热烈`, `民盟组委员认为`).
    static let groupSubjectTails = ["的", "讨论", "委员", "成员"].map { Array($0.utf8) }

    /// `经济界组的讨论气氛热烈。`: the sector (or party) of a group that opens the sentence at `start` as its subject.
    func groupOpening(from start: Int, limit: Int) -> String? {
        var from = start
        while from < limit, bytes[from] == 0x20 || bytes[from] == 0x0A { from += 1 }
        var end = from + 6
        while end < min(limit, from + Self.maximumSectorPhrase), bytes[end] >= 0x80 {
            if let word = Self.groupWords.first(where: { UTF8Scan.hasPrefix($0, in: bytes, at: end) }),
               Self.groupSubjectTails.contains(where: { UTF8Scan.hasPrefix($0, in: bytes, at: end + word.count) }) {
                return groupName(from..<end)
            }
            end += 3
        }
        return nil
    }

    /// The group's name when it is one democratic party (`民盟组`: its members sit in it at a session,
    /// named by the party alone) or one sector written with 界 or 界别.
    func groupName(_ group: Range<Int>) -> String? {
        if parties.contains(where: { $0.range == group }) { return String(decoding: bytes[group], as: UTF8.self) }
        guard group.count <= Self.maximumSectorPhrase, group.allSatisfy({ bytes[$0] >= 0x80 }),
              UTF8Scan.find(Self.enumerationComma, in: bytes, from: group.lowerBound, to: group.upperBound) == nil,
              !Self.bodyJoiners.contains(where: { UTF8Scan.find($0, in: bytes, from: group.lowerBound, to: group.upperBound) != nil }),
              Self.sectorGroupEnds.contains(where: { UTF8Scan.hasSuffix($0, in: bytes, group) })
        else { return nil }
        return String(decoding: bytes[group], as: UTF8.self)
    }

    /// The sector (or party) of the group the clause `from..<end` names (`在经济界组`, `在民盟组讨论时`).
    func groupNamed(from start: Int, end clauseEnd: Int) -> String? {
        var from = start, end = clauseEnd
        while from < end, bytes[from] == 0x20 { from += 1 }
        guard UTF8Scan.hasPrefix(Self.at, in: bytes, at: from) else { return nil }
        from += Self.at.count
        // 在参加民革组讨论时: taking part in the group.
        if UTF8Scan.hasPrefix(Self.takingPart, in: bytes, at: from) { from += Self.takingPart.count }
        // 在民革组讨论时,: the group, then when its members spoke.
        if let tail = Self.groupTails.first(where: { end - $0.count > from && UTF8Scan.hasPrefix($0, in: bytes, at: end - $0.count) }) { end -= tail.count }
        guard let word = Self.groupWords.first(where: { end - $0.count > from && UTF8Scan.hasPrefix($0, in: bytes, at: end - $0.count) })
        else { return nil }
        return groupName(from..<(end - word.count))
    }

    /// Where the clause before `start` ends: just before the comma (and spaces) that stand before `start`.
    func clauseEnd(before start: Int) -> Int? {
        var end = start
        while end > 0, bytes[end - 1] == 0x20 { end -= 1 }
        if end >= 1, bytes[end - 1] == 0x2C { return end - 1 }
        if end >= 3, UTF8Scan.hasPrefix(Self.fullComma, in: bytes, at: end - 3) { return end - 3 }
        return nil
    }

    /// Whether the federation at `hit` is named as a discussion group's (`群众团体、工商联讨论组`), no body.
    func namesGroup(_ hit: LexiconIndex.Hit) -> Bool {
        groupWord(at: hit.range.upperBound) != nil
    }
}
