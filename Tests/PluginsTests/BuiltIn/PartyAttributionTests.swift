import Graph
import Testing
@testable import Plugins

/// Where a person's party or sector comes from when the role alone does not
/// say it: the place of a federation, the text after a name, the words around it.
@Suite struct PartyAttributionTests {
    static func memberships(_ text: String, city: String?) throws -> (graph: PropertyGraph, parties: Set<String>) {
        var fixture = ProsePersonExtractorTests.Fixture(text: text)
        fixture.city = city
        let g = try ProsePersonExtractorTests.extract(fixture, id: "attribution")
        return (g, ProsePersonExtractorTests.parties(g))
    }

    /// A roles reader for `city` in the own document of the party named `host`, and the parties `claims` give a roles text there.
    static func hostReader(city: String, host name: String) throws -> (host: Int, parties: (String) -> [Int]) {
        let registry = try BuiltInPlugins.registry()
        let index = LexiconIndex.shared(for: registry.extractionContext)
        let roles = SpeakerRoles(index: index, city: city)
        let host = try #require(index.entry(label: "Party", named: name, city: nil))
        let context = SpeakerRoles.Context(hostParty: host)
        return (host, { text in
            roles.claims(text, context: context).compactMap { if case .member(let party, _, _, _) = $0 { party } else { nil } }
        })
    }

    @Test func aFederationOfNoKnownPlaceIsNotTheNationalOne() throws {
        let (g, parties) = try Self.memberships("会议由市工商联副主席王立新主持。妇联主席赵丽华出席。", city: nil)
        #expect(!parties.contains { $0.hasSuffix("中华全国工商业联合会") || $0.hasSuffix("中华全国妇女联合会") }, "\(parties)")
        let local = try #require(g.nodes(named: "市工商业联合会").first)
        #expect(g.node(local).properties["placeUnknown"] == .bool(true))
        #expect(parties.contains("王立新 = 市工商业联合会"), "\(parties)")
    }

    @Test func theNationalFederationWhenTheTextOrTheDocumentSaysSo() throws {
        let city = try Self.memberships("全国工商联副主席李明远出席会议。", city: "苏州").parties
        #expect(city == ["李明远 = 中华全国工商业联合会"])
        let national = try Self.memberships("全国政协常委、工商联副主席刘志诚在发言中指出。", city: "全国").parties
        #expect(national.contains("刘志诚 = 中华全国工商业联合会"), "\(national)")
    }

    @Test func aCitysBareFederationIsTheCitys() throws {
        let parties = try Self.memberships("市政协副主席、工商联主席何建军出席会议。", city: "绍兴").parties
        #expect(parties == ["何建军 = 绍兴市工商业联合会"], "\(parties)")
    }

    @Test func speakingForManyIsNoMembership() throws {
        let parties = try Self.memberships("农工党市委主委王晓东代表各民主党派市委会、市工商联和无党派人士致贺词。", city: "扬州").parties
        #expect(parties == ["王晓东 = 中国农工民主党"], "\(parties)")
    }

    /// A local federation written in full (市归国华侨联合会) or by its other name (市总商会) is the city's.
    @Test func aFederationWrittenInFullOrByItsOtherName() throws {
        let parties = try Self.memberships("市归国华侨联合会副主席温丽娟、市总商会副会长古志成出席会议。", city: "梅州").parties
        #expect(parties == ["温丽娟 = 梅州市归国华侨联合会", "古志成 = 梅州市工商业联合会"], "\(parties)")
    }

    /// 2008年任民盟某市委主委: the office a history gives after a name is that party's; 任市委常委 stays 中共's.
    @Test func anOfficeTakenInAHistory() throws {
        let parties = try Self.memberships("钟海平，1962年生。2008年，钟海平任民盟开封市委主委。2011年，杜文斌任市委常委。", city: "开封").parties
        #expect(parties == ["钟海平 = 中国民主同盟", "杜文斌 = 中国共产党"], "\(parties)")
    }

    /// A post of a party's committee or its organ (its secretary-general, an office's, a division's or a
    /// department's head) is one the party gives its members, and so is a staff grade there (主任科员, 调研员,
    /// 副巡视员), as blind readers key it; in the Communist committee's offices a staff grade gives no party.
    @Test func postsAndStaffGradesOfAPartysOrganAreMembership() throws {
        let posts = try Self.memberships("民进江苏省委秘书长钱伟、民进江苏省委办公室副主任周敏、民进江苏省委组织处处长吴涛出席会议。", city: "无锡").parties
        #expect(posts == ["钱伟 = 中国民主促进会", "周敏 = 中国民主促进会", "吴涛 = 中国民主促进会"], "\(posts)")
        let head = try Self.memberships("民进江苏省委组织部副部长孙丽、民盟中央办公厅主任李强出席会议。", city: "无锡").parties
        #expect(head == ["孙丽 = 中国民主促进会", "李强 = 中国民主同盟"], "\(head)")
        let grades = try Self.memberships("民进江苏省委组织部主任科员赵云、民盟省委办公室二级调研员陈明、民革省委副巡视员孙杰参加。", city: "无锡").parties
        #expect(grades == ["赵云 = 中国民主促进会", "陈明 = 中国民主同盟", "孙杰 = 中国国民党革命委员会"], "\(grades)")
        let office = try Self.memberships("省委办公厅督查室二级调研员刘伟参加。", city: "无锡").parties
        #expect(office.isEmpty, "\(office)")
    }

    /// A bare department after a committee's post is that committee's (民革某市委会…、组织部部长); one written
    /// with its own body (党委统战部部长) is no other's.
    @Test func aBareDepartmentAfterACommitteesPost() throws {
        let parties = try Self.memberships("民革沈阳市委会专职副主委哈林、组织部部长赵天舒,我校党委副书记张祖武、党委统战部部长蔡华仙出席会议。", city: "沈阳").parties
        #expect(parties.contains("赵天舒 = 中国国民党革命委员会") && parties.contains("蔡华仙 = 中国共产党"), "\(parties)")
        #expect(!parties.contains("蔡华仙 = 中国国民党革命委员会"), "\(parties)")
    }

    /// A post joined by 兼 is of the body before it: the CPPCC's 秘书长 is no party's, even in a party's own news.
    @Test func aJointPostIsOfTheBodyBeforeIt() throws {
        let (host, parties) = try Self.hostReader(city: "南宁", host: "中国民主促进会")
        #expect(parties("专职副主委兼秘书长") == [host])
        #expect(parties("副秘书长兼组织部部长") == [host])
        #expect(parties("市政协副主席兼秘书长").isEmpty)
        #expect(SpeakerRoles.jointPosts("兼职副主席").count == 1)
    }

    /// 新一届市工商联 is the document's city's federation; 嘉兴市委…、市工商联 in a county-level city's document is 嘉兴's.
    @Test func theFederationATermOrARoleChainNames() throws {
        let elected = try Self.memberships("经大会选举，企业家陈志远当选新一届市工商联主席。", city: "绍兴").parties
        #expect(elected == ["陈志远 = 绍兴市工商业联合会"], "\(elected)")
        let chained = try Self.memberships("嘉兴市委统战部副部长、市工商联党委书记沈国华到会祝贺。市工商联副主席钱丽出席。", city: "桐乡").parties
        #expect(chained.contains("沈国华 = 嘉兴市工商业联合会") && chained.contains("钱丽 = 桐乡市工商业联合会"), "\(chained)")
        #expect(!chained.contains("沈国华 = 桐乡市工商业联合会"), "\(chained)")
    }

    @Test func theDistrictOfAHeadline() throws {
        #expect(DocumentDistrict.of(headline: "政协成都市武侯区第九届委员会增补委员名单")?.name == "武侯")
        #expect(DocumentDistrict.of(headline: "黄埔区政协“委员议事厅”聚焦产业")?.level == "区委")
        #expect(DocumentDistrict.of(headline: "市政协召开常委会议") == nil)
    }

    @Test func aListsMemberWordTakesTheHostParty() throws {
        let (host, parties) = try Self.hostReader(city: "宜宾", host: "中国民主建国会")
        for text in ["等多名会员", "3名会员", "会员"] {
            #expect(parties(text) == [host], "\(text)")
        }
        // 盟员 is no member word of 民建, and a 民建 document's bare 主委 with no host stays unclaimed.
        #expect(parties("盟员").isEmpty)
        let registry = try BuiltInPlugins.registry()
        let roles = SpeakerRoles(index: LexiconIndex.shared(for: registry.extractionContext), city: "宜宾")
        #expect(roles.claims("副主委").allSatisfy { if case .member = $0 { false } else { true } })
    }

    @Test func writtenSectors() {
        #expect(SpeakerRoles.writtenSector("医药界委员")?.name == "医药界")
        #expect(SpeakerRoles.writtenSector("农牧业界")?.name == "农牧业界")
        #expect(SpeakerRoles.writtenSector("社会各界") == nil)
        #expect(SpeakerRoles.writtenSector("世界") == nil)
        #expect(SpeakerRoles.writtenSector("界别委员") == nil)
    }

    /// A name inside the name of a doctrine is no person's post: no party is written for it.
    @Test func aDoctrinesNameGivesNoParty() throws {
        let (g, parties) = try Self.memberships("会议强调，要坚持以习近平新时代中国特色社会主义思想为指导，深入学习习近平法治思想。市政协党组书记、主席欧阳明主持会议。", city: "株洲")
        #expect(parties == ["欧阳明 = 中国共产党"], "\(parties)")
        #expect(g.nodes(named: "中国特色社会主义").isEmpty)
    }

    /// The place before a federation begins after a verb or joiner before it (选举产生|某管理区|妇联).
    @Test func aFederationsPlaceStartsAfterAVerb() {
        let bytes = Array("选举产生桃溪管理区".utf8)
        #expect(FederationPlace.placeStart(bytes, 0..<bytes.count) == 12)
        #expect(!FederationPlace.isPlace(bytes, 6..<bytes.count))
        #expect(FederationPlace.isPlace(bytes, 12..<bytes.count))
        let joined = Array("召开换届暨全区".utf8)
        #expect(FederationPlace.placeStart(joined, 0..<joined.count) == 15)
        // A place that holds no boundary word keeps its start.
        let plain = Array("和平区".utf8)
        #expect(FederationPlace.placeStart(plain, 0..<plain.count) == 0)
    }

    /// A Communist committee's posts at every level give 中共; a united front department's post alone gives none.
    @Test(arguments: ["省委常委", "自治区党委副书记", "市委书记", "州委常委", "盟委副书记", "地委书记", "县委常委", "旗委书记",
                      "区委副书记", "镇党委书记", "乡党委副书记", "街道党工委书记", "州纪委书记", "市直机关工委书记", "机关党组书记", "党组成员"])
    func communistPostsAtEveryLevel(post: String) throws {
        let registry = try BuiltInPlugins.registry()
        let index = LexiconIndex.shared(for: registry.extractionContext)
        let roles = SpeakerRoles(index: index, city: "湘西")
        let communist = try #require(index.entry(label: "Party", named: "中国共产党", city: nil))
        let parties = roles.claims(post).compactMap { if case .member(let party, _, _, _) = $0 { party } else { nil } }
        #expect(parties == [communist], "\(post)")
    }

    /// A united front department's staff, the department alone, and committees that are no Party's give no party.
    @Test func unitedFrontStaffAndOtherCommitteesGiveNoParty() throws {
        let registry = try BuiltInPlugins.registry()
        let roles = SpeakerRoles(index: LexiconIndex.shared(for: registry.extractionContext), city: "株洲")
        for post in ["市委统战部党派处处长", "中共株洲市委统战部党派处处长", "中共株洲市委统战部", "统战部", "关工委主任", "少工委副主任"] {
            #expect(roles.claims(post).allSatisfy { if case .member = $0 { false } else { true } }, "\(post)")
        }
    }

    /// The head of a united front department and its deputy heads are the Party's, with 中共 written or not,
    /// as most annotators key them (16 of 23).
    @Test func unitedFrontHeadsAreTheParty() throws {
        let registry = try BuiltInPlugins.registry()
        let index = LexiconIndex.shared(for: registry.extractionContext)
        let roles = SpeakerRoles(index: index, city: "株洲")
        let communist = try #require(index.entry(label: "Party", named: "中国共产党", city: nil))
        for post in ["市委统战部部长", "区委统战部部长", "市委统战部副部长", "区委统战部常务副部长", "统战部副部长", "某大学统战部副部长",
                     "中共株洲市委统战部副部长", "中共株洲市委统战部常务副部长"] {
            let parties = roles.claims(post).compactMap { if case .member(let party, _, _, _) = $0 { party } else { nil } }
            #expect(parties == [communist], "\(post)")
        }
    }

    /// 农工党界, 民进界别: a democratic party's sector is its seat; its members are the party's, and no
    /// sector of its own is made.
    @Test func aPartysSectorGivesTheParty() throws {
        let registry = try BuiltInPlugins.registry()
        let index = LexiconIndex.shared(for: registry.extractionContext)
        let roles = SpeakerRoles(index: index, city: "株洲")
        for (text, party) in [("农工党界", "中国农工民主党"), ("来自民进界别", "中国民主促进会"), ("九三学社界别委员", "九三学社"),
                              ("农工民主党界", "中国农工民主党"), ("中共界委员", "中国共产党")] {
            let claims = roles.claims(text)
            let expected = try #require(index.entry(label: "Party", named: party, city: nil))
            #expect(!claims.contains { if case .sector = $0 { true } else { false } }, "\(text): \(claims)")
            #expect(claims.contains { if case .member(let member, _, _, _) = $0 { member == expected } else { false } }, "\(text): \(claims)")
        }
    }

    /// 市委主委甲，市委常委乙: only a democratic party has 主委, so the sentence's bare 市委 is that party's;
    /// a sentence without it keeps 市委常委 and 省委副书记 the Communist Party's.
    @Test func aBareCommitteeWithADemocraticOfficeIsThatPartys() throws {
        let own = try Self.memberships("九三学社某市委召开常委会议。省委主委赵文杰，省委常委钱永康、孙立平出席。", city: "南宁").parties
        #expect(own == ["赵文杰 = 九三学社", "钱永康 = 九三学社", "孙立平 = 九三学社"], "\(own)")
        let other = try Self.memberships("九三学社某市委召开常委会议。省委常委、统战部部长钱永康，省委副书记孙立平出席。", city: "南宁").parties
        #expect(other == ["钱永康 = 中国共产党", "孙立平 = 中国共产党"], "\(other)")
    }

    /// 县长甲以及乙、丙: the roles of the chain before 以及 or 和 give the later names no party.
    @Test func aChainOfRolesEndsAtItsJoiner() throws {
        let parties = try Self.memberships("区委书记吴海峰、区委副书记、区长郑家明和何立人、何秋实等区领导参加活动。", city: "南宁").parties
        #expect(parties == ["吴海峰 = 中国共产党", "郑家明 = 中国共产党"], "\(parties)")
    }

    /// 等 and a party's word for its members close a list whose persons, each with its post, are parted by commas:
    /// all of them are members; a person named before the list (the host) is not.
    @Test func aGroupAfterEtcClosesAListPartedByCommas() throws {
        let parties = try Self.memberships("""
            民盟某市委主委陆敏出席座谈会。书画研究会会长何振邦,副会长冯秋、岑立言,书画院院长卓文海等民盟会员参加了座谈。
            """, city: "某市").parties
        #expect(parties == ["陆敏 = 中国民主同盟", "何振邦 = 中国民主同盟", "冯秋 = 中国民主同盟", "岑立言 = 中国民主同盟", "卓文海 = 中国民主同盟"],
                "\(parties)")
        let host = try Self.memberships("市政协主席邱海涛主持,书画院院长卓文海等民盟会员参加。", city: "某市").parties
        #expect(host == ["卓文海 = 中国民主同盟"], "\(host)")
    }
}
