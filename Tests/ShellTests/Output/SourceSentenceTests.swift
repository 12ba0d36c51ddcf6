import Graph
import Testing
@testable import Shell

@Suite struct SourceSentenceTests {
    static let text = "会议开始。九三学社市委会主委梁鸣作题为《加快武汉新城建设》的发言。随后休会。"

    static func source(_ quote: String, in text: String = text) -> Provenance {
        let bytes = Array(text.utf8)
        let quoteBytes = Array(quote.utf8)
        let offset = (0...(bytes.count - quoteBytes.count)).first { Array(bytes[$0..<($0 + quoteBytes.count)]) == quoteBytes }!
        return Provenance(document: "d", offset: offset, length: quoteBytes.count, quote: quote)
    }

    @Test func theWholeSentenceWithTheQuoteMarked() {
        let marked = SourceSentence.marked(Self.source("梁鸣"), in: Array(Self.text.utf8))
        #expect(marked == "九三学社市委会主委⟦梁鸣⟧作题为《加快武汉新城建设》的发言。")
    }

    @Test func aClosingQuoteStaysWithTheSentenceItCloses() {
        let text = "他说：“要加快发展。”梁鸣表示，要建设新城。“这是第一步。”"
        #expect(SourceSentence.marked(Self.source("梁鸣", in: text), in: Array(text.utf8)) == "⟦梁鸣⟧表示，要建设新城。")
        #expect(SourceSentence.marked(Self.source("第一步", in: text), in: Array(text.utf8)) == "“这是⟦第一步⟧。”")
    }

    @Test func aDocumentThatChangedSinceTheBuildGivesNoSentence() {
        var source = Self.source("梁鸣")
        source.offset += 3
        #expect(SourceSentence.marked(source, in: Array(Self.text.utf8)) == nil)
    }

    @Test func aVeryLongSentenceIsCutAtCharacterBoundariesWithAMark() {
        let long = String(repeating: "很长的句子", count: 100) + "梁鸣" + String(repeating: "还在继续", count: 100)
        let marked = SourceSentence.marked(Self.source("梁鸣", in: long), in: Array(long.utf8))
        #expect(marked?.hasPrefix("…") == true)
        #expect(marked?.hasSuffix("…") == true)
        #expect(marked?.contains("⟦梁鸣⟧") == true)
        #expect(marked.map { !$0.contains("\u{FFFD}") } == true)
    }
}
