import Testing

@testable import Diagrams

@Suite struct TextWrappingTests {
    @Test func wrapsChineseAtElevenCharacters() {
        let lines = TextWrapping.wrap("关于加快推动人工智能产业高质量发展的提案", columns: 22, maxLines: 4)
        #expect(lines == ["关于加快推动人工智能产", "业高质量发展的提案"])
    }

    @Test func shortTextStaysOnOneLine() {
        #expect(TextWrapping.wrap("梁鸣", columns: 22, maxLines: 4) == ["梁鸣"])
    }

    @Test func closingPunctuationDoesNotStartALine() {
        // The comma would be the 12th character: it stays on the first line.
        let lines = TextWrapping.wrap("一二三四五六七八九十甲，乙丙", columns: 22, maxLines: 4)
        #expect(lines == ["一二三四五六七八九十甲，", "乙丙"])
    }

    @Test func openingPunctuationMovesToTheNextLine() {
        let lines = TextWrapping.wrap("一二三四五六七八九十《乙丙》", columns: 22, maxLines: 4)
        #expect(lines == ["一二三四五六七八九十", "《乙丙》"])
    }

    @Test func asciiWordsAreNotSplit() {
        let lines = TextWrapping.wrap("培育人工智能企业OpenHarmony生态", columns: 22, maxLines: 4)
        #expect(lines == ["培育人工智能企业", "OpenHarmony生态"])
    }

    @Test func longTextIsCutWithEllipsis() {
        let text = String(repeating: "政协委员", count: 20)
        let lines = TextWrapping.wrap(text, columns: 22, maxLines: 2)
        #expect(lines.count == 2)
        #expect(lines[1].hasSuffix("…"))
        #expect(TextWrapping.displayWidth(lines[1]) <= 22)
    }

    @Test func whitespaceAndLineBreaksCollapse() {
        #expect(TextWrapping.wrap("市发展\n改革委  主任", columns: 40, maxLines: 2) == ["市发展 改革委 主任"])
    }

    @Test func displayWidthCountsHanAsTwo() {
        #expect(TextWrapping.displayWidth("AI产业") == 6)
    }
}
