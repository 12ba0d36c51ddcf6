import Testing
@testable import Shell

@Suite struct CompletionReplyTests {
    @Test func onlyCandidateReplacesTheWord() {
        #expect(CompletionReply(candidates: ["梁鸣"]).substitution(for: "liang") == "梁鸣")
    }

    @Test func commonPrefixExtendsTheWord() {
        #expect(CompletionReply(candidates: ["MATCH", "MERGE"]).substitution(for: "M") == "M")
        #expect(CompletionReply(candidates: ["RETURN", "REMOVE"]).substitution(for: "R") == "RE")
    }

    @Test func sharedChineseCharactersReplaceAPinyinWord() {
        #expect(CompletionReply(candidates: ["梁鸣", "梁山"]).substitution(for: "liang") == "梁")
        #expect(CompletionReply(candidates: ["李强", "黎明"]).substitution(for: "li") == "li")
    }
}
