/// The parties and sectors around the persons of one document, which give a
/// bare office its party (`社市委副主委`, `盟员`, `当选为副主委`, `界别委员`),
/// and the text after a name that states a membership (`当选为九三学社…主委`,
/// `代表民盟某市第三届委员会`).
///
/// A democratic party's own document (its congress, plenary, activity news)
/// names that party far more often than any other: it is the host when it has
/// at least three of the document's party names and most of them, or when its
/// opening names it and no other party comes near (a congress's guests from
/// the other parties are named once each, `hostLead`). A sentence
/// that names a party before a bare office (`在民进市委会办公室,张某主委`)
/// gives that party first.
struct PartyContext {
    let bytes: [UInt8]
    /// Democratic-party names in the text, in order.
    let parties: [LexiconIndex.Hit]
    /// Federations named in the text (工商联, 妇联, 科协: entries with a `local` body), in order.
    let federations: [LexiconIndex.Hit]
    /// The CPPCC's sectors named in the text (经济界, 农业界别: party entries of kind 界别 with no `local` body), in order.
    let sectorNames: [LexiconIndex.Hit]
    let hostParty: Int?
    /// Sectors and federations written with 界 (经济界, 青联界别), in order: those that may open a sector's paragraph.
    let sectorWords: [LexiconIndex.Hit]
    let hostSector: Int?
    /// The federation whose own meeting the headline names, when no party hosts
    /// (`共青团某市第十五届委员会第四次全体会议`, `团市委十五届五次全会`, `某镇妇联第三届执委会`):
    /// the headline from the federation's place on, for `SpeakerRoles` to read.
    let hostFederation: String?
    /// The party each own member word means in this document (`盟员甲、乙与…`): of the parties
    /// the word may mean, the one the text names most, else for a self-naming word its first.
    let memberWordParties: [String: Int]

    static let minimumHostNames = 3
    /// Member words only one or two parties use, and those parties (会员 and 党员 are every body's).
    static let ownMemberWords: [([UInt8], [String])] = [
        (Array("盟员".utf8), ["中国民主同盟", "台湾民主自治同盟"]), (Array("社员".utf8), ["九三学社"]),
    ]
    /// Own member words that name their party even where the text names none: no other body calls
    /// its members 盟员 (社员 are a cooperative's too, so 社员 needs 九三学社 named in the text).
    static let selfNamingMemberWords: Set<String> = ["盟员"]
    static let associationMember = Array("会员".utf8)
    static let associationMemberParties = ["中国民主建国会", "中国民主促进会"]
    static let federationsWithMembers: Set<String> = ["中华全国工商业联合会"]
    static let hostShare = 0.7
    /// How many times as often as any other party a party the opening names must be named to host.
    static let hostLead = 3
    /// The opening of a document (its headline and first sentence, past a web page's chrome), in bytes.
    static let openingBytes = 600

    init(bytes: [UInt8], hits: [LexiconIndex.Hit], index: LexiconIndex) {
        self.bytes = bytes
        var parties: [LexiconIndex.Hit] = []
        var federations: [LexiconIndex.Hit] = []
        var sectorNames: [LexiconIndex.Hit] = []
        var sectors: Set<Int> = []
        let headlineEnd = bytes.prefix(Self.maximumHeadline).dropFirst(1).firstIndex(of: 0x0A) ?? min(bytes.count, Self.maximumHeadline)
        var headlineSectors: Set<Int> = []
        var headlineNamesSeveral = false
        for hit in hits {
            let entry = index.entries[hit.entry]
            guard entry.label == "Party" else { continue }
            if entry.properties["kind"] == "民主党派" { parties.append(hit) }
            if entry.properties["local"] != nil { federations.append(hit) } else if entry.properties["kind"] == "界别" { sectorNames.append(hit) }
            // 工商联界别政协委员: the sector a report is about.
            if entry.properties["kind"] == "界别",
               UTF8Scan.findLast(Self.sectorChar, in: bytes, from: hit.range.lowerBound, to: min(bytes.count, hit.range.upperBound + 3)) != nil {
                sectors.insert(hit.entry)
                if hit.range.upperBound <= headlineEnd { headlineSectors.insert(hit.entry) }
            }
            // 民盟、农工党、农业界、医药界别委员…: a headline listing several bodies names a joint group, no one sector's.
            if hit.range.upperBound <= headlineEnd, entry.properties["kind"] == "民主党派"
                || UTF8Scan.hasPrefix(Self.enumerationComma, in: bytes, at: hit.range.upperBound)
                || hit.range.lowerBound >= 3 && UTF8Scan.hasPrefix(Self.enumerationComma, in: bytes, at: hit.range.lowerBound - 3) {
                headlineNamesSeveral = true
            }
        }
        self.parties = parties
        self.federations = federations
        self.sectorNames = sectorNames
        sectorWords = (sectorNames + federations).filter { UTF8Scan.find(Self.sectorChar, in: bytes, from: $0.range.lowerBound, to: $0.range.upperBound) != nil }
        var counts: [Int: Int] = [:]
        for p in parties { counts[p.entry, default: 0] += 1 }
        var total = parties.count
        var memberWordParties: [String: Int] = [:]
        let partyEntries = { (names: [String]) in names.compactMap { index.entry(label: "Party", named: $0, city: nil) } }
        // 盟员, 社员: a party's own news calls its members by its own word, which names the party
        // (of those the word may mean, the one the text names most).
        for (word, names) in Self.ownMemberWords {
            let members = Self.occurrences(of: word, in: bytes)
            let entries = partyEntries(names)
            let text = String(decoding: word, as: UTF8.self)
            guard members > 0, let party = Self.mostNamed(entries, counts: counts) else {
                if members > 0, Self.selfNamingMemberWords.contains(text), let first = entries.first { memberWordParties[text] = first }
                continue
            }
            memberWordParties[text] = party
            counts[party, default: 0] += members
            total += members
        }
        self.memberWordParties = memberWordParties
        // 会员: 民建's and 民进's word for their members, counted for the one of them the text names most;
        // a federation's member firms are 会员 too, so not where the text names 工商联 or 商会.
        let namesFederationMembers = hits.contains { Self.federationsWithMembers.contains(index.entries[$0.entry].name) }
        if !namesFederationMembers {
            if let party = Self.mostNamed(partyEntries(Self.associationMemberParties), counts: counts) {
                let members = Self.occurrences(of: Self.associationMember, in: bytes)
                counts[party, default: 0] += members
                total += members
            }
        }
        // 社市委, 社区委委员, 盟市委: a party's own news writes its committees with its one-character short
        // form; they name the party as its full name does, once the text names it.
        for (prefix, names) in SpeakerRoles.shortPrefixes {
            // Sorted: a set's order changes from run to run, and so would the winner of a tie.
            guard let party = Self.mostNamed(partyEntries(names.sorted()), counts: counts) else { continue }
            let committees = Self.ownCommitteeCount(prefix: Array(prefix.utf8), in: bytes)
            counts[party, default: 0] += committees
            total += committees
        }
        // 海珠二支部和海珠三支部分别召开支部换届会议 … 民建市委会某处处长: a text naming one democratic party once among
        // its branches' business (支部, 总支, 基层委员会, not the Communist 党支部) is that party's news.
        // 我会举行全委会议 … 传达民进省委…精神: so is one that calls itself 我会, a party whose name ends in 会 (民进, 民建, 民革).
        if counts.count == 1, let party = counts.first?.key, index.entries[party].properties["kind"] == "民主党派" {
            let branches = Self.branchWords.reduce(0) { $0 + Self.occurrences(of: $1, in: bytes, notAfter: Self.partyChar) }
                + (index.entries[party].name.hasSuffix("会") ? Self.occurrences(of: Self.ourAssociation, in: bytes) : 0)
            if branches >= Self.minimumHostNames {
                counts[party, default: 0] += branches
                total += branches
            }
        }
        // 市委会围绕…提交了集体提案, 市委会被评为…: where the text names one democratic party, its committee
        // written bare (市委会, 省委会: a democratic party's word; the Communist Party's is 市委) is that party's.
        // Twice at least: a report naming one party's 市委会副主委 once is no news of that party.
        if counts.count == 1, let party = counts.first?.key {
            let committees = Self.democraticCommitteeCount(in: bytes, after: parties.map(\.range.upperBound))
            if committees >= 2 {
                counts[party, default: 0] += committees
                total += committees
            }
        }
        let top = counts.max { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }
        hostParty = top.flatMap { top in
            // 民革某市委召开座谈会 … 党员甲、乙发言: a short text of one party's news, its headline naming the
            // party and no other party named anywhere, is that party's with two names.
            if top.value >= Self.minimumHostNames - 1, counts.count == 1,
               parties.contains(where: { $0.entry == top.key && $0.range.upperBound <= headlineEnd }) { return top.key }
            guard top.value >= Self.minimumHostNames else { return nil }
            if Double(top.value) >= Self.hostShare * Double(total) { return top.key }
            // 中国民主促进会某市第六次会员大会 … 民革市委会副主委、民盟市委会副主委… 莅临祝贺:
            // the party the opening names, far ahead of the guests.
            let opens = parties.contains { $0.entry == top.key && $0.range.lowerBound < Self.openingBytes }
            let runnerUp = counts.filter { $0.key != top.key }.map(\.value).max() ?? 0
            return opens && top.value >= Self.hostLead * runnerUp ? top.key : nil
        }
        hostSector = sectors.count == 1 ? sectors.first : nil
        hostFederation = hostParty == nil
            ? Self.federationMeeting(bytes, federations: federations, parties: parties, index: index)
                ?? Self.federationAbout(bytes, federations: federations, parties: parties, index: index)
            : nil
        // 医药卫生界委员热议医改: a headline naming the one sector the document is about (whatever sectors
        // the report names for some of its speakers: 少数民族界委员甲).
        headlineSector = hostParty == nil && hostFederation == nil && headlineSectors.count == 1 && !headlineNamesSeveral ? headlineSectors.first : nil
    }

    /// The sector whose members' group the document reports, when its headline names it
    /// and no other sector is named with 界 (`医药卫生界委员热议…`): those named by seats only are its members.
    let headlineSector: Int?

    /// Words of a body's own meeting in a headline (全体会议, 全会, 代表大会, 执委会, 常委会).
    static let ownMeetings = ["全体", "全会", "代表大会", "执委", "常委会", "换届", "委员大会"].map { Array($0.utf8) }
    static let maximumHeadline = 150

    /// The headline from the federation's place on, when the headline names one
    /// federation's own meeting and no party (see `hostFederation`).
    static func federationMeeting(_ bytes: [UInt8], federations: [LexiconIndex.Hit], parties: [LexiconIndex.Hit], index: LexiconIndex) -> String? {
        var start = 0
        while start < bytes.count, bytes[start] == 0x0A || bytes[start] == 0x20 || bytes[start] == 0x0D { start += 1 }
        var end = start
        while end < bytes.count, bytes[end] != 0x0A, end - start < maximumHeadline { end += 1 }
        let inHeadline = federations.filter { $0.range.lowerBound >= start && $0.range.upperBound <= end }
        guard let hit = inHeadline.first, Set(inHeadline.map(\.entry)).count == 1,
              !parties.contains(where: { $0.range.lowerBound < end }), !namesAssociation(bytes, of: hit),
              ownMeetings.contains(where: { UTF8Scan.find($0, in: bytes, from: hit.range.upperBound, to: end) != nil })
        else { return nil }
        return String(decoding: bytes[placeStart(of: hit, after: start, bytes: bytes, index: index)..<end], as: UTF8.self)
    }

    /// Whether the federation at `hit` names an association of its own right after it (`省侨联海外侨社团联谊总会`,
    /// `市工商联青年企业家商会`): that body's posts and meetings are the association's, not the federation's.
    static func namesAssociation(_ bytes: [UInt8], of hit: LexiconIndex.Hit) -> Bool {
        var at = hit.range.upperBound
        while at - hit.range.upperBound < 3 * longestAssociation, UTF8Scan.isHan(bytes, at: at) {
            if UTF8Scan.hasPrefix(termWord, in: bytes, at: at) { return false }
            at += 3
            if at - hit.range.upperBound >= 6, associationEnds.contains(where: { UTF8Scan.hasSuffix($0, in: bytes, hit.range.upperBound..<at) }) { return true }
        }
        return false
    }
    static let longestAssociation = 14
    static let termWord = Array("届".utf8)
    static let associationEnds = ["总会", "协会", "联谊会", "商会", "研究会", "促进会", "基金会", "学会"].map { Array($0.utf8) }

    /// Where the federation at `hit` begins with its place (not before `start`): 共青团绵阳市… has the
    /// league's place after its name; 王店镇妇联 a federation's before it.
    static func placeStart(of hit: LexiconIndex.Hit, after start: Int, bytes: [UInt8], index: LexiconIndex) -> Int {
        var from = hit.range.lowerBound
        guard index.entries[hit.entry].properties["local-prefix"] == nil else { return from }
        // (大会选举王某为县妇联主席: no place's name runs back over 为 and the name, as in `federationSurface`.)
        while from >= 3, from - 3 >= start, UTF8Scan.isHan(bytes, at: from - 3), !beforePlace.contains(FederationPlace.scalar(bytes, at: from - 3)),
              hit.range.lowerBound - (from - 3) <= 3 * (FederationPlace.longestPlace + 2) { from -= 3 }
        // 选举产生某管理区妇联: the place begins after the verb.
        from = FederationPlace.placeStart(bytes, from..<hit.range.lowerBound)
        while from < hit.range.lowerBound, !FederationPlace.isPlace(bytes, from..<hit.range.lowerBound) { from += 3 }
        return from
    }

    /// Words of the CPPCC (its name, its sectors): a text that has them reports the CPPCC, not a federation's own business.
    static let cppccWords = ["政协", "界别"].map { Array($0.utf8) }
    static let minimumFederationNames = 3

    /// A report of one federation's own business whose headline does not say so (`…全国台联第九届理事会…
    /// 14人当选为副会长`): the federation, with its place as first written, when the text names it at least
    /// three times, names no other federation, names it more often than any party, and names no CPPCC
    /// nor its sectors (whose bare 副主席 and 委员 are the CPPCC's).
    static func federationAbout(_ bytes: [UInt8], federations: [LexiconIndex.Hit], parties: [LexiconIndex.Hit], index: LexiconIndex) -> String? {
        guard let first = federations.first, federations.count >= minimumFederationNames, federations.allSatisfy({ $0.entry == first.entry }),
              parties.count < federations.count,
              !Self.cppccWords.contains(where: { UTF8Scan.find($0, in: bytes, from: 0) != nil }),
              // 区工商联安徽商会成立十周年: a text mostly about a chamber the federation holds is the chamber's.
              federations.filter({ namesAssociation(bytes, of: $0) }).count * 2 < federations.count
        else { return nil }
        // 成都宁波经促会(商会)…特邀市工商联领导…: a text that names a chamber of commerce (not the federation's own
        // 总商会, nor `工商联(商会)`) as often as the federation is the chamber's news, the federation its guest.
        guard chamberMentions(bytes) < federations.count else { return nil }
        return String(decoding: bytes[placeStart(of: first, after: 0, bytes: bytes, index: index)..<first.range.upperBound], as: UTF8.self)
    }

    /// How often the text names a chamber of commerce of its own (`商会`, not `总商会` nor `工商联(商会)`).
    static func chamberMentions(_ bytes: [UInt8]) -> Int {
        var count = 0
        var from = 0
        while let at = UTF8Scan.find(chamber, in: bytes, from: from) {
            from = at + chamber.count
            if !namesFederationAsChamber(bytes, at: at) { count += 1 }
        }
        return count
    }

    static let listJoiners = ["、", "，", ",", "和", "及"].map { Array($0.utf8) }
    static let attendanceVerbs = PersonReader.attendanceVerbs
    static let has = Array("有".utf8)
    static let still = Array("还".utf8)
    static let of = Array("的".utf8)
    static let fullColon = Array("：".utf8)
    /// How far before `的有` the verb of attendance may stand (`出席今天会议的有`), in bytes.
    static let attendanceLabel = 30

    /// Whether the name starting at `start` stands in a list of those who attended
    /// (`出席会议的有甲、乙`, `参加会议的还有丙`): back over the list's names
    /// (`nameStarts`: where each name ending at a byte starts), to `的有` or `的还有`
    /// after a verb of attendance.
    func inAttendanceList(_ start: Int, nameStarts: [Int: Int]) -> Bool {
        var p = listFirstName(start, nameStarts: nameStarts)
        while p > 0, bytes[p - 1] == 0x20 || bytes[p - 1] == 0x0A || bytes[p - 1] == 0x0D { p -= 1 }
        if p >= 3, UTF8Scan.hasPrefix(Self.fullColon, in: bytes, at: p - 3) { p -= 3 } else if p >= 1, bytes[p - 1] == 0x3A { p -= 1 }
        guard p >= 6, UTF8Scan.hasPrefix(Self.has, in: bytes, at: p - 3) else { return false }
        p -= 3
        if UTF8Scan.hasPrefix(Self.still, in: bytes, at: p - 3) { p -= 3 }
        guard p >= 3, UTF8Scan.hasPrefix(Self.of, in: bytes, at: p - 3) else { return false }
        p -= 3
        let from = max(sentenceStart(before: p), p - Self.attendanceLabel)
        return Self.attendanceVerbs.contains { UTF8Scan.find($0, in: bytes, from: from, to: p) != nil }
    }

    /// Where the list of names that the name at `start` closes or continues (`甲、乙和|丙`) begins: back over
    /// joiners to each name before, as `nameStarts` (a name's end to its start) knows them.
    func listFirstName(_ start: Int, nameStarts: [Int: Int]) -> Int {
        var p = start
        while let joiner = Self.listJoiners.first(where: { p >= $0.count && UTF8Scan.hasPrefix($0, in: bytes, at: p - $0.count) }),
              let previous = nameStarts[p - joiner.count] ?? nameStarts[personNoteStart(before: p - joiner.count)] {
            p = previous
        }
        return p
    }

    /// `选举产生了…第五届委员会。由甲、乙(女)、丙…`, `新一届理事会由甲、乙…组成`: whether the name at `name` is in a list
    /// after 由 that follows the body elected (those who make it up: at a body's own meeting, its members).
    func composesBody(_ name: Range<Int>, nameStarts: [Int: Int]) -> Bool {
        var p = listFirstName(name.lowerBound, nameStarts: nameStarts)
        guard p >= Self.presidedBy.count, UTF8Scan.hasPrefix(Self.presidedBy, in: bytes, at: p - Self.presidedBy.count) else { return false }
        p -= Self.presidedBy.count
        if p >= 3, UTF8Scan.hasPrefix(Self.fullStop, in: bytes, at: p - 3) { p -= 3 } else if p >= 1, bytes[p - 1] == 0x2C { p -= 1 }
        return Self.composedBodies.contains { p >= $0.count && UTF8Scan.hasPrefix($0, in: bytes, at: p - $0.count) }
    }
    static let composedBodies = ["委员会", "常委会", "主席团", "理事会", "执委会", "领导班子"].map { Array($0.utf8) }

    /// `大会由甲、乙、丙主持`: whether the name at `name` is in a list after 由 that 主持 closes
    /// (those presiding over the meeting; at a body's own meeting, its members).
    func presides(_ name: Range<Int>, nameStarts: [Int: Int], nameEnds: [Int: Int]) -> Bool {
        let p = listFirstName(name.lowerBound, nameStarts: nameStarts)
        guard p >= Self.presidedBy.count, UTF8Scan.hasPrefix(Self.presidedBy, in: bytes, at: p - Self.presidedBy.count) else { return false }
        var q = name.upperBound
        while let joiner = Self.listJoiners.first(where: { UTF8Scan.hasPrefix($0, in: bytes, at: q) }), let next = nameEnds[q + joiner.count] {
            q = next
        }
        return Self.presiding.contains { UTF8Scan.hasPrefix($0, in: bytes, at: q) }
    }

    static let presidedBy = Array("由".utf8)
    static let presiding = ["主持", "共同主持", "轮流主持", "分别主持"].map { Array($0.utf8) }

    /// Of these parties, the one the text names most; none when it names none of them.
    static func mostNamed(_ entries: [Int], counts: [Int: Int]) -> Int? {
        entries.filter { counts[$0] != nil }.max { counts[$0]! < counts[$1]! }
    }

    static let sectorChar = Array("界".utf8)
    static let fullStop = Array("。".utf8)

    /// The committees a one-character short form opens (`社市委`, `社区委`, `盟省委`), not counting
    /// words that only begin with it (`社区委员会` is a neighbourhood's committee).
    static func ownCommitteeCount(prefix: [UInt8], in bytes: [UInt8]) -> Int {
        var count = 0
        for level in ownCommitteeLevels {
            let word = prefix + level
            var at = 0
            while let found = UTF8Scan.find(word, in: bytes, from: at, to: bytes.count) {
                at = found + word.count
                // 民盟市委, 九三学社市委: the full name's last character, counted with the name already.
                let fullName = found >= 3 && partyNameEnds.contains(where: { UTF8Scan.hasPrefix($0, in: bytes, at: found - 3) })
                if !fullName, !UTF8Scan.hasPrefix(committeeMemberTail, in: bytes, at: at) { count += 1 }
            }
        }
        return count
    }

    /// A democratic party's committee written with its level alone (`市委会`, `省委会`), not a meeting (`县委会议`).
    static let democraticCommittees = ["市委会", "省委会", "区委会", "县委会", "州委会"].map { Array($0.utf8) }
    static let meetingTail = Array("议".utf8)

    /// How often such a committee stands bare: not closing a party's name and its place
    /// (`民进甘肃省委会`, counted with the name already: `partyEnds`, where the party's names end).
    static func democraticCommitteeCount(in bytes: [UInt8], after partyEnds: [Int]) -> Int {
        var count = 0
        for word in democraticCommittees {
            var at = 0
            while let found = UTF8Scan.find(word, in: bytes, from: at, to: bytes.count) {
                at = found + word.count
                // (社市委会: the one-character short form, counted with its committees.)
                let named = partyEnds.contains { end in
                    end <= found && found - end <= maximumPlaceBytes && stride(from: end, to: found, by: 3).allSatisfy { UTF8Scan.isHan(bytes, at: $0) }
                } || found >= 3 && SpeakerRoles.shortPrefixes.contains { UTF8Scan.hasPrefix(Array($0.prefix.utf8), in: bytes, at: found - 3) }
                if !named, !UTF8Scan.hasPrefix(meetingTail, in: bytes, at: at) { count += 1 }
            }
        }
        return count
    }
    /// The longest place between a party's name and its committee (`民进|内蒙古自治区|委员会`), in bytes.
    static let maximumPlaceBytes = 3 * 8

    /// The characters before 盟 or 社 in a party's full name (民盟, 台盟, 九三学社) or another word (联盟).
    static let partyNameEnds = ["民", "台", "学", "联", "结", "同"].map { Array($0.utf8) }
    static let ownCommitteeLevels = ["市委", "省委", "区委", "县委", "中央"].map { Array($0.utf8) }
    /// 员会 after 区委 makes 社区委员会.
    static let committeeMemberTail = Array("员会".utf8)

    /// A democratic party's branches and grassroots committees (the Communist Party's are 党支部, 党总支).
    static let branchWords = ["支部", "支社", "总支", "基层委员会"].map { Array($0.utf8) }
    static let partyChar = Array("党".utf8)
    static let ourAssociation = Array("我会".utf8)

    /// How often `word` occurs in `bytes` (where `before`, when given, does not stand right before it).
    static func occurrences(of word: [UInt8], in bytes: [UInt8], notAfter before: [UInt8] = []) -> Int {
        var count = 0
        var at = 0
        while let found = UTF8Scan.find(word, in: bytes, from: at) {
            if before.isEmpty || found < before.count || !UTF8Scan.hasPrefix(before, in: bytes, at: found - before.count) { count += 1 }
            at = found + word.count
        }
        return count
    }

    /// Where the sentence holding `at` begins (after 。, !, ?, ; or a line break).
    func sentenceStart(before at: Int) -> Int {
        var p = at
        while p > 0 {
            let b = bytes[p - 1]
            if b == 0x0A || b == 0x21 || b == 0x3F || b == 0x3B { return p }
            if p >= 3, UTF8Scan.hasPrefix(Self.fullStop, in: bytes, at: p - 3) { return p }
            p -= 1
        }
        return 0
    }

    /// The context of a name at `name`: the document's host, and the last party its sentence names before it.
    func context(at name: Int) -> SpeakerRoles.Context {
        let start = sentenceStart(before: name)
        let sentence = parties.last { $0.range.lowerBound >= start && $0.range.upperBound <= name && !isSpokenFor($0) }
        // 市医学会某专业委员会成立,王某任主任委员: the office is the society's, named after any party.
        // (以及世福总会名誉会长甲, 山西省广东商会会长乙: a hometown association's or chamber's office too; 总会计师 is no
        // 总会, and 总商会 and `工商联(商会)` name the federation of industry and commerce itself.)
        let society = lastSociety(from: start, to: name)
        if let society, society >= (sentence?.range.upperBound ?? start) {
            return SpeakerRoles.Context(hostParty: nil, sentenceParty: nil, hostSector: hostSector)
        }
        // 区妇联第五届执委会…,甲当选为副主席: a bare post is of the federation the sentence names last,
        // unless a party is named after it.
        // 在群众团体、工商联讨论组,委员甲: a group's name, no body of the post.
        // 甲代表市工商联以《…》为题,常委乙代表农工党…: a federation another speaker spoke for is that speaker's seat, no body of the post.
        // 各民主党派、工商联原主委(会长)甲…,主委(主席)乙: posts of all the parties and the federation at once are no one body's.
        let federation = UTF8Scan.find(SpeakerRoles.democraticPartyBytes, in: bytes, from: start, to: name) != nil ? nil
            : federations.last { $0.range.lowerBound >= start && $0.range.upperBound <= name && !namesGroup($0) && !isSpokenFor($0) }
        let nearer = federation.flatMap { f in
            f.range.lowerBound > (sentence?.range.lowerBound ?? -1) && !Self.namesAssociation(bytes, of: f) ? federationSurface(f) : nil
        }
            ?? (sentence == nil && federation == nil ? electingFederation(sentenceAt: start, before: name) : nil)
        return SpeakerRoles.Context(hostParty: hostParty, sentenceParty: sentence?.entry, hostSector: hostSector, sentenceFederation: nearer,
                                    paragraphParty: sentence == nil ? paragraphParty(before: name) : nil,
                                    ownCommitteeSentence: writesOwnCommittee(from: start), hostFederation: hostFederation,
                                    memberWordParties: memberWordParties, listedAfterParty: sentence.map { listed(from: $0.range.upperBound, to: name) } ?? false)
    }

    /// Whether only a list's items part `from` and `to`: a 、 between them, and no comma, semicolon or colon.
    func listed(from: Int, to: Int) -> Bool {
        guard from < to, UTF8Scan.find(Self.enumerationComma, in: bytes, from: from, to: to) != nil else { return false }
        return !bytes[from..<to].contains { $0 == 0x2C || $0 == 0x3B || $0 == 0x3A }
    }

    /// Words of an election (`选举`, `当选`, `补选`, `增补`), whose sentence may leave out the body elected to.
    static let electionWords = ["选", "增补"].map { Array($0.utf8) }

    /// `选举甲为某省妇联主席,选举乙为副主席。同时,选举丙为兼职副主席`: a sentence of an election that names
    /// no body is of the federation the paragraph named last before it (with its place), when no
    /// party is named after that federation; nil otherwise.
    func electingFederation(sentenceAt start: Int, before name: Int) -> String? {
        let lineEnd = UTF8Scan.find([0x0A], in: bytes, from: start) ?? bytes.count
        let end = UTF8Scan.find(Self.fullStop, in: bytes, from: start, to: lineEnd) ?? lineEnd
        guard Self.electionWords.contains(where: { UTF8Scan.find($0, in: bytes, from: start, to: end) != nil }) else { return nil }
        var paragraph = start
        while paragraph > 0, bytes[paragraph - 1] != 0x0A { paragraph -= 1 }
        guard let federation = federations.last(where: { $0.range.lowerBound >= paragraph && $0.range.upperBound <= start }),
              !parties.contains(where: { $0.range.lowerBound > federation.range.lowerBound && $0.range.upperBound <= name }),
              // 市侨联海外联谊总会…会员代表大会召开。…大会选举甲为会长: the association's election, not the federation's.
              !federations.contains(where: { $0.range.lowerBound >= paragraph && $0.range.upperBound <= start && Self.namesAssociation(bytes, of: $0) })
        else { return nil }
        return federationSurface(federation)
    }

    /// Bare committees of a place's level (`市委`, not `民建市委` nor `某市委`).
    static let bareCommittees = ["市委", "省委", "区委", "县委"].map { Array($0.utf8) }
    static let democraticOffices = SpeakerRoles.partyOffices.map { Array($0.utf8) }

    /// Whether the sentence from `start` writes a bare committee with a democratic party's office
    /// (`市委主委甲`, `市委副主委乙`): only a democratic party has 主委, so its 市委 is that party's.
    func writesOwnCommittee(from start: Int) -> Bool {
        // The sentence ends at a line break or 。; each committee is searched for (memchr), not every character tried.
        let lineEnd = UTF8Scan.find([0x0A], in: bytes, from: start) ?? bytes.count
        let end = UTF8Scan.find(Self.fullStop, in: bytes, from: start, to: lineEnd) ?? lineEnd
        for committee in Self.bareCommittees {
            var from = start
            while let at = UTF8Scan.find(committee, in: bytes, from: from, to: end) {
                from = at + committee.count
                guard at < start + 3 || !UTF8Scan.isHan(bytes, at: at - 3) else { continue }
                if Self.democraticOffices.contains(where: { UTF8Scan.hasPrefix($0, in: bytes, at: at + committee.count) }) { return true }
            }
        }
        return false
    }

    /// The one democratic party the paragraph names before `at` (`民建某市委会第三支部召开…。支部主委甲`), if it names one only.
    func paragraphParty(before at: Int) -> Int? {
        var start = at
        while start > 0, bytes[start - 1] != 0x0A { start -= 1 }
        var found: Int?
        for p in parties where p.range.lowerBound >= start && p.range.upperBound <= at {
            if let found, found != p.entry { return nil }
            found = p.entry
        }
        return found
    }

    /// Characters that end the words before a federation's place (`选举产生了|区妇联`, `当选为|中国科协`).
    static let beforePlace: Set<UInt32> = Set("的了为在是和与及由选任向对至有".unicodeScalars.map(\.value))
    static let maximumPlace = 8

    /// The federation at `hit` as written with its place (`区妇联`, `重庆市工商联`, `中国科协`,
    /// `全国妇联`): the longest run of Han characters before it that names a place
    /// (`FederationPlace.isPlace`), else the federation alone.
    func federationSurface(_ hit: LexiconIndex.Hit) -> String {
        var from = hit.range.lowerBound
        var count = 0
        while from >= 3, count < Self.maximumPlace, UTF8Scan.isHan(bytes, at: from - 3),
              !Self.beforePlace.contains(FederationPlace.scalar(bytes, at: from - 3)) {
            from -= 3
            count += 1
        }
        // 选举产生某管理区妇联: the place begins after the verb; then the longest suffix of that run
        // that is a place (原中国科协: 中国).
        from = FederationPlace.placeStart(bytes, from..<hit.range.lowerBound)
        while from < hit.range.lowerBound, !FederationPlace.isPlace(bytes, from..<hit.range.lowerBound) { from += 3 }
        // 某区召开换届暨全区妇联: the whole district is the one the sentence names before.
        if let named = wholePlace(from..<hit.range.lowerBound) {
            return named + String(decoding: bytes[hit.range], as: UTF8.self)
        }
        return String(decoding: bytes[from..<hit.range.upperBound], as: UTF8.self)
    }

    /// The place of a level the sentence names before `range` when `range` is `全` and that level
    /// (`云溪区召开换届暨全区…` → `云溪区`), else nil.
    func wholePlace(_ range: Range<Int>) -> String? {
        guard range.count == 6, FederationPlace.scalar(bytes, at: range.lowerBound) == FederationPlace.whole else { return nil }
        let level = Array(bytes[(range.lowerBound + 3)..<range.upperBound])
        let start = sentenceStart(before: range.lowerBound)
        guard let at = UTF8Scan.findLast(level, in: bytes, from: start, to: range.lowerBound) else { return nil }
        var from = at
        while from - 3 >= start, at - from < 3 * FederationPlace.longestPlace, UTF8Scan.isHan(bytes, at: from - 3) { from -= 3 }
        from = FederationPlace.placeStart(bytes, from..<(at + 3))
        while from < at, !FederationPlace.isPlace(bytes, from..<(at + 3)) { from += 3 }
        guard at - from >= 6 else { return nil }
        return String(decoding: bytes[from..<(at + 3)], as: UTF8.self)
    }

    /// Bodies other than a party that have committees and 主任委员 of their own.
    static let societies = ["学会", "协会", "研究会", "基金会", "专业委员会", "总会", "同乡会", "商会"].map { Array($0.utf8) }
    static let generalChamber = Array("总商会".utf8)

    /// Where the last society word in `start..<end` starts (`学会`, `同乡会`, `商会` …): one backward scan over 会, which
    /// each of them ends with.
    func lastSociety(from start: Int, to end: Int) -> Int? {
        var to = end
        while let hit = UTF8Scan.findLast(Self.society, in: bytes, from: start, to: to) {
            to = hit
            let close = hit + Self.society.count
            for word in Self.societies where close - word.count >= start && UTF8Scan.hasSuffix(word, in: bytes, start..<close) {
                let at = close - word.count
                if !UTF8Scan.hasPrefix(Self.chiefAccountant, in: bytes, at: at), !namesFederationAsChamber(at: at) { return at }
            }
        }
        return nil
    }
    static let society = Array("会".utf8)

    /// Whether the 商会 at `at` is the federation's other name: `总商会`, `中国民间商会` (the national one), or in a
    /// bracket after it (`镇工商联(商会)`).
    func namesFederationAsChamber(at: Int) -> Bool { Self.namesFederationAsChamber(bytes, at: at) }

    static func namesFederationAsChamber(_ bytes: [UInt8], at: Int) -> Bool {
        UTF8Scan.hasPrefix(Self.chamber, in: bytes, at: at)
            && (at >= 3 && UTF8Scan.hasPrefix(Self.generalChamber, in: bytes, at: at - 3) || at >= 1 && bytes[at - 1] == 0x28
                || at >= Self.nationalChamber.count && UTF8Scan.hasPrefix(Self.nationalChamber, in: bytes, at: at - Self.nationalChamber.count))
    }
    static let chamber = Array("商会".utf8)
    static let nationalChamber = Array("中国民间".utf8)
    static let chiefAccountant = Array("总会计".utf8)

    static let comrade = Array("同志".utf8)
    static let addresses = ["同志", "先生", "女士"].map { Array($0.utf8) }
    static let joiners = ["、", "和", "及"].map { Array($0.utf8) }
    static let eachOf = ["分别", "先后", "相继"].map { Array($0.utf8) }
    /// How a person was elected, between the name and 当选 (`满票当选`, `成功当选`).
    static let howElected = ["满票", "全票", "高票", "成功", "顺利", "当场", "光荣", "再次", "再度", "继续", "连续"].map { Array($0.utf8) }
    static let etc = Array("等".utf8)
    static let countDigits: Set<UInt8> = Set(Array("0123456789".utf8))
    static let countHan = ["一", "二", "两", "三", "四", "五", "六", "七", "八", "九", "十", "百", "多", "余"].map { Array($0.utf8) }
    static let personCounters = ["人", "名", "位"].map { Array($0.utf8) }
    /// Who the counted persons are (`等30名会员`, `等五位同志`).
    static let countedPersons = ["会员", "盟员", "社员", "党员", "委员", "同志", "代表"].map { Array($0.utf8) }

    /// Past `等18人`, `等三位`, `等30名会员` at `at` (a count of persons after a name), else `at`.
    func pastCount(_ at: Int) -> Int {
        // 甲、乙、丙3名同志加入民盟: a list's count may follow its last name without 等.
        let etc = UTF8Scan.hasPrefix(Self.etc, in: bytes, at: at)
        var i = etc ? at + Self.etc.count : at
        let start = i
        while i < bytes.count {
            if Self.countDigits.contains(bytes[i]) { i += 1; continue }
            guard let han = Self.countHan.first(where: { UTF8Scan.hasPrefix($0, in: bytes, at: i) }) else { break }
            i += han.count
        }
        guard i > start, let counter = Self.personCounters.first(where: { UTF8Scan.hasPrefix($0, in: bytes, at: i) }) else { return at }
        i += counter.count
        if let who = Self.countedPersons.first(where: { UTF8Scan.hasPrefix($0, in: bytes, at: i) }) { i += who.count }
        return i
    }
    /// Seats of a standing or executive committee written out (`常务委员会委员`), and as a bare post is written.
    static let longSeats = [(long: "常务委员会委员", short: "常务委员"), (long: "执行委员会委员", short: "执行委员")]
    /// Verbs after a name that give it a post: election, and office in a history (`A任主任委员`, `B担任副主委`).
    static let elected = ["当选为", "当选", "为", "担任", "出任", "兼任", "历任", "连任", "任", "被授予", "被聘为", "被聘请为", "被聘任为", "被任命为", "被选举为", "被选为", "被增选为", "被补选为", "被推选为"].map { Array($0.utf8) }
    static let election = Array("当选".utf8)
    static let bareAs = Array("为".utf8)
    /// What one does for a body after a bare 为 (`为某支部授牌`), no post in it.
    static let actsForBody = ["授牌", "授印", "授旗", "揭牌", "颁奖", "颁证", "颁发", "题词", "题写", "授课", "讲课", "作报告", "送去", "捐赠", "赠送", "站台", "点赞"].map { Array($0.utf8) }
    /// Words of a past time before a verb of office (`曾任`, `曾经担任`).
    static let formerly = ["曾经", "曾"].map { Array($0.utf8) }
    static let onBehalf = Array("代表".utf8)
    static let enumerationComma = Array("、".utf8)
    /// Words that end a phrase after 代表 (`代表民盟市委向大会…`, `…作工作报告`, `代表市工商联以《…》为题`).
    static let behalfEnds = ["向", "作", "做", "所", "出席", "致", "的", "对", "在", "以", "围绕", "发言", "讲话", "参加", "表示", "及", "和", "到会", "祝贺", "先后"].map { Array($0.utf8) }
    static let electedEnds = ["的", "和", "及"].map { Array($0.utf8) }
    // (代表兄弟区县青联: the fraternal places' bodies, many of them.)
    static let collective = ["各", "全体", "兄弟"].map { Array($0.utf8) }
    static let maximumPhrase = 90

    /// The phrases after a name that state what the person was elected or
    /// speaks for (`张某当选为民盟…主委`, `李某、王某当选为副主委`,
    /// `赵某同志代表民盟某市第三届委员会`); later names of the same
    /// list (`nameEnds`: where each name of the document starting at a byte ends) are skipped.
    func phrasesAfter(_ end: Int, limit: Int, nameEnds: [Int: Int], chainEnds: [Int: Int] = [:]) -> [String] {
        var at = end
        // (增补甲女士为常委: 先生 and 女士 as 同志.)
        func skipComrade() {
            // (Cheap test first: the three words open with the byte E5.)
            guard at < bytes.count, bytes[at] == 0xE5, let word = Self.addresses.first(where: { UTF8Scan.hasPrefix($0, in: bytes, at: at) }) else { return }
            at += word.count
        }
        // 甲委员和乙委员来自…: the seat after each name of the list.
        func skipSeat() {
            if UTF8Scan.hasPrefix(Self.memberSeat, in: bytes, at: at),
               Self.joiners.contains(where: { UTF8Scan.hasPrefix($0, in: bytes, at: at + Self.memberSeat.count) }) { at += Self.memberSeat.count }
        }
        // 陈某(女)当选为: a note of the person's sex or nationality after the name.
        func skipNote() { at = pastPersonNote(at) }
        skipNote()
        skipComrade()
        skipSeat()
        var later = 0
        // 某公司董事长甲、某公司总经理乙为副主委: a name after its own roles goes on with the list.
        while let joiner = Self.joiners.first(where: { UTF8Scan.hasPrefix($0, in: bytes, at: at) }),
              let next = nameEnds[at + joiner.count] ?? (joiner == Self.enumerationComma ? chainEnds[at + joiner.count] : nil) {
            at = next
            later += 1
            skipNote()
            skipComrade()
            skipSeat()
        }
        // 团中央书记处书记甲、乙,某院士丙,某公司董事长丁等20人当选为副主席: names each after its own roles,
        // parted by commas and closed by 等, a count and an election: the post is every name's.
        if !chainEnds.isEmpty, let closing = electedListEnd(from: at, limit: limit, nameEnds: nameEnds, chainEnds: chainEnds) { at = closing }
        // 潘某等18人当选为副主席: the count of the others elected with the person (丙等为副主委: or 等 alone).
        at = pastCount(at)
        // (甲、乙等同志当选为…: 等 and 同志 before the verb.)
        let afterEtc = at + Self.etc.count + (UTF8Scan.hasPrefix(Self.comrade, in: bytes, at: at + Self.etc.count) ? Self.comrade.count : 0)
        if UTF8Scan.hasPrefix(Self.etc, in: bytes, at: at), Self.elected.contains(where: { UTF8Scan.hasPrefix($0, in: bytes, at: afterEtc) }) {
            at = afterEtc
        }
        skipComrade()
        // 分别当选为, 先后任: each of the list took the post; 满票当选, 成功当选: how.
        let listEnd = at
        let each = Self.eachOf.first(where: { UTF8Scan.hasPrefix($0, in: bytes, at: at) })
        if let each { at += each.count }
        if let how = Self.howElected.first(where: { UTF8Scan.hasPrefix($0, in: bytes, at: at) }) { at += how.count }
        // 甲曾任九三学社某市委副主委: a former post still states the membership.
        if let once = Self.formerly.first(where: { UTF8Scan.hasPrefix($0, in: bytes, at: at) }) { at += once.count }
        // 甲委员来自民进界别, 乙、丙2位来自经济界: the sector the member comes from.
        var origin = at
        if UTF8Scan.hasPrefix(Self.memberSeat, in: bytes, at: origin) { origin += Self.memberSeat.count }
        if UTF8Scan.hasPrefix(Self.comesFrom, in: bytes, at: origin) {
            guard let sector = phrase(from: origin + Self.comesFrom.count, limit: limit, ends: Self.electedEnds),
                  Self.sectorEnds.contains(where: { UTF8Scan.hasSuffix($0, in: bytes, sector) }) else { return [] }
            return [String(decoding: bytes[(sector.lowerBound - Self.comesFrom.count)..<sector.upperBound], as: UTF8.self)]
        }
        // 我校九三甲委员,代表九三学社某省委员会作了…的发言: a comma before 代表 parts nothing from the speaker.
        if at + 1 < limit, bytes[at] == 0x2C, UTF8Scan.hasPrefix(Self.onBehalf, in: bytes, at: at + 1) { at += 1 }
        // 甲委员作为第20组经济界的召集人: convening a sector's or a party's group is being of it.
        if UTF8Scan.hasPrefix(Self.asRole, in: bytes, at: at), let group = convenedGroup(from: at + Self.asRole.count, limit: limit) {
            return [String(decoding: bytes[group], as: UTF8.self)]
        }
        if UTF8Scan.hasPrefix(Self.onBehalf, in: bytes, at: at) {
            let phrase = cppccBodyBeforeList(from: at + Self.onBehalf.count, limit: limit)
                ?? self.phrase(from: at + Self.onBehalf.count, limit: limit, ends: Self.behalfEnds)
            // 代表各民主党派、工商联: speaking for many is no membership.
            guard let phrase, !Self.collective.contains(where: { UTF8Scan.find($0, in: bytes, from: phrase.lowerBound, to: phrase.upperBound) != nil })
            else { return [] }
            // 甲、乙分别代表中共某省委和民革中央: each speaks for the body in the same place of its list.
            if let each, each == Self.eachOf[0], let bodies = respectivePosts(phrase, limit: limit, ends: Self.behalfEnds), bodies.count > 1 {
                guard let body = respectiveBody(bodies, nameEnd: end, listEnd: listEnd, nameEnds: nameEnds) else { return [] }
                // 分别代表A、B两市民进: the body written once is each place's.
                if let shared = sharedBodies(bodies), let place = bodies.firstIndex(of: body) { return [shared[place]] }
                return [String(decoding: bytes[body], as: UTF8.self)]
            }
            // 代表市政协某委员会、民盟某市委会: a joint speech of CPPCC bodies and one other body; the
            // speaker is of that one (two parties, or a party and 中共, leave it unsaid).
            if let bodies = respectivePosts(phrase, limit: limit, ends: Self.behalfEnds), bodies.count > 1 {
                let others = bodies.filter { UTF8Scan.find(Self.cppcc, in: bytes, from: $0.lowerBound, to: $0.upperBound) == nil }
                guard others.count == 1, let body = others.first, !namesAnotherBody(after: bodies.last!.upperBound) else { return [] }
                return [String(decoding: bytes[body], as: UTF8.self)]
            }
            guard !namesAnotherBody(after: phrase.upperBound) else { return [] }
            return [String(decoding: bytes[phrase], as: UTF8.self)]
        }
        // 甲被评为优秀社员, 乙等8名同志获得了优秀社务干部和优秀社员称号: an honour a party gives its own members.
        if let honour = memberHonours(at: at, limit: limit) { return honour }
        // 批准甲、乙加入民盟: joining a party makes a member of it.
        if UTF8Scan.hasPrefix(Self.joins, in: bytes, at: at) {
            guard let party = phrase(from: at + Self.joins.count, limit: limit, ends: Self.electedEnds) else { return [] }
            return [String(decoding: bytes[party], as: UTF8.self)]
        }
        // 甲再次当选,连任新一届省工商联主席: the post is written after the election's comma (not after a bare 为).
        let afterComma = at + Self.election.count + 1
        if UTF8Scan.hasPrefix(Self.election, in: bytes, at: at), afterComma <= limit, bytes[afterComma - 1] == 0x2C,
           Self.elected.contains(where: { $0 != Self.bareAs && UTF8Scan.hasPrefix($0, in: bytes, at: afterComma) }) {
            at = afterComma
        }
        guard let verb = Self.elected.first(where: { UTF8Scan.hasPrefix($0, in: bytes, at: at) }),
              let phrase = phrase(from: at + verb.count, limit: limit, ends: Self.electedEnds)
        else { return [] }
        // 书记甲为民盟某总支部授印: 为 of doing something for a body (handing it a seal, unveiling its plaque) gives no post.
        if verb == Self.bareAs, Self.actsForBody.contains(where: { UTF8Scan.find($0, in: bytes, from: phrase.lowerBound, to: phrase.upperBound) != nil }) {
            return []
        }
        // 被授予某协会名誉主席职务 is a post; 被授予优秀党员 an honour, no membership.
        if verb == Self.conferred, !UTF8Scan.hasSuffix(Self.postWordBytes, in: bytes, phrase) { return [] }
        // 甲、乙分别为民盟某市委主委和民进某市委主委: the posts go to the names in their order.
        if each == Self.eachOf[0], let posts = respectivePosts(phrase, limit: limit), posts.count > 1 {
            let index = posts.count - 1 - later
            return index >= 0 ? [String(decoding: bytes[posts[index]], as: UTF8.self)] : []
        }
        // 当选为市委常委: the verb stays, so the roles reader knows the seat was won in an election.
        let from = Self.elected.prefix(2).contains(verb) ? at : phrase.lowerBound
        // 当选为省工商联(总商会)专职副主席(副会长): the post goes on past a bracketed note, which is left out.
        let (upper, post) = pastNotes(from..<phrase.upperBound, limit: limit, ends: Self.electedEnds)
        // 被授予某协会名誉主席职务: the post, not the word for a post.
        var postOnly = post.hasUTF8Suffix(Self.postWord) && post.utf8.count > Self.postWordBytes.count ? String(post.dropLast(Self.postWord.count)) : post
        // 甲当选为新一届委员会常委: the body an election named before (选举产生了新一届某省侨联委员会…).
        if let body = electedBody(before: end, post: phrase.lowerBound..<upper) {
            postOnly = String(decoding: bytes[from..<phrase.lowerBound], as: UTF8.self) + body.name
                + String(decoding: bytes[body.seat..<upper], as: UTF8.self)
        }
        // 当选常务委员会委员: a standing or executive committee's seat written long, of no body the post names.
        // (Only the verb before it, which `from` keeps for 当选 and 当选为.)
        if let seat = Self.longSeats.first(where: { postOnly.hasUTF8Suffix($0.long) }) {
            let verb = postOnly.dropLast(seat.long.count)
            if Self.elected.contains(where: { verb.utf8.elementsEqual($0) }) { postOnly = verb + seat.short }
        }
        // 增补甲为政协某市第十届委员会委员,分在经济界: the seat, then the sector it is placed in.
        return [postOnly] + (sectorPlacement(after: upper).map { [$0] } ?? [])
    }

    /// `…选举产生了新一届某省侨联委员会委员、常委及主席。甲当选为新一届委员会常委;乙、丙当选为新一届委员`: a post
    /// of 新一届 that names no body (only 委员会 or the seat) is of the committee the election before it in the
    /// paragraph named: that committee's name, and where the seat starts in `post`. Nil when the post names a body
    /// of its own (新一届侨联主席) or no election named one.
    func electedBody(before nameEnd: Int, post: Range<Int>) -> (name: String, seat: Int)? {
        guard UTF8Scan.hasPrefix(Self.newTerm, in: bytes, at: post.lowerBound) else { return nil }
        var seat = post.lowerBound + Self.newTerm.count
        if UTF8Scan.hasPrefix(Self.committee, in: bytes, at: seat) { seat += Self.committee.count }
        guard seat < post.upperBound, let bare = phrase(from: seat, limit: post.upperBound, ends: Self.electedEnds),
              Self.bareSeats.contains(where: { $0.count == bare.count && UTF8Scan.hasPrefix($0, in: bytes, at: seat) }) else { return nil }
        // The election, earlier in the same paragraph.
        let floor = max(0, nameEnd - Self.electionReach)
        let lineStart = (UTF8Scan.findLast([0x0A], in: bytes, from: floor, to: nameEnd) ?? floor - 1) + 1
        guard let held = UTF8Scan.findLast(Self.heldElection, in: bytes, from: lineStart, to: nameEnd) else { return nil }
        var at = held + Self.heldElection.count
        if UTF8Scan.hasPrefix(Self.done, in: bytes, at: at) { at += Self.done.count }
        guard UTF8Scan.hasPrefix(Self.newTerm, in: bytes, at: at) else { return nil }
        at += Self.newTerm.count
        let bodyStart = at
        while at < nameEnd, at - bodyStart <= Self.maximumPhrase, UTF8Scan.isHan(bytes, at: at) {
            at += 3
            if UTF8Scan.hasSuffix(Self.committee, in: bytes, bodyStart..<at) {
                guard at - bodyStart > Self.committee.count else { return nil }
                return (String(decoding: bytes[bodyStart..<at], as: UTF8.self), seat)
            }
        }
        return nil
    }
    static let newTerm = Array("新一届".utf8)
    static let heldElection = Array("选举产生".utf8)
    /// How far before a name the election that named its body may be, in bytes.
    static let electionReach = 1_500
    /// Seats a post of 新一届 may name alone.
    static let bareSeats = ["委员", "常委", "常务委员", "主席", "副主席", "秘书长", "会长", "副会长", "理事", "常务理事"].map { Array($0.utf8) }

    /// Where a list of names with roles between them ends (`chainEnds`: where the name ends whose roles start at a
    /// byte), when it goes on from `at` over commas and 、 and closes with 等, a count of persons and a verb of
    /// election (`…丁等20人当选为`); nil otherwise, so a sentence of separate clauses keeps each its own.
    func electedListEnd(from start: Int, limit: Int, nameEnds: [Int: Int], chainEnds: [Int: Int]) -> Int? {
        var at = start
        var names = 0
        while at < limit, bytes[at] == 0x2C || UTF8Scan.hasPrefix(Self.enumerationComma, in: bytes, at: at) {
            let next = at + (bytes[at] == 0x2C ? 1 : Self.enumerationComma.count)
            guard let end = nameEnds[next] ?? chainEnds[next] else { return nil }
            at = pastPersonNote(end)
            names += 1
        }
        guard names > 0, UTF8Scan.hasPrefix(Self.etc, in: bytes, at: at) else { return nil }
        let counted = pastCount(at)
        guard counted > at + Self.etc.count, Self.elected.prefix(2).contains(where: { UTF8Scan.hasPrefix($0, in: bytes, at: counted) }) else { return nil }
        return at
    }

    /// `代表市政协农业和农村委员会、民盟某市委会`: a CPPCC committee opening a list of bodies, read whole to the 、
    /// after its 委员会 (its name may hold 和 or 工作, which end a phrase after 代表 elsewhere).
    func cppccBodyBeforeList(from start: Int, limit: Int) -> Range<Int>? {
        let stop = min(limit, bytes.count, start + Self.maximumPhrase)
        var i = start
        while i < stop, UTF8Scan.isHan(bytes, at: i) {
            i += 3
            if UTF8Scan.hasSuffix(Self.committee, in: bytes, start..<i), UTF8Scan.hasPrefix(Self.enumerationComma, in: bytes, at: i) {
                return UTF8Scan.find(Self.cppcc, in: bytes, from: start, to: i) != nil ? start..<i : nil
            }
        }
        return nil
    }

    static let committee = Array("委员会".utf8)
    static let postWord = "职务"
    static let postWordBytes = Array(postWord.utf8)
    static let conferred = Array("被授予".utf8)
    /// Verbs of an honour after a name (被评为优秀盟员, 获得优秀社员称号), longest first.
    static let honourVerbs = ["被评选为", "被评为", "被表彰为", "获评", "荣获", "获得了", "获得", "获"].map { Array($0.utf8) }
    static let honourTitle = Array("称号".utf8)
    /// Where an honour's words end: the ends of an elected post, and the 称号 closing the honours.
    static let honourEnds = electedEnds + [honourTitle]
    /// A democratic party's member words (not 党员: 优秀党员 is 中共's honour as often).
    static let honouredMembers = ["盟员", "社员", "会员"].map { Array($0.utf8) }
    static let honouredSeats = ["政协委员", "人大代表", "优秀委员", "优秀代表"]
    static let excellent = "优秀"

    /// The honours of a party's members a verb of honour at `at` gives (`优秀社员`, each of
    /// `优秀社务干部和优秀社员称号` that names a member word): nil when it names none.
    func memberHonours(at: Int, limit: Int) -> [String]? {
        guard let verb = Self.honourVerbs.first(where: { UTF8Scan.hasPrefix($0, in: bytes, at: at) }),
              let first = phrase(from: at + verb.count, limit: limit, ends: Self.honourEnds),
              let honours = respectivePosts(first, limit: limit, ends: Self.honourEnds)?.compactMap({ piece -> String? in
                  // “优秀政协委员”: the honour inside its quotes.
                  let text = String(decoding: bytes[piece], as: UTF8.self).filter { !SpeakerRoles.quoteMarks.contains($0) }
                  if piece.count >= 9, Self.honouredMembers.contains(where: { UTF8Scan.hasSuffix($0, in: bytes, piece) }) { return text }
                  // 甲、乙4人获评2025年度优秀市政协委员, 获评市政协优秀委员: an honour of a seat, which a party's own
                  // news gives its members' seats.
                  return text.containsText(Self.excellent) && Self.honouredSeats.contains { text.hasUTF8Suffix($0) } ? text : nil
              }), !honours.isEmpty else { return nil }
        return honours
    }
    static let joins = Array("加入".utf8)
    static let cppcc = Array("政协".utf8)
    static let comesFrom = Array("来自".utf8)
    static let memberSeat = Array("委员".utf8)
    static let placedIn = ["分在", "分入", "编入"].map { Array($0.utf8) }
    static let sectorEnds = ["界别", "界"].map { Array($0.utf8) }

    /// `,分在经济界` just after `end`: the sector a new member is placed in.
    func sectorPlacement(after end: Int) -> String? {
        var at = end
        if at < bytes.count, bytes[at] == 0x2C { at += 1 } else if UTF8Scan.hasPrefix(Self.fullComma, in: bytes, at: at) { at += Self.fullComma.count } else { return nil }
        guard let verb = Self.placedIn.first(where: { UTF8Scan.hasPrefix($0, in: bytes, at: at) }),
              let sector = phrase(from: at + verb.count, limit: at + verb.count + Self.maximumSectorPhrase, ends: Self.electedEnds),
              Self.sectorEnds.contains(where: { UTF8Scan.hasSuffix($0, in: bytes, sector) })
        else { return nil }
        return String(decoding: bytes[sector], as: UTF8.self)
    }

    /// The phrases after 分别为 (or 分别代表) joined by 和, 及 or 、 (`民盟某市委主委和民进某市委主委`), from `first` on.
    func respectivePosts(_ first: Range<Int>, limit: Int, ends: [[UInt8]] = electedEnds) -> [Range<Int>]? {
        var posts = [first]
        var at = first.upperBound
        while let joiner = Self.bodyJoiners.first(where: { UTF8Scan.hasPrefix($0, in: bytes, at: at) }),
              let next = phrase(from: at + joiner.count, limit: limit, ends: ends) {
            posts.append(next)
            at = next.upperBound
        }
        return posts
    }

    static let bodyJoiners = ["和", "及", "、"].map { Array($0.utf8) }
    static let clauseMarks = [",", "，", ":", "："].map { Array($0.utf8) }

    /// Of `bodies` spoken for by 分别代表 at `listEnd`, the one of the name ending at `nameEnd`: the
    /// names of the clause before 分别 (each with its own roles: `中共某省委常委甲、民革中央副主席乙`)
    /// take the bodies in their order; nil when their counts differ, as then who speaks for what is not said.
    /// O(names in the document).
    func respectiveBody(_ bodies: [Range<Int>], nameEnd: Int, listEnd: Int, nameEnds: [Int: Int]) -> Range<Int>? {
        let sentence = sentenceStart(before: listEnd)
        let start = Self.clauseMarks.compactMap { mark in UTF8Scan.findLast(mark, in: bytes, from: sentence, to: listEnd).map { $0 + mark.count } }.max() ?? sentence
        let names = nameEnds.filter { $0.key >= start && $0.value <= listEnd }.sorted { $0.key < $1.key }
        guard names.count == bodies.count, let place = names.firstIndex(where: { $0.value == nameEnd }) else { return nil }
        return bodies[place]
    }
    static let otherBodies = ["中共", "市委", "省委", "区委", "政府"].map { Array($0.utf8) }

    /// `分别代表民进省委和中共省委`: a second body after the first, so which
    /// one the person speaks for is not said.
    func namesAnotherBody(after end: Int) -> Bool {
        guard let joiner = Self.bodyJoiners.first(where: { UTF8Scan.hasPrefix($0, in: bytes, at: end) }) else { return false }
        let start = end + joiner.count
        let stop = min(bytes.count, start + 30)
        return parties.contains { $0.range.lowerBound == start }
            || Self.otherBodies.contains { UTF8Scan.find($0, in: bytes, from: start, to: stop) != nil }
    }

    /// The Han characters from `start` up to punctuation, `、` or one of `ends`.
    /// The last words of a body spoken for (基层委, 支部, 市委会, 经济界).
    static let bodyEnds = ["委", "会", "支部", "总支", "支社", "界", "界别"].map { Array($0.utf8) }

    /// Whether 代表 at `at` is followed by a body spoken for (`代表基层委发言`), so it is the verb, no deputy's seat.
    func speaksForBody(at: Int, limit: Int) -> Bool {
        guard UTF8Scan.hasPrefix(Self.onBehalf, in: bytes, at: at),
              let phrase = phrase(from: at + Self.onBehalf.count, limit: limit, ends: Self.behalfEnds) else { return false }
        return Self.bodyEnds.contains { UTF8Scan.hasSuffix($0, in: bytes, phrase) }
    }

    /// `第20组经济界的召集人`: the group a convener's phrase names (its number left out), up to `的召集人` or `的组长`.
    func convenedGroup(from start: Int, limit: Int) -> Range<Int>? {
        var from = start
        // 第20组, 第五组: the group's number.
        if UTF8Scan.hasPrefix(Self.ordinal, in: bytes, at: from) {
            var i = from + Self.ordinal.count
            while i < min(limit, from + 18), !UTF8Scan.hasPrefix(Self.groupWord, in: bytes, at: i) { i += UTF8Scan.scalarLength(bytes[i]) }
            guard UTF8Scan.hasPrefix(Self.groupWord, in: bytes, at: i) else { return nil }
            from = i + Self.groupWord.count
        }
        guard let end = Self.convenerEnds.lazy.compactMap({ UTF8Scan.find($0, in: self.bytes, from: from, to: min(limit, from + 3 * 16)) }).first,
              end > from, (from..<end).allSatisfy({ bytes[$0] >= 0x80 }) else { return nil }
        return from..<end
    }
    static let asRole = Array("作为".utf8)
    static let groupWord = Array("组".utf8)
    static let convenerEnds = ["的召集人", "的组长", "小组召集人", "组召集人"].map { Array($0.utf8) }

    func phrase(from start: Int, limit: Int, ends: [[UInt8]]) -> Range<Int>? {
        let stop = min(limit, bytes.count, start + Self.maximumPhrase)
        var i = start
        while i < stop {
            if bytes[i] < 0x80 || UTF8Scan.hasPrefix(Self.fullStop, in: bytes, at: i) || UTF8Scan.hasPrefix(Self.enumerationComma, in: bytes, at: i) { break }
            if ends.contains(where: { UTF8Scan.hasPrefix($0, in: bytes, at: i) }) {
                // 致公党, 中国致公党: an end word inside a party's name ends nothing (looked up only at an end word).
                guard let party = party(covering: i), party.upperBound <= stop else { break }
                i = party.upperBound
                continue
            }
            i += UTF8Scan.scalarLength(bytes[i])
        }
        return i > start ? start..<i : nil
    }

    /// The democratic party's name that holds the byte at `at`, if one does. O(log n).
    func party(covering at: Int) -> Range<Int>? {
        let next = parties.partitioningIndex { $0.range.lowerBound > at }
        guard next > 0, parties[next - 1].range.contains(at) else { return nil }
        return parties[next - 1].range
    }

    static let sectorOf = Array("界的".utf8)
    static let sectorsOf = Array("界别的".utf8)
    static let sectorGroupSeat = Array("界别委员".utf8)
    static let phraseStarts = ["来自", "作为"].map { Array($0.utf8) }
    static let maximumSectorPhrase = 36

    /// `特邀香港人士界别的梁嘉恒委员`, `来自农业界的扎西次仁`: the sector
    /// written just before a name (or its roles) that starts at `start`, as `X界`.
    func sectorBefore(_ start: Int) -> String? {
        let marker: [UInt8]
        if start >= Self.sectorsOf.count, UTF8Scan.hasPrefix(Self.sectorsOf, in: bytes, at: start - Self.sectorsOf.count) {
            marker = Self.sectorsOf
        } else if start >= Self.sectorOf.count, UTF8Scan.hasPrefix(Self.sectorOf, in: bytes, at: start - Self.sectorOf.count) {
            marker = Self.sectorOf
        } else {
            return introducedSector(before: start) ?? groupBefore(start) ?? groupSector(before: start)
        }
        let end = start - marker.count
        var from = end
        // The Han characters before 界, back to punctuation, 来自 or 作为.
        while from >= 3, end - from < Self.maximumSectorPhrase, bytes[from - 3] >= 0xE3, bytes[from - 3] <= 0xE9,
              !Self.phraseStarts.contains(where: { from >= $0.count && UTF8Scan.hasPrefix($0, in: bytes, at: from - $0.count) }),
              !UTF8Scan.hasPrefix(Self.fullStop, in: bytes, at: from - 3), !UTF8Scan.hasPrefix(Self.enumerationComma, in: bytes, at: from - 3) {
            from -= 3
        }
        return from < end ? String(decoding: bytes[from..<end], as: UTF8.self) + "界" : nil
    }

    static let asWord = Array("作为".utf8)
    static let oneOf = ["一名", "一位"].map { Array($0.utf8) }
    static let fullComma = Array("，".utf8)

    /// `作为农工党界别的市政协委员,某律师事务所主任甲表示`: a clause that opens with 作为
    /// and a sector (or party), which ends just before the person's roles: the sector as
    /// `X界` (`经济界`, `农工党界`; `作为来自我区的特邀界别委员,乙`: the words after the last 的).
    func introducedSector(before start: Int) -> String? {
        var end = start
        while end > 0, bytes[end - 1] == 0x20 { end -= 1 }
        if end >= 1, bytes[end - 1] == 0x2C {
            end -= 1
        } else if end >= 3, UTF8Scan.hasPrefix(Self.fullComma, in: bytes, at: end - 3) {
            end -= 3
        } else {
            return nil
        }
        var from = sentenceStart(before: end)
        // 在分组讨论中,作为…委员,甲: the clause before the person's may follow another of the sentence.
        if let comma = UTF8Scan.findLast([0x2C], in: bytes, from: from, to: end) { from = comma + 1 }
        while from < end, bytes[from] == 0x20 { from += 1 }
        guard UTF8Scan.hasPrefix(Self.asWord, in: bytes, at: from) else { return nil }
        from += Self.asWord.count
        if let one = Self.oneOf.first(where: { UTF8Scan.hasPrefix($0, in: bytes, at: from) }) { from += one.count }
        // One clause: no comma between 作为 and the person (none `,` past the last one, found above).
        // (作为来自我区的特邀界别委员,甲: the sector's words after the last 的, its 界别 before the seat.)
        guard UTF8Scan.find(Self.fullComma, in: bytes, from: from, to: end) == nil,
              let mark = UTF8Scan.find(Self.sectorsOf, in: bytes, from: from, to: end) ?? UTF8Scan.find(Self.sectorOf, in: bytes, from: from, to: end)
                ?? UTF8Scan.find(Self.sectorGroupSeat, in: bytes, from: from, to: end)
        else { return nil }
        if let of = UTF8Scan.findLast(Self.of, in: bytes, from: from, to: mark) { from = of + Self.of.count }
        guard mark > from, mark - from <= Self.maximumSectorPhrase, (from..<mark).allSatisfy({ bytes[$0] >= 0x80 }) else { return nil }
        // A party's group (九三学社界别) is its sector too: the roles reader gives both.
        return String(decoding: bytes[from..<mark], as: UTF8.self) + "界"
    }

    /// Posts written right after a name that give its party (`习近平总书记`).
    static let postsAfterName = ["总书记"].map { Array($0.utf8) }

    /// The party post written right after a name ending at `end`, if any.
    func postAfterName(_ end: Int) -> String? {
        Self.postsAfterName.first { UTF8Scan.hasPrefix($0, in: bytes, at: end) }.map { String(decoding: $0, as: UTF8.self) }
    }

    /// Words that end a chain of roles and names (`县长甲以及乙、丙等`).
    static let chainEnds = ["以及", "和"].map { Array($0.utf8) }

    /// Whether the role at `role` was read for a name at `name` across the end of a chain: the role
    /// is another name's (it ends where that name starts, and a name with 、 stands before the role),
    /// and 以及 or 和 stands between that name and this one.
    func chainEnded(_ role: Range<Int>, before name: Int, nameStarts: [Int: Int]) -> Bool {
        guard role.upperBound < name, role.lowerBound >= Self.enumerationComma.count,
              UTF8Scan.hasPrefix(Self.enumerationComma, in: bytes, at: role.lowerBound - Self.enumerationComma.count),
              nameStarts[role.lowerBound - Self.enumerationComma.count] != nil
        else { return false }
        return Self.chainEnds.contains { UTF8Scan.find($0, in: bytes, from: role.upperBound, to: name) != nil }
    }

    /// Whether the role at `range` follows 代表 and speaks for many (`代表各民主党派…`).
    func speaksForMany(_ range: Range<Int>) -> Bool {
        range.lowerBound >= Self.onBehalf.count
            && UTF8Scan.hasPrefix(Self.onBehalf, in: bytes, at: range.lowerBound - Self.onBehalf.count)
            && Self.collective.contains { UTF8Scan.find($0, in: bytes, from: range.lowerBound, to: range.upperBound) != nil }
    }
}
