import Testing
@testable import Plugins

@Suite struct NormalizedTextTests {
    @Test func foldsFullWidthPunctuationAndKeepsOriginalOffsets() {
        let text = NormalizedText("（牵头单位：市发改委；责任单位：市经信局）")
        #expect(text.string(0..<text.count) == "(牵头单位:市发改委;责任单位:市经信局)")
        let start = Array(text.bytes).firstIndex(of: 0x3A)! + 1  // after ":"
        let unit = start..<(start + "市发改委".utf8.count)
        let source = text.provenance(unit, document: "d")
        #expect(source.quote == "市发改委")
        #expect(source.offset == "（牵头单位：".utf8.count)
    }

    @Test func foldsSmallFormPunctuationAndKeepsTheOnesWithNoASCII() {
        let text = NormalizedText("2﹒增长7%﹙含开发区﹚﹔完成﹑落实")
        #expect(text.string(0..<text.count) == "2.增长7%(含开发区);完成﹑落实")
        let at = Array(text.bytes).firstIndex(of: 0x2E)!
        #expect(text.quote(at..<(at + 1)) == "﹒")
    }

    @Test func dropsTheSpacesAroundACountOfPersonsOnly() {
        let original = "聘任甲、乙等 12 人为顾问,另有 3 名代表,王 强 与 2025 年 的 5 个 项目"
        let text = NormalizedText(original)
        // Only 等 before a figure and a figure before 人, 名 or 位 lose their spaces; a padded name and other figures keep theirs.
        #expect(text.string(0..<text.count) == "聘任甲、乙等12人为顾问,另有 3名代表,王 强 与 2025 年 的 5 个 项目")
        let written = text.string(0..<text.count)
        let at = written.utf8.count - "顾问,另有 3名代表,王 强 与 2025 年 的 5 个 项目".utf8.count
        let source = text.provenance(at..<(at + "顾问".utf8.count), document: "d")
        #expect(source.quote == "顾问")
        #expect(source.offset == "聘任甲、乙等 12 人为".utf8.count)
        // The quote of the count shows it as published.
        let count = written.utf8.count - written.utf8.drop { $0 != 0x31 }.count
        #expect(text.quote(count..<(count + "12人".utf8.count)) == "12 人")
    }

    @Test func joinsAWordBrokenAcrossLines() {
        let original = "会上,市政协副主席刘丹平作主题发言。他建议,要突出改革开放关键作用,营造热带雨林创\n\n新生态。\n"
        let text = NormalizedText(original)
        #expect(text.string(0..<text.count).contains("热带雨林创新生态。"))
        let at = text.string(0..<text.count).utf8.count - "创新生态。\n".utf8.count
        let range = at..<(at + "创新生态".utf8.count)
        // The quote spans the line break as published.
        #expect(text.quote(range) == "创\n\n新生态")
    }

    @Test func joinsTwoBrokenWordsAndKeepsTheOffsetsOfTheLinesAfterThem() {
        // Each joined line moves the rest of the text back; offsets after both joins still point into the original.
        let original = "会上,市政协委员甲某作发言。他建议,要突出改革开放的关键作用,营造热带雨林创\n新生态。\n"
            + "委员乙某接着发言。她表示,要把科技成果转化为现实生产力,打造区域科技创新高地和人才\n\n集聚中心。\n"
            + "(牵头单位:市科技局)\n"
        let text = NormalizedText(original)
        let written = text.string(0..<text.count)
        #expect(written.contains("热带雨林创新生态。"))
        #expect(written.contains("人才集聚中心。"))
        #expect(written.hasSuffix("中心。\n(牵头单位:市科技局)\n"))
        let at = written.utf8.count - "市科技局)\n".utf8.count
        let source = text.provenance(at..<(at + "市科技局".utf8.count), document: "d")
        #expect(source.quote == "市科技局")
        #expect(source.offset == original.utf8.count - "市科技局)\n".utf8.count)
    }

    @Test func keepsAPhotosCaptionApartFromTheNextParagraph() {
        // A caption closed by its credit (摄, 攝) and a blank line ends there; a word broken over a blank line still joins.
        for credit in ["摄", "攝"] {
            let original = "会议在机关设主会场,在委员驻地设分会场。这是主会场。 新华社记者 甲某 \(credit)\n\n   中共中央书记处书记乙某到会听取发言。\n"
            let written = NormalizedText(original).string(0..<NormalizedText(original).count)
            // The text is folded to simplified script: 攝 reads 摄.
            #expect(written.contains("摄\n"))
            #expect(!written.contains("摄中共"))
        }
    }

    @Test func keepsHeadingsAndSpeakerLinesApart() {
        let original = "加快武汉新城建设\n\n打造“世界光谷”\n\n市政协副主席,九三学社武汉市委员会主委 梁鸣\n\n创新体制机制。"
        let text = NormalizedText(original)
        #expect(Segmenter.lines(text.bytes).count == 4)
    }

    @Test func carriageReturnsAreDroppedAndOffsetsStillPointIntoTheOriginal() {
        let original = "第一行\r\n（牵头单位：市数据局）\r\n"
        let text = NormalizedText(original)
        #expect(text.string(0..<text.count) == "第一行\n(牵头单位:市数据局)\n")
        let at = text.string(0..<text.count).utf8.count - "市数据局)\n".utf8.count
        let source = text.provenance(at..<(at + "市数据局".utf8.count), document: "d")
        #expect(source.quote == "市数据局")
        #expect(source.offset == "第一行\r\n（牵头单位：".utf8.count)
    }
}
