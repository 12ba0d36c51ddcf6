import Foundation

/// What a role says only together with the document it stands in: a bare
/// party office (`副主委`, `社市委副主委`, `市委会副主委`), a member word
/// (`盟员`, `会员`), `界别委员` in a sector's report, a sector written as
/// `X界`, and the staff grades of a party's organ that say nothing of membership.
extension SpeakerRoles {
    /// The party or sector the words around a role name, which a bare office belongs to.
    struct Context {
        /// The democratic party a document is about (its congress, plenary, activity news), if one dominates it.
        var hostParty: Int?
        /// The last democratic party the sentence names before the person (`在民进市委会办公室,张某主委`).
        var sentenceParty: Int?
        /// The sector a report is about (`工商联界别政协委员`), for `界别委员`.
        var hostSector: Int?
        /// The federation the sentence names last before the person, with its place as written
        /// (`区妇联`, `中国科协`), when no party is named after it: a bare 副主席 is its post.
        var sentenceFederation: String?
        /// The one democratic party the paragraph names before the person, when the sentence names none
        /// (a branch's meeting: `民建某支部召开…。支部主委甲、副主委乙，会员丙`); after the document's host.
        var paragraphParty: Int?
        /// Whether the sentence writes a democratic party's office after a bare committee (`市委主委甲，市委常委乙`):
        /// its 市委 is that party's committee, whose 常委 are the party's.
        var ownCommitteeSentence = false
        /// The headline of a federation's own meeting (`PartyContext.hostFederation`): a post of the
        /// federation stated bare (`聘请甲为荣誉主席`) is that federation's.
        var hostFederation: String?
        /// The party a party's own member word means in the document (`PartyContext.memberWordParties`):
        /// a 盟员 is of it when the sentence, the host and the paragraph name no party the word may mean.
        var memberWordParties: [String: Int] = [:]
        /// Whether the name is a later item of a list whose earlier item names the sentence's party
        /// (`民建中央秘书长甲、组织部副部长乙、办公厅二级巡视员丙`): a bare organ's post there is that party's.
        var listedAfterParty = false
    }

    /// Posts of a federation's own committee (妇联, 侨联, 工商联, 科协), written bare after the
    /// federation is named (`甲当选为区妇联主席,乙当选为副主席`).
    static let federationPosts: Set<String> = [
        "主席", "副主席", "常务副主席", "专职副主席", "兼职副主席", "挂职副主席", "名誉主席", "名誉副主席",
        "秘书长", "副秘书长", "会长", "副会长", "常务副会长", "名誉会长", "荣誉主席", "荣誉会长",
        // 选举甲为省妇联主席、乙等5人为副主席、丙等11人为常委: its standing and executive committees' seats.
        "常委", "常务委员", "常委委员", "执委", "执行委员",
    ]

    /// A bare post of the federation the sentence names (`当选为副主席` after `区妇联…`), as its membership.
    func federationMembership(_ item: String, _ context: Context) -> Claim? {
        // 当选为第三届委员会主席, 新一届秘书长: the term and its committee say nothing more of whose post it is.
        var post = Self.droppingTerm(Substring(item))
        if post.count == item.count, post.hasUTF8Prefix(Self.newTerm) { post = post.dropFirst(Self.newTerm.count) }
        if post.count < item.count, post.hasUTF8Prefix(Self.committeeBody) { post = post.dropFirst(Self.committeeBody.count) }
        let item = String(post)
        guard Self.federationPosts.contains(item) else { return nil }
        if let federation = context.sentenceFederation { return membership(federation + item) ?? placedMembership(federation + item) }
        return hostFederationMember(context, role: item)
    }

    /// A post of the federation whose own meeting the document reports (see `Context.hostFederation`).
    func hostFederationMember(_ context: Context, role: String) -> Claim? {
        guard let headline = context.hostFederation,
              case .member(let party, let level, _, let surface)? = membership(headline) ?? placedMembership(headline)
        else { return nil }
        return .member(party: party, level: level, role: role, surface: surface)
    }

    /// Offices of a democratic party's committee, written without the party.
    static let partyOffices = ["主委", "副主委", "常务副主委", "专职副主委", "兼职副主委", "驻会副主委", "驻会专职副主委", "主任委员", "副主任委员", "名誉主委", "名誉副主委"]
    /// Member words and the parties that use them (盟员 of 民盟 and 台盟, 社员 of 九三学社 …).
    static let leagueMember = "盟员"
    static let memberWords: [(word: String, parties: Set<String>)] = [
        ("盟员", ["中国民主同盟", "台湾民主自治同盟"]),
        ("社员", ["九三学社"]),
        ("会员", ["中国民主建国会", "中国民主促进会"]),
        ("党员", ["中国国民党革命委员会", "中国农工民主党", "中国致公党"]),
    ]
    /// A party's own short form before its committee: 社市委 (九三学社), 盟市委 (民盟, 台盟).
    static let shortPrefixes: [(prefix: String, parties: Set<String>)] = [
        ("社", ["九三学社"]), ("盟", ["中国民主同盟", "台湾民主自治同盟"]),
    ]
    static let committeeWords = ["市委会", "省委会", "区委会", "县委会", "委员会", "基层委", "基委", "工委", "支委会", "总支", "支部", "市委", "省委", "区委", "县委"]
    static let placedCommitteeWords = ["市委会", "省委会", "区委会", "县委会", "市委", "省委", "区委", "县委"]
    static let formerMarker = "原"
    static let elderMarker = "老"
    /// Heads' posts that 老 before them marks as former (`老主委`).
    static let elderPosts: Set<String> = ["主委", "副主委", "会长", "副会长", "主席", "副主席", "秘书长"]
    static let leagueCommittee = "盟委"
    /// The most characters of the body whose League committee is written 盟委 (`吉大前卫校区`).
    static let longestCommitteeOwner = 6
    static let committeeWordBytes = committeeWords.map { Array($0.utf8) }
    static let placedCommitteeWordBytes = placedCommitteeWords.map { Array($0.utf8) }
    static let shortFormCommitteeWordBytes = (["区委员会", "市委员会", "县委员会"] + placedCommitteeWords + ["委员会", "支社", "支部", "总支"]).map { Array($0.utf8) }
    /// 届, the term before a committee (第六届委员会).
    static let termBytes = Array("届".utf8)
    /// How a committee's term is written before 届: its number (第七届), or the one ending (本届).
    static let termOpenings = ["第", "本"]
    /// Words of tenure before a bare office (`现任主委`, `时任副主委`, `历届主委:甲、乙`).
    static let tenureWords = ["现任", "时任", "曾任", "历任", "历届", "前任", "新任", "首任"]
    /// The second characters of the tenure words, as bytes.
    static let tenureSeconds = Array(Set(tenureWords.map { Array(String($0.dropFirst()).utf8) }))
    /// Words of a term before an office (`本届主委甲`): read past only before one of the party's offices (`本届委员会` is the committee).
    static let termWords = ["本届", "上届"]
    /// How a party's own news names its own committee before an office (`我委主委`, `本会副主委`).
    static let ownWords = ["我委", "本委", "我会", "本会"]
    static let ourWordStarts = ("我", "本")
    /// The committee's secretaries, posts of the party's own members like its 主委.
    static let committeeSecretaries = ["秘书长", "副秘书长"]
    /// A party's central or local chair and deputies (民革中央主席), written bare when elected after the party is named.
    static let chairOffices = ["主席", "副主席", "常务副主席", "名誉主席", "名誉副主席"]
    static let chairDeputies = ["副主席", "常务副主席", "第一副主席", "名誉副主席"]
    static let committeeSeat = "委员"
    static let partyMember = "党员"
    /// Seats of a standing committee, a party's own when won at its congress (`当选为市委常委`).
    static let standingSeats = ["常委", "常务委员"]
    /// Prepositions a reader may leave before a bare office (`在副主委…的带领下`, `由副主委…主持`).
    static let leadingPrepositions = ["在", "由"]

    /// `副主委`, `市委会副主委`, `社某市委副主委`, `盟员`: a party's office or
    /// member word that names no party, given the party the context names.
    /// `elected`: the item was won in an election (`当选为市委常委`), where a
    /// standing committee's seat is the party's own, not 中共's.
    func contextMembership(_ item: String, _ context: Context, elected: Bool = false) -> Claim? {
        var rest = Self.droppingCount(Substring(item))
        // 现任主委, 时任副主委, 在副主委…的带领下: when or where the office was held says nothing of whose it is;
        // 我委主委甲 in a party's own news: its own committee, as a bare office says.
        if let word = Self.leadingPrepositions.first(where: { rest.hasUTF8Prefix($0) }), rest.utf8.count > word.utf8.count { rest = rest.dropFirst(word.count) }
        // (A tenure word's second character, 任 or 届, by its bytes first: this runs for every role item.)
        if rest.utf8.count > 6, Self.tenureSeconds.contains(where: { rest.utf8.dropFirst(3).starts(with: $0) }),
           let word = Self.tenureWords.first(where: { rest.hasUTF8Prefix($0) }) { rest = rest.dropFirst(word.count) }
        // (届, the second character, by its bytes first: this runs for every role item.)
        if rest.utf8.count > 6, rest.utf8.dropFirst(3).starts(with: Self.termBytes),
           let word = Self.termWords.first(where: { rest.hasUTF8Prefix($0) }), Self.isOne(of: Self.partyOffices, String(rest.dropFirst(word.count))) {
            rest = rest.dropFirst(word.count)
        }
        // (By its first character first: this runs for every role item.)
        if rest.hasUTF8Prefix(Self.ourWordStarts.0) || rest.hasUTF8Prefix(Self.ourWordStarts.1),
           let word = Self.ownWords.first(where: { rest.hasUTF8Prefix($0) }), rest.utf8.count > word.utf8.count { rest = rest.dropFirst(word.count) }
        // 吉大盟委主委, 南岭校区盟委副主委: a university's or a campus's League committee, written 盟委 after it,
        // with the League's own office (a 盟委书记 is 中共's committee of a 盟, Inner Mongolia's prefecture).
        let leagueOffice = rest.utf8Range(of: Self.leagueCommittee).flatMap { committee in
            Self.isOne(of: Self.partyOffices, String(rest[committee.upperBound...])) ? committee : nil
        }
        if let committee = leagueOffice, committee.lowerBound > rest.startIndex,
           rest[..<committee.lowerBound].utf8.count <= 3 * Self.longestCommitteeOwner,
           rest[..<committee.lowerBound].allSatisfy(Self.isHan) {
            rest = rest[committee.lowerBound...]
        }
        // 四届社台州市委, 第四届盟市委: the committee's term before the party's short form.
        let termless = Self.droppingTerm(rest)
        if Self.shortPrefixes.contains(where: { termless.hasUTF8Prefix($0.prefix) }) { rest = termless }
        var allowed: Set<String>?
        // 社市委, 盟某市委: the short form only before a committee (盟员 is a member word).
        // (社会服务委员会副主任, 社会服务处处长: a post in the party's own body or organ, no short form.)
        if let short = Self.shortPrefixes.first(where: { rest.hasUTF8Prefix($0.prefix) }),
           Self.memberWords.allSatisfy({ !rest.hasUTF8Prefix($0.word) }), !Self.isOwnBodyPost(String(rest)), !Self.isOrganPost(String(rest)) {
            rest = rest.dropFirst(short.prefix.count)
            allowed = short.parties
        }
        // The committee: 市委会, 宜宾市委, 委员会 (a place of up to four characters before it).
        var level: String?
        // By bytes, a Han character being three: counting and slicing `Character`s here cost
        // more than the rest of a role's reading.
        let restBytes = Array(rest.utf8)
        for skip in 0...4 {
            // The place: `skip` Han characters (the ones before were tested in the steps before).
            let place = 3 * skip
            guard restBytes.count > place, skip == 0 || UTF8Scan.isHan(restBytes, at: place - 3) else { break }
            // After a place only a city's or province's committee (宜宾市委); 委员会 alone may be any body's,
            // and so may 委员会 after its term (补选甲为第六届委员会主任委员).
            let term = skip > 0 && UTF8Scan.hasPrefix(Self.termBytes, in: restBytes, at: place - 3) && Self.termOpenings.contains(where: { rest.hasUTF8Prefix($0) })
            // 社彭州市支社主委, 社郫都区委员会主委: after the party's short form, a place's branch or committee is the party's.
            let words = skip == 0 || term ? Self.committeeWordBytes : allowed != nil ? Self.shortFormCommitteeWordBytes : Self.placedCommitteeWordBytes
            if let word = words.first(where: { UTF8Scan.hasPrefix($0, in: restBytes, at: place) }) {
                level = String(decoding: restBytes[..<(place + word.count)], as: UTF8.self)
                rest = rest[rest.utf8.index(rest.startIndex, offsetBy: place + word.count)...]
                break
            }
        }
        // 盟委: the League's committee with no level word (a university's, a campus's).
        if allowed != nil, level == nil, leagueOffice != nil, rest.hasUTF8Prefix("委"), !rest.hasUTF8Prefix(Self.committeeSeat) {
            level = Self.leagueCommittee
            rest = rest.dropFirst()
        }
        if allowed != nil, level == nil { return nil }
        if rest.hasUTF8Prefix(Self.formerMarker) { rest = rest.dropFirst() }
        // 老主委, 老会长: a former head named as the party's elder.
        if rest.hasUTF8Prefix(Self.elderMarker), Self.elderPosts.contains(String(rest.dropFirst())) { rest = rest.dropFirst() }
        var office = String(rest)
        // 直属二支部会员, 基层委会员: a member word after the branch the member belongs to; 某学院支社主委: its office.
        // 支社委员, 支部委员: a seat on the branch's own committee.
        var branchSeat = false
        // (Not a Communist branch's: 村党支部委员, 党总支负责人.)
        if level == nil, let branch = Self.branchWords.lazy.compactMap({ office.utf8Range(of: $0) }).first,
           !office[..<branch.lowerBound].hasUTF8Suffix(Self.communistBranch) {
            // 支社第三届委员会委员: the branch's committee written with its term.
            var tail = Self.withoutTermCommittee(office[branch.upperBound...])
            // 市直二支部骨干党员: a member word after a short word of standing, in the branch (党员 too: the branch is no Communist one).
            if let member = Self.memberWords.first(where: { tail.hasUTF8Suffix($0.word) && tail.count > $0.word.count && tail.count - $0.word.count <= 2 }) {
                tail = tail.suffix(member.word.count)
            }
            // 某支部负责人: the one who leads a branch with no 主委.
            // 中专支部甲: a person named with the branch alone belongs to it.
            if Self.memberWords.contains(where: { tail == $0.word }) || Self.isOne(of: Self.partyOffices, String(tail)) || tail == Self.committeeSeat
                || Self.branchHeads.contains(String(tail)) || tail.isEmpty {
                branchSeat = tail == Self.committeeSeat || Self.branchHeads.contains(String(tail)) || tail.isEmpty
                office = String(tail)
            }
        }
        // 支委: a seat on a branch's committee, written short (甲支委).
        if level == nil, Self.isOne(of: Self.branchCommitteeSeats, office) { branchSeat = true }
        // 支部主任甲: the head of a branch the sentence names (选举产生了民建某支部…,支部主任甲、副主任乙).
        if let level, Self.branchWords.contains(level), Self.branchHeads.contains(office) { branchSeat = true }
        // 出席会议的市州主委有…: the party's chairs of the committees of every city (市州, 市县) at once.
        if level == nil, office.hasUTF8Suffix(Self.officeEnd), Self.collectiveOpenings.contains(where: { office.hasUTF8Prefix($0) }),
           let collective = Self.collectiveLevels.first(where: { office.hasUTF8Prefix($0) }),
           Self.isOne(of: Self.partyOffices, String(office.dropFirst(collective.count))) {
            office = String(office.dropFirst(collective.count))
        }
        // The committee is a democratic party's own for certain: written short (盟市委) or as 市委会.
        let ownCommittee = allowed != nil || level?.hasUTF8Suffix(Self.ownCommitteeEnd) == true
        var parties: Set<String>?
        if allowed != nil, office.isEmpty {
            // 代表盟市委: speaking for the party's own committee, written short.
            parties = allowed
        } else if Self.isOne(of: Self.partyOffices, office) || Self.isSpecialCommitteeOffice(office) || branchSeat
                    || (allowed == nil && Self.isOne(of: Self.committeeSecretaries, office))
                    // 盟市委领导班子成员: the leadership of the party's own committee (written short, or 市委会).
                    || (ownCommittee && Self.isOne(of: Self.leadershipSeats, office))
                    || ((level != nil || context.hostParty != nil && (context.sentenceParty ?? context.hostParty) == context.hostParty)
                        && (Self.isOwnBodyPost(office) || Self.isOrganPost(office)))
                    // 盟市委宣传部副部长, 民建市委会办公室主任: a department of the party's own committee, written after it.
                    || (ownCommittee && Self.isOrganPost(office, afterCommittee: true))
                    // 民建中央秘书长甲、组织部副部长乙、办公厅二级巡视员丙: the organ of the body the list's first item names.
                    || (allowed == nil && level == nil && context.listedAfterParty && (Self.isOrganPost(office, afterCommittee: true) || Self.isOrganStaff(office))) {
            // A bare 秘书长 among the party's own 主委 and 副主委 (现任主委甲，副主委乙，秘书长丙) is of the party.
            parties = allowed
        } else if office == Self.committeeSeat || ((elected || context.ownCommitteeSentence || ownCommittee) && Self.standingSeats.contains(office)),
                  level != nil || elected, !item.hasUTF8Prefix(Self.communistPrefix) {
            // 当选为市委委员 in a party's congress: a seat on that party's committee, not 中共's; so is 市委会常委, the
            // party's own committee written so (a Communist committee is no 委会)
            // (a Communist committee's member is written 中共X市委委员 or with a place and 书记/常委 posts).
            guard context.sentenceParty != nil || context.hostParty != nil || (context.ownCommitteeSentence && context.paragraphParty != nil)
                    || allowed?.count == 1
            else { return nil }
            parties = allowed
        } else if let member = Self.memberWords.first(where: { office.hasUTF8Prefix($0.word) && !Self.isMemberCompound(office.dropFirst($0.word.count)) })
                    ?? Self.memberWords.first(where: { $0.word != Self.partyMember && Self.namesMember(Self.memberCore(office), by: $0.word) }) {
            // 优秀盟员, 新会员, 老会员代表: a member word after a short word of praise or standing (not 中共党员, 预备党员);
            // 青年骨干盟员: 盟员, which no other body's members are called, after a longer one too.
            // 栖霞区盟员: after the place of the branch the member is in.
            // 会员被评为…: a list's member word, then what was said of them.
            parties = allowed.map { $0.intersection(member.parties) } ?? member.parties
        } else if allowed == nil, office.isEmpty, let level, Self.branchWords.contains(level) {
            // 乙代表基层委发言: speaking for one of the party's branches, in its own news, is being one of it.
            parties = nil
        } else if allowed == nil, office.isEmpty, let level, Self.termOpenings.contains(where: { level.hasUTF8Prefix($0) }) {
            // 甲同志代表第七届委员会所作的工作报告, 乙代表本届委员会作工作报告: who reports for the committee at its congress is its member
            // (of the federation, at a federation's own congress).
            if context.sentenceParty == nil, context.hostParty == nil, context.paragraphParty == nil {
                return hostFederationMember(context, role: Self.committeeSeat)
            }
            parties = nil
        } else if let allowed, Self.isOne(of: Self.committeeSecretaries, office), let host = context.hostParty,
                  allowed.contains(index.entries[host].name) {
            // 社市委秘书长 in 九三学社's own news: the party writing of its own committee's secretary.
            parties = allowed
        } else if allowed == nil, level == nil, Self.isOne(of: elected ? Self.chairOffices : Self.chairDeputies, office),
                  let host = context.hostParty, context.sentenceParty == host {
            // 甲当选为民革中央主席,乙、丙当选为副主席: at the party's own congress, its chair's deputies elected in one
            // sentence; 九三学社中央副主席甲主持会议,副主席乙出席: in its own news, a chair's deputy after it is named
            // (not a bare 主席, which a head of state is called after the name: 习近平主席).
            parties = nil
        } else if allowed == nil, level == nil, Self.isOne(of: Self.hostSeats, office), let host = context.hostParty, (context.sentenceParty ?? host) == host {
            // 老领导甲、乙, 主席团成员丙: in the party's own news, its former leaders and the presidium of its own congress.
            parties = nil
        } else {
            // 盟市委秘书长: a post in the party's organ, which says nothing of membership (nor of 中共's 市委).
            return allowed != nil ? .other(item) : nil
        }
        // 社/盟 name the party; else the sentence's party, then the document's; a member word its own.
        let ownWord = allowed == nil ? Self.memberWords.first { office == $0.word }.flatMap { context.memberWordParties[$0.word] } : nil
        for candidate in [context.sentenceParty, context.hostParty, context.paragraphParty, ownWord] {
            guard let party = candidate else { continue }
            if let parties, !parties.contains(index.entries[party].name) { continue }
            return .member(party: party, level: level.map(Self.canonicalLevel), role: office, surface: index.entries[party].name)
        }
        // 社市委委员 where the text names no party: 社 is one party's short form (九三学社), as its name would be.
        if let allowed, allowed.count == 1, let name = allowed.first, parties?.contains(name) ?? true, let party = entry("Party", name) {
            return .member(party: party, level: level.map(Self.canonicalLevel), role: office, surface: name)
        }
        return nil
    }

    /// A place's name with its level (`栖霞区`, `某某县`), `in`/`by` before it dropped (`以栖霞区盟员`).
    static func isPlace(_ text: Substring) -> Bool {
        let place = text.hasUTF8Prefix("以") || text.hasUTF8Prefix("在") ? text.dropFirst() : text
        guard let level = place.last, placeLevelEnds.contains(level) else { return false }
        return (2...6).contains(place.count) && place.allSatisfy(isHan)
    }
    static let placeLevelEnds: Set<Character> = ["省", "市", "区", "县", "州", "镇", "乡", "旗"]

    /// Words that make a member word a firm's or a unit's (`会员企业代表`): no person's membership.
    static let memberCompounds = ["企业", "单位", "公司", "商会"]

    /// Whether `core` ends in the member word `word` after a short word of praise or standing (`优秀盟员`, `老会员`), a longer
    /// one closing on how long the member has been one (`资深老会员`), a place (`栖霞区盟员`), or after a longer one the
    /// word no other body's members are called (`青年骨干盟员`).
    static func namesMember(_ core: String, by word: String) -> Bool {
        guard core.hasUTF8Suffix(word) else { return false }
        let before = core.count - word.count
        let qualifier = core.dropLast(word.count)
        return (1...2).contains(before) || isPlace(qualifier)
            || before == 3 && standingMarks.contains(where: { qualifier.hasSuffix($0) })
            || word == leagueMember && (3...4).contains(before)
    }

    /// `office` without a closing 代表 (老会员代表: one speaking for the old members is one of them).
    static func memberCore(_ office: String) -> String {
        office.hasUTF8Suffix(representative) && office.count > representative.count ? String(office.dropLast(representative.count)) : office
    }
    static let representative = "代表"

    static func isMemberCompound(_ rest: Substring) -> Bool {
        memberCompounds.contains { rest.hasUTF8Prefix($0) }
    }

    /// `第三届委员会委员` → `委员`: a committee's term and name before a seat or an office; anything else as it is.
    static func withoutTermCommittee(_ text: Substring) -> Substring {
        guard text.hasUTF8Prefix("第"), let committee = text.utf8Range(of: "委员会"), committee.lowerBound > text.startIndex,
              text.distance(from: text.startIndex, to: committee.lowerBound) <= 5 else { return text }
        return text[committee.upperBound...]
    }

    /// Whether `office` is one of `words`, compared by bytes (`==` on Chinese text normalizes).
    static func isOne(of words: [String], _ office: String) -> Bool {
        words.contains { $0.utf8.count == office.utf8.count && $0.utf8.elementsEqual(office.utf8) }
    }
    /// A branch committee's seat written short (`支委`).
    static let branchCommitteeSeats = ["支委", "支委委员"]
    /// Words for the committees of every city or county at once, before an office (`市州主委`).
    static let collectiveLevels = ["各市州", "市州", "市县", "县市区", "市县区", "区县", "县区", "各市", "各区县", "各县区"]
    /// The first characters of the collective levels, tested before them.
    static let collectiveOpenings = ["各", "市", "县", "区"]
    /// The last character of every party office (主委, 主任委员), tested before the collective levels.
    static let officeEnd = "委"
    /// The leadership of a committee, as a seat (`盟市委领导班子成员`).
    static let leadershipSeats = ["领导班子成员", "班子成员", "领导班子"]
    /// How a democratic party's own committee ends (市委会, 区委会), unlike a Party committee (市委).
    static let ownCommitteeEnd = "委会"
    /// Seats that in the party's own news are its own: a former leader (`老领导甲、乙`), the presidium of its
    /// congress (`主席团成员丙`, `常务主席团成员丁`).
    static let hostSeats = ["老领导", "主席团成员", "常务主席团成员"]
    /// A party's branches, before a member word (`直属二支部会员`).
    static let branchWords = ["支部", "支社", "总支", "基层委", "基委"]
    /// Who leads a branch with no 主委 (`某支部负责人`), or a branch that calls its head 主任 (`支部主任甲、副主任乙`).
    static let branchHeads: Set<String> = ["负责人", "主任", "副主任"]
    static let communistBranch = "党"
    /// The party committee's special committees (`参政议政专委会主任`), whose heads are its members.
    static let specialCommittees = ["专委会", "专门委员会"]
    static let specialCommitteeHeads = ["主任", "副主任"]

    static func isSpecialCommitteeOffice(_ office: String) -> Bool {
        guard let committee = specialCommittees.lazy.compactMap({ office.utf8Range(of: $0) }).first else { return false }
        return specialCommitteeHeads.contains(String(office[committee.upperBound...]))
    }

    /// A post in one of the committee's own bodies, written bare after the committee (`区委会组织委员会副主任`)
    /// or in the party's own news (`增补甲为社会服务委员会副主任`, `中央妇委会主任`), and a duty seat on a
    /// branch's committee (`乙任宣传委员`): no other body (政协, 人大, a Party committee) is named in it.
    static func isOwnBodyPost(_ office: String) -> Bool {
        // (`参政议政工作委员`: the duty may name its work. Compared without building a string per seat.)
        if office.hasUTF8Suffix(committeeSeat) {
            var duty = office.dropLast(committeeSeat.count)
            if duty.hasUTF8Suffix(dutyWork) { duty = duty.dropLast(dutyWork.count) }
            if dutySeats.contains(where: { duty.elementsEqual($0) }) { return true }
        }
        // 监督委委员: the party's supervisory committee, written short.
        if let short = namedOwnBodies.first(where: { office.hasUTF8Prefix($0) }), ownBodyHeads.contains(String(office.dropFirst(short.count))) { return true }
        guard let body = ownBodyWords.lazy.compactMap({ office.lastUTF8Range(of: $0) }).first,
              ownBodyHeads.contains(String(office[body.upperBound...])) else { return false }
        // “三农”委员会: a quoted name.
        let name = office[..<body.lowerBound].filter { !quoteMarks.contains($0) }
        return (1...8).contains(name.count) && name.allSatisfy(isHan) && !otherBodies.contains { name.containsText($0) }
    }
    /// A post in the committee's organ, bare in the party's own news (`蔡郡为虚拟机关办公室主任,杨莹为组宣科科长`,
    /// `社会服务处处长`): a unit of the organ and its head, the unit naming no other body (局, 院, 公司).
    /// `afterCommittee`: the post is written after the party's own committee (`盟市委|宣传部副部长`), whose 部 and
    /// 办公室 are its own.
    static func isOrganPost(_ office: String, afterCommittee: Bool = false) -> Bool {
        // 县统战部副部长: no democratic party has a united front department; the post is the Party's (`communistPost`).
        if office.utf8Range(of: unitedFrontDepartment) != nil { return false }
        var rest = Substring(office)
        // A 部 or 办公室 only after the organ or the committee (统战部部长 bare is a Party committee's).
        let organ = organWords.first { rest.hasUTF8Prefix($0) }
        if let organ { rest = rest.dropFirst(organ.count) }
        let ownUnits = organ != nil || afterCommittee
        // 市委会宣传部长, 盟市委组织部副部长 written short: a department's head after the committee.
        if afterCommittee, let head = shortDepartmentHeads.first(where: { rest.hasUTF8Suffix($0) }) {
            let name = rest.dropLast(head.count)
            if (2...4).contains(name.count), name.allSatisfy(isHan), !name.contains(where: { otherBodyEnds.contains($0) }) { return true }
        }
        for unit in ownUnits ? organUnits : organSections {
            guard let head = organHeads.first(where: { rest.hasUTF8Suffix(unit + $0) }) else { continue }
            let name = rest.dropLast(unit.count + head.count)
            // 政研室副主任, but not a bare 办公室 (any body's) nor a unit with no name.
            if !ownUnits, name.isEmpty || name == bareOffice { return false }
            return name.count <= 6 && name.allSatisfy(isHan) && !name.contains(where: { otherBodyEnds.contains($0) })
        }
        return false
    }
    static let organWords = ["虚拟机关", "机关"]
    static let unitedFrontDepartment = "统战部"
    /// A department's head written with 部 and the head's word as one (宣传部长, 组织副部长).
    static let shortDepartmentHeads = ["副部长", "部长"]
    static let organUnits = ["办公室", "科", "处", "部"]
    static let organSections = ["科", "处", "室"]
    static let bareOffice = "办公"
    static let organHeads = ["主任", "副主任", "科长", "副科长", "处长", "副处长", "部长", "副部长"]
    /// The last characters of another body's name before its unit (市教育局办公室, 某学校办公室, 某公司).
    static let otherBodyEnds: Set<Character> = ["局", "厅", "委", "院", "会", "府", "司", "校", "所", "镇", "乡", "村", "街", "区", "县", "市", "省", "党", "团", "行", "部"]

    static let ownBodyWords = ["委员会", "委会", "工委"]
    /// A party committee's own bodies written short, with no name before them.
    static let namedOwnBodies = ["监督委"]
    static let quoteMarks: Set<Character> = ["“", "”"]
    /// (主委, 副主委: `省直工委会副主委`, a body of the party's own named as the party names it.)
    static let ownBodyHeads: Set<String> = ["主任", "副主任", "常务副主任", "委员", "主任委员", "副主任委员", "主委", "副主委"]
    /// What a duty seat may name between its duty and 委员 (`参政议政工作委员`).
    static let dutyWork = "工作"
    /// How long a member has been one, closing a longer word of praise (`资深老会员`, `优秀新盟员`).
    static let standingMarks = ["老", "新"]
    /// The duties a branch's committee shares out (`李小娟任支部主委兼社会服务委员、张小卿任宣传委员`).
    static let dutySeats = ["组织", "宣传", "参政议政", "社会服务", "祖统", "祖统工作", "青年", "妇女", "联络", "调研", "信息", "学习", "纪检", "文体", "统战"]
    /// Bodies whose committees are not a democratic party's own.
    static let otherBodies = ["政协", "人大", "党", "政府", "市委", "省委", "区委", "县委", "常委", "居委", "村委", "团", "中央顾问"]

    /// What a list says of its count before the member word: `等多名会员`, `3名盟员`, `4名界别委员`.
    static let countCharacters: Set<Character> = Set("等0123456789一二三四五六七八九十两多数余名位")

    /// `item` without a count before a member word or 界别委员 (名誉主委 keeps its 名).
    static let newTerm = "新一届"
    static let committeeBody = "委员会"

    /// `item` past a term written before it (`四届`, `第四届`), else `item`.
    static func droppingTerm(_ item: Substring) -> Substring {
        let numbered = item.hasUTF8Prefix("第") ? item.dropFirst() : item
        let counted = numbered.drop { countCharacters.contains($0) }
        guard counted.startIndex != numbered.startIndex, counted.hasUTF8Prefix(Self.termMarker) else { return item }
        return counted.dropFirst()
    }

    static func droppingCount(_ item: Substring) -> Substring {
        let counted = item.drop { countCharacters.contains($0) }
        guard counted.startIndex != item.startIndex, memberWords.contains(where: { counted.hasUTF8Prefix($0.word) }) || counted.hasUTF8Prefix("界别")
        else { return item }
        return counted
    }

    static func isHan(_ c: Character) -> Bool {
        c.unicodeScalars.allSatisfy { $0.value >= 0x3400 && $0.value <= 0x9FFF }
    }

    /// `界别委员` in a report about one sector: a member of that sector.
    func sectorMember(_ item: String, _ context: Context) -> Claim? {
        guard let sector = context.hostSector, ["界别委员", "界别政协委员", "界别代表"].contains(String(Self.droppingCount(Substring(item))))
        else { return nil }
        return .member(party: sector, level: nil, role: item, surface: index.entries[sector].properties["short"] ?? index.entries[sector].name)
    }

    static let sectorMarker = "界"
    static let sectorMemberWords = ["界别委员", "界别政协委员", "界委员", "界政协委员", "界别代表", "界代表", "界别", "界"]
    /// Last characters before 界 that make no sector (社会各界, 世界, 国界, 思想境界 …).
    static let notSectors: Set<Character> = Set("各外本眼边世国境跨")

    /// `医药界委员`, `农牧业界`, `(经济界别)`: a sector the lexicon does not
    /// know, kept as written (`医药界`).
    static let visitVerbs = ["走访", "看望", "慰问", "拜访", "探望"]

    static func writtenSector(_ item: String) -> (name: String, role: String)? {
        for ending in sectorMemberWords {
            guard item.hasUTF8Suffix(ending) else { continue }
            var head = item.dropLast(ending.count)
            // 走访民族宗教界委员甲: the visit is no part of the sector's name.
            if let visit = visitVerbs.first(where: { head.hasUTF8Prefix($0) }) { head = head.dropFirst(visit.count) }
            guard (2...8).contains(head.count), head.allSatisfy(isHan), let last = head.last, !notSectors.contains(last),
                  !head.contains("各"), !head.containsText("政协") else { return nil }
            let role = String(ending.dropFirst(ending.hasUTF8Prefix("界别") ? 2 : 1))
            return (String(head) + sectorMarker, role.isEmpty ? "成员" : role)
        }
        return nil
    }

    /// Staff grades (主任科员, 二级调研员, 工作人员): in the Communist committee's offices (省委办公厅督查室二级调研员) a job,
    /// which gives no party; in a democratic party's or a federation's organ they are read as its posts.
    static let staffGrades = ["科员", "调研员", "巡视员", "工作人员", "干部", "职员", "干事"]

    /// Words no post of a party's committee holds, which name another body (`对口联系单位市某局副局长`).
    static let partnerBodyWords = ["单位", "局", "厅"]

    static func isPartnerPost(_ role: String) -> Bool {
        // 民盟中央办公厅主任: the party's own general office.
        partnerBodyWords.contains { role.containsText($0) } && !role.hasUTF8Prefix(generalOffice)
    }

    static let generalOffice = "办公厅"

    /// A staff grade in a named office of an organ (`办公厅二级巡视员`, `组织部主任科员`).
    static func isOrganStaff(_ office: String) -> Bool {
        guard let grade = staffGrades.first(where: { office.hasUTF8Suffix($0) }) else { return false }
        var rest = office.dropLast(grade.count)
        if let rank = staffRanks.first(where: { rest.hasUTF8Suffix($0) }) { rest = rest.dropLast(rank.count) }
        guard let last = rest.last, organEnds.contains(last) else { return false }
        return (2...6).contains(rest.count) && rest.allSatisfy(isHan)
    }
    static let staffRanks = ["一级", "二级", "三级", "四级", "主任", "副主任", "副"]
    static let organEnds: Set<Character> = ["厅", "部", "处", "室", "科"]

    static func isStaffPost(_ role: String) -> Bool {
        staffGrades.contains { role.hasUTF8Suffix($0) }
    }

    /// Verbs of election before the post they give (`选举民进某县基层委主委`, `增补…为`):
    /// the item is the post after them.
    static let electionVerbs = ["选举产生", "当选为", "选举", "推选", "增补", "补选", "当选", "被聘为", "被任命为"]

    /// Whether `item` may hold a verb of election: every one holds 选, 被 or is 增补 (a cheap test
    /// before the searches for each verb, which run for every role item).
    static func mayHoldElection(_ item: String) -> Bool {
        item.containsText("选") || item.containsText("增补") || item.containsText("被")
    }

    static func afterElection(_ item: String) -> String {
        guard mayHoldElection(item) else { return item }
        var best: String.Index?
        for verb in electionVerbs {
            if let r = item.lastUTF8Range(of: verb), best.map({ r.upperBound > $0 }) ?? true { best = r.upperBound }
        }
        guard let best, best < item.endIndex else { return item }
        return String(item[best...])
    }
}
