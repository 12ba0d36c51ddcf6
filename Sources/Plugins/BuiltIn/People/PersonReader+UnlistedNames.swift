/// Names right after a title whose end no word of the lists marks: the reading is the
/// title's, and ICU's dictionary tells where the given name ends (`主席滕佳材鼓励…`,
/// `副主委韩其虎分阶段出席`, a married name `会长黄郭燕萍为…`).
extension PersonReader {
    /// `研究生宿晓光跑遍…`: after a title, a surname and two given characters are a name
    /// even when the verb after them is none the word list knows (the longer reading:
    /// most names have two given characters).
    func unlisted(at p: Int, limit: Int) -> (range: Range<Int>, next: Range<Int>)? {
        let (ends, ambiguous) = candidates(at: p, limit: limit)
        if ends.count == 1, !ambiguous, let soft = softThird(at: p, after: ends[0], limit: limit) { return soft }
        if ends.isEmpty, let soft = softMiddle(at: p, limit: limit) { return soft }
        if ends.count == 2, !ambiguous, let married = marriedName(at: p, limit: limit) { return married }
        // Not a verb (主席宣布大会开幕) nor an ambiguous surname (职工家庭接送).
        guard ends.count == 2, !ambiguous, han(ends[0], limit) != nil, words.followers.longestMatch(in: bytes, at: p, end: limit) == nil,
              words.titles.longestMatch(in: bytes, at: ends[0], end: limit) == nil, !words.places.contains(scalars(p..<ends[1])) else { return nil }
        // 主席夏某集中介绍: where ICU's dictionary opens a word of two characters or more at the third
        // character, before a word that ends names (集中|介绍) or a verb's 了 (总队长刘某列举了), the name has two.
        if let word = wordOpening(at: ends[1], from: p, limit: limit),
           boundary(at: word.upperBound, limit: limit) != nil || UTF8Scan.hasPrefix(Self.completed, in: bytes, at: word.upperBound),
           isPlausible(p..<ends[1]) { return (p..<ends[1], word) }
        guard isPlausible(p..<ends[0]), !opensWord(p..<ends[0], limit: limit) else { return nil }
        return spelledOn(p..<ends[0], limit: limit) ?? (p..<ends[0], ends[0]..<ends[0])
    }

    /// `主席滕佳材鼓励…`: after a title, a third character that given names hold though words do too (材,
    /// `soft-given`), where ICU's dictionary reads each given character alone and a word of two
    /// characters or more after them (滕|佳|材|鼓励).
    func softThird(at p: Int, after end: Int, limit: Int) -> (range: Range<Int>, next: Range<Int>)? {
        guard let third = han(end, limit), words.softGiven.contains(third), han(end + 3, limit) != nil,
              words.titles.longestMatch(in: bytes, at: end, end: limit) == nil,
              let word = wordOpening(at: end + 3, from: p, limit: limit),
              let cuts = bytes.withUnsafeBufferPointer({ WordBreaker.boundaries($0, p..<word.upperBound) }),
              cuts.contains(end), isPlausible(p..<(end + 3)) else { return nil }
        return (p..<(end + 3), word)
    }

    /// `会长黄郭燕萍为…顾问`: after a title, a married name as Hong Kong, Macao and overseas Chinese write it,
    /// the husband's surname before her own and two given characters, where a word that ends names follows
    /// the fourth character (never the third) and opens no word with it.
    func marriedName(at p: Int, limit: Int) -> (range: Range<Int>, next: Range<Int>)? {
        guard let second = han(p + 3, limit), words.surnames.contains(second), !words.ambiguousSurnames.contains(second),
              let c3 = han(p + 6, limit), mayBeGiven(c3, soft: false), let c4 = han(p + 9, limit), mayBeGiven(c4, soft: false),
              boundary(at: p + 9, limit: limit) == nil, let next = boundary(at: p + 12, limit: limit),
              isPlausible(p..<(p + 12), listed: true), isPlausible((p + 3)..<(p + 12)),
              // (主任医师张孟仁带来…: the fourth character opens a word ICU's dictionary reads, 带来.)
              let cuts = bytes.withUnsafeBufferPointer({ WordBreaker.boundaries($0, p..<min(limit, next.upperBound)) }),
              cuts.contains(p + 12) else { return nil }
        return (p..<(p + 12), next)
    }

    /// `副主委韩其虎分阶段出席`: after a title, a middle character that given names hold though words do too
    /// (其, `soft-given`) and a plain given character, where ICU's dictionary reads the surname and each
    /// given character alone (韩|其|虎|分|阶段; not 王|其实). A single surname only.
    func softMiddle(at p: Int, limit: Int) -> (range: Range<Int>, next: Range<Int>)? {
        guard let first = han(p, limit), words.surnames.contains(first), !words.ambiguousSurnames.contains(first),
              let middle = han(p + 3, limit), words.notGiven.contains(middle), words.softGiven.contains(middle),
              let last = han(p + 6, limit), !words.notGiven.contains(last), han(p + 9, limit) != nil,
              // 佟格日乐: characters spelling a name from another language run on (`spelledAfterSurname`).
              !words.transliteration.contains(middle) || !words.transliteration.contains(last),
              words.titles.longestMatch(in: bytes, at: p + 9, end: limit) == nil,
              let cuts = bytes.withUnsafeBufferPointer({ WordBreaker.boundaries($0, p..<(p + 12)) }),
              cuts.contains(p + 3), cuts.contains(p + 6), cuts.contains(p + 9), isPlausible(p..<(p + 9), listed: true) else { return nil }
        return (p..<(p + 9), (p + 9)..<(p + 9))
    }
}
