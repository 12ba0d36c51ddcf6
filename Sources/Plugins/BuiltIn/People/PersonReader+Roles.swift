/// The roles a person is written with around the name: the chain of roles before a title
/// (`福建省政协副主席、致公党福建省委主委`), the party or sector before `的`, and what follows
/// the name (`(民进杭州市委会)`, `代表民革平顶山市委会作…`).
extension PersonReader {
    /// The party or sector just before `at` when the text reads `X的` or `X界别的`
    /// (来自民盟界别的薛栋委员, 来自特邀人士界的冯启委员).
    func sectorBefore(_ at: Int) -> Range<Int>? {
        guard at >= 3, UTF8Scan.hasPrefix(Self.of, in: bytes, at: at - 3) else { return nil }
        var end = at - 3
        for word in Self.sectorEnds where end >= word.count && UTF8Scan.hasPrefix(word, in: bytes, at: end - word.count) {
            if parties.contains(where: { $0.upperBound == end }) { break }
            end -= word.count
            break
        }
        let i = parties.partitioningIndex { $0.upperBound >= end }
        guard i < parties.count else { return nil }
        if parties[i].upperBound == end { return parties[i] }
        // 特邀香港人士界别的: the sector's own name may hold the 界.
        return parties[i].lowerBound < end && parties[i].upperBound <= at - 3 ? parties[i] : nil
    }

    /// Words opening a chain of roles that are no role (会上, 由, and 和 after the last person: 和无党派人士代表…).
    static let leadIns = ["出席会议的有", "参加会议的有", "出席会议的", "会议由", "会上", "会后", "随后", "其中", "此外", "同时", "出席", "参加", "邀请", "由", "请", "并",
                          "以及", "和", "及", "与"]
        .map { Array($0.utf8) }

    /// The chain of roles ending at `end` (the title's end): the segment back
    /// to the last separator, and the segments before it that are roles too
    /// (`福建省政协副主席、致公党福建省委主委`), never before `floor`.
    /// `from`: an opening quote the last segment goes back past (省“十佳律师”).
    func rolesBefore(_ end: Int, floor: Int, from quote: Int? = nil) -> [Range<Int>] {
        var start = segmentStart(before: quote ?? end, floor: floor)
        var segments = [start..<end]
        while start > floor {
            let sep = separatorLength(before: start)
            guard sep > 0 else { break }
            let previous = segmentStart(before: start - sep, floor: floor)
            let segment = previous..<(start - sep)
            // 甲当选为中国科协主席,常务副校长乙: a clause of election before the title is another person's;
            // so is one that opens with its verb right after the name before (甲|当选民革省委常委、民盟某委员会主委乙).
            // 市委会常委、某大学检验医学院、生命科学学院副院长甲: an institution before 、 shares the next one's post.
            // 市各民主党派、工商联负责人: the parties as a whole open the chain (its roles are then no one party's).
            guard !segment.isEmpty, isRole(segment) || sharesNextPost(segment) || UTF8Scan.hasSuffix(SpeakerRoles.democraticPartyBytes, in: bytes, segment),
                  !isElectionClause(segment),
                  !Self.postTaking.contains(where: { UTF8Scan.hasPrefix($0, in: bytes, at: segment.lowerBound) }) else { break }
            segments.insert(segment, at: 0)
            start = previous
        }
        // 讨论时,委员们与中共某市委书记甲: the members are others, and what stands before them too; the roles
        // begin after them and their 与.
        // (One search for 们 first: most chains hold none.)
        if UTF8Scan.find(Self.plural, in: bytes, from: segments[0].lowerBound, to: end) != nil,
           let k = segments.lastIndex(where: { segment in Self.othersJoined.contains { UTF8Scan.find($0, in: bytes, from: segment.lowerBound, to: segment.upperBound) != nil } }),
           let with = Self.othersJoined.lazy.compactMap({ UTF8Scan.findLast($0, in: self.bytes, from: segments[k].lowerBound, to: segments[k].upperBound) }).first,
           segments[k].upperBound - (with + 6) >= 6 {
            segments.removeFirst(k)
            segments[0] = (with + 6)..<segments[0].upperBound
        }
        // 省委委员和列席人员民建省委秘书长甲: a group of those attending, right before a party's name, is others; the
        // roles begin at the party.
        var j = parties.partitioningIndex { $0.lowerBound >= end } - 1
        while j >= 0, parties[j].lowerBound > segments[0].lowerBound {
            let party = parties[j]
            j -= 1
            guard party.upperBound <= end, Self.attendeeGroups.contains(where: { UTF8Scan.hasSuffix($0, in: bytes, segments[0].lowerBound..<party.lowerBound) }),
                  let k = segments.lastIndex(where: { $0.lowerBound <= party.lowerBound }) else { continue }
            segments.removeFirst(k)
            segments[0] = party.lowerBound..<segments[0].upperBound
            break
        }
        // 会上, 由, 出席会议的有 … open the first segment but are no role.
        var first = segments[0]
        for word in Self.leadIns where UTF8Scan.hasPrefix(word, in: bytes, at: first.lowerBound) && first.lowerBound + word.count < first.upperBound {
            first = (first.lowerBound + word.count)..<first.upperBound
            break
        }
        // 李某委员和京剧名家甲: the honorific and the joiner after the name before are no part of the role.
        if first.lowerBound == floor, let honorific = words.honorifics.longestMatch(in: bytes, at: floor, end: first.upperBound),
           let joined = words.joiners.longestMatch(in: bytes, at: honorific.range.upperBound, end: first.upperBound),
           joined.range.upperBound < first.upperBound {
            first = joined.range.upperBound..<first.upperBound
        }
        // 预备会由全国妇联主席: the meeting before 由 is no part of the role.
        if let by = agentMarker(in: first) { first = by..<first.upperBound }
        // 调研组以某会副会长甲为组长: the team before 以 is no part of the role.
        if let by = teamLedBy(in: first) { first = by..<first.upperBound }
        // 培训班邀请了市委统战部处长, 会议还听取了区长助理: a verb's clause before its object; no role holds 了.
        // (大会选举产生了某执委会委员,区委常委甲: a clause before the person's own roles is none of them.)
        // (走访了致公党员、茶叶企业家甲: roles joined by 、 run on past the verb's clause; the object's first is one.)
        if let done = UTF8Scan.findLast(Self.perfective, in: bytes, from: first.lowerBound, to: first.upperBound),
           first.upperBound - (done + Self.perfective.count) >= 6 {
            let tail = (done + Self.perfective.count)..<first.upperBound
            let joined = segments.count > 1 && UTF8Scan.hasPrefix(Self.enumerationComma, in: bytes, at: first.upperBound) && isRole(tail)
            first = segments.count > 1 && !joined ? segments[1] : tail
        } else if let at = UTF8Scan.findLast(Self.located, in: bytes, from: first.lowerBound, to: first.upperBound),
                  first.upperBound - (at + Self.located.count) >= 6, !Self.overlaps(parties, first.lowerBound..<at) {
            // 代表团在致公党员、茶叶企业家甲的经销处: where the subject was is no role; the roles begin after 在
            // (not in 民盟在京盟员, whose party stands before it).
            let tail = (at + Self.located.count)..<first.upperBound
            if isRole(tail) || segments.count > 1 { first = tail }
        }
        // One range, as written: the separators between the roles stay.
        let whole = UTF8Scan.trim(bytes, first.lowerBound..<end)
        return whole.isEmpty ? [] : [whole]
    }

    /// Whether `segment` is an institution's name alone (Han characters ending as an employer ends: 学院, 局, 校),
    /// which the segment after it and its post follow (`检验医学院、生命科学学院副院长`).
    func sharesNextPost(_ segment: Range<Int>) -> Bool {
        guard (6...Self.longestSharedInstitution).contains(segment.count), let last = han(segment.upperBound - 3, segment.upperBound),
              Self.employerEnds.contains(last) else { return false }
        return stride(from: segment.lowerBound, to: segment.upperBound, by: 3).allSatisfy { han($0, segment.upperBound).map { !words.clinging.contains($0) } ?? false }
    }

    static let longestSharedInstitution = 3 * 16

    static let agent = Array("由".utf8)
    static let perfective = Array("了".utf8)
    static let located = Array("在".utf8)
    /// Those attending as a group (`列席人员`), written simplified or traditional.
    static let attendeeGroups = ["人员", "人員"].map { Array($0.utf8) }
    /// Others joined to the person (`委员们与`, `代表们和`): two characters each.
    static let othersJoined = ["们与", "们和", "们同"].map { Array($0.utf8) }
    /// The last characters of a meeting's or an event's name before 由 (大会由, 会议由, 活动由, 仪式由, 座谈由,
    /// 论坛由, 培训班由), or of a verb's clause (会见了由…为团长的).
    static let meetingEnds = ["会", "议", "了", "动", "式", "礼", "谈", "坛", "班", "赛"].map { Array($0.utf8) }

    /// Just past `会由` or `议由` in `range`, where what the role names begins.
    func agentMarker(in range: Range<Int>) -> Int? { past(Self.agent, after: Self.meetingEnds, in: range) }

    static let ledBy = Array("以".utf8)
    /// The last characters of a team's name before 以 (调研组以, 代表团以, 工作队以).
    static let teamEnds = ["组", "团", "队"].map { Array($0.utf8) }

    /// Just past `组以` or `团以` in `range`, where the role of the team's head begins (`调研组以…为组长`).
    func teamLedBy(in range: Range<Int>) -> Int? { past(Self.ledBy, after: Self.teamEnds, in: range) }

    /// Just past the last `marker` (one character) in `range` that one of `ends` stands before, where text follows it.
    func past(_ marker: [UInt8], after ends: [[UInt8]], in range: Range<Int>) -> Int? {
        guard let at = UTF8Scan.findLast(marker, in: bytes, from: range.lowerBound + 3, to: range.upperBound),
              ends.contains(where: { UTF8Scan.hasPrefix($0, in: bytes, at: at - 3) }),
              at + marker.count < range.upperBound else { return nil }
        return at + marker.count
    }

    static let elected = Array("当选".utf8)
    /// Verbs of taking a post that open a clause of another person's election (`当选民革省委常委`).
    static let postTaking = ["当选", "担任", "出任", "兼任", "连任", "继任", "升任", "改任", "被选为", "被推选为"].map { Array($0.utf8) }
    /// Characters before 当选 in a role (新当选的, 已当选): no clause of election.
    static let electedModifiers: Set<UInt32> = Set("新已刚再连的".unicodeScalars.map(\.value))

    /// `万某当选为主席`: a name of two characters or more before a verb of election, not after a
    /// count (`9位新当选`) and not ending in a word of time (新, 已 … of `新当选`).
    func isElected(_ name: Range<Int>, verb: Range<Int>) -> Bool {
        guard name.count >= 6, UTF8Scan.find(Self.elected, in: bytes, from: verb.lowerBound, to: verb.upperBound) != nil,
              let last = han(name.upperBound - 3, name.upperBound), !Self.electedModifiers.contains(last) else { return false }
        return name.lowerBound == 0 || !(0x30...0x39).contains(bytes[name.lowerBound - 1])
    }

    /// Whether `segment` states someone's election (`甲当选为主席`) rather than a role.
    func isElectionClause(_ segment: Range<Int>) -> Bool {
        guard let at = UTF8Scan.find(Self.elected, in: bytes, from: segment.lowerBound, to: segment.upperBound),
              at >= segment.lowerBound + 6, let before = han(at - 3, at) else { return false }
        return !Self.electedModifiers.contains(before)
    }

    /// The length of a `、`, `,` or a dash (`副主委——某县文联主席甲`: roles set apart by a dash) just before `at`, else 0.
    func separatorLength(before at: Int) -> Int {
        if at >= 3, UTF8Scan.hasPrefix(Self.enumerationComma, in: bytes, at: at - 3) { return 3 }
        if at >= 1, bytes[at - 1] == 0x2C { return 1 }
        if at >= Self.roleDash.count, UTF8Scan.hasPrefix(Self.roleDash, in: bytes, at: at - Self.roleDash.count) { return Self.roleDash.count }
        return 0
    }

    static let roleDash = Array("——".utf8)

    /// Where the segment ending at `end` starts: after the last `、` `,` `:` `(` `)` space or quote.
    func segmentStart(before end: Int, floor: Int) -> Int {
        var i = end
        while i > floor {
            let b = bytes[i - 1]
            if b < 0x80 {
                // 市工商联(总商会)主席(会长): a body's or a post's second name in brackets stays in the segment.
                if b == 0x29, let open = secondName(closingAt: i - 1, floor: floor) { i = open; continue }
                if b == 0x2C || b == 0x3A || b == 0x28 || b == 0x29 || b == 0x20 || b == 0x3B || b == 0x22 { return i }
                i -= 1
                continue
            }
            // Step back one scalar.
            var j = i - 1
            while j > floor, bytes[j] & 0xC0 == 0x80 { j -= 1 }
            if han(j, i) == nil, i - j == 3 {
                // 民建第二、第三届主委: terms listed before one post stay in its segment.
                if isTermListComma(j) { i = j; continue }
                return i  // 、 “ ” 《 》 and other punctuation
            }
            i = j
        }
        return floor
    }

    /// Where the bracket closing at `close` opens, when it holds a second name of what stands before it: one to six
    /// Han characters, a Han character before it, ending as a body or a post ends (`(总商会)`, `(会长)`, `(市总商会)`).
    func secondName(closingAt close: Int, floor: Int) -> Int? {
        var open = close
        while open - 3 >= floor, han(open - 3, close) != nil, close - open < 18 { open -= 3 }
        guard open > floor, open < close, bytes[open - 1] == 0x28, open - 4 >= floor, han(open - 4, open - 1) != nil,
              let last = han(close - 3, close), Self.secondNameEnds.contains(last) else { return nil }
        return open - 1
    }
    /// How a second name in brackets ends: a body's (总商会) or a post's (会长, 副会长).
    static let secondNameEnds: Set<UInt32> = Set("会长".unicodeScalars.map(\.value))

    /// Whether the 、 at `at` parts two terms' numbers (`第二、第三届`): a numeral before it, 第 after it.
    func isTermListComma(_ at: Int) -> Bool {
        guard at >= 3, at + 6 <= bytes.count, UTF8Scan.hasPrefix(Self.enumerationComma, in: bytes, at: at),
              UTF8Scan.hasPrefix(Self.ordinalWord, in: bytes, at: at + 3), let before = han(at - 3, at) else { return false }
        return SpeakerRoles.termNumerals.contains(before)
    }

    static let ordinalWord = Array("第".utf8)

    /// A segment that is a role: it ends with a title or names a party, and is short.
    func isRole(_ segment: Range<Int>) -> Bool {
        guard segment.count <= 120 else { return false }
        if let last = words.titles.matches(in: bytes, range: segment).last, last.range.upperBound == segment.upperBound { return true }
        // 民盟某区委会庆祝…大会在银川举行, 自治区党委常委甲: a clause that reports a meeting held names a party, no role;
        // so does a meeting studied (学习了中共十八届六中全会、中共某省第十次党代会精神、…): it names one, no role either.
        // Nor does a clause of another person's act (中共某省委书记甲致辞, 省政协主席乙…): it ends in a verb of speaking.
        // (…中共上海市委八届六 / 上午9时,市政协副主席甲: a page cut mid-sentence runs into the next one's time of day.)
        return Self.overlaps(parties, segment) && !Self.meetingHeld.contains { UTF8Scan.find($0, in: bytes, from: segment.lowerBound, to: segment.upperBound) != nil }
            && !Self.timesOfDay.contains { UTF8Scan.find($0, in: bytes, from: segment.lowerBound, to: segment.upperBound) != nil }
            && !Self.meetingNames.contains { UTF8Scan.hasSuffix($0, in: bytes, segment) }
            && !SpeakerRoles.speakingEndBytes.contains { UTF8Scan.hasSuffix($0, in: bytes, segment) }
    }

    /// Times of day: a segment holding one is a clause of the report, no role.
    static let timesOfDay = ["上午", "下午", "中午", "晚上", "凌晨"].map { Array($0.utf8) }
    /// Verbs of a meeting being held: a segment holding one is a clause of the report.
    static let meetingHeld = ["举行", "召开", "开幕", "闭幕"].map { Array($0.utf8) }
    /// How the name of a meeting or of what it said ends (六中全会, 党代会, 全体会议精神).
    static let meetingNames = ["全会", "党代会", "会议", "精神"].map { Array($0.utf8) }

    static let onBehalf = Array("代表".utf8)
    /// Where the body a person speaks for ends (代表民革市委会作…, 代表市工商联以《…》为题, 代表市委向各民主党派…: one body, never a list).
    static let phraseEnds = ["作", "发言", "就", "以", "围绕", "对", "在", "的", "提出", "建议", "表示", "指出", "说", "向", "、", "和", "与", "及"]
        .map { Array($0.utf8) }

    /// Roles stated after the name: `(民进杭州市委会)`, `代表民革平顶山市委会作…`,
    /// also after an honorific (`曹振华委员代表…`).
    func affiliation(after end: Int, _ clause: Range<Int>) -> [Range<Int>] {
        var at = end
        // 刘某社员作…报告: a party's own member word right after the name says whose member the person is.
        if let member = Self.memberWordsAfterName.first(where: { UTF8Scan.hasPrefix($0, in: bytes, at: at) }), at + member.count <= clause.upperBound {
            return [at..<(at + member.count)]
        }
        if !UTF8Scan.hasPrefix(Self.onBehalf, in: bytes, at: at),
           let honorific = words.honorifics.longestMatch(in: bytes, at: at, end: clause.upperBound) {
            at = honorific.range.upperBound
        }
        if at < clause.upperBound, bytes[at] == 0x28,
           let close = UTF8Scan.find([0x29], in: bytes, from: at, to: min(clause.upperBound, at + 150)) {
            let inside = UTF8Scan.trim(bytes, (at + 1)..<close)
            return inside.isEmpty ? [] : [inside]
        }
        guard UTF8Scan.hasPrefix(Self.onBehalf, in: bytes, at: at) else { return [] }
        let start = at + Self.onBehalf.count
        let limit = min(clause.upperBound, start + 90)
        var stop = limit
        var i = start
        while i < limit {
            // 代表全省3800名九三学社社员: a count's digits stay inside the phrase.
            if bytes[i] < 0x80 && !(0x30...0x39).contains(bytes[i]) || Self.phraseEnds.contains(where: { UTF8Scan.hasPrefix($0, in: bytes, at: i) }) { stop = i; break }
            i += UTF8Scan.scalarLength(bytes[i])
        }
        let phrase = start..<stop
        let named = !phrase.isEmpty && Self.overlaps(parties, phrase) ? [phrase] : []
        // 代表市政协经济委员会和经济界: a sector after 和 or 及 is spoken for too.
        if let sector = sectorJoined(from: start, limit: limit) { return named + [sector] }
        return named
    }

    /// Member words no other body's members are called, as a name's honorific (`甲盟员`, `乙社员`).
    static let memberWordsAfterName = ["盟员", "社员"].map { Array($0.utf8) }
    static let sectorJoiners = ["和", "及"].map { Array($0.utf8) }
    static let sectorEnds = ["界别", "界"].map { Array($0.utf8) }
    /// What ends the body spoken for when a sector closes it (`…和经济界作的`, `…界发言`).
    static let sectorPhraseEnds = ["作", "的", "发言", "向", "就"].map { Array($0.utf8) }

    /// The sector after `和` or `及` that closes what follows 代表 at `start`
    /// (`市政协对外友好协会和对外友好界作…`, `…委员会及社会福利和社会保障界作…`): a
    /// party-lexicon term starting right after the joining word and ending in 界 where the phrase ends.
    func sectorJoined(from start: Int, limit: Int) -> Range<Int>? {
        var close = limit
        var i = start
        while i < limit {
            if bytes[i] < 0x80 || Self.sectorPhraseEnds.contains(where: { UTF8Scan.hasPrefix($0, in: bytes, at: i) }) { close = i; break }
            i += UTF8Scan.scalarLength(bytes[i])
        }
        var at = start
        while at < close {
            if let joiner = Self.sectorJoiners.first(where: { UTF8Scan.hasPrefix($0, in: bytes, at: at) }) {
                let from = at + joiner.count
                if let term = parties.first(where: { $0.lowerBound == from }), term.upperBound <= close,
                   Self.sectorEnds.contains(where: { UTF8Scan.hasSuffix($0, in: bytes, from..<close) }) {
                    return from..<close
                }
            }
            at += UTF8Scan.scalarLength(bytes[at])
        }
        return nil
    }

    /// Roles in brackets: they name a party or sector, a title, or a seat (政协, 人大).
    func isRoleText(_ range: Range<Int>) -> Bool {
        if Self.overlaps(parties, range) { return true }
        if !words.titles.matches(in: bytes, range: range).isEmpty { return true }
        // 甲(科技): a member's sector written without its 界.
        if range.count <= 18, !sectorNotes.isEmpty, sectorNotes.contains(scalars(range)) { return true }
        return UTF8Scan.find(Array("政协".utf8), in: bytes, from: range.lowerBound, to: range.upperBound) != nil
    }
}
