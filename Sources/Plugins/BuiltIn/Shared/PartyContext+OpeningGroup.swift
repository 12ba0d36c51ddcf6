/// A report of one discussion group from first line to last (`今天,全国政协妇联小组讨论会热闹非凡。`):
/// the group its headline or first sentence names is where every member it names sits.
extension PartyContext {
    /// How many sentences from the document's start (its headline, a second headline line, and first sentence) may name the group.
    static let openingSentences = 3
    /// How many lines and sentences the opening may run to, past the page's lines before the story.
    static let openingLines = 8

    /// The body (party, federation or sector) of the one discussion group the document's headline or
    /// first sentence names, as `groupNamed` and `groupOpening` read it; nil when the text names
    /// a group of any other body (a report of several groups says nothing of the whole).
    func openingGroup() -> String? {
        var from = 0
        var group: String?
        // The headline and the first sentences; a page's lines before the story (`2017年03月04日 | 作者:某 | 来源:某网`,
        // `分享到:`) hold no comma nor stop and count as none of them.
        var prose = 0, read = 0
        while prose < Self.openingSentences, read < Self.openingLines {
            while from < bytes.count, bytes[from] == 0x0A || bytes[from] == 0x20 || bytes[from] == 0x0D { from += 1 }
            guard from < bytes.count else { break }
            let end = sentenceEnd(from: from)
            read += 1
            if read == 1 || UTF8Scan.find([0x2C], in: bytes, from: from, to: end) != nil || UTF8Scan.find(Self.fullStop, in: bytes, from: from, to: end) != nil {
                prose += 1
            }
            for clause in openingClauses(from: from, limit: end) {
                group = groupNamed(from: clause.lowerBound, end: clause.upperBound) ?? groupOpening(from: clause.lowerBound, limit: end)
                if group != nil { break }
            }
            if group == nil { group = groupVisited(from: from, limit: end) }
            if group != nil { break }
            from = end
        }
        guard let group, !namesOtherGroup(than: group) else { return nil }
        return group
    }

    /// `市长甲来到委员驻地,与经济界别委员讨论政府工作报告`: a visitor meeting one sector's members
    /// (与 or 同, the sector with 界 or 界别, 委员, and a verb of discussing), anywhere in an opening sentence.
    func groupVisited(from: Int, limit: Int) -> String? {
        var at = from
        while let with = Self.visitorJoiners.lazy.compactMap({ UTF8Scan.find($0, in: self.bytes, from: at, to: limit) }).min() {
            at = with + 3
            guard let seat = UTF8Scan.find(Self.seatWord, in: bytes, from: at, to: min(limit, at + Self.maximumSessionGroup)) else { continue }
            var after = seat + Self.seatWord.count
            if UTF8Scan.hasPrefix(Self.plural, in: bytes, at: after) { after += Self.plural.count }
            guard Self.sectorGroupEnds.contains(where: { UTF8Scan.hasSuffix($0, in: bytes, at..<seat) }),
                  UTF8Scan.find(Self.enumerationComma, in: bytes, from: at, to: seat) == nil,
                  Self.discussing.contains(where: { UTF8Scan.hasPrefix($0, in: bytes, at: after) }),
                  let body = sessionBody(at..<seat) else { continue }
            return body
        }
        return nil
    }

    static let visitorJoiners = ["与", "同"].map { Array($0.utf8) }
    static let seatWord = Array("委员".utf8)
    static let plural = Array("们".utf8)
    static let discussing = ["讨论", "座谈", "交流", "共商", "一起", "审议", "协商"].map { Array($0.utf8) }

    /// Where the sentence from `from` ends: past its 。, !, ? or line break.
    func sentenceEnd(from: Int) -> Int {
        var p = from
        while p < bytes.count {
            let b = bytes[p]
            if b == 0x0A || b == 0x21 || b == 0x3F { return p + 1 }
            if UTF8Scan.hasPrefix(Self.fullStop, in: bytes, at: p) { return p + Self.fullStop.count }
            p += 1
        }
        return p
    }

    static let everySector = Array("各界别".utf8)

    /// Whether a party, federation or sector whose name `group` does not end with is named as a group's
    /// anywhere in the text (`民盟组`, `经济界别小组`, `工商联组,`, `经济界和农业界的委员们`), or every sector is (`各界别`).
    func namesOtherGroup(than group: String) -> Bool {
        // 来自各界别的委员们: members of every group speak.
        if UTF8Scan.find(Self.everySector, in: bytes, from: 0) != nil { return true }
        for hit in parties + federations + sectorNames {
            var end = hit.range.upperBound
            if let sector = Self.sectorGroupEnds.first(where: { UTF8Scan.hasPrefix($0, in: bytes, at: end) }) { end += sector.count }
            guard groupWord(at: end) != nil || Self.sectorMembers.contains(where: { UTF8Scan.hasPrefix($0, in: bytes, at: end) })
            else { continue }
            if !Self.withoutSectorEnd(group).hasUTF8Suffix(Self.withoutSectorEnd(String(decoding: bytes[hit.range], as: UTF8.self))) { return true }
        }
        return false
    }

    /// `经济界别`, `经济界` → `经济`: a sector's name as its group and its lexicon entry may both write it.
    static func withoutSectorEnd(_ name: String) -> String {
        for end in ["界别", "界"] where name.hasUTF8Suffix(end) { return String(name.dropLast(end.count)) }
        return name
    }
}
