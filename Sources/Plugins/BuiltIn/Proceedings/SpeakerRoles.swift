import Foundation

/// Reads the roles a document gives a person (`全国政协委员、市政协常委、民盟市委委员、
/// 华中科技大学同济医学院副院长`) into claims, and finds where a running sentence
/// puts the name (`…副院长舒晓刚围绕…`).
///
/// Everything is recognised by lexicons (parties, organizations, agencies,
/// districts, titles) and a few fixed words (政协, 人大, 院士), so the same code
/// reads other cities' documents, with the roles before or after the name.
struct SpeakerRoles {
    /// One thing the text says about the person.
    enum Claim: Equatable {
        /// A seat on a CPPCC committee (or a people's congress): organization entry or name, role.
        case serves(body: String, bodyEntry: Int?, role: String)
        /// Membership of a party or sector, with its level (市委, 省委 …) and role (主委, 委员 …).
        case member(party: Int, level: String?, role: String, surface: String)
        /// A sector the lexicons do not know, as written (`医药界`), and the role in it.
        case sector(name: String, role: String)
        /// A job: employer (an entry when the lexicons know it), employer label, title.
        case works(employer: String, entry: Int?, label: String, title: String)
        /// An honour such as 中国科学院院士 (a membership of the academy).
        case academician(academy: String, entry: Int?)
        /// Anything else, kept as text.
        case other(String)
    }

    let index: LexiconIndex
    /// The document's city: `市政协` is that city's CPPCC, and another city's
    /// lexicon entries do not bind (see `LexiconIndex.admits`).
    var city: String? = nil
    /// The document's province (`福建省`): `省工商联` is that province's federation.
    var province: String? = nil
    /// The district (or county) the document belongs to (`DocumentDistrict`): its bare `工商联` is the district's.
    var district: (name: String, level: String)? = nil
    /// The town (镇, 乡, 街道) whose news the document is (`DocumentDistrict.town`): its bare `镇妇联` is that town's.
    var town: (name: String, level: String)? = nil
    /// The county-level city whose news the headline is (`台山市政协…` in 江门's document): its bare `市侨联` is its own.
    var countyCity: String? = nil
    /// The level word of the document's city where it is no 市 (恩施州, 锡林郭勒盟): its bare 工商联 is 恩施州工商业联合会.
    var cityLevel = "市"
    /// The city's full name where the text writes it so (`迪庆藏族自治州` for 迪庆, whose level is 州).
    var cityFullName: String? = nil
    /// The district the opening lines name (`静安区讯`, `静安区政协召开…`) when the headline names none:
    /// only a body written with the district's level (`区工商联`) is that district's.
    var openingDistrict: (name: String, level: String)? = nil
    /// The one county a prefecture's document names with a body or its news (`怀宁县妇联`,
    /// `DocumentDistrict.named`): its bare `县妇联`, `我县工商联` are that county's.
    var namedCounty: String? = nil
    /// The one district a city's document names with a body or its news (`兴山区妇联`,
    /// `DocumentDistrict.namedDistrict`): its bare `区妇联`, `团区委` are that district's.
    var namedDistrict: String? = nil

    /// The document's text, where a district's city may be written before it (`北京市东城区工商业联合会`).
    var text: [UInt8] = []

    /// A document of no place that reports the national CPPCC (`全国政协妇联界别小组`): its bare 妇联 is the nation's.
    var nationalSession = false

    /// The entry with `label` named `name` in this document's city.
    func entry(_ label: String, _ name: String) -> Int? { index.entry(label: label, named: name, city: city) }

    static let cppcc = "政协"
    static let partyLevels = ["市委员会", "省委员会", "区委员会", "委员会", "市委会", "省委会", "区委会", "县委会", "市委", "省委", "区委", "中央"]

    /// A bare post an assembly (政协, 人大) holds as a party's committee does: its secretaries and chairs, a post in
    /// one of its committees or in its organ (`提案委员会副主任`, `研究室主任`). A party's own offices (主委) are not.
    static func isAssemblyPost(_ item: String) -> Bool {
        // By bytes first: this runs for every item after an assembly's post, and the readers below build strings.
        guard item.utf8.count <= 3 * longestAssemblyPost else { return false }
        if committeeSecretaries.contains(where: { item.utf8.elementsEqual($0.utf8) }) || chairOffices.contains(where: { item.utf8.elementsEqual($0.utf8) }) {
            return true
        }
        guard assemblyPostEnds.contains(where: { item.hasUTF8Suffix($0) }), !partyOffices.contains(where: { item.hasUTF8Suffix($0) }) else { return false }
        return isOrganPost(item) || isOwnBodyPost(item)
    }
    /// The most characters of such a post (`提案委员会副主任`, `研究室主任`).
    static let longestAssemblyPost = 14
    /// How such posts end: a committee's or an organ's head or seat.
    static let assemblyPostEnds = Array(Set(organHeads + ownBodyHeads))

    /// The claims of the role items in `text` (items split by `、` and `,`);
    /// `context` gives a bare office (`副主委`, `盟员`) the party around it.
    func claims(_ text: String, context: Context = Context()) -> [Claim] {
        // 各民主党派省委会主委、省工商联负责人、无党派人士代表甲、乙、丙: roles of many bodies shared out over a
        // list say nothing of which is whose.
        if Self.namesManyParties(text) {
            // 省级民主党派代表、省政协副主席、民革吉林省委会主委甲: one person standing for the parties, and a post of that person's
            // own party among the roles after.
            if let mark = text.utf8Range(of: Self.partiesRepresentative) {
                let rest = String(text[mark.upperBound...])
                let ownParty = rest.split(whereSeparator: { $0 == "、" || $0 == "," }).contains { item in
                    guard case .member(let party, _, _, _)? = membership(String(item)) else { return false }
                    return index.entries[party].properties["kind"] == "民主党派"
                }
                if ownParty { return claims(rest, context: context) }
            }
            return []
        }
        // 区政协副主席(兼)、区工委原主委: a note that the post is held besides another is no post of its own.
        var text = text
        // (Searched by 兼) first: a search for `(兼)` stops at every E5 lead byte.)
        if text.utf8Range(of: Self.concurrentClose) != nil, text.utf8Range(of: Self.concurrentNote) != nil { text = text.replacing(Self.concurrentNote, with: "") }
        var result: [Claim] = []
        var lastEmployer: (String, Int?, String)?
        var chainCity: String?
        var chainCounty: String?
        var chainProvince: String?
        // 市政协党组成员、副主席: after a seat or post in an assembly, a bare 副主席 is that assembly's, not the sentence's federation's.
        var servesBefore = false
        // The place's federation the item before named (`localFederation`), for a bare post after it.
        var previousFederation: (party: Int, level: String?, surface: String)?
        for (var item, joint) in Self.roleItems(Self.droppingActClauses(text)).flatMap(Self.splitOrigin).flatMap(Self.jointPosts) {
            // 会议选举民进某县基层委主委: the post after the verb of election.
            let elected = Self.mayHoldElection(item) && Self.electionVerbs.contains { item.containsText($0) }
            item = Self.afterElection(item)
            item = Self.roleCore(item)
            // 新任台联会会长, 现任市侨联主席: when the post is held says nothing of whose it is (no place 新任市).
            if let tenure = Self.presentTenure.first(where: { item.hasUTF8Prefix($0) }), item.count > tenure.count + 2,
               (membership(String(item.dropFirst(tenure.count))) ?? placedMembership(String(item.dropFirst(tenure.count)))) != nil {
                item = String(item.dropFirst(tenure.count))
            }
            // 原中国科协主席: a former post of a party or federation still names the body.
            if item.hasUTF8Prefix(Self.formerMarker), item.count > 3 {
                let rest = String(item.dropFirst())
                if (membership(rest) ?? placedMembership(rest)) != nil { item = rest }
            }
            // 德阳市委原书记, 县委原常委: a former post written after its body still names the body.
            if let r = item.utf8Range(of: Self.formerAfterBody) {
                let rest = String(item[..<item.index(after: r.lowerBound)]) + String(item[r.upperBound...])
                if (membership(rest) ?? placedMembership(rest) ?? communistPost(rest) ?? contextMembership(rest, context)) != nil { item = rest }
            }
            // 嘉兴市委统战部副部长、市工商联党委书记 in 桐乡's document: the second 市 is 嘉兴.
            if let named = Self.cityNamed(item) {
                chainCity = named
                // 南平市延平区委常委: the county right after its city's name.
                if let r = item.utf8Range(of: named + "市"), let county = Self.countyNamed(String(item[r.upperBound...])) { chainCounty = county }
            } else if let chainCity, item.hasUTF8Prefix("市"), chainCity != city, isLocalBody(item) {
                item = chainCity + item
            } else if let chainCity, chainCity != city, isLocalBody(item, placeless: true) {
                // 黄冈市政协副主席、工商联主席 in 鄂州's document: a federation written bare after another city's post is that city's
                // (南平市延平区委常委、总工会主席: that county's).
                item = chainCity + "市" + (chainCounty ?? "") + item
            }
            // 青海省副省长、省工商联主席: the second 省 is 青海省.
            if let named = Self.provinceNamed(item) {
                chainProvince = named
            } else if let chainProvince, item.hasUTF8Prefix(Self.provinceLevel), isLocalBody(item) {
                item = chainProvince + item
            } else if let chainProvince, chainCity == nil, isLocalBody(item, placeless: true) {
                // 山西省工商联主席、总商会会长: a federation written bare after a province's post is the province's.
                item = chainProvince + Self.provinceLevel + item
            }
            // 新北区委宣传统战部副部长、区工商联党组书记: the second 区 is 新北区.
            if let named = Self.countyNamed(item) {
                chainCounty = named
            } else if let chainCounty, item.hasUTF8Prefix(String(chainCounty.suffix(1))), isLocalBody(item) {
                item = String(chainCounty.dropLast()) + item
            } else if let chainCounty, isLocalBody(item, placeless: true) {
                // 延平区委常委、总工会主席: a federation written bare after a county's post is the county's.
                item = chainCounty + item
            }
            // 市政协副主席某某和市台联党组书记: the roles after 和 are this person's;
            // 全体参会会员与民建市委会副主委: so are those after 与; 会议后半段由民进某市委办公室主任: after 由.
            for joiner in Self.tailJoiners {
                guard let r = item.lastUTF8Range(of: joiner), r.upperBound < item.endIndex else { continue }
                let tail = String(item[r.upperBound...])
                if (membership(tail) ?? placedMembership(tail)) != nil { item = tail; break }
            }
            // 盟市委集体提案及委员: a bare seat after 及 or 和 is the person's, the rest another subject.
            if let r = Self.seatJoiners.lazy.compactMap({ item.lastUTF8Range(of: $0) }).first,
               Self.bareSeatWords.contains(String(item[r.upperBound...])) {
                item = String(item[r.upperBound...])
            }
            // 聘请甲等10人为市侨联荣誉主席: the post given after 为 is the person's, not a place 为东莞市.
            if item.hasUTF8Prefix(Self.appointedAsWord), item.count > 3 {
                let rest = String(item.dropFirst())
                if (membership(rest) ?? placedMembership(rest)) != nil { item = rest }
            }
            // 代表各民主党派、工商联致贺词: speaking for many says nothing of the speaker's own party.
            if item.hasUTF8Prefix("代表"), item.contains("各") { break }
            // (代表民建中央), 代表市侨联: speaking for a party or sector says the person is of it.
            if item.hasUTF8Prefix("代表"), item.count > 2 {
                let rest = String(item.dropFirst(2))
                if (membership(rest) ?? placedMembership(rest)) != nil { item = rest }
            }
            // 在青联界,有…: a clause naming the sector a roster's members are in.
            if item.hasUTF8Prefix(Self.inWord), item.hasUTF8Suffix(Self.sectorMarker) || item.hasUTF8Suffix(Self.sectorGroup) { item = String(item.dropFirst()) }
            // 广安市团委书记, 区团委副书记: the league's committee written with its place first.
            if let league = Self.leagueCommittee(item) { item = league }
            // 李某书记, 胡某总书记: a bare 书记 after a name is the Communist Party's.
            // (By length first: hashing a Chinese string normalizes it, and this runs for every role item.)
            // (郑某当选为书记 at the League's own congress: the League's secretary.)
            // (习近平总书记 is the Party's at a League congress too: the League has no 总书记.)
            if item.utf8.count <= 9, item != Self.generalSecretary, Self.bareSecretaries.contains(item) || Self.leagueDeputies.contains(item),
               let claim = hostFederationMember(context, role: item),
               case .member(let league, _, _, _) = claim, index.entries[league].name == Self.youthLeague {
                result.append(claim)
                continue
            }
            if item.utf8.count <= 9, Self.bareSecretaries.contains(item), let party = entry("Party", "中国共产党") {
                result.append(.member(party: party, level: nil, role: item, surface: Self.communistPrefix))
                continue
            }
            // 九三, 致公, 农工: a member table's party cell written short.
            if let party = Self.shortCells[item], let entry = entry("Party", party) {
                result.append(.member(party: entry, level: nil, role: "成员", surface: party))
                continue
            }
            // 甲(科技)、乙(宗教): a list's note of each member's sector, written without 界.
            if let claim = bareSectorNote(item) {
                result.append(claim)
                continue
            }
            // 经济界全国政协委员: the sector, then the seat.
            if let (sector, seat) = sectorBeforeSeat(item) {
                result.append(sector)
                item = seat
            }
            if let claim = serving(item) {
                servesBefore = true
                result.append(claim)
                // 市政协妇联界别委员: the seat, and the sector (a place's federation) it is held for.
                if case .serves(_, _, let role) = claim, let sector = sectorOfSeat(role) { result.append(sector) }
                // 市政协党组书记: a party post inside the CPPCC.
                if let party = communistPost(item) { result.append(party) }
                continue
            }
            // 来自民进界别 (`PartyContext.phrasesAfter`): the sector group a member sits in (see `partySector`).
            if item.hasUTF8Prefix(Self.comesFrom) {
                item = String(item.dropFirst(Self.comesFrom.count))
                if case .member(let party, _, let role, _)? = membership(item), namesPartySector(party, role: role) {
                    result.append(.member(party: party, level: nil, role: "成员", surface: index.entries[party].properties["short"] ?? index.entries[party].name))
                    continue
                }
            }
            if item.hasUTF8Suffix("院士") {
                let academy = canonicalOrganization(String(item.dropLast(2)))
                result.append(.academician(academy: academy.name, entry: academy.entry))
                continue
            }
            // 市台联理事、常务理事, 市侨联副主席、秘书长: a bare officer's post right after a post in a place's
            // federation is that federation's (so is one after the Party's group in it: 中共某市台联党组书记、会长).
            if let federation = previousFederation, Self.federationFollowingPosts.contains(item) {
                result.append(.member(party: federation.party, level: federation.level, role: item, surface: federation.surface))
                continue
            }
            let stated = membership(item) ?? placedMembership(item)
            previousFederation = localFederation(item, stated: stated)
            if let claim = stated {
                guard case .member(let party, _, let role, _) = claim else { continue }
                // 协助市归国华侨联合会开展调研, 向市妇联捐赠: a federation that is the object of a verb gives no membership.
                if index.entries[party].properties["local"] != nil, !Self.isFederationRole(role) {
                    result.append(.other(item))
                    continue
                }
                // 民进市委会对口联系单位市某局副局长: a post in a body the party works with. (Staff of the party's or the
                // federation's organ, 民盟省委组织部主任科员, 市工商联副巡视员, hold a post in it: readers key them as members.)
                if index.entries[party].properties["kind"] == "民主党派", Self.isPartnerPost(role) {
                    result.append(.other(item))
                    continue
                }
                // 中共某市委统战部党派处处长, 中共某市委统战部: the department's staff, or the department alone, gives no party
                // (see `unitedFront`); its deputy heads written with 中共 (中共某市委统战部常务副部长) are read as the Party's.
                if index.entries[party].properties["kind"] == "执政党", Self.isUnitedFrontPost(role) {
                    result.append(.other(item))
                    continue
                }
                // 农工党界, 九三学社界别委员: the party's sector is the party.
                if namesPartySector(party, role: role) {
                    result.append(.member(party: party, level: nil, role: "成员", surface: index.entries[party].properties["short"] ?? index.entries[party].name))
                    continue
                }
                // 中共界委员: a sector whose members are a party's (`party` in its entry) is that party.
                if let name = index.entries[party].properties["party"], let member = entry("Party", name) {
                    result.append(.member(party: member, level: nil, role: "成员", surface: index.entries[member].properties["short"] ?? name))
                    continue
                }
                result.append(claim)
                // 北京市台联党组书记: a post of the Communist Party inside a federation; a democratic
                // party's own 党组书记 (民革市委会党组书记) says nothing of 中共 by itself.
                // (区工商联原党组书记: a former one too.)
                let post = role.hasUTF8Prefix(Self.formerMarker) ? String(role.dropFirst()) : role
                if index.entries[party].properties["local"] != nil, Self.federationPartyPosts.contains(where: { post.hasUTF8Prefix($0) }),
                   let party = communistPost(post == role ? item : String(item.dropLast(post.count + 1)) + post) { result.append(party) }
                continue
            }
            // 市政协副主席兼秘书长: the joint post is the CPPCC's, whatever party the document is about.
            if joint, Self.committeeSecretaries.contains(item) || Self.partyOffices.contains(item) {
                result.append(.other(item))
                continue
            }
            // A bare office first: 盟市委副主委 is 民盟's committee, not 中共's 市委.
            // 省政协党组成员、秘书长, 省政协副秘书长、研究室主任 in a party's news: a bare post the assembly also has, after its post, is its.
            let assemblyPost = servesBefore && Self.isAssemblyPost(item)
            // 中共某省委副书记、省委秘书长: a bare committee after the Communist committee's post is that committee, not the host party's.
            // So is a bare secretary-general after it (`中共某省委常委、秘书长甲` in a democratic party's news).
            // (Cheapest tests first: this runs for every role item; words compared by bytes, not as Chinese strings.)
            let communistCommittee = !result.isEmpty
                && (Self.bareCommitteeOpenings.contains(where: { item.hasUTF8Prefix($0) }) && !Self.ownCommitteeWords.contains(where: { item.hasUTF8Prefix($0) })
                    || Self.isOne(of: Self.committeeSecretaries, item))
                && result.contains(where: { if case .member(let party, _, _, let surface) = $0 { surface.hasUTF8Prefix(Self.communistPrefix) && index.entries[party].properties["kind"] == "执政党" } else { false } })
            // (Nor is it the sentence's federation's: 全国工商联常务副主席甲,…省委常委、秘书长乙.)
            if let claim = (servesBefore || communistCommittee ? nil : federationMembership(item, context)) ?? (assemblyPost || communistCommittee ? nil : contextMembership(item, context, elected: elected)) ?? communistPost(item)
                ?? sectorMember(item, context) {
                result.append(claim)
                continue
            }
            if let sector = Self.writtenSector(item) {
                result.append(.sector(name: sector.name, role: sector.role))
                continue
            }
            // 上海大学民盟副主委, 华中科技大学九三学社委员会主委: a democratic party's committee in an institution.
            if let claim = institutionPartyMembership(item) {
                result.append(claim)
                continue
            }
            if let (employer, title) = splitTitle(item) {
                if employer.isEmpty, let last = lastEmployer {
                    result.append(.works(employer: last.0, entry: last.1, label: last.2, title: title))
                } else if !employer.isEmpty {
                    let resolved = resolveEmployer(employer)
                    // 市自然资源专职副总督察: no organization is named 市自然资源; keep the post as written.
                    guard resolved.entry != nil || OrganizationName.isWhole(resolved.name) else {
                        result.append(.other(item))
                        continue
                    }
                    lastEmployer = (resolved.name, resolved.entry, resolved.label)
                    result.append(.works(employer: resolved.name, entry: resolved.entry, label: resolved.label, title: title))
                } else {
                    result.append(.other(item))
                }
                continue
            }
            result.append(.other(item))
        }
        return result
    }

    /// Verbs of speaking that close a clause of someone's act (`中共某省委书记甲致辞`), no role.
    static let speakingEnds = ["致辞", "讲话", "发言", "主持", "致贺词", "致欢迎词"]
    static let speakingEndBytes = speakingEnds.map { Array($0.utf8) }
    /// Words opening (代表, the copula 为 of `甲为经济界委员,`) or held by (选举产生) a clause that states an act, not a post.
    static let actOpenings = ["代表", "为"]
    static let actWords = ["选举产生"]

    /// `text` past its clauses that state an act and end at a comma before more roles: a reader may
    /// run back over them (`代表中共某省委,民盟某省委主委甲`: the speaker before spoke for 中共;
    /// `为经济界委员,院民盟主委乙`: the seat of the name before;
    /// `大会选举产生了某区侨联第四届委员会委员,区委常委甲宣布…`: the body elected, no post of 甲).
    /// A discussion group's clause (`在经济界别小组,委员甲`, `discussionGroup`) is dropped too, its one
    /// sector kept as the first item (`经济界别、委员`).
    static func droppingActClauses(_ text: String) -> String {
        var rest = Substring(text)
        // 在…开幕式上,中共某省委书记甲致辞,省政协主席: a clause of another person's act, ending in a verb of speaking,
        // and all before it are no roles of the name after them.
        // (Only a text that holds such a verb pays the walk, over its commas by bytes: roles are read for every person.)
        if Self.speakingEnds.contains(where: { text.utf8Range(of: $0) != nil }) {
            let bytes = Array(text.utf8)
            var cut = 0
            for i in bytes.indices where bytes[i] == 0x2C && i + 1 < bytes.count {
                if Self.speakingEndBytes.contains(where: { UTF8Scan.hasSuffix($0, in: bytes, cut..<i) }) { cut = i + 1 }
            }
            if cut > 0 { rest = rest[rest.utf8.index(rest.startIndex, offsetBy: cut)...] }
        }
        var sector: String?
        while let comma = Self.firstComma(rest), comma.upperBound < rest.endIndex {
            let clause = rest[..<comma.lowerBound]
            if let group = discussionGroup(clause) {
                sector = group ?? sector
            } else {
                guard actOpenings.contains(where: { clause.hasUTF8Prefix($0) }) || actWords.contains(where: { clause.utf8Range(of: $0) != nil })
                else { break }
            }
            rest = rest[comma.upperBound...]
        }
        if let sector { return sector + "、" + rest }
        return rest.startIndex == text.startIndex ? text : String(rest)
    }

    /// The first `,` or `，` of `text`, found by bytes (a walk by `Character` cost more than the rest of the reading).
    static func firstComma(_ text: Substring) -> Range<String.Index>? {
        let ascii = text.utf8Range(of: ",")
        return text[..<(ascii?.lowerBound ?? text.endIndex)].utf8Range(of: "，") ?? ascii
    }

    /// `市委统战部党派处处长`, `市委统战部`: a post (or none) in the united front department (after a committee of up to
    /// eight characters), other than its head (部长) and its deputy heads (副部长, 常务副部长).
    static func isUnitedFrontPost(_ role: String) -> Bool {
        let bytes = Array(role.utf8)
        guard let at = UTF8Scan.find(unitedFront, in: bytes, from: 0), at <= 24,
              !namesUnitedFrontHead(bytes, at: at) else { return false }
        return UTF8Scan.find(Array("常委".utf8), in: bytes, from: 0, to: at) == nil
    }

    /// Whether the role after a democratic party's name opens its sector of the CPPCC (`农工党界`, `民进界别`,
    /// `九三学社界别委员`: its members sit in it as a group). The sector is the party's seat in the CPPCC, so
    /// its members are read as the party's and no sector of its own is made: no reader keyed one.
    func namesPartySector(_ party: Int, role: String) -> Bool {
        let entry = index.entries[party]
        return entry.properties["kind"] == "民主党派" && role.hasUTF8Prefix(Self.sectorMarker)
            && Self.writtenSector((entry.properties["short"] ?? entry.name) + role) != nil
    }

    /// Posts that, written alone after a name, are the Communist Party's (a league's or a party branch's name their body).
    static let bareSecretaries: Set<String> = ["书记", "副书记", "总书记"]
    static let generalSecretary = "总书记"
    static let sectorGroup = "界别"
    static let inWord = "在"
    static let comesFrom = "来自"
    static let leagueCommitteeWord = "团委"
    static let leagueName = "共青团"
    static let cityLeagueCommittee = "团市委"
    static let leagueShort = "团"
    static let everyParty = "各民主党派"
    static let partiesRepresentative = "民主党派代表、"
    static let formerAfterBody = "委原"
    static let concurrentNote = "(兼)"
    static let concurrentClose = "兼)"
    static let democraticParties = "民主党派"
    static let democraticPartyBytes = Array(democraticParties.utf8)
    static let listJoiners: [Character] = ["、", "和", "及", "与"]

    /// `各民主党派省委会主委`, `民主党派、工商联负责人`: the parties as a whole, or listed with other bodies, in the
    /// person's own chain (after the last comma: `各民主党派省委主委,民建省委专职副主委甲` is 民建's).
    static func namesManyParties(_ text: String) -> Bool {
        guard let r = text.utf8Range(of: democraticParties) else { return false }
        if let comma = text.lastUTF8Range(of: ","), comma.lowerBound > r.lowerBound {
            return namesManyParties(String(text[comma.upperBound...]))
        }
        // (民主党派市委、市工商联负责人: the parties' committees, then another body.)
        return text.utf8Range(of: everyParty) != nil || text[r.upperBound...].prefix(5).contains(where: listJoiners.contains)
    }
    static let committeeWord = "委"

    /// `广安市团委书记` as `共青团广安市委书记`, `区团委副书记` as `共青团区委副书记`: the
    /// league's committee with its place written before it, when that is a place
    /// (`FederationPlace.isPlace`: not 校团委, 社区团委) and a post follows.
    static func leagueCommittee(_ item: String) -> String? {
        // 上海团市委书记: a city written bare before the league's 团市委 (its 市 inside the word) is that city's.
        if let r = item.utf8Range(of: cityLeagueCommittee), r.lowerBound > item.startIndex, r.upperBound < item.endIndex,
           DocumentCity.isCity(String(item[..<r.lowerBound])) {
            return leagueName + String(item[..<r.lowerBound]) + "市委" + String(item[r.upperBound...])
        }
        // 团长兴县委书记: the league's 团, then its place and level written whole, then 委 and a post.
        if item.hasUTF8Prefix(leagueShort), let committee = item.utf8Range(of: committeeWord), committee.upperBound < item.endIndex {
            let bytes = Array(item.utf8)
            let placeEnd = item.utf8.distance(from: item.startIndex, to: committee.lowerBound)
            if placeEnd > leagueShort.utf8.count, FederationPlace.isPlace(bytes, leagueShort.utf8.count..<placeEnd),
               DocumentCity.isHan(bytes, placeEnd - 3) {
                return leagueName + String(item.dropFirst(leagueShort.count))
            }
        }
        guard let r = item.utf8Range(of: leagueCommitteeWord), r.upperBound < item.endIndex else { return nil }
        let bytes = Array(item.utf8)
        let at = item.utf8.distance(from: item.startIndex, to: r.lowerBound)
        guard at > 0, at % 3 == 0, (0..<(at / 3)).allSatisfy({ DocumentCity.isHan(bytes, $0 * 3) }),
              FederationPlace.isPlace(bytes, 0..<at) else { return nil }
        return leagueName + String(item[..<r.lowerBound]) + "委" + String(item[r.upperBound...])
    }

    static let youthLeague = "中国共产主义青年团"
    /// The League's deputy secretaries, written bare at its own congress (`乙、丙当选为副书记`).
    static let leagueDeputies: Set<String> = ["副书记", "常务副书记"]
    /// Words after which an item's roles are the person's when they name a body (`某某和市台联党组书记`).
    static let tailJoiners = ["和", "与", "由"]
    /// A bare seat after one of `seatJoiners` is the person's (`盟市委集体提案及委员`).
    static let bareSeatWords: Set<String> = ["委员", "代表", "常委"]
    static let seatJoiners = ["及", "和"]

    /// Parties a member table's 党派 column writes shorter than any name prose uses; only a whole item.
    static let shortCells: [String: String] = ["九三": "九三学社", "致公": "致公党", "农工": "农工党"]

    /// A sector written bare, as a members' list notes it after each name (`科技`, `宗教`, `经济`): with 界
    /// added, a sector of the CPPCC's own (not a federation, which `membership` reads by its short name).
    func bareSectorNote(_ item: String) -> Claim? {
        // By length first: this runs for every role item.
        guard (6...12).contains(item.utf8.count), !item.hasUTF8Suffix(Self.sectorMarker), let entry = entry("Party", item + Self.sectorMarker),
              SectorNotes.isNoted(index.entries[entry].properties) else { return nil }
        return .member(party: entry, level: nil, role: "成员", surface: item + Self.sectorMarker)
    }

    /// The items of a roles text, split at `、`, `,`, spaces, dashes and 暨 (a byte scan:
    /// splitting by `Character` runs grapheme breaking over the whole line).
    /// The numerals of a term's number (`第二`, `第十三`).
    static let termNumerals: Set<UInt32> = Set("一二三四五六七八九十".unicodeScalars.map(\.value))

    static func roleItems(_ text: String) -> [String] {
        var items: [String] = []
        var text = text
        text.withUTF8 { bytes in
            var start = 0
            var i = 0
            while i < bytes.count {
                let b = bytes[i]
                var separator = b == 0x2C || b == 0x20 ? 1
                    : (b == 0xE3 && i + 2 < bytes.count && bytes[i + 1] == 0x80 && bytes[i + 2] == 0x81 ? 3 : 0)
                // 暨 joins two posts (`市侨联副主席暨某区侨联主席`), each of its own body; 暨南大学 is a name.
                if b == 0xE6, i > start, i + 5 < bytes.count, bytes[i + 1] == 0x9A, bytes[i + 2] == 0xA8,
                   !(bytes[i + 3] == 0xE5 && bytes[i + 4] == 0x8D && bytes[i + 5] == 0x97) { separator = 3 }
                // 副主委——某县文联主席: a dash sets two posts apart (one dash, U+2014, or two).
                if b == 0xE2, i + 2 < bytes.count, bytes[i + 1] == 0x80, bytes[i + 2] == 0x94 {
                    separator = i + 5 < bytes.count && bytes[i + 3] == 0xE2 && bytes[i + 4] == 0x80 && bytes[i + 5] == 0x94 ? 6 : 3
                }
                // 民建第二、第三届主委: terms listed before one post are no two posts.
                if separator == 3, b == 0xE3, i >= 3, i + 5 < bytes.count, bytes[i + 3] == 0xE7, bytes[i + 4] == 0xAC, bytes[i + 5] == 0xAC,
                   Self.termNumerals.contains(FederationPlace.scalar(Array(bytes[(i - 3)..<i]), at: 0)) { separator = 0 }
                guard separator > 0 else { i += 1; continue }
                if i > start { items.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self)) }
                i += separator
                start = i
            }
            if start < bytes.count { items.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start...]), as: UTF8.self)) }
        }
        return items
    }

    /// The province an item opens with (`青海` of `青海省副省长`): two or three characters of the provinces table, then 省.
    static func provinceNamed(_ item: String) -> String? {
        // (In place, by bytes: this runs for every role item, and 省 stands third or fourth in few of them.)
        let at = item.utf8.withContiguousStorageIfAvailable { b -> Int? in
            // (The three bytes compared one by one: `elementsEqual` on a slice was left unspecialized.)
            let level = provinceLevelBytes
            for length in [6, 9] where b.count > length + 3 && b[length] == level[0] && b[length + 1] == level[1] && b[length + 2] == level[2] { return length }
            return nil
        } ?? nil
        guard let at else { return nil }
        let name = String(decoding: item.utf8.prefix(at), as: UTF8.self)
        return DocumentCity.isProvinceName(name) ? name : nil
    }
    static let provinceLevel = "省"
    static let provinceLevelBytes = Array(provinceLevel.utf8)

    /// The city an item names before its first 市 (`嘉兴` of `嘉兴市委统战部副部长`, `天津` of
    /// `还有天津市人大副主任`): the longest of the last two to four characters there that the table of
    /// provinces holds as a prefecture-level city or a municipality.
    static func cityNamed(_ item: String) -> String? {
        guard let r = item.utf8Range(of: "市") else { return nil }
        let before = item[..<r.lowerBound]
        for length in stride(from: min(4, before.count), through: 2, by: -1) {
            let place = String(before.suffix(length))
            if DocumentCity.isCity(place) { return place }
        }
        return nil
    }

    /// The district or county an item opens with, before one of its bodies (`新北区` of `新北区委宣传统战部副部长`,
    /// `怀宁县` of `怀宁县政协副主席`): two or three characters, then 区 or 县 and a body's first character.
    static func countyNamed(_ item: String) -> String? {
        // Cheap test first (this runs for every role item): 区 or 县 as the third or fourth character, by bytes,
        // before any `Character` is made.
        let level = item.utf8.withContiguousStorageIfAvailable { (b: UnsafeBufferPointer<UInt8>) -> Bool in
            for at in [6, 9] where at + 5 < b.count && b[at] == 0xE5 {
                let (second, third) = (b[at + 1], b[at + 2])
                if (second == 0x8C && third == 0xBA) || (second == 0x8E && third == 0xBF) { return true }
            }
            return false
        }
        guard level != false else { return nil }
        let characters = Array(item.prefix(6))
        for length in 2...3 where characters.count > length + 1 {
            guard countyLevels.contains(characters[length]), countyBodyStarts.contains(characters[length + 1]),
                  characters[..<length].allSatisfy(isHan), !characters[..<length].contains(where: { notCountyName.contains($0) }) else { continue }
            return String(characters[...length])
        }
        return nil
    }
    static let countyLevels: Set<Character> = ["区", "县"]
    /// The first characters of a county's bodies: its Party committee (委), government (政府), congress (人大), CPPCC (政协).
    static let countyBodyStarts: Set<Character> = ["委", "政", "人"]
    /// Characters no county's name holds before 区 or 县 here (市辖区, 各区县, 城区, 全区).
    static let notCountyName: Set<Character> = ["市", "各", "全", "省", "城", "本", "该", "我"]

    /// Whether `item` names a federation, a body of each place (工商联, 妇联); `placeless`: written with
    /// no place and not as the national body (`工商联主席`, not `县工商联`, `全国工商联`).
    func isLocalBody(_ item: String, placeless: Bool = false) -> Bool {
        guard case .member(let party, _, _, let surface)? = membership(item) ?? placedMembership(item),
              index.entries[party].properties["local"] != nil else { return false }
        return !placeless || !surface.contains(where: Self.placeLevelCharacters.contains) && !Self.nationalOpenings.contains(where: { surface.hasUTF8Prefix($0) })
    }
    static let placeLevelCharacters: Set<Character> = ["省", "市", "州", "盟", "区", "县", "旗", "镇", "乡", "街"]
    static let nationalOpenings = ["全国", "中国", "中华"]

    /// Words that end a clause before a role (`大会向离任的|市委委员`, `会议听取了|中共中央书记处书记`,
    /// `要认真学习贯彻|全国妇联党组副书记`, `组织学习|中国侨联副主席`, `听取|某镇镇长`, `亲切接见|盟员委员`, `甲受|民盟某总支主委`,
    /// `既有|中共中央政治局常委`, `分管领导为|民革某市委兼职副主委`): no title holds them, so what stands before them
    /// describes the act, not the post.
    static let clauseEndWords = ["的", "了", "贯彻", "学习", "听取", "接见", "会见", "受", "既有", "还有", "也有", "领导为"]
    static let clauseEndWordBytes = clauseEndWords.map { Array($0.utf8) }

    /// The byte range of the last occurrence in `item` of any of `words` (the one that starts last).
    static func lastEnd(of words: [[UInt8]], in item: String) -> Range<Int>? {
        var item = item  // `withUTF8` makes a string contiguous first, which a native one already is.
        return item.withUTF8 { hay in
            var best: Range<Int>?
            for word in words {
                guard let at = word.withUnsafeBufferPointer({ UTF8Scan.findLast($0, in: hay) }) else { continue }
                if best == nil || at > best!.lowerBound { best = at..<(at + word.count) }
            }
            return best
        }
    }

    /// What follows a clause's word when the word is part of a body's name (`学习委员会`).
    static let bodyAfterClauseWord = ["委员会", "委会", "部", "室", "处", "科", "中心", "小组"]

    /// `item` after its last clause end, when a role of two characters or more follows it.
    static func roleCore(_ item: String) -> String {
        let item = withoutCount(withoutDailyCharge(item))
        // By bytes: walking the item's characters from the end cost more than the rest of the item's reading.
        // One look at the item's bytes for all the words (a call per word cost more than its search).
        guard let cut = lastEnd(of: clauseEndWordBytes, in: item) else { return item }
        let end = item.utf8.index(item.startIndex, offsetBy: cut.lowerBound)..<item.utf8.index(item.startIndex, offsetBy: cut.upperBound)
        // 理论学习委员会副主任, 学习部: the word opens a body's name, no clause.
        if bodyAfterClauseWord.contains(where: { item[end.upperBound...].hasUTF8Prefix($0) }) { return item }
        let core = item[end.upperBound...]
        return core.count >= 2 ? String(core) : item
    }

    static let dailyCharge = "日常工作的"
    /// Who holds the daily charge of a body (`分管日常工作的`, `主持日常工作的`), written inside a post.
    static let dailyChargeVerbs = ["分管", "主持", "负责"]

    /// `中共省委统战部分管日常工作的副部长` as `中共省委统战部副部长`: the charge is no clause, the post goes on past its 的.
    static func withoutDailyCharge(_ item: String) -> String {
        guard let r = item.utf8Range(of: dailyCharge), let verb = dailyChargeVerbs.first(where: { item[..<r.lowerBound].hasUTF8Suffix($0) }),
              r.upperBound < item.endIndex else { return item }
        return String(item[..<r.lowerBound].dropLast(verb.count)) + item[r.upperBound...]
    }

    /// A Party committee of a place's level written bare (`省委秘书长`), and the democratic parties' own word for theirs (`市委会`).
    static let bareCommitteeOpenings = ["省委", "市委", "区委", "县委"]
    static let ownCommitteeWords = ["省委会", "市委会", "区委会", "县委会"]

    /// The words that close a count of persons inside a role (`3800名`, `200余名`, `12位`).
    static let countWords = ["余名", "多名", "名", "位"]

    /// `全省3800名九三学社社员` as `全省九三学社社员`: how many the phrase counts says nothing of whose they are.
    static func withoutCount(_ item: String) -> String {
        // By the contiguous bytes: a generic walk of the string's view cost more than the rest of the role's reading.
        var probe = item
        guard probe.withUTF8({ $0.contains { $0 &- 0x30 < 10 } }) else { return item }
        var out = ""
        var rest = Substring(item)
        while let digit = rest.firstIndex(where: { $0.isASCII && $0.isNumber }) {
            var end = rest[digit...].firstIndex(where: { !($0.isASCII && $0.isNumber) }) ?? rest.endIndex
            guard let word = countWords.first(where: { rest[end...].hasUTF8Prefix($0) }) else {
                out += rest[..<end]
                rest = rest[end...]
                continue
            }
            end = rest.index(end, offsetBy: word.count)
            out += rest[..<digit]
            rest = rest[end...]
        }
        return out + rest
    }

    /// Words of a post held now or newly (`新任`, `现任`), before a body's name.
    static let presentTenure = ["新任", "现任", "时任", "首任"]

    static let jointPost = "兼"
    /// 兼职副主席, 兼任: 兼 as part of a word.
    static let jointPostWords: Set<Character> = ["职", "任"]

    /// `专职副主委兼秘书长` as `专职副主委` and the joint post `秘书长` (flagged):
    /// a post joined by 兼 is of the same body as the one before it, so it
    /// names no body of its own (`市政协副主席兼秘书长` is the CPPCC's).
    static func jointPosts(_ item: String) -> [(item: String, joint: Bool)] {
        var parts: [(String, Bool)] = []
        var rest = Substring(item)
        while let r = rest.utf8Range(of: jointPost), r.lowerBound > rest.startIndex, r.upperBound < rest.endIndex,
              let next = rest[r.upperBound...].first, !jointPostWords.contains(next) {
            parts.append((String(rest[..<r.lowerBound]), !parts.isEmpty))
            rest = rest[r.upperBound...]
        }
        parts.append((String(rest), !parts.isEmpty))
        return parts
    }

    static let origins = ["来自", "作为一名", "作为一位", "作为", "同为"]
    static let possessive = "的"

    /// `来自经济界的市政协委员`, `作为民进界别的政协委员`: where the person comes
    /// from (`经济界`) and their role (`市政协委员`), as two items; `作为市政协委员` is the role, and so
    /// is `同为医药卫生界委员` (a second member of one group).
    static func splitOrigin(_ item: String) -> [String] {
        guard let origin = origins.first(where: { item.hasUTF8Prefix($0) }) else { return [item] }
        let rest = item.dropFirst(origin.count)
        guard let of = rest.utf8Range(of: possessive) else { return origin == "来自" || rest.isEmpty ? [item] : [String(rest)] }
        return [String(rest[..<of.lowerBound]), String(rest[of.upperBound...])].filter { !$0.isEmpty }
    }

    /// `经济界全国政协委员`, `农业界市政协委员`: a sector (or party) written onto a seat.
    func sectorBeforeSeat(_ item: String) -> (Claim, String)? {
        let bytes = Array(item.utf8)
        guard let hit = index.hit(in: bytes, at: 0, end: bytes.count), index.entries[hit.entry].label == "Party",
              hit.range.upperBound < bytes.count else { return nil }
        let rest = String(decoding: bytes[hit.range.upperBound...], as: UTF8.self)
        guard serving(rest) != nil, !Self.partyLevels.contains(where: { rest.hasUTF8Prefix($0) }) else { return nil }
        return (.member(party: hit.entry, level: nil, role: "成员", surface: String(decoding: bytes[hit.range], as: UTF8.self)), rest)
    }

    /// `妇联界别委员`, `青联界委员`, `经济界委员` (a seat's role after 政协): the sector it is held for.
    func sectorOfSeat(_ role: String) -> Claim? {
        let bytes = Array(role.utf8)
        guard let hit = index.hit(in: bytes, at: 0, end: bytes.count), index.entries[hit.entry].label == "Party",
              index.entries[hit.entry].properties["kind"] == "界别" else { return nil }
        let surface = String(decoding: bytes[hit.range], as: UTF8.self)
        guard surface.hasSuffix(Self.sectorMarker) || surface.hasSuffix("界别") || UTF8Scan.hasPrefix(PartyContext.sectorChar, in: bytes, at: hit.range.upperBound)
        else { return nil }
        return membership(role)
    }

    /// The last characters of a post in a federation (主席, 会长, 书记, 委员, 会员, 执委, 界别 …):
    /// what follows a federation's name in a role, else the name was the object of a verb.
    static let federationRoleEnds: Set<Character> = Set("席长记员委事问部任表会界别组团监职人)）")
    static let longestFederationRole = 12

    /// Roles of a federation that end in no post's last character (`省侨联领导甲、乙`: its leaders).
    static let federationRoleWords: Set<String> = ["成员", "领导"]

    static func isFederationRole(_ role: String) -> Bool {
        // 第十二届执行委员会执行委员: the term's number is no part of the post's length.
        let post = withoutTerm(role)
        return federationRoleWords.contains(String(post)) || (post.count <= longestFederationRole && post.last.map(federationRoleEnds.contains) == true)
    }

    /// `role` without a term's number opening it (`第十二届`, `第3届`).
    static func withoutTerm(_ role: String) -> Substring {
        guard role.hasPrefix("第"), let term = role.prefix(7).firstIndex(of: "届") else { return role[...] }
        return role[role.index(after: term)...]
    }

    /// `市政协常委`, `全国政协委员`, `硚口区政协主席` (a district's CPPCC is a job in that district), `全国人大代表`.
    func serving(_ item: String) -> Claim? {
        for (marker, bodySuffix) in [(Self.cppcc, "政协"), ("人大", "人大")] {
            guard let r = item.utf8Range(of: marker) else { continue }
            let prefix = String(item[..<r.lowerBound])
            let role = String(item[r.upperBound...])
            guard !role.isEmpty, prefix.count <= 8 else { continue }
            if let district = entry("District", prefix) {
                return .works(employer: index.entries[district].name, entry: district, label: "District", title: bodySuffix + role)
            }
            var body = prefix + bodySuffix
            // 市政协 is the CPPCC of the document's city (成都市政协 in a 成都 document).
            if marker == Self.cppcc, prefix == "市", let city { body = city + body }
            let known = entry("Organization", body)
            return .serves(body: known.map { index.entries[$0].name } ?? body, bodyEntry: known, role: role)
        }
        return nil
    }

    /// `九三学社武汉市委员会主委`, `民盟市委委员`, `市民建专职副主委`, `台盟省委副主委`, `市工商联副主席`.
    func membership(_ item: String) -> Claim? {
        let bytes = Array(item.utf8)
        var start = 0
        var level: String?
        for prefix in ["市", "省", "区"] where item.hasUTF8Prefix(prefix) {
            if let hit = index.hit(in: bytes, at: prefix.utf8.count, end: bytes.count), index.entries[hit.entry].label == "Party" {
                start = prefix.utf8.count
                level = prefix
            }
        }
        guard let hit = index.hit(in: bytes, at: start, end: bytes.count), index.entries[hit.entry].label == "Party" else {
            // The party alias may be shadowed by a longer organization alias (市工商联): try parties alone.
            return nil
        }
        var rest = String(decoding: bytes[hit.range.upperBound...], as: UTF8.self)
        var surface = String(decoding: bytes[..<hit.range.upperBound], as: UTF8.self)
        // 团市委: the alias names the level.
        if level == nil, let l = Self.aliasLevels.first(where: { surface.hasUTF8Suffix($0) }) { level = l }
        // 共青团涪城区委, 共青团某镇委员会: the league's place follows its name.
        if level == nil, index.entries[hit.entry].properties["local-prefix"] != nil, let placed = Self.leaguePlace(rest) {
            level = placed.level
            surface += String(rest.prefix(placed.length))
            rest = String(rest.dropFirst(placed.length))
        } else if let l = Self.partyLevels.first(where: { rest.hasUTF8Prefix($0) }) {
            level = l
            rest.removeFirst(l.count)
            surface += l
        } else if let l = Self.cityLevel(rest) {
            // 民建成都市委会副主委: the committee of any city (or province) is its 市委.
            level = l
            rest.removeFirst(l.count)
            surface += l
        } else if let r = rest.utf8Range(of: "委员会"), rest.distance(from: rest.startIndex, to: r.lowerBound) <= 4 {
            level = String(rest[..<r.upperBound])
            surface += level!
            rest = String(rest[r.upperBound...])
        }
        // 民盟新联会常务副会长, 民建企业家联谊会会长: a post of an association the party keeps, no membership of it.
        if namesPartyAssociation(of: hit.entry, rest) { return nil }
        // 工商联 with no level in a city's document (a 界别 cell, a heading): that city's own federation;
        // 代表共青团界别 names the sector itself.
        if level == nil, let city, !SpeakerRoles.nationalPlaces.contains(city), index.entries[hit.entry].properties["local"] != nil, surface != index.entries[hit.entry].name,
           !rest.hasUTF8Prefix("界") {
            // In a district's document (its headline: 政协某市某区第十届委员会…) the district's own.
            level = district?.level ?? "市"
        }
        return .member(party: hit.entry, level: level.map(Self.canonicalLevel), role: rest.isEmpty ? "成员" : rest, surface: surface)
    }

    static let aliasLevels = ["市委", "省委", "区委", "县委"]

    /// Whether `rest`, what follows the name of the party `entry`, is a post of an association a democratic party keeps
    /// (`新联会会长`; not `无党派代表人士联谊会副会长`, 无党派人士 being no party that keeps one).
    func namesPartyAssociation(of entry: Int, _ rest: String) -> Bool {
        index.entries[entry].properties["kind"] == Self.democraticParty && Self.namesPartyAssociation(rest)
    }

    /// Whether `rest` (what follows a democratic party's name) opens with an association's name (`新联会`, `企业家联谊会`,
    /// `书画研究会`): two to seven characters ending as an association's name does, a post after them.
    static func namesPartyAssociation(_ rest: String) -> Bool {
        // On bytes (this runs for every role a party's name opens): an ending found within the first seven
        // characters, after a name of its own unless it has three characters (新联会), with a post after it.
        let bytes = Array(rest.utf8.prefix(3 * 8))
        guard bytes.count > 6 else { return false }
        for end in partyAssociationEndBytes {
            var from = 0
            while let at = UTF8Scan.find(end, in: bytes, from: from, to: min(bytes.count, 3 * 7)) {
                from = at + 1
                guard at % 3 == 0, at > 0 || end.count >= 9, at + end.count < bytes.count else { continue }
                return true
            }
        }
        return false
    }
    static let partyAssociationEnds = ["新联会", "联合会", "联谊会", "协会", "商会", "研究会", "促进会", "基金会", "学会", "研究院"]
    static let partyAssociationEndBytes = partyAssociationEnds.map { Array($0.utf8) }
    static let democraticParty = "民主党派"

    /// The committee words after a league's place (`委员会`, `委`), and the term before them (`第十五届`).
    static let leagueCommittees = ["委员会", "工作委员会", "工委", "委"]

    /// `涪城区委` of `共青团涪城区委书记`, `新塍镇委员会` of `共青团新塍镇委员会书记`,
    /// `绵阳市第十五届委员会`: the place after the league's name (two to six Han
    /// characters ending in a level), its committee's level (`区委`, `镇委`,
    /// `街道委`) and how many characters they take; nil when no place stands there.
    static func leaguePlace(_ rest: String) -> (level: String, length: Int)? {
        let chars = Array(rest.prefix(16))
        for count in 2...6 where count < chars.count {
            guard chars[count - 1].unicodeScalars.allSatisfy({ $0.value >= 0x3400 && $0.value <= 0x9FFF }) else { return nil }
            var levelWord = String(chars[count - 1])
            var end = count
            if levelWord == "街", count < chars.count, chars[count] == "道" { levelWord = "街道"; end += 1 }
            guard placeLevels.contains(levelWord), levelWord != "自治区" else { continue }
            var after = String(chars[end...])
            var length = end
            // 第十五届委员会: a term between the place and its committee.
            if after.hasPrefix("第"), let term = after.firstIndex(of: "届"), after.distance(from: after.startIndex, to: term) <= 5 {
                length += after.distance(from: after.startIndex, to: term) + 1
                after = String(after[after.index(after: term)...])
            }
            guard let committee = leagueCommittees.first(where: { after.hasPrefix($0) }) else { continue }
            let level = levelWord == "省" ? "省委" : (ownLevels.contains(levelWord) ? levelWord + "委" : "市委")
            return (level, length + committee.count)
        }
        return nil
    }
    /// Posts of the Communist Party's group in a federation (台联党组书记).
    static let federationPartyPosts = ["党组书记", "党组副书记", "党组成员", "党委书记", "党委副书记"]
    /// `上海大学民盟副主委`, `某医院九三学社委员会委员`: an institution's name (ending as a university, a
    /// hospital, a school or a firm does), then a democratic party's committee in it and a post: that party's.
    func institutionPartyMembership(_ item: String) -> Claim? {
        let bytes = Array(item.utf8)
        // Where a democratic party's name may open (each party's first characters searched for once), right after
        // an institution's ending.
        var best: (at: Int, claim: Claim)?
        for opening in Self.democraticPartyOpenings {
            var from = 6
            while let i = UTF8Scan.find(opening, in: bytes, from: from, to: bytes.count) {
                from = i + opening.count
                guard best.map({ i < $0.at }) ?? true, i + 6 <= bytes.count,
                      Self.institutionEnds.contains(where: { UTF8Scan.hasSuffix($0, in: bytes, 0..<i) }),
                      let hit = index.hit(in: bytes, at: i, end: bytes.count), index.entries[hit.entry].label == "Party",
                      index.entries[hit.entry].properties["kind"] == "民主党派",
                      case .member(let party, let level, let role, let surface)? = membership(String(decoding: bytes[i...], as: UTF8.self))
                else { continue }
                best = (i, .member(party: party, level: level, role: role, surface: String(decoding: bytes[..<i], as: UTF8.self) + surface))
            }
        }
        return best?.claim
    }
    /// How the democratic parties' names open, short or full (民革, 民盟, 中国民主同盟 hold 民; 九三, 农工, 致公, 台盟).
    static let democraticPartyOpenings = ["民", "九三", "农工", "致公", "台盟", "中国"].map { Array($0.utf8) }
    static let institutionEnds = ["大学", "学院", "医院", "中学", "小学", "学校", "研究院", "研究所", "公司", "集团", "银行", "中心"].map { Array($0.utf8) }

    /// 为 opening a role item: the post given after it (`等3人为某市侨联荣誉主席`).
    static let appointedAsWord = "为"

    /// Officers' posts a federation has, written bare after a post in it (`市侨联副主席、秘书长`).
    static let federationFollowingPosts: Set<String> = [
        "会长", "副会长", "常务副会长", "执行会长", "名誉会长", "主席", "副主席", "常务副主席", "名誉主席", "名誉副主席", "理事", "常务理事",
        "理事长", "副理事长", "秘书长", "副秘书长", "执委", "常委", "执行委员", "监事长",
    ]

    /// The place's federation (a people's organisation with a body in each place) `item` holds a post in,
    /// or whose Party group it names (`中共某市台联党组书记`).
    /// `stated`: the membership `item` itself states, already looked up.
    func localFederation(_ item: String, stated: Claim?) -> (party: Int, level: String?, surface: String)? {
        var claim = stated
        if item.hasUTF8Prefix(Self.communistPrefix) {
            let rest = String(item.dropFirst(Self.communistPrefix.count))
            claim = membership(rest) ?? placedMembership(rest)
        }
        guard case .member(let party, let level, _, let surface)? = claim, index.entries[party].properties["local"] != nil else { return nil }
        return (party, level, surface)
    }

    static let cityLevelMarkers = ["市委员会", "市委会", "市委", "省委员会", "省委会", "省委"].map { Array($0.utf8) }
    static let cityWord = Array("市".utf8)
    static let provinceWord = Array("省".utf8)

    /// `成都市委会` at the start of `rest`: a place name of two to four
    /// characters, then the level of its committee (a byte scan: this runs for
    /// every party role).
    static func cityLevel(_ rest: String) -> String? {
        let bytes = Array(rest.utf8)
        guard DocumentCity.isHan(bytes, 0), !UTF8Scan.hasPrefix(cityWord, in: bytes, at: 0), !UTF8Scan.hasPrefix(provinceWord, in: bytes, at: 0)
        else { return nil }
        for count in 2...4 {
            let at = 3 * count
            guard at + 6 <= bytes.count, DocumentCity.isHan(bytes, at - 3),
                  !UTF8Scan.hasPrefix(cityWord, in: bytes, at: at - 3), !UTF8Scan.hasPrefix(provinceWord, in: bytes, at: at - 3)
            else { return nil }
            if let marker = cityLevelMarkers.first(where: { UTF8Scan.hasPrefix($0, in: bytes, at: at) }) {
                return String(decoding: bytes[..<(at + marker.count)], as: UTF8.self)
            }
        }
        return nil
    }

    /// 武汉市委员会, 市委员会, 市委 and a bare 市 prefix all mean the city committee: 市委.
    static func canonicalLevel(_ level: String) -> String {
        if level == "中央" { return level }
        for (marker, canonical) in [("省", "省委"), ("区", "区委"), ("市", "市委")] where level.containsText(marker) { return canonical }
        return level
    }

    /// The item split at its last title (`武汉大学公共卫生学院` + `院长`), if it ends with one.
    func splitTitle(_ item: String) -> (employer: String, title: String)? {
        let bytes = Array(item.utf8)
        guard let title = index.hits(in: bytes).last(where: { index.entries[$0.entry].label == "Title" && $0.range.upperBound == bytes.count })
        else {
            // 市司法局长: the unit's name swallowed the 局 of 局长.
            if item.hasUTF8Suffix("长"), item.count > 2 {
                let unit = String(item.dropLast())
                if resolveEmployer(unit).entry != nil, let last = unit.last { return (unit, String(last) + "长") }
            }
            return nil
        }
        var employer = String(decoding: bytes[..<title.range.lowerBound], as: UTF8.self)
        let titleText = String(decoding: bytes[title.range], as: UTF8.self)
        // 市司法局长: the title 局长 shares 局 with the unit.
        if let first = titleText.first, resolveEmployer(employer + String(first)).entry != nil {
            employer += String(first)
        }
        return (employer, titleText)
    }

    /// An employer as an Agency, District or Organization node name; a leading
    /// organization alias is spelled out (中科院武汉岩土力学研究所 → 中国科学院武汉岩土力学研究所).
    func resolveEmployer(_ employer: String) -> (name: String, entry: Int?, label: String) {
        for label in ["Agency", "District", "Organization"] {
            if let e = entry(label, employer) { return (index.entries[e].name, e, label) }
        }
        for suffix in ["人民政府", "管委会", "区委", "政府"] where employer.hasUTF8Suffix(suffix) {
            if let e = entry("District", String(employer.dropLast(suffix.count))) {
                return (index.entries[e].name, e, "District")
            }
        }
        let org = canonicalOrganization(employer)
        return (org.name, org.entry, "Organization")
    }

    /// The organization name with a leading alias spelled out; the entry when the whole name is known.
    func canonicalOrganization(_ name: String) -> (name: String, entry: Int?) {
        if let e = entry("Organization", name) { return (index.entries[e].name, e) }
        let bytes = Array(name.utf8)
        if let hit = index.hit(in: bytes, at: 0, end: bytes.count), index.entries[hit.entry].label == "Organization",
           index.admits(hit.entry, surface: String(decoding: bytes[hit.range], as: UTF8.self), city: city) {
            return (index.entries[hit.entry].name + String(decoding: bytes[hit.range.upperBound...], as: UTF8.self), nil)
        }
        return (name, nil)
    }

    /// The name at the end of `text` after its last role word (`…副院长倪四道` →
    /// `倪四道`), when it is two to four Han characters.
    func trailingName(_ text: String) -> (roles: String, name: String)? {
        let bytes = Array(text.utf8)
        var cut = 0
        for hit in index.hits(in: bytes) where ["Title", "Party", "Organization", "Agency", "District"].contains(index.entries[hit.entry].label) {
            cut = hit.range.upperBound
        }
        for marker in ["政协委员", "政协常委", "常委", "委员", "代表", "院士", "主席"] {
            if let r = UTF8Scan.findLast(Array(marker.utf8), in: bytes, to: bytes.count), r + marker.utf8.count > cut {
                cut = r + marker.utf8.count
            }
        }
        // 市司法局长穆书芹: the unit swallowed the 局 of 局长.
        if cut > 0, UTF8Scan.hasPrefix(Array("长".utf8), in: bytes, at: cut),
           let before = String(decoding: bytes[..<cut], as: UTF8.self).last, "局院所校会处厅部".contains(before) {
            cut += 3
        }
        let name = String(decoding: bytes[cut...], as: UTF8.self)
        guard Self.isName(name) else { return nameBeforeRole(text) }
        return (String(decoding: bytes[..<cut], as: UTF8.self), name)
    }

    static let honorifics = ["委员", "常委", "代表", "院士", "教授"]

    /// `张三委员`: the name first, then a role word used as an honorific.
    func nameBeforeRole(_ text: String) -> (roles: String, name: String)? {
        guard let role = Self.honorifics.first(where: { text.hasUTF8Suffix($0) }) else { return nil }
        let head = String(text.dropLast(role.count))
        let last = head.split(whereSeparator: { $0 == "、" || $0 == "," }).last.map(String.init) ?? head
        guard Self.isName(last) else { return nil }
        return (role, last)
    }

    /// Two to four Han characters.
    static func isName(_ s: String) -> Bool {
        let count = s.unicodeScalars.count
        return count >= 2 && count <= 4 && s.unicodeScalars.allSatisfy { $0.value >= 0x3400 && $0.value <= 0x9FFF }
    }
}
