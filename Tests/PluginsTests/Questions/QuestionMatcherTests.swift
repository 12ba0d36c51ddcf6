import Graph
import Testing
@testable import Plugins

@Suite struct QuestionMatcherTests {
    func matcher(graph: PropertyGraph?) throws -> QuestionMatcher {
        let registry = try PluginRegistry(plugins: [
            QueryFixtures.Plugin(id: "test") {
                try $0.add(lexicon: QueryFixtures.industryLexicon)
                try $0.add(namedQuery: QueryFixtures.unitsForIndustry())
                try $0.add(namedQuery: QueryFixtures.busiestUnits())
            }
        ])
        return QuestionMatcher(registry: registry, graph: graph)
    }

    @Test(arguments: [
        "which units own AI tasks", "Which units own the AI tasks?", "which units own artificial intelligence tasks",
        "哪些单位负责人工智能任务", "哪些单位负责人工智能任务？", "哪些单位负责 AI 任务", "哪些单位负责大模型任务",
    ])
    func englishAndChineseQuestionsFillTheSameParameter(question: String) throws {
        let outcome = try matcher(graph: QueryFixtures.workPlanGraph()).match(question)
        guard case .matched(let match) = outcome else {
            Issue.record("'\(question)' matched nothing")
            return
        }
        #expect(match.query.id == "test.units-for-industry")
        #expect(match.parameters == ["industry": "人工智能"])
    }

    @Test func resolvesFromLexiconsBeforeAnyBuild() throws {
        guard case .matched(let match) = try matcher(graph: nil).match("which units own optoelectronics tasks") else {
            Issue.record("no match without a graph")
            return
        }
        #expect(match.parameters["industry"] == "光电子信息")
        #expect(match.filled["industry"]?.text == "optoelectronics")
    }

    @Test func aQuestionWithoutSlotsTakesTheDefaults() throws {
        guard case .matched(let match) = try matcher(graph: nil).match("哪些单位负责的任务最多？") else {
            Issue.record("no match")
            return
        }
        #expect(match.query.id == "test.busiest-units")
        #expect(match.parameters == ["limit": 10])
    }

    @Test func anUnknownNameIsNotGuessedButTheClosestQuestionsAreListed() throws {
        let outcome = try matcher(graph: QueryFixtures.workPlanGraph()).match("which units own banana tasks")
        guard case .unmatched(let suggestions) = outcome else {
            Issue.record("an unknown industry was matched")
            return
        }
        #expect(suggestions.first?.pattern.text == "which units own {industry} tasks")
        #expect(suggestions.count == 4)
        #expect(suggestions.map(\.score) == suggestions.map(\.score).sorted(by: >))
    }

    @Test func aChineseQuestionSuggestsTheChinesePatternFirst() throws {
        guard case .unmatched(let suggestions) = try matcher(graph: nil).match("哪个单位负责香蕉任务") else {
            Issue.record("matched")
            return
        }
        #expect(suggestions.first?.pattern.text == "哪些单位负责{industry}任务")
    }

    @Test func vocabularyPrefersTheGraphsCanonicalName() throws {
        let vocabulary = EntityVocabulary(graph: try QueryFixtures.workPlanGraph(), lexicons: [QueryFixtures.industryLexicon])
        #expect(vocabulary.resolve("市经济和信息化局", label: "Agency")?.name == "市经信局")
        #expect(vocabulary.resolve("市经济和信息化局", label: "Industry") == nil)
        #expect(vocabulary.resolve("ai", label: "Industry")?.name == "人工智能")
        #expect(vocabulary.resolve("banana", label: nil) == nil)
    }

    @Test func graphNamesMatchWhateverTheCaseOrWidthTyped() throws {
        var graph = try QueryFixtures.workPlanGraph()
        try graph.addNode(labels: ["Organization"], properties: ["name": "Wuhan AI Computing Center"])
        let vocabulary = EntityVocabulary(graph: graph, lexicons: [])
        #expect(vocabulary.resolve("wuhan ai computing center", label: "Organization")?.name == "Wuhan AI Computing Center")
        #expect(vocabulary.resolve("ＷＵＨＡＮ ＡＩ Computing Center", label: nil)?.name == "Wuhan AI Computing Center")
        #expect(vocabulary.resolve("wuhan computing center", label: nil) == nil)
    }

    @Test func aLongNameIsFoundByAPartOnlyWhenThePartIsUnique() throws {
        var graph = PropertyGraph()
        try graph.addNode(labels: ["Meeting"], properties: ["name": "政协武汉市第十四届委员会常务委员会第二十一次会议"])
        try graph.addNode(labels: ["Meeting"], properties: ["name": "政协武汉市第十四届常务委员会第二十二次会议"])
        let vocabulary = EntityVocabulary(graph: graph, lexicons: [])
        #expect(vocabulary.resolve("第二十一次会议", label: "Meeting")?.name == "政协武汉市第十四届委员会常务委员会第二十一次会议")
        #expect(vocabulary.resolve("常务委员会", label: "Meeting") == nil)
        #expect(vocabulary.resolve("二十一", label: "Meeting") == nil)
        #expect(vocabulary.resolve("第二十一次会议", label: "Party") == nil)
    }
}
