import Foundation
import Graph
import Testing
@testable import Plugins

/// Checks the proceedings extractor against a careful reading of the four
/// meeting documents of graphs/wuhan-cppcc (and the work plan, for links).
@Suite struct SpeechExtractorTests {
    static let packageRoot = WorkPlanExtractorTests.packageRoot

    static let wuhan: PropertyGraph = {
        let dataset = try! Dataset.open(packageRoot.appendingPathComponent("graphs/wuhan-cppcc").path)
        return try! dataset.buildGraph(registry: BuiltInPlugins.registry())
    }()

    static func extract(fixture: String, date: String) throws -> PropertyGraph {
        let url = packageRoot.appendingPathComponent("Tests/PluginsTests/Fixtures/\(fixture)")
        let document = SourceDocument(id: fixture, title: fixture, date: date, text: try String(contentsOf: url, encoding: .utf8))
        let registry = try BuiltInPlugins.registry()
        var graph = PropertyGraph()
        for extractor in registry.extractors {
            try extractor.item.extract(from: document, context: registry.extractionContext, into: &graph)
        }
        return graph
    }

    static func person(_ graph: PropertyGraph, _ name: String) throws -> NodeID {
        try #require(graph.nodes(named: name).first { graph.node($0).hasLabel("Person") })
    }

    static func out(_ graph: PropertyGraph, _ id: NodeID, _ type: String) -> [Relationship] {
        graph.outgoing(id).map(graph.relationship).filter { $0.type == type }
    }

    static func meeting(_ graph: PropertyGraph, number: Int, kind: String = "常务委员会会议") throws -> NodeID {
        try #require(graph.nodes(withLabel: "Meeting").first {
            graph.node($0).properties["number"] == .int(number) && graph.node($0).properties["kind"] == .string(kind)
        })
    }

    @Test func liangMingIsVicePresidentAndChairOfJiusanAndGaveThreeSpeeches() throws {
        let g = Self.wuhan
        let liang = try Self.person(g, "梁鸣")
        let speeches = Self.out(g, liang, "GAVE").map { g.node($0.end) }
        #expect(speeches.count == 3)
        #expect(Set(speeches.compactMap { $0.properties["kind"]?.stringValue }) == ["大会发言", "主题发言"])
        let seats = Self.out(g, liang, "SERVES_ON")
        #expect(seats.count == 3)
        #expect(seats.allSatisfy { $0.properties["role"] == "副主席" && g.node($0.end).name == "武汉市政协" })
        let parties = Self.out(g, liang, "MEMBER_OF")
        #expect(Set(parties.map { g.node($0.end).name! }) == ["九三学社"])
        #expect(parties.allSatisfy { $0.properties["role"] == "主委" })
        #expect(Set(parties.compactMap { $0.properties["date"]?.textOrISOText }) == ["2024-01-19", "2025-09-24", "2026-01-07"])
    }

    @Test func speechesPerDocument() {
        let g = Self.wuhan
        var counts: [String: Int] = [:]
        for id in g.nodes(withLabel: "Speech") { counts[g.node(id).properties["document"]!.stringValue!, default: 0] += 1 }
        #expect(counts["2024-01-19-plenary-speeches"] == 19)
        #expect(counts["2026-01-07-plenary-speeches"] == 18)
        // 刘丹平's keynote and nine speakers; 舒晓刚's clause is repeated word for word and 廖小平 is listed twice.
        #expect(counts["2025-06-26-standing-committee-21"] == 9)
        #expect(counts["2025-09-24-standing-committee-22"] == 10)
    }

    @Test(arguments: [
        (21, ["郝立群", "杨新", "刘萌"], ["市经济和信息化局", "市科技创新局", "市委金融委员会办公室"]),
        (22, ["李家华", "吴余龙", "姜志权"], ["市发展和改革委员会", "市经济和信息化局", "市人才工作局"]),
    ])
    func standingCommitteeQuestionersAndResponders(number: Int, askers: [String], responders: [String]) throws {
        let g = Self.wuhan
        let meeting = try Self.meeting(g, number: number)
        let incoming = g.incoming(meeting).map(g.relationship)
        #expect(Set(incoming.filter { $0.type == "ASKED_AT" }.map { g.node($0.start).name! }) == Set(askers))
        #expect(incoming.filter { $0.type == "ASKED_AT" }.count == 3)
        #expect(Set(incoming.filter { $0.type == "RESPONDED_AT" }.map { g.node($0.start).name! }) == Set(responders))
        #expect(incoming.filter { $0.type == "RESPONDED_AT" }.count == 3)
        #expect(incoming.filter { $0.type == "RESPONDED_AT" }.allSatisfy { g.node($0.start).hasLabel("Agency") })
    }

    @Test func meetingsDiscussTheirProposals() throws {
        let g = Self.wuhan
        let m21 = try Self.meeting(g, number: 21)
        let m22 = try Self.meeting(g, number: 22)
        #expect(g.node(m21).properties["date"] == .calendarDate("2025-06-26"))
        #expect(g.node(m22).properties["term"] == 14)
        let p21 = Self.out(g, m21, "DISCUSSED").map { g.node($0.end) }
        let p22 = Self.out(g, m22, "DISCUSSED").map { g.node($0.end) }
        #expect(p21.map { $0.properties["number"] } == [1])
        // Stated in the work plan; the meeting report gives only the theme.
        #expect(p22.map { $0.properties["number"] } == [2])
        let plenary = try Self.meeting(g, number: 2, kind: "全体会议")
        #expect(g.node(plenary).properties["session"] == 3)
    }

    @Test func partyAliasesResolveToOneParty() throws {
        let g = Self.wuhan
        let minmeng = g.nodes(named: "中国民主同盟")
        #expect(minmeng.count == 1)
        #expect(g.node(minmeng[0]).properties["short"] == "民盟")
        #expect(g.node(minmeng[0]).properties["kind"] == "民主党派")
        // 民盟武汉市委员会 (2024), 民盟市委 (2025-06), 市民盟 (2025-09): all the same party.
        let members = g.incoming(minmeng[0]).map(g.relationship).filter { $0.type == "MEMBER_OF" }.map { g.node($0.start).name! }
        #expect(Set(members) == ["舒晓刚", "张海谋"])
        for alias in ["民盟市委", "市民盟", "民盟武汉市委员会"] { #expect(g.nodes(named: alias) == minmeng) }
        // Ten parties and sectors have members here: the eight democratic parties, and
        // Wuhan's own 工商联 and 台联 (市工商联, 市台联), not the national federations;
        // 无党派人士 is only mentioned.
        let withMembers = g.nodes(withLabel: "Party").filter { g.incoming($0).contains { g.relationship($0).type == "MEMBER_OF" } }
        #expect(withMembers.count == 10)
        let federation = try #require(g.nodes(named: "武汉市工商业联合会").first)
        #expect(g.node(federation).properties["city"] == "武汉")
        #expect(g.incoming(federation).map(g.relationship).filter { $0.type == "MEMBER_OF" }.count == 3)
        let national = try #require(g.nodes(named: "中华全国工商业联合会").first)
        #expect(!g.incoming(national).contains { g.relationship($0).type == "MEMBER_OF" })
    }

    @Test func aRepeatedClauseAddsNoSecondFact() throws {
        let g = Self.wuhan
        let shu = try Self.person(g, "舒晓刚")
        let gave = Self.out(g, shu, "GAVE").filter { $0.properties["date"] == .calendarDate("2025-06-26") }
        #expect(gave.count == 1)
        #expect(gave.first?.sources.count == 1)
    }

    @Test func rolesCarryTheirDatesSoAPromotionShows() throws {
        let g = Self.wuhan
        let xu = try Self.person(g, "徐莉")
        let roles = Self.out(g, xu, "MEMBER_OF").map { "\($0.properties["date"]!.textOrISOText!) \($0.properties["role"]!.stringValue!)" }
        #expect(roles.sorted() == ["2025-09-24 专职副主委", "2026-01-07 主委"])
    }

    @Test func wordBrokenByALineBreakStillYieldsTheSpeaker() throws {
        let g = Self.wuhan
        let mu = try Self.person(g, "穆书芹")
        let job = try #require(Self.out(g, mu, "WORKS_AT").first)
        #expect(g.node(job.end).name == "市司法局")
        #expect(job.properties["title"] == "局长")
        #expect(job.sources.first?.quote.contains("市司法局\n\n长穆书芹") == true)
    }

    @Test func nationalRolesAcademiciansAndDistricts() throws {
        let g = Self.wuhan
        let ni = try Self.person(g, "倪四道")
        #expect(Self.out(g, ni, "SERVES_ON").contains { g.node($0.end).name == "全国政协" && $0.properties["role"] == "委员" })
        #expect(Self.out(g, ni, "MEMBER_OF").contains { g.node($0.end).name == "中国科学院" && $0.properties["role"] == "院士" })
        let zou = try Self.person(g, "邹春燕")
        #expect(Self.out(g, zou, "WORKS_AT").contains { g.node($0.end).name == "硚口区" && g.node($0.end).hasLabel("District") })
        let liao = try Self.person(g, "廖小平")
        #expect(Self.out(g, liao, "SERVES_ON").contains { g.node($0.end).name == "全国人民代表大会" })
    }

    @Test func conflictsAreKeptAndReported() throws {
        let g = Self.wuhan
        let conflicts = ConflictDetector.find(in: g)
        let parties = try #require(conflicts.first { $0.kind == .personInTwoParties })
        #expect(parties.subject == "廖小平")
        #expect(parties.claims.count == 2)
        let quotes = parties.claims.flatMap(\.sources).map(\.quote)
        #expect(quotes.contains { $0.contains("民革市委委员") })
        #expect(quotes.contains { $0.contains("农工党市委委员") })
        let spelling = try #require(conflicts.first { $0.kind == .nameSpelling })
        #expect(Set(spelling.subject.components(separatedBy: " / ")) == ["廖小平", "缪小平"])
        #expect(conflicts.count == 2)
        // Both sides stay in the graph, marked.
        let liao = try Self.person(g, "廖小平")
        #expect(Self.out(g, liao, "MEMBER_OF").allSatisfy { $0.properties["conflict"] == "person-in-two-parties" })
    }

    @Test func speechesAreAboutIndustriesAndMentionPlaces() throws {
        let g = Self.wuhan
        let zhang = try Self.person(g, "张泉")
        let speech = try #require(Self.out(g, zhang, "GAVE").first?.end)
        let industries = Set(Self.out(g, speech, "ABOUT").map { g.node($0.end).name! })
        #expect(industries.contains("人工智能"))
        let zou = try Self.person(g, "邹春燕")
        let zouSpeech = try #require(Self.out(g, zou, "GAVE").first?.end)
        #expect(!Self.out(g, zouSpeech, "ABOUT").isEmpty || !Self.out(g, zouSpeech, "MENTIONS").isEmpty)
    }

    /// Another city, full-width punctuation, names before and after the roles, numbered headings.
    @Test func readsSpeakerLinesInOtherLayouts() throws {
        let g = try Self.extract(fixture: "plenary-other-city.txt", date: "2026-01-10")
        let speeches = g.nodes(withLabel: "Speech").map(g.node)
        #expect(speeches.compactMap { $0.properties["speaker"]?.stringValue } == ["王晓明", "李红梅", "陈志刚"])
        #expect(speeches.first?.properties["title"] == "发展低空经济 打造“低空之城”")
        let wang = try Self.person(g, "王晓明")
        #expect(Self.out(g, wang, "MEMBER_OF").contains { g.node($0.end).name == "中国民主促进会" && $0.properties["role"] == "主委" })
        #expect(Self.out(g, wang, "WORKS_AT").contains { g.node($0.end).name == "湖南大学机械学院" && $0.properties["title"] == "院长" })
        let li = try Self.person(g, "李红梅")
        #expect(Self.out(g, li, "MEMBER_OF").contains { g.node($0.end).name == "中国农工民主党" && $0.properties["role"] == "副主委" })
        let chen = try Self.person(g, "陈志刚")
        // 市工商联 in a 长沙 document is 长沙's federation, part of the national one.
        let federation = try #require(Self.out(g, chen, "MEMBER_OF").first { $0.properties["role"] == "副主席" }?.end)
        #expect(g.node(federation).name == "长沙市工商业联合会")
        #expect(Self.out(g, federation, "PART_OF").map { g.node($0.end).name } == ["中华全国工商业联合会"])
        let meeting = try #require(g.nodes(withLabel: "Meeting").first.map(g.node))
        #expect(meeting.properties["city"] == "长沙市")
        #expect(meeting.properties["session"] == 4)
        #expect(meeting.properties["date"] == .calendarDate("2026-01-10"))
        let aiSpeech = try #require(Self.out(g, li, "GAVE").first?.end)
        #expect(Self.out(g, aiSpeech, "ABOUT").contains { g.node($0.end).name == "人工智能" })
    }

    @Test func readsASpeakerSentenceInAnotherCity() throws {
        let g = try Self.extract(fixture: "committee-other-city.txt", date: "2026-03-18")
        let speakers = g.nodes(withLabel: "Speech").map(g.node).compactMap { $0.properties["speaker"]?.stringValue }
        #expect(speakers == ["赵建国", "孙丽", "周强", "郑凯"])
        let zhao = try Self.person(g, "赵建国")
        #expect(Self.out(g, zhao, "GAVE").first.map { g.node($0.end).properties["kind"] } == "主题发言")
        let zhou = try Self.person(g, "周强")
        #expect(Self.out(g, zhou, "MEMBER_OF").contains { g.node($0.end).name == "中国致公党" && $0.properties["role"] == "专职副主委" })
        let meeting = try Self.meeting(g, number: 10)
        let incoming = g.incoming(meeting).map(g.relationship)
        #expect(Set(incoming.filter { $0.type == "ASKED_AT" }.map { g.node($0.start).name! }) == ["刘洋", "何静"])
        #expect(Set(incoming.filter { $0.type == "RESPONDED_AT" }.map { g.node($0.start).name! }) == ["市数据局", "市发展和改革委员会"])
    }

    @Test func aDocumentOfUnknownKindStillYieldsWhatTheLexiconsFind() throws {
        let document = SourceDocument(id: "note", title: "note", text: "关于东湖高新区建设智算中心的情况说明：市科创局会同江夏区推进。")
        let registry = try BuiltInPlugins.registry()
        var graph = PropertyGraph()
        for extractor in registry.extractors {
            try extractor.item.extract(from: document, context: registry.extractionContext, into: &graph)
        }
        let doc = try #require(graph.nodes(withLabel: "Document").first)
        let found = Set(graph.outgoing(doc).map(graph.relationship).map { "\($0.type) \(graph.node($0.end).name!)" })
        // No city named: 东湖高新区 and 江夏区 name one place anywhere, but 市科创局 is the bureau of a city not named.
        #expect(found == ["MENTIONS 东湖新技术开发区", "MENTIONS 江夏区", "ABOUT 人工智能"])
    }

    /// `NAME(ROLES)` speaker lines, a `发言人:` label, and questioners named after a role word.
    @Test func readsParenthesizedSpeakerLines() throws {
        let g = try Self.extract(fixture: "plenary-parenthesized.txt", date: "2026-01-20")
        let speeches = g.nodes(withLabel: "Speech").map(g.node)
        #expect(speeches.compactMap { $0.properties["speaker"]?.stringValue } == ["张伟", "刘芳"])
        #expect(speeches.compactMap { $0.properties["title"]?.stringValue } == ["打造低空经济产业集群", "发展银发经济"])
        let zhang = try Self.person(g, "张伟")
        #expect(Self.out(g, zhang, "MEMBER_OF").contains { g.node($0.end).name == "中国国民党革命委员会" && $0.properties["role"] == "副主委" })
        #expect(Self.out(g, zhang, "WORKS_AT").contains { g.node($0.end).name == "四川大学" && $0.properties["title"] == "教授" })
        let liu = try Self.person(g, "刘芳")
        #expect(Self.out(g, liu, "MEMBER_OF").contains { g.node($0.end).name == "九三学社" && $0.properties["role"] == "专职副主委" })
        let meeting = try Self.meeting(g, number: 2, kind: "全体会议")
        let askers = g.incoming(meeting).map(g.relationship).filter { $0.type == "ASKED_AT" }.map { g.node($0.start).name! }
        #expect(Set(askers) == ["周敏", "吴刚"])
    }

    static func organizations(_ graph: PropertyGraph) -> Set<String> {
        Set(graph.nodes(withLabel: "Organization").compactMap { graph.node($0).name })
    }

    /// Another city's CPPCC is that city's (成都市政协, read from 政协成都市…),
    /// not the lexicon's 武汉市政协, and a party role written with the city
    /// (民建成都市委会副主委) keeps only the role.
    @Test func servesOnTheCPPCCOfTheDocumentsCity() throws {
        let g = try Self.extract(fixture: "plenary-chengdu.txt", date: "2026-01-12")
        let zhang = try Self.person(g, "张建国")
        #expect(Self.out(g, zhang, "SERVES_ON").map { "\(g.node($0.end).name!) \($0.properties["role"]!.stringValue!)" } == ["成都市政协 常委"])
        #expect(Self.out(g, zhang, "MEMBER_OF").map { "\(g.node($0.end).name!) \($0.properties["role"]!.stringValue!)" } == ["中国民主建国会 副主委"])
        let li = try Self.person(g, "李芳")
        #expect(Self.out(g, li, "MEMBER_OF").contains { g.node($0.end).name == "九三学社" && $0.properties["role"] == "主委" })
        let wang = try Self.person(g, "王强")
        #expect(Self.out(g, wang, "MEMBER_OF").contains { g.node($0.end).name == "中国民主促进会" && $0.properties["role"] == "委员" })
        #expect(!Self.organizations(g).contains("武汉市政协"))
        // 市科技局 is 成都's own bureau here, not 武汉's 市科技创新局.
        #expect(g.nodes(named: "市科技创新局").isEmpty)
        // The same document with the city given by the manifest.
        let url = Self.packageRoot.appendingPathComponent("Tests/PluginsTests/Fixtures/plenary-chengdu.txt")
        var document = SourceDocument(id: "chengdu", title: "委员大会发言摘编", text: try String(contentsOf: url, encoding: .utf8))
        document.city = "成都"
        #expect(DocumentCity.of(document, bytes: Array(document.text.utf8)) == "成都")
        document.city = nil
        #expect(DocumentCity.of(document, bytes: Array(document.text.utf8)) == "成都")
    }

    /// 杭州's layouts: `NAME委员(PARTY):TITLE` and `NAME委员代表PARTY发言:TITLE`,
    /// under a title that names 杭州市政协 (not 市政协 inside it).
    @Test func readsHonorificSpeakerLines() throws {
        let g = try Self.extract(fixture: "plenary-hangzhou.txt", date: "2026-01-15")
        let speeches = g.nodes(withLabel: "Speech").map(g.node)
        #expect(speeches.compactMap { $0.properties["speaker"]?.stringValue } == ["王海峰", "陈丽华"])
        #expect(speeches.compactMap { $0.properties["title"]?.stringValue } == ["推动数字经济和人工智能深度融合", "加快发展银发经济"])
        let wang = try Self.person(g, "王海峰")
        #expect(Self.out(g, wang, "MEMBER_OF").contains { g.node($0.end).name == "中国民主促进会" && $0.properties["role"] == "成员" })
        #expect(Self.out(g, wang, "SERVES_ON").contains { g.node($0.end).name == "杭州市政协" && $0.properties["role"] == "委员" })
        let chen = try Self.person(g, "陈丽华")
        #expect(Self.out(g, chen, "MEMBER_OF").contains { g.node($0.end).name == "中国致公党" })
        #expect(!Self.organizations(g).contains("武汉市政协"))
        let ai = try #require(Self.out(g, wang, "GAVE").first?.end)
        #expect(Self.out(g, ai, "ABOUT").contains { g.node($0.end).name == "人工智能" })
        // 杭州's 经开区 is not 武汉经济技术开发区 (districts.yaml is 武汉's: city: 武汉).
        #expect(g.nodes(withLabel: "District").isEmpty)
    }

    /// More layouts of one city: `NAME(ROLES):TITLE` with no honorific, roles
    /// before the name with the title on the line below, and 常委 as honorific.
    @Test func readsSpeakerLinesWithTheTitleBesideOrBelow() throws {
        let g = try Self.extract(fixture: "plenary-nanjing.txt", date: "2026-01-16")
        let speeches = g.nodes(withLabel: "Speech").map(g.node)
        #expect(speeches.compactMap { $0.properties["speaker"]?.stringValue } == ["王海峰", "李明", "赵刚"])
        #expect(speeches.compactMap { $0.properties["title"]?.stringValue } == ["推动数字经济和人工智能深度融合", "发展银发经济", "优化营商环境"])
        let wang = try Self.person(g, "王海峰")
        #expect(Self.out(g, wang, "MEMBER_OF").contains { g.node($0.end).name == "中国民主促进会" && $0.properties["role"] == "副主委" })
        let li = try Self.person(g, "李明")
        #expect(Self.out(g, li, "SERVES_ON").map { g.node($0.end).name } == ["南京市政协"])
        #expect(Self.out(g, li, "MEMBER_OF").contains { g.node($0.end).name == "九三学社" && $0.properties["role"] == "副主委" })
        let liSpeech = try #require(Self.out(g, li, "GAVE").first.map { g.node($0.end) })
        #expect(liSpeech.sources.allSatisfy { !$0.quote.contains("算力") })
        let zhao = try Self.person(g, "赵刚")
        #expect(Self.out(g, zhao, "SERVES_ON").contains { g.node($0.end).name == "南京市政协" && $0.properties["role"] == "常委" })
        #expect(g.nodes(named: "市科技创新局").isEmpty)
    }
}
