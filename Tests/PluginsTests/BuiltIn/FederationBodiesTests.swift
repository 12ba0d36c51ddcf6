import Foundation
import Graph
import Testing
@testable import Plugins

/// The bodies of a place that persons belong to: the Youth League's committees
/// (place after its name), a town's and a subdistrict's federations, a
/// federation's own meeting as the host of its attendance list, and the
/// federations a sentence only mentions (no membership).
@Suite struct FederationBodiesTests {
    static func memberships(_ text: String, city: String?) throws -> Set<String> {
        let g = try ProsePersonExtractorTests.extract(.init(city: city, text: text), id: "federation-bodies")
        return ProsePersonExtractorTests.parties(g)
    }

    /// A town's body in its county's document is also written with the county (`上杭县古田镇归国华侨联合会`);
    /// terms listed before one post stay one role (`民建第二、第三届主委`).
    @Test func aTownsBodyIsAlsoNamedWithItsCounty() throws {
        let text = "上杭县古田镇侨联成立\n\n会议选举出古田镇侨联第一届领导班子,钟玉兰当选为主席。"
        let g = try ProsePersonExtractorTests.extract(.init(city: "上杭", text: text), id: "town-body")
        let body = try #require(g.nodes(named: "古田镇归国华侨联合会").first)
        #expect(g.node(body).properties["aliases"]?.listValue?.contains(.string("上杭县古田镇归国华侨联合会")) == true)
        #expect(SpeakerRoles.roleItems("县民建第二、第三届主委,第四届名誉主委") == ["县民建第二、第三届主委", "第四届名誉主委"])
        // A page with no headline, opening with a town's own news: its town's body is also named with its city.
        let town = try ProsePersonExtractorTests.extract(.init(city: "中山", text: "11月12日,大涌镇工商联(商会)第九届会员大会举行。大涌镇工商联副主席李家华主持。"), id: "town-news")
        let chamber = try #require(town.nodes(named: "大涌镇工商业联合会").first)
        #expect(town.node(chamber).properties["aliases"]?.listValue?.contains(.string("中山市大涌镇工商业联合会")) == true)
        // 迪庆州 written 迪庆藏族自治州 too: its bodies are called by both.
        let prefecture = try ProsePersonExtractorTests.extract(.init(city: "迪庆", text: "迪庆藏族自治州第九次妇女代表大会召开。\n\n州妇联主席兰芳作报告。迪庆州妇联副主席马琴主持。"), id: "prefecture")
        let women = try #require(prefecture.nodes(named: "迪庆州妇女联合会").first)
        #expect(prefecture.node(women).properties["aliases"]?.listValue?.contains(.string("迪庆藏族自治州妇女联合会")) == true)
        // 甘孜 whose text writes only 州科协 and 州委: a 州 all the same, its bodies also called by the table's full name.
        let unwritten = try ProsePersonExtractorTests.extract(.init(city: "甘孜", text: "州科协第五次代表大会闭幕。\n\n大会选举向国华为州科协主席。"), id: "prefecture-unwritten")
        let science = try #require(unwritten.nodes(named: "甘孜州科学技术协会").first)
        #expect(unwritten.node(science).properties["aliases"]?.listValue?.contains(.string("甘孜藏族自治州科学技术协会")) == true)
    }

    @Test func theLeaguesPlaceFollowsItsName() {
        #expect(SpeakerRoles.leaguePlace("涪城区委书记")?.level == "区委")
        #expect(SpeakerRoles.leaguePlace("新塍镇委员会书记")?.level == "镇委")
        #expect(SpeakerRoles.leaguePlace("梅湾街道工作委员会书记")?.level == "街道委")
        let term = SpeakerRoles.leaguePlace("绵阳市第十五届委员会第四次全体会议")
        #expect(term?.level == "市委" && term?.length == "绵阳市第十五届委员会".count)
        // No place after the league's name: nothing to read (团员, 共青团员).
        #expect(SpeakerRoles.leaguePlace("员代表") == nil)
        #expect(SpeakerRoles.leaguePlace("工作会议") == nil)
    }

    @Test func aPlaceIsAPlaceWordNotAnyHanRun() {
        func place(_ s: String) -> Bool { let b = Array(s.utf8); return FederationPlace.isPlace(b, 0..<b.count) }
        #expect(place("太和县") && place("和平区") && place("集美区") && place("自治区"))
        #expect(!place("会暨集美区") && !place("委员是省") && !place("侨联和集美区"))
        #expect(SpeakerRoles.placePrefix(of: "委员是省工商联", before: "省") == nil)
        #expect(SpeakerRoles.placePrefix(of: "副会长暨集美区侨联", before: "区") == "集美")
        #expect(SpeakerRoles.placePrefix(of: "太和县妇联", before: "县") == "太和")
        #expect(SpeakerRoles.roleItems("市侨联副主席暨集美区侨联主席") == ["市侨联副主席", "集美区侨联主席"])
        #expect(SpeakerRoles.roleItems("暨南大学教授") == ["暨南大学教授"])
    }

    @Test func theLeaguesCommitteeWrittenAfterItsPlaceIsThatPlaces() throws {
        #expect(SpeakerRoles.placePrefix(of: "湖州团市委", before: "市") == "湖州")
        #expect(SpeakerRoles.placePrefix(of: "兵团", before: "市") == nil)
        let text = "会议召开。湖州团市委副书记、市青联主席潘明出席会议并讲话。"
        let g = try ExtractionScoreTests.extract(text, city: "湖州", id: "league.txt")
        let keys = ExtractionScoreTests.parties(g, writtenAs: [])
        #expect(keys.contains("潘明 = 共青团湖州市委员会"), "\(keys)")
        #expect(!keys.contains { $0.contains("湖州团") }, "\(keys)")
    }

    @Test func aCountyNamedAloneInAPrefecturesDocument() {
        func named(_ t: String, _ city: String) -> (String?, String?) { let r = DocumentDistrict.named(Array(t.utf8), city: city); return (r.county, r.countyCity) }
        #expect(named("我县工商联召开会议。安庆市怀宁县妇联供稿", "安庆") == ("怀宁", nil))
        #expect(named("8月6日，嵊州市青联召开座谈会。市青联副主席甲主持。", "绍兴") == (nil, "嵊州"))
        // Two counties, a verb before a bare body, the prefecture named with a body: none.
        #expect(named("怀宁县妇联、望江县妇联。", "安庆") == (nil, nil))
        #expect(named("，代表县妇联发言，推进县域经济", "安庆") == (nil, nil))
        #expect(named("绍兴市政协召开会议，嵊州市政协副主席甲发言。", "绍兴") == (nil, nil))
    }

    @Test func aDistrictNamedInACitysDocument() throws {
        func named(_ t: String) -> String? { DocumentDistrict.namedDistrict(Array(t.utf8)) }
        #expect(named("首页\n青松区召开妇女代表大会。大会选举产生了青松区妇联执委会。") == "青松")
        #expect(named("1月7日，郊区工商业联合会召开大会。郊区第六届民间商会成立。") == "郊")
        #expect(named("辽阳市太子河区侨联召开大会，太子河区妇联主席甲致辞。") == "太子河")
        // Two districts, a district written once, a clause before a bare body, a community: none.
        #expect(named("白桦区工商联、青松区侨联。白桦区科协、青松区工商联。") == nil)
        #expect(named("白桦区工商联主席甲参加。") == nil)
        #expect(named("并对下步区妇联工作提出希望，并对下步区妇联寄予厚望。") == nil)
        #expect(named("东湖社区召开议事会，东湖社区妇联主席甲主持。") == nil)
        // The district's body is named with the city and district (`牡丹江市青松区妇女联合会`).
        let text = "首页\n\n青松区召开第五次妇女代表大会。区团委书记钱晓东致贺词。赵春梅代表区妇联做了工作报告。大会选举产生了青松区妇联执委会。"
        let keys = ExtractionScoreTests.parties(try ExtractionScoreTests.extract(text, city: "牡丹江", id: "district.txt"),
                                                writtenAs: ["赵春梅 = 牡丹江市青松区妇女联合会", "钱晓东 = 共青团牡丹江市青松区委员会"])
        #expect(keys == ["赵春梅 = 牡丹江市青松区妇女联合会", "钱晓东 = 共青团牡丹江市青松区委员会"], "\(keys)")
    }

    @Test func aTownIsReadFromItsOwnHeadlineOnly() {
        #expect(DocumentDistrict.town(headline: "王店镇召开第十七次妇女代表大会")! == ("王店", "镇委"))
        #expect(DocumentDistrict.town(headline: "秀洲区梅湾街道总工会召开会员代表大会")! == ("梅湾", "街道委"))
        #expect(DocumentDistrict.town(headline: "推进城乡一体化座谈会召开") == nil)
        #expect(DocumentDistrict.town(headline: "市政协调研新型城镇化建设") == nil)
    }

    @Test func aLeaguePlenaryHostsItsAttendanceList() throws {
        let found = try Self.memberships("""
        团市委召开十五届五次全会

        3月2日，团市委召开十五届五次全会。出席全会的有邬佳宁、桂晓峰。市委副秘书长聂文涛应邀出席。
        """, city: "南充")
        #expect(found == ["邬佳宁 = 共青团南充市委员会", "桂晓峰 = 共青团南充市委员会", "聂文涛 = 中国共产党"])
    }

    @Test func aSubdistrictsFederationTakesTheHeadlinesPlace() throws {
        let found = try Self.memberships("""
        梅湾街道召开职工代表大会

        4月9日，梅湾街道第三届职工代表大会召开。街道总工会主席邵彩云作工作报告。
        """, city: "嘉兴")
        #expect(found == ["邵彩云 = 梅湾街道总工会"])
    }

    /// A federation only mentioned (the headline names it, not its meeting; a verb's object;
    /// an adverbial phrase) makes no one its member, nor does a list of attendance it does not host.
    @Test func aMentionedFederationHasNoMembers() throws {
        let found = try Self.memberships("""
        市妇联开展巾帼建功活动

        出席活动的有乔美娟、甘立伟。在市工商联的支持下，商会会长符志强组织会员企业参加。企业家骆红梅向市妇联捐赠了图书。
        """, city: "江门")
        #expect(found.isEmpty, "\(found.sorted())")
    }

    /// In a district's document (its headline names the district's CPPCC), a bare sector
    /// federation (`(工商联界)`, `(共青团界)`) is the district's, not the city's.
    @Test func aBareSectorInADistrictsDocumentIsTheDistricts() throws {
        let found = try Self.memberships("""
        政协嘉兴市秀洲区第五届委员会第三次会议提案目录

        提案人：屠建平（工商联界）　　附议人：项明亮（共青团界）
        """, city: "嘉兴")
        #expect(found == ["屠建平 = 秀洲区工商业联合会", "项明亮 = 共青团秀洲区委员会"])
    }

    /// A proposal list's group item: the sector, then its lead in a bracket (`妇联界别(领衔:甲)`).
    @Test func aGroupsLeadBelongsToTheGroup() throws {
        let g = try ProsePersonExtractorTests.extract(.init(city: "嘉兴", text: """
        政协嘉兴市秀洲区第五届委员会第三次会议提案目录

        2001　关于加强农村留守儿童关爱服务的建议
        　　提案人：妇联界别（领衔：沃丽娜）
        2002　关于培育数字经济龙头企业的建议
        　　提案人：经济界别（召集人：殳建强）
        2003　关于完善社区养老服务的建议
        　　提案人：农工党秀洲支部（联系人：区政协提案委）
        """), id: "group-lead")
        #expect(ProsePersonExtractorTests.persons(g) == ["沃丽娜", "殳建强"])
        #expect(ProsePersonExtractorTests.parties(g) == ["沃丽娜 = 秀洲区妇女联合会", "殳建强 = 经济界"])
    }

    /// A member table's party cell written short (九三, 致公, 农工) is that party; prose's 农工 is no party.
    @Test func aMemberTablesShortPartyCell() throws {
        let found = try Self.memberships("""
        政协某市第九届委员会常务委员名单

        序号 | 姓名 | 性别 | 党派 | 界别 | 工作单位及职务
        1 | 聂雨晴 | 女 | 九三 | 科技界 | 某市农业科学研究所研究员
        2 | 巫立新 | 男 | 致公 | 经济界 | 某市外贸公司总经理
        3 | 宓春华 | 男 | 农工 | 医药卫生界 | 某市中医院副院长

        会议要求关心农工商企业职工，院长阚志诚表示赞同。
        """, city: "南平")
        #expect(found == ["聂雨晴 = 九三学社", "聂雨晴 = 科学技术界", "巫立新 = 中国致公党", "巫立新 = 经济界",
                          "宓春华 = 中国农工民主党", "宓春华 = 医药卫生界"], "\(found.sorted())")
    }

    /// A report of one sector's group (its headline names it): those named only as 委员 are of
    /// that sector; a guest with a post is not.
    @Test func aSectorsGroupHostsItsMembers() throws {
        let found = try Self.memberships("""
        农业界委员热议乡村振兴

        3月6日，市政协农业界委员举行小组讨论。宓志刚委员说，要稳住粮食生产。邬海燕委员建议加强冷链物流建设。市农业农村局副局长詹国栋到会听取意见。
        """, city: "南平")
        #expect(found == ["宓志刚 = 农业界", "邬海燕 = 农业界"], "\(found.sorted())")
    }

    /// `甲、乙分别为A和B`: each name takes the post in its place, not both; `分别当选为` one post for all.
    @Test func respectivePostsGoToTheNamesInOrder() throws {
        let found = try Self.memberships("""
        市政协举行全体会议

        新当选的副主席中，柴志明、蔺秀英分别为民建丽水市委主委和农工党丽水市委主委。会议还选举产生了新一届民革丽水市委会，甘建民、晏丽华分别当选为副主委。
        """, city: "丽水")
        #expect(found == ["柴志明 = 中国民主建国会", "蔺秀英 = 中国农工民主党", "甘建民 = 中国国民党革命委员会", "晏丽华 = 中国国民党革命委员会"],
                "\(found.sorted())")
    }

    /// An appointment that places the new member in a sector (`增补甲为…委员,分在经济界`).
    @Test func aNewMemberPlacedInASector() throws {
        let found = try Self.memberships("""
        政协丽水市第八届委员会常务委员会第十次会议决定

        1．增补毕晓光为政协丽水市第八届委员会委员，分在科技界；
        2．增补褚文娟为政协丽水市第八届委员会委员。
        """, city: "丽水")
        #expect(found == ["毕晓光 = 科学技术界"], "\(found.sorted())")
    }

    /// One sentence naming two sectors gives each person the one that qualifies them.
    @Test func eachSectorQualifiesItsOwnPersons() throws {
        let found = try Self.memberships("""
        市政协召开界别协商会

        会上，市政协侨联界别委员甄美华、台联界委员卓启航先后发言。
        """, city: "厦门")
        #expect(found == ["甄美华 = 厦门市归国华侨联合会", "卓启航 = 厦门市台湾同胞联谊会"])
    }
}

/// Persons listed after a label of attendance in running prose.
@Suite struct AttendanceListTests {
    static func persons(_ text: String) throws -> Set<String> {
        ProsePersonExtractorTests.persons(try ProsePersonExtractorTests.extract(.init(city: "绵阳", text: text), id: "attendance"))
    }

    @Test func namesAfterALabelOfAttendance() throws {
        let found = try Self.persons("""
        市青年联合会召开座谈会

        参加座谈的团员青年代表有柏晓东、蒋雨桐。出席会议的还有：柯俊、梁思远
        """)
        #expect(found == ["柏晓东", "蒋雨桐", "柯俊", "梁思远"])
    }

    @Test func aListOfThingsIsNoList() throws {
        let found = try Self.persons("""
        市工商联组织企业参展

        参加展会的企业有王老吉、马应龙。参加活动的有关部门有市商务局、市工信局。
        """)
        #expect(found.isEmpty, "\(found.sorted())")
    }
}
