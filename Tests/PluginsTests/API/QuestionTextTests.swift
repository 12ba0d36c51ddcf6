import Testing
@testable import Plugins

@Suite struct QuestionTextTests {
    @Test(arguments: [
        ("Which units own AI tasks?", "which units own ai tasks"),
        ("which  units own the AI tasks", "which units own ai tasks"),
        ("哪些单位负责人工智能任务？", "哪些单位负责人工智能任务"),
        ("哪些单位负责 人工智能 任务", "哪些单位负责人工智能任务"),
        ("哪些单位负责ＡＩ任务", "哪些单位负责ai任务"),
        ("“人工智能”", "人工智能"),
    ])
    func normalizes(input: String, expected: String) {
        #expect(QuestionText.normalized(input) == expected)
    }
}
