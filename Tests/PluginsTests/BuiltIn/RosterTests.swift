import Foundation
import Graph
import Testing
@testable import Plugins

/// Names in rosters (`PersonReader+Rosters.swift`): labelled lists, padded names,
/// party headings, member tables, appointments; and the words that look like names there.
@Suite struct RosterTests {
    static func graph(_ text: String, city: String? = "南宁") throws -> PropertyGraph {
        var fixture = ProsePersonExtractorTests.Fixture(text: text)
        fixture.city = city
        return try ProsePersonExtractorTests.extract(fixture, id: "roster")
    }

    static func persons(_ text: String, city: String? = "南宁") throws -> Set<String> {
        ProsePersonExtractorTests.persons(try graph(text, city: city))
    }

    @Test func aLabelledListRunsOnOverItsLinesAndPaddedNamesAreOne() throws {
        let text = """
            政协南宁市第九届委员会常务委员会第五次会议纪要

            　　出席会议的有：
            　　主　席：覃振邦
            　　副主席：韦　莉　黄克俭（女）　欧阳立新
            　　常务委员（按姓氏笔画为序）：
            　　马　骏　杜　鹃　邓海涛　庹　岚
            　　殷　实　司马云飞（壮族）

            　　会议听取了市政府关于城市更新工作的通报。
            """
        let found = try Self.persons(text)
        // 杜 鹃 and 殷 实 spell words, but padding to three characters writes them as names.
        #expect(found == ["覃振邦", "韦莉", "黄克俭", "欧阳立新", "马骏", "杜鹃", "邓海涛", "庹岚", "殷实", "司马云飞"])
        let g = try Self.graph(text)
        let wei = try #require(g.nodes(named: "韦莉").first)
        // The label is a post (副主席); 出席会议的有 is not.
        #expect(g.node(wei).properties["roles"]?.listValue?.compactMap(\.stringValue) == ["副主席"])
    }

    @Test func aPartyHeadingAndBracketsGiveEachPersonsParty() throws {
        let g = try Self.graph("""
            政协第十二届南宁市委员会委员名单

            中国民主同盟（3人）
            　　卢　颖（女）　闫　峰　隋东明

            特邀人士（2人）
            　　宫春阳　那　薇（女，满族）

            参事名单：黎振华（民革）、粟　敏（无党派）、蒙启明（女，壮族）
            """)
        let parties = ProsePersonExtractorTests.parties(g)
        #expect(parties.isSuperset(of: ["卢颖 = 中国民主同盟", "闫峰 = 中国民主同盟", "隋东明 = 中国民主同盟", "黎振华 = 中国国民党革命委员会", "粟敏 = 无党派人士"]))
        #expect(!parties.contains { $0.hasPrefix("蒙启明") }, "(女,壮族) says no party: \(parties)")
        #expect(ProsePersonExtractorTests.persons(g).isSuperset(of: ["宫春阳", "那薇", "蒙启明"]))
    }

    @Test func aMemberTableReadsItsNameColumnAndPartyCells() throws {
        let g = try Self.graph("""
            增补委员名单

            序号\t姓名\t性别\t民族\t党派\t界别\t工作单位及职务
            1\t王　勇\t男\t汉族\t中共\t经济界\t南宁城建集团有限公司董事长
            2\t左丘婉清\t女\t汉族\t民进\t教育界\t南宁市第三中学校长
            3\t吉克阿依\t女\t彝族\t群众\t少数民族界\t南宁市民族宗教事务委员会科员
            4\t唐　俊\t男\t汉族\t致公党\t经济界\t广西唐氏贸易有限公司总经理
            """)
        #expect(ProsePersonExtractorTests.persons(g) == ["王勇", "左丘婉清", "吉克阿依", "唐俊"])
        let parties = ProsePersonExtractorTests.parties(g)
        #expect(parties.isSuperset(of: ["王勇 = 中国共产党", "左丘婉清 = 中国民主促进会", "唐俊 = 中国致公党"]))
        // 群众 is no party.
        #expect(!parties.contains("吉克阿依 = 中国共产党"))
    }

    @Test func appointmentsAndTitlesWrittenOntoNames() throws {
        let found = try Self.persons("""
            关于诸葛明辉等同志职务任免的通知

            　　任命：
            　　诸葛明辉为市发展和改革委员会副主任；
            　　楼　静为市商务局副局长（试用期一年）；
            　　钭晓峰为市应急管理局局长。

            　　列席会议的有：
            　　市人大常委会副主任罗一鸣；市政协各专门委员会主任、副主任何嘉伟、卢　珊；市政府有关部门负责同志。
            """)
        #expect(found == ["诸葛明辉", "楼静", "钭晓峰", "罗一鸣", "何嘉伟", "卢珊"])
    }

    @Test func wordsThatBeginWithASurnameAreNoNames() throws {
        let found = try Self.persons("""
            南宁市政协召开专题协商会

            会上，9位委员和专家先后发言，市政府有关负责同志回应了委员关切。各民主党派负责人应邀到会。
            市政协副主席关晓红主持会议，和丽君委员、应巧玲委员发言。
            """)
        #expect(found == ["关晓红", "和丽君", "应巧玲"])
    }

    @Test func speakingForAPartyInBracketsSaysTheParty() throws {
        let g = try Self.graph("全国政协举行大会发言\n\n　　1．周立言委员（代表民建中央）：关于推动中小企业转型升级的建议\n", city: nil)
        #expect(ProsePersonExtractorTests.parties(g) == ["周立言 = 中国民主建国会"])
    }

    /// A manifest that writes the city with 市 or gives a province names the local federation right.
    @Test func aFederationOfACityWrittenWithItsLevelOrOfAProvince() throws {
        let city = try Self.graph("哈尔滨市政协召开常委会议\n市工商联副主席邢海波出席会议。\n", city: "哈尔滨市")
        #expect(ProsePersonExtractorTests.parties(city) == ["邢海波 = 哈尔滨市工商业联合会"])
        let province = try Self.graph("自治区政协召开常委会议\n自治区侨联副主席陆倩仪出席会议。\n", city: "广西壮族自治区")
        #expect(ProsePersonExtractorTests.parties(province) == ["陆倩仪 = 广西壮族自治区归国华侨联合会"])
    }

    /// A bracket that never closes inside a roster line once made the reader loop forever.
    @Test func anUnclosedBracketInARosterEnds() throws {
        let found = try Self.persons("出席会议的有：\n王　强　李晓明（女\n（2022年1月9日政协南宁市第十三届委员会第一次会议选举通过，此括号不闭合而且很长很长很长很长很长很长很长很长很长很长很长很长很长\n")
        #expect(found.isSuperset(of: ["王强"]))
    }

    /// Found by the fuzzer: a line that is only a colon.
    @Test func aLineThatIsOnlyAColon() throws {
        #expect(try Self.persons(":\n主席：王　强\n：\n").contains("王强"))
    }

    /// Each member's roles as the graph keeps them, one string a mention (the group's label, then the posts written after
    /// the name, as normalized text writes them: padding and brackets half-width).
    static func roles(_ g: PropertyGraph, _ name: String) throws -> [String] {
        let id = try #require(g.nodes(named: name).first, "no person \(name)")
        return g.node(id).properties["roles"]?.listValue?.compactMap(\.stringValue) ?? []
    }

    /// A working group listed one member to a line, each name before its posts, the labels padded.
    @Test func aWorkingGroupsMembersHoldThePostsWrittenAfterTheirNames() throws {
        let g = try Self.graph("""
            为确保整治工作落到实处，成立专项整治工作领导小组。
            组　长：邵启航　县委常委、副县长
            副组长：柯明远　县住房和城乡建设局局长
            　　　　卢　洁　县政府办公室副主任
            成　员：詹立群　县交通运输局副局长
            　　　　区敏华　县旅游发展公司总经理
            　　　　谭　博　城关镇人民政府镇长
            """, city: "某县")
        #expect(ProsePersonExtractorTests.persons(g) == ["邵启航", "柯明远", "卢洁", "詹立群", "区敏华", "谭博"])
        #expect(try Self.roles(g, "邵启航") == ["组 长、县委常委、副县长"])
        #expect(try Self.roles(g, "卢洁") == ["副组长、县政府办公室副主任"])
        #expect(try Self.roles(g, "区敏华") == ["成 员、县旅游发展公司总经理"])
        // 县委常委 is a post of the Party: its holder's, not the next member's.
        #expect(ProsePersonExtractorTests.parties(g) == ["邵启航 = 中国共产党"])
    }

    /// The same group glued into one line, as pages flatten it: labels after posts (`…局长副组长:`), a post glued
    /// to the next name (`…副局长林性勇`), the last post glued to the sentence after the list.
    @Test func aWorkingGroupGluedIntoOneLine() throws {
        let g = try Self.graph("""
            为加强领导，成立工作领导小组，具体如下：组 长：邵启航 党委书记、局长常务副组长：柯明远 党委委员、副局长副 组 长：卢 洁 办公室主任 成 员：詹立群 规划处处长 区敏华 区旅游公司总经理谭 博 交通与建设处副处长（主持工作）严继行 城关镇人民政府镇长领导小组下设办公室，办公室主任由卢洁同志兼任。
            """, city: "某区")
        #expect(ProsePersonExtractorTests.persons(g) == ["邵启航", "柯明远", "卢洁", "詹立群", "区敏华", "谭博", "严继行"])
        #expect(try Self.roles(g, "邵启航") == ["组 长、党委书记、局长"])
        #expect(try Self.roles(g, "柯明远") == ["常务副组长、党委委员、副局长"])
        #expect(try Self.roles(g, "谭博") == ["成 员、交通与建设处副处长(主持工作)"])
        #expect(try Self.roles(g, "严继行") == ["成 员、城关镇人民政府镇长"])
        #expect(ProsePersonExtractorTests.parties(g) == ["邵启航 = 中国共产党", "柯明远 = 中国共产党"])
    }

    /// 专家组组长: is another body's head: the label stays whole, a post before the name.
    @Test func aHeadOfAnotherBodyIsNoPlaceInTheGroup() throws {
        let g = try Self.graph("评审工作安排如下。专家组组长：韩立新\n", city: "某市")
        #expect(try Self.roles(g, "韩立新") == ["专家组组长"])
    }

    /// A rare surname of the table (旃) reads before an honorific; a city that the character after a name completes
    /// (`呼和浩` + 特) is no name after 代表.
    @Test func aRareSurnameAndACityCompletedAfterTheName() throws {
        let found = try Self.persons("""
            旃海川委员就推进老旧小区改造提出建议。
            市委书记谨代表呼和浩特市委、市政府，向全体企业家致以问候。
            """, city: "某市")
        #expect(found == ["旃海川"])
    }

    /// A group's label one byte into the text once read before the text's start (an index out of range).
    @Test func aGroupLabelAtTheTextsStart() throws {
        #expect(try Self.persons("x组长:张三 局长\n", city: nil) == ["张三"])
        for text in ["组长:", ":组长:", "x组长:", "组 长 :", "a副 组 长:李 四 处长组长:", "成员:王五 科长,组长:\n组员:", "长:组长:组"] {
            _ = try Self.persons(text, city: nil)
        }
    }
}
