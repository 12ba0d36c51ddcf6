/// A speaker's own words that say which party or sector they belong to: a quote closed just before
/// the speaker's name and verb (`“我是来自工商联界别的政协委员。…”县政协委员甲说。`), or the
/// speech after the speaker's name and a colon (`甲委员:…作为民进会员,我一直…`).
extension PartyContext {
    static let selfWords = ["我是", "作为"].map { Array($0.utf8) }
    static let oneOfUs = ["一名", "一位", "一个"].map { Array($0.utf8) }
    static let quoteOpen = Array("“".utf8)
    static let quoteClose = Array("”".utf8)
    /// How far back a quote may open before the speaker's name, and how much of a speech after a colon is read, in bytes.
    static let ownWordsReach = 900
    /// The verbs that say a quote before the name was the speaker's (`…”甲说`).
    static let speaking = ["说", "表示", "介绍", "告诉", "坦言", "谈道", "说道"].map { Array($0.utf8) }
    static let colonMarks = [[0x3A], Array("：".utf8)]
    /// The verbs of giving one's views right after a speaker's name (`甲表示`, `乙建议`), not of taking a chair or a seat.
    static let viewVerbs = ["表示", "说", "认为", "建议", "提出", "指出", "呼吁", "坦言", "直言", "谈到", "提到", "希望", "发言"].map { Array($0.utf8) }

    /// Whether the name ending at `end` goes on with a verb of giving views (`佛教协会会长甲表示`).
    func givesViews(after end: Int) -> Bool {
        Self.viewVerbs.contains { UTF8Scan.hasPrefix($0, in: bytes, at: end) }
    }

    /// The party or sector the speaker at `name` (whose roles start at `rolesStart`) gives themselves, as a phrase for
    /// `SpeakerRoles` (`来自工商联界别`, `民进会员`); empty when their own words say none.
    func ownWords(of name: Range<Int>, rolesStart: Int, limit: Int) -> [String] {
        guard let words = quoteBefore(rolesStart, nameEnd: name.upperBound, limit: limit) ?? speechAfterColon(name.upperBound),
              let phrase = selfDescription(in: words) else { return [] }
        // 县政协委员甲 saying 我是来自工商联界别的…: a federation named bare is of the level of the speaker's seat (县, 区).
        if let level = Self.seatLevels.first(where: { UTF8Scan.hasPrefix($0, in: bytes, at: rolesStart) }),
           let federation = federations.first(where: { phrase.contains($0.range.lowerBound) }),
           federation.range.lowerBound >= 3, !FederationPlace.levels.contains(FederationPlace.scalar(bytes, at: federation.range.lowerBound - 3)) {
            let placed = Array(bytes[phrase.lowerBound..<federation.range.lowerBound]) + level + Array(bytes[federation.range.lowerBound..<phrase.upperBound])
            return [String(decoding: placed, as: UTF8.self)]
        }
        return [String(decoding: bytes[phrase], as: UTF8.self)]
    }

    /// The level characters a county's or district's seat opens with (`县政协委员`, `区政协常委`).
    static let seatLevels = ["县", "区"].map { Array($0.utf8) }

    /// `“…”县政协委员甲说`: the quote that closes just before the roles, when a verb of speaking follows the name (past a seat).
    func quoteBefore(_ start: Int, nameEnd: Int, limit: Int) -> Range<Int>? {
        guard start >= Self.quoteClose.count, UTF8Scan.hasPrefix(Self.quoteClose, in: bytes, at: start - Self.quoteClose.count) else { return nil }
        var after = nameEnd
        if UTF8Scan.hasPrefix(Self.memberSeat, in: bytes, at: after) { after += Self.memberSeat.count }
        guard Self.speaking.contains(where: { UTF8Scan.hasPrefix($0, in: bytes, at: after) }),
              let open = UTF8Scan.findLast(Self.quoteOpen, in: bytes, from: max(0, start - Self.ownWordsReach), to: start) else { return nil }
        return (open + Self.quoteOpen.count)..<(start - Self.quoteClose.count)
    }

    /// `甲委员:…`: the rest of the line after the name (past a seat) and a colon.
    func speechAfterColon(_ nameEnd: Int) -> Range<Int>? {
        var at = nameEnd
        if UTF8Scan.hasPrefix(Self.memberSeat, in: bytes, at: at) { at += Self.memberSeat.count }
        guard let colon = Self.colonMarks.first(where: { UTF8Scan.hasPrefix($0, in: bytes, at: at) }) else { return nil }
        at += colon.count
        let end = min(bytes.count, at + Self.ownWordsReach)
        return at..<(UTF8Scan.find([0x0A], in: bytes, from: at, to: end) ?? end)
    }

    /// Where in `words` the first `我是…` or `作为…` has its phrase, up to 的 or punctuation, when the phrase names a
    /// party, a federation or a sector the lexicons know: `来自工商联界别` (from 我是来自工商联界别的政协委员), `民进会员`.
    func selfDescription(in words: Range<Int>) -> Range<Int>? {
        var at = words.lowerBound
        while let (found, word) = Self.selfWords.compactMap({ word in UTF8Scan.find(word, in: bytes, from: at, to: words.upperBound).map { ($0, word) } })
            .min(by: { $0.0 < $1.0 }) {
            var from = found + word.count
            at = from
            if let one = Self.oneOfUs.first(where: { UTF8Scan.hasPrefix($0, in: bytes, at: from) }) { from += one.count }
            let origin = UTF8Scan.hasPrefix(Self.comesFrom, in: bytes, at: from)
            if origin { from += Self.comesFrom.count }
            var end = from
            while end < words.upperBound, end - from < Self.maximumSectorPhrase, UTF8Scan.isHan(bytes, at: end),
                  !UTF8Scan.hasPrefix(Self.of, in: bytes, at: end) { end += 3 }
            guard end > from else { continue }
            let named = [parties, federations, sectorNames].contains { hits in
                hits.contains { $0.range.lowerBound >= from && $0.range.upperBound <= end }
            }
            guard named else { continue }
            return (origin ? from - Self.comesFrom.count : from)..<end
        }
        return nil
    }
}
