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
    static let groupTails = ["讨论会上", "讨论现场", "讨论时", "讨论中", "会议上", "会上", "审议"].map { Array($0.utf8) }
    /// Chinese numerals of a group's number (`特邀(一)第二组`; digits too: `第3组`).
    static let chineseNumerals: Set<UInt32> = Set("一二三四五六七八九十".unicodeScalars.map(\.value))
    static let ordinal = Array("第".utf8)

    /// Where a group's name ends before its number (`特邀|(一)第二组`), from `end` (the group word's start).
    func beforeGroupNumber(_ end: Int, floor: Int) -> Int {
        var p = end
        func pastNumerals() {
            while p > floor {
                if (0x30...0x39).contains(bytes[p - 1]) { p -= 1; continue }
                guard p - 3 >= floor, UTF8Scan.isHan(bytes, at: p - 3), Self.chineseNumerals.contains(FederationPlace.scalar(bytes, at: p - 3))
                else { break }
                p -= 3
            }
        }
        // 第二: an ordinal.
        let start = p
        pastNumerals()
        if p < start, p - 3 >= floor, UTF8Scan.hasPrefix(Self.ordinal, in: bytes, at: p - 3) { p -= 3 } else { p = start }
        // (一): a bracketed number before it.
        if p - 1 > floor, bytes[p - 1] == 0x29 {
            let close = p
            p -= 1
            let inner = p
            pastNumerals()
            if p < inner, p - 1 >= floor, bytes[p - 1] == 0x28 { p -= 1 } else { p = close }
        }
        return p
    }

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
        // 在民革组,甲、乙委员建议: a later name of a list stands where the list does.
        let start = listStart(before: start)
        if let end = clauseEnd(before: start), let group = groupNamed(from: clauseStart(before: end), end: end) { return group }
        // 在民盟组,甲委员说…。乙委员建议…: a member opening a later sentence of the paragraph speaks in the same group.
        guard sentenceStart(before: start) == start, UTF8Scan.find(Self.memberSeat, in: bytes, from: start, to: min(bytes.count, start + Self.seatReach)) != nil
        else { return nil }
        var sentence = start
        for _ in 0..<Self.groupSentenceReach {
            // The sentence before ends in 。 or a semicolon (a speaker's points: …;…;…。).
            let mark: Int
            if sentence >= 1, bytes[sentence - 1] == 0x3B {
                mark = sentence - 1
            } else if sentence >= 3, UTF8Scan.hasPrefix(Self.fullStop, in: bytes, at: sentence - 3) {
                mark = sentence - 3
            } else {
                return nil
            }
            let previous = sentenceStart(before: mark)
            for clause in openingClauses(from: previous, limit: sentence) {
                if let group = groupNamed(from: clause.lowerBound, end: clause.upperBound) { return group }
                if let group = groupOpening(from: clause.lowerBound, limit: sentence) { return group }
            }
            // 甲委员参加了民盟组的讨论。…乙委员建议: the group the paragraph's first speaker joined.
            if let taking = UTF8Scan.find(Self.takingPart, in: bytes, from: previous, to: sentence), taking - Self.memberSeat.count >= previous,
               let group = groupJoined(after: taking - Self.memberSeat.count, limit: sentence) { return group }
            sentence = previous
        }
        return nil
    }

    /// How many sentences back a group named at a sentence's start still holds, and how far after a
    /// sentence's start its speaker's 委员 may stand.
    static let groupSentenceReach = 6
    static let seatReach = 18

    /// Where the list that `start` continues (`甲、|乙`) begins: back over names of two to four Han
    /// characters each after a 、, to the first; `start` itself when no 、 stands before it.
    func listStart(before start: Int) -> Int {
        var at = start
        while at >= 3 + 6, UTF8Scan.hasPrefix(Self.enumerationComma, in: bytes, at: at - 3) {
            var name = at - 3
            while at - 3 - name < 12, name >= 3, (0xE4...0xE9).contains(bytes[name - 3]),
                  !UTF8Scan.hasPrefix(Self.enumerationComma, in: bytes, at: name - 3), !UTF8Scan.hasPrefix(Self.fullComma, in: bytes, at: name - 3) {
                name -= 3
            }
            guard (6...12).contains(at - 3 - name) else { return at }
            at = name
        }
        return at
    }

    /// `甲委员参加了民盟组的讨论`: the group a member joins, written after the name (ending at `end`, before 委员) in its sentence.
    /// `seated`: the document names the person by a CPPCC seat or post elsewhere (`省政协副主席甲…甲在参加民革界别讨论时说`).
    /// (An autoclosure: the caller's test of its roles runs only where 在 or 参加 follows the name and no 委员 does.)
    func groupJoined(after end: Int, limit: Int, seated: @autoclosure () -> Bool = false) -> String? {
        var at = end
        let member = UTF8Scan.hasPrefix(Self.memberSeat, in: bytes, at: at)
        if member { at += Self.memberSeat.count }
        // 甲在宗教界分组讨论会上发言: where the member speaks is their sector's group, as where they take part is.
        let speaksThere = UTF8Scan.hasPrefix(Self.whileDoing, in: bytes, at: at)
        if speaksThere { at += Self.whileDoing.count }
        if UTF8Scan.hasPrefix(Self.takingPart, in: bytes, at: at) {
            at += Self.takingPart.count
            if UTF8Scan.hasPrefix(Self.done, in: bytes, at: at) { at += Self.done.count }
        } else if !speaksThere {
            return nil
        }
        // A member (委员) joins a group; an official (统战部部长甲参加了…组讨论) only visits it.
        guard member || seated() else { return nil }
        if let group = groupNamedAsSubject(from: at, limit: limit) { return group }
        // 参加民革界别讨论, 在民族界讨论会上: a sector's group named with no group word, before 讨论 (`分组讨论` too).
        guard var talk = UTF8Scan.find(Self.discussion, in: bytes, from: at, to: min(limit, at + Self.maximumSessionGroup)) else { return nil }
        if let split = Self.splitGroups.first(where: { UTF8Scan.hasSuffix($0, in: bytes, at..<talk) }) { talk -= split.count }
        guard Self.sectorGroupEnds.contains(where: { UTF8Scan.hasSuffix($0, in: bytes, at..<talk) }) else { return nil }
        return groupName(at..<talk)
    }

    /// The groups a person named by a CPPCC seat elsewhere joins in sentences the name opens
    /// (`甲在参加民革界别讨论时说`): each occurrence of the name's characters at a sentence's or clause's start.
    func groupsJoined(named name: Range<Int>) -> [String] {
        let written = Array(bytes[name])
        var groups: [String] = []
        var from = 0
        while let at = UTF8Scan.find(written, in: bytes, from: from) {
            from = at + written.count
            var start = sentenceStart(before: at)
            while start < at, bytes[start] == 0x20 || bytes[start] == 0x0A { start += 1 }
            guard start == at || bytes[at - 1] == 0x2C, let group = groupJoined(after: from, limit: sentenceEnd(from: from), seated: true),
                  !groups.contains(group) else { continue }
            groups.append(group)
        }
        return groups
    }

    /// How a group's discussion is written (民革界别讨论, 经济界讨论, 民盟组讨论, 民盟组的讨论): a document with none
    /// reports no one joining a group.
    static let groupDiscussions = ["界别讨论", "界讨论", "组讨论", "组的讨论"].map { Array($0.utf8) }
    static let whileDoing = Array("在".utf8)
    static let discussion = Array("讨论".utf8)

    /// `民盟组王某委员建议`: the democratic party whose group is written just before the name at `start`.
    func groupBefore(_ start: Int) -> String? {
        guard let word = Self.groupWords.first(where: { start >= $0.count && UTF8Scan.hasPrefix($0, in: bytes, at: start - $0.count) }),
              let party = parties.last(where: { $0.range.upperBound == start - word.count })
        else { return nil }
        return String(decoding: bytes[party.range], as: UTF8.self)
    }

    static let done = Array("了".utf8)
    static let takingPart = Array("参加".utf8)
    /// A sector's meeting split into groups (`宗教界分组讨论`, `经济界小组讨论`).
    static let splitGroups = ["分组", "小组"].map { Array($0.utf8) }
    /// What follows a group named as a sentence's subject (`经济界组的讨论气氛热烈`, `民盟组委员认为`).
    static let sectorMembers = ["的委员们", "委员们", "的委员", "的政协委员", "政协委员"].map { Array($0.utf8) }
    static let groupSubjectTails = ["的", "讨论", "委员", "成员", "举行", "召开"].map { Array($0.utf8) }

    /// `经济界组的讨论气氛热烈。`: the sector (or party) of a group that opens the sentence at `start` as its subject.
    func groupOpening(from start: Int, limit: Int) -> String? {
        var from = start
        while from < limit, bytes[from] == 0x20 || bytes[from] == 0x0A { from += 1 }
        return groupNamedAsSubject(from: from, limit: limit)
    }

    /// The group whose name starts at `from` and whose word (组, 小组, 讨论组) is followed by one of
    /// `groupSubjectTails` (`民盟组的讨论`, `经济界组委员`), read by `groupName`.
    func groupNamedAsSubject(from: Int, limit: Int) -> String? {
        var end = from + 6
        // (A group's number may stand before its word: 民盟5组.)
        while end < min(limit, from + Self.maximumSessionGroup), bytes[end] >= 0x80 || bytes[end] >= 0x30 && bytes[end] <= 0x39 {
            if bytes[end] < 0x80 { end += 1; continue }
            if let word = Self.groupWords.first(where: { UTF8Scan.hasPrefix($0, in: bytes, at: end) }),
               Self.groupSubjectTails.contains(where: { UTF8Scan.hasPrefix($0, in: bytes, at: end + word.count) }) {
                var name = end
                while name > from, bytes[name - 1] >= 0x30 && bytes[name - 1] <= 0x39 { name -= 1 }
                return groupName(from..<name)
            }
            // 省政协侨联界别的委员们在讨论中…: a sector's members as the subject, with no group word;
            // only a sector or federation of the lexicon (各界别的委员们 are no sector's).
            // 民盟、农工党、农业界、医药界别委员…: a joint group of several names no one's members.
            if Self.sectorMembers.contains(where: { UTF8Scan.hasPrefix($0, in: bytes, at: end) }),
               Self.sectorGroupEnds.contains(where: { UTF8Scan.hasSuffix($0, in: bytes, from..<end) }),
               UTF8Scan.find(Self.enumerationComma, in: bytes, from: from, to: end) == nil,
               let body = sessionBody(from..<end) {
                return body
            }
            end += 3
        }
        return nil
    }

    /// The group's name when it is one democratic party (`民盟组`: its members sit in it at a session,
    /// named by the party alone), one federation (`工商联组`, `妇联界别小组`) or one sector written with 界 or 界别;
    /// the session may be written before it (`全国政协十届五次会议妇联界别小组`, `省政协侨联界别`).
    func groupName(_ group: Range<Int>) -> String? {
        if parties.contains(where: { $0.range == group }) { return String(decoding: bytes[group], as: UTF8.self) }
        guard group.count <= Self.maximumSessionGroup, group.allSatisfy({ bytes[$0] >= 0x80 }),
              UTF8Scan.find(Self.enumerationComma, in: bytes, from: group.lowerBound, to: group.upperBound) == nil,
              !Self.bodyJoiners.contains(where: { UTF8Scan.find($0, in: bytes, from: group.lowerBound, to: group.upperBound) != nil })
        else { return nil }
        if let body = sessionBody(group) { return body }
        guard group.count <= Self.maximumSectorPhrase, Self.sectorGroupEnds.contains(where: { UTF8Scan.hasSuffix($0, in: bytes, group) })
        else { return nil }
        return String(decoding: bytes[group], as: UTF8.self)
    }

    /// What a group's name may open with before its body: the session's name (`全国政协十届五次会议`, `省政协`).
    static let sessionEnds = ["政协", "会议", "全会", "大会"].map { Array($0.utf8) }
    static let nationWord = Array("全国".utf8)
    static let invited = Array("特邀".utf8)
    static let invitedSector = "特邀人士"
    /// A place's level written alone before its federation (`市工商联界别`).
    static let bareLevels = ["市", "省", "区", "县", "州"].map { Array($0.utf8) }
    /// The longest group name with its session's (`全国政协十二届二次会议妇联界别`), in bytes.
    static let maximumSessionGroup = 3 * 24

    /// The body that closes `group`, a party, federation or sector named whole after nothing or after the
    /// session's name (`全国政协十届五次会议|妇联界别`); a national session's federation is the nation's (`全国妇联界别`).
    func sessionBody(_ group: Range<Int>) -> String? {
        // The body's name may stop before the group's 界 or 界别 (妇联|界别).
        let ends = [group.upperBound] + Self.sectorGroupEnds.compactMap {
            UTF8Scan.hasSuffix($0, in: bytes, group) ? group.upperBound - $0.count : nil
        }
        // Of the names inside the group (each list is in text order), the one that starts first.
        let closing = [parties, federations, sectorNames].compactMap { hits in
            hits[hits.partitioningIndex { $0.range.lowerBound >= group.lowerBound }...].prefix { $0.range.lowerBound < group.upperBound }
                .first { ends.contains($0.range.upperBound) }
        }
        guard let body = closing.min(by: { $0.range.lowerBound < $1.range.lowerBound }) else {
            // 特邀(一)组: the invited members' groups are named by 特邀 alone, which no lexicon reads as the sector
            // (特邀嘉宾, 李某(特邀) are no sector's).
            guard UTF8Scan.hasSuffix(Self.invited, in: bytes, group) else { return nil }
            let session = group.lowerBound..<(group.upperBound - Self.invited.count)
            return session.isEmpty || Self.sessionEnds.contains(where: { UTF8Scan.hasSuffix($0, in: bytes, session) }) ? Self.invitedSector : nil
        }
        let session = group.lowerBound..<body.range.lowerBound
        // 市工商联界别: the federation of the place's level, written with its level alone.
        if federations.contains(where: { $0.range == body.range }),
           let level = Self.bareLevels.first(where: { $0.count == session.count && UTF8Scan.hasPrefix($0, in: bytes, at: session.lowerBound) }) {
            return String(decoding: level, as: UTF8.self) + String(decoding: bytes[body.range], as: UTF8.self)
        }
        // 成都民建界别: a democratic party's group written after its city alone (the party is one everywhere).
        let placedParty = !session.isEmpty && parties.contains(where: { $0.range == body.range })
            && (DocumentCity.isCity(String(decoding: bytes[session], as: UTF8.self)) || DocumentCity.isProvince(bytes[session]))
        guard session.isEmpty || placedParty || Self.sessionEnds.contains(where: { UTF8Scan.hasSuffix($0, in: bytes, session) }) else { return nil }
        let name = String(decoding: bytes[body.range], as: UTF8.self)
        let national = federations.contains { $0.range == body.range }
            && UTF8Scan.find(Self.nationWord, in: bytes, from: session.lowerBound, to: session.upperBound) != nil
        return national ? "全国" + name : name
    }

    /// The sector (or party) of the group the clause `from..<end` names (`在经济界组`, `在民盟组讨论时`).
    func groupNamed(from start: Int, end clauseEnd: Int) -> String? {
        var from = start, end = clauseEnd
        while from < end, bytes[from] == 0x20 { from += 1 }
        // 全国政协妇联小组讨论会上,: with no 在, the clause must end in a word of where or when (会上, 讨论时).
        let located = UTF8Scan.hasPrefix(Self.at, in: bytes, at: from)
        if located { from += Self.at.count }
        // 在参加民革组讨论时: taking part in the group.
        if located, UTF8Scan.hasPrefix(Self.takingPart, in: bytes, at: from) { from += Self.takingPart.count }
        // 在民革组讨论时,: the group, then when its members spoke.
        let tail = Self.groupTails.first { end - $0.count > from && UTF8Scan.hasPrefix($0, in: bytes, at: end - $0.count) }
        guard located || tail != nil else { return nil }
        if let tail { end -= tail.count }
        guard let word = Self.groupWords.first(where: { end - $0.count > from && UTF8Scan.hasPrefix($0, in: bytes, at: end - $0.count) })
        else { return nil }
        return groupName(from..<beforeGroupNumber(end - word.count, floor: from))
    }

    /// The first clauses of the sentence at `start` (to `limit`): the first, and the second after a fronted
    /// time or place (`3月5日下午,在妇联组讨论会上,`); the last runs to `limit` when no comma closes it.
    func openingClauses(from start: Int, limit: Int) -> [Range<Int>] {
        var clauses: [Range<Int>] = []
        var from = start
        while clauses.count < 2, from < limit {
            let end = commaAt(from: from, limit: limit)
            clauses.append(from..<(end ?? limit))
            guard let end else { break }
            from = end + (bytes[end] == 0x2C ? 1 : Self.fullComma.count)
        }
        return clauses
    }

    /// The first comma (ASCII or full-width) from `from` before `limit`.
    func commaAt(from: Int, limit: Int) -> Int? {
        let ascii = UTF8Scan.find([0x2C], in: bytes, from: from, to: limit)
        let full = UTF8Scan.find(Self.fullComma, in: bytes, from: from, to: limit)
        switch (ascii, full) {
        case let (a?, f?): return min(a, f)
        default: return ascii ?? full
        }
    }

    /// Where the clause that ends at `end` begins: after the comma before it, else at its sentence's start.
    func clauseStart(before end: Int) -> Int {
        let sentence = sentenceStart(before: end)
        var p = end
        while p > sentence {
            if bytes[p - 1] == 0x2C { return p }
            if p - 3 >= sentence, UTF8Scan.hasPrefix(Self.fullComma, in: bytes, at: p - 3) { return p }
            p -= 1
        }
        return sentence
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

    /// Whether `hit` is the body a person speaks for (`代表市工商联`, `代表阜阳市工商联`): 代表 before it, with
    /// at most a place's few characters between (not 代表大会; nor a head's post after the body, `代表民进中央主席甲`:
    /// then the one spoken for is a person, and the body is the post's).
    func isSpokenFor(_ hit: LexiconIndex.Hit) -> Bool {
        var at = hit.range.lowerBound
        for _ in 0...Self.longestPlaceBeforeBody {
            guard at >= 3, UTF8Scan.isHan(bytes, at: at - 3) else { return false }
            if at >= Self.onBehalf.count, UTF8Scan.hasPrefix(Self.onBehalf, in: bytes, at: at - Self.onBehalf.count) {
                return !UTF8Scan.hasPrefix(Self.congress, in: bytes, at: at) && !namesHeadsPost(after: hit)
            }
            at -= 3
        }
        return false
    }

    /// Whether a head's post follows the body at `hit`, its committee between (`民进中央主席`, not `主席团`).
    func namesHeadsPost(after hit: LexiconIndex.Hit) -> Bool {
        var after = hit.range.upperBound
        if let committee = Self.headsCommittees.first(where: { UTF8Scan.hasPrefix($0, in: bytes, at: after) }) { after += committee.count }
        guard let head = Self.headsPosts.first(where: { UTF8Scan.hasPrefix($0, in: bytes, at: after) }) else { return false }
        return after + head.count < bytes.count && !UTF8Scan.hasPrefix(Self.presidium, in: bytes, at: after + head.count)
    }
    static let longestPlaceBeforeBody = 6
    static let headsCommittees = ["中央", "省委会", "市委会", "省委", "市委", "区委", "县委"].map { Array($0.utf8) }
    /// A body's heads, longest first.
    static let headsPosts = ["常务副主席", "第一副主席", "副主席", "主席", "副主委", "主委", "副会长", "会长"].map { Array($0.utf8) }
    static let presidium = Array("团".utf8)
    static let congress = Array("大会".utf8)
}
