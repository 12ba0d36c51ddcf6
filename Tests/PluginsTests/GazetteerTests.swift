import Testing
@testable import Plugins

@Suite struct GazetteerTests {
    @Test func longestMatchWinsAndMatchesDoNotOverlap() {
        let g = Gazetteer(terms: [("发展", 1), ("市发展改革委", 2), ("改革", 3)])
        let text = Array("由市发展改革委和改革办负责发展".utf8)
        let found = g.matches(in: text).map(\.payload)
        #expect(found == [2, 3, 1])
    }

    @Test func asciiTermsNeedWordBoundaries() {
        let g = Gazetteer(terms: [("AI", 1)])
        #expect(g.matches(in: Array("推动AI赋能".utf8)).count == 1)
        #expect(g.matches(in: Array("send MAIL now".utf8)).isEmpty)
    }

    @Test func firstPayloadOfADuplicateTermIsKept() {
        let g = Gazetteer(terms: [("光谷", 7), ("光谷", 9)])
        #expect(g.matches(in: Array("擦亮光谷名片".utf8)).map(\.payload) == [7])
        #expect(g.termCount == 1)
    }

    /// The two-character pre-test must not hide one-character terms or terms whose second character is ASCII.
    @Test func prefilterKeepsShortAndMixedTerms() {
        let g = Gazetteer(terms: [("局", 1), ("智AI", 2), ("人工智能", 3)])
        let found = g.matches(in: Array("市司法局推动智AI与人工智能".utf8)).map(\.payload)
        #expect(found == [1, 2, 3])
    }
}
