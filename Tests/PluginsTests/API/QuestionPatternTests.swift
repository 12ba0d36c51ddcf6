import Testing
@testable import Plugins

@Suite struct QuestionPatternTests {
    @Test func splitsTextAndSlots() throws {
        let pattern = try QuestionPattern(query: "q", text: "哪些单位负责{industry}任务")
        #expect(pattern.segments == [.text("哪些单位负责"), .slot("industry"), .text("任务")])
        #expect(pattern.slots == ["industry"])
        #expect(pattern.rendered(with: ["industry": "人工智能"]) == "哪些单位负责人工智能任务")
        #expect(pattern.rendered() == "哪些单位负责<industry>任务")
    }

    @Test(arguments: ["which units own {industry tasks", "which } units", "{a}{b} tasks", "{industry}", "own {行业} tasks"])
    func refusesMalformedPatterns(text: String) {
        #expect(throws: PluginError.self) { try QuestionPattern(query: "q", text: text) }
    }

    @Test func shapeIgnoresCaseSpacingAndSlotNames() throws {
        let a = try QuestionPattern(query: "q", text: "Which units own {industry} tasks?")
        let b = try QuestionPattern(query: "r", text: "which units own the {topic} tasks")
        #expect(a.shape == b.shape)
    }
}
