import Foundation
import Graph
import Testing
@testable import Plugins

/// Lexicon terms count only as whole words, and a topic word inside a name or
/// negated is not a topic.
@Suite struct WholeWordTests {
    /// Whether `term`, found as a substring of `text`, stands there as whole words.
    static func isWhole(_ term: String, in text: String) -> Bool {
        let bytes = Array(text.utf8)
        let at = UTF8Scan.find(Array(term.utf8), in: bytes, from: 0)!
        var words = WordBoundaries(bytes)
        return words.isWhole(at..<(at + term.utf8.count))
    }

    @Test func icuSegmentsChinese() throws {
        #expect(WordBreaker.isAvailable)
        #expect(WordBreaker.words("培养老年人") == ["培养", "老年人"])
        let words = try #require(WordBreaker.words("标准化工作"))
        #expect(!words.contains("化工"))
    }

    @Test(arguments: [
        ("化工", "参与国际标准化工作"), ("化工", "要优化工业技改的政策"), ("养老", "培养老年人才"),
        ("化工", "打造智能化工业园区的试点"),
    ])
    func substringsAreNotWords(term: String, text: String) {
        #expect(!Self.isWhole(term, in: text))
    }

    @Test(arguments: [
        ("化工", "允许电子专用材料非化工类企业集聚"), ("化工", "推动传统化工向新材料转型"), ("养老", "发展社区养老服务"),
        ("化工", "钢铁、化工、轻纺"), ("人工智能", "大力发展人工智能产业"),
        // The segmenter glues 市 to 民 (市民) and 局 to 长 (局长): the names still stand.
        ("民盟", "市民盟副主委"), ("市司法局", "市司法局长穆某"),
    ])
    func wordsAreWords(term: String, text: String) {
        #expect(Self.isWhole(term, in: text))
    }

    /// A refused term does not hide a term that starts inside it.
    @Test func refusedTermDoesNotHideTheNext() {
        let gazetteer = Gazetteer(terms: [("化工", 0), ("工业互联网", 1)])
        let bytes = Array("持续优化工业互联网平台".utf8)
        var words = WordBoundaries(bytes)
        let found = gazetteer.matches(in: bytes, accept: { words.isWhole($0.range) })
        #expect(found.map(\.payload) == [1])
    }

    static func topics(_ text: String, city: String? = "武汉") throws -> (about: Set<String>, mentions: Set<String>) {
        let registry = try BuiltInPlugins.registry()
        var graph = PropertyGraph()
        let document = SourceDocument(id: "words", title: "words", date: "2026-03-01", city: city, text: text)
        for extractor in registry.extractors {
            try extractor.item.extract(from: document, context: registry.extractionContext, into: &graph)
        }
        func ends(_ type: String) -> Set<String> {
            Set(graph.relationships(ofType: type).map(graph.relationship).compactMap { graph.node($0.end).name })
        }
        return (ends("ABOUT"), ends("MENTIONS"))
    }

    @Test func falseHitsMakeNoTopic() throws {
        let found = try Self.topics("""
            会议要求，加快推进标准化工作，持续优化工业布局，注重培养老年人才。
            完善金融服务，支持光谷科创大走廊建设。
            江汉大学武汉生物医学研究院院长李某某参加座谈。
            """)
        #expect(found.about.isEmpty, "\(found.about)")
        // 光谷 is a place: the development zone it names.
        #expect(found.mentions.contains("东湖新技术开发区"))
    }

    /// 非化工类企业 does contain the word 化工, negated: the document is not about 石化 (left out, not marked).
    @Test func negatedTopicIsLeftOut() throws {
        let bytes = Array("允许非化工类企业集聚。".utf8)
        let index = try LexiconIndex(lexicons: [BuiltInLexicons.load("industries")])
        var words = WordBoundaries(bytes)
        let hits = index.wholeWordHits(in: bytes, words: &words)
        #expect(hits.map { index.entries[$0.entry].name } == ["石化"])
        #expect(try Self.topics("允许非化工类企业集聚。").about.isEmpty)
    }

    @Test func trueHitsStay() throws {
        let found = try Self.topics("""
            加快发展生物医药产业，推动传统化工向新材料转型，发展社区养老服务，
            深化科技金融改革，完善天使投资体系。
            """)
        #expect(found.about == ["大健康", "石化", "银发经济", "科技金融"])
    }

    /// An employer's or institute's name is not a topic; the work in the sentence is.
    @Test func namesAreNotTopics() throws {
        let found = try Self.topics("武汉某人工智能科技有限公司董事长王某某建议，加快低空经济发展。")
        #expect(found.about == ["低空经济"])
    }
}

extension WholeWordTests {
    /// Terms of four characters or more are found without the segmenter: inside
    /// a university's, an institute's or a company's name they are no topic
    /// either, while the same words in a sentence still are.
    @Test func longTermsInsideNamesMakeNoTopic() throws {
        let inside = try Self.topics("""
            北京航空航天大学教授王立新、南京航空航天大学副校长陈晓东参加座谈。
            会议邀请上海集成电路研发中心有限公司总经理、武汉智能制造研究院院长作交流。
            """, city: nil)
        #expect(inside.about.isEmpty, "\(inside.about)")
        let stated = try Self.topics("要大力发展航空航天产业，加快集成电路和智能制造项目建设。", city: nil)
        #expect(!stated.about.isEmpty)
    }
}
