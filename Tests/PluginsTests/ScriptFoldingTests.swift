import Testing
@testable import Plugins

/// Traditional script folded for matching: the text keeps its length and offsets,
/// names and quotes stay as written, and characters that are simplified ones too stay.
@Suite struct ScriptFoldingTests {
    @Test func foldsTraditionalCharactersOneForOneAndKeepsOffsets() {
        let original = "（記者 馮淑貞）民盟紹興市委主委鄭國華主持會議。"
        let text = NormalizedText(original)
        #expect(text.foldedScript)
        #expect(text.string(0..<text.count) == "(记者 冯淑贞)民盟绍兴市委主委郑国华主持会议。")
        let name = Array("郑国华".utf8)
        let at = try! #require(UTF8Scan.find(name, in: text.bytes, from: 0))
        let range = at..<(at + name.count)
        #expect(text.written(range) == "鄭國華")
        let source = text.provenance(range, document: "d")
        #expect(source.quote == "鄭國華")
        #expect(source.offset == "（記者 馮淑貞）民盟紹興市委主委".utf8.count)
    }

    @Test func simplifiedTextIsUntouched() {
        let original = "市政协副主席于海涛主持会议,著名学者出席。乾隆年间的古桥修缮完成。"
        let text = NormalizedText(original)
        #expect(!text.foldedScript)
        #expect(text.string(0..<text.count) == "市政协副主席于海涛主持会议,著名学者出席。乾隆年间的古桥修缮完成。")
    }

    /// Near-misses: a character that simplified text writes too, with its own
    /// meaning, is never folded (乾 of 乾隆, not 干; 著 of 著名, not 着; 於 the surname, not 于).
    @Test func charactersThatAreAlsoSimplifiedStay() {
        #expect(ScriptFolding.simplified("乾隆") == "乾隆")
        #expect(ScriptFolding.simplified("著名") == "著名")
        #expect(ScriptFolding.simplified("於梨花") == "於梨花")
        #expect(ScriptFolding.simplified("瞭望") == "瞭望")
        #expect(ScriptFolding.simplified("畢昇") == "毕昇")
        // Those that only traditional text writes fold, 後 and 幹 included.
        #expect(ScriptFolding.simplified("會後,幹部們") == "会后,干部们")
    }

    /// 於 is 于 in a document in traditional script (關於, 位於), and a surname
    /// in a simplified one; the table holds it apart.
    @Test func yuIsFoldedOnlyInTraditionalDocuments() {
        let traditional = NormalizedText("關於加快發展的建議,市政協委員於海濤提出。")
        #expect(traditional.string(0..<traditional.count) == "关于加快发展的建议,市政协委员于海涛提出。")
        #expect(traditional.written(0..<traditional.count) == "關於加快發展的建議,市政協委員於海濤提出。")
        let simplified = NormalizedText("市政协委员於海涛提出建议。")
        #expect(simplified.string(0..<simplified.count) == "市政协委员於海涛提出建议。")
        #expect(ScriptFolding.fold(Unicode.Scalar("於").value) == nil)
        #expect(ScriptFolding.simplified("關於") == "关于")
    }

    @Test func mixedScriptFoldsOnlyTheTraditionalPart() {
        let original = "市政协主席张文明出席。區政協副主席劉曉東講話。"
        let text = NormalizedText(original)
        #expect(text.string(0..<text.count) == "市政协主席张文明出席。区政协副主席刘晓东讲话。")
        #expect(text.written(0..<text.count) == original)
    }

    @Test func writtenFormKeepsWidthFoldingButRestoresHanCharacters() {
        let text = NormalizedText("責任單位：市發改委、市財政局")
        #expect(text.string(0..<text.count) == "责任单位:市发改委、市财政局")
        #expect(text.written(0..<text.count) == "責任單位:市發改委、市財政局")
    }

    @Test func sameFoldedTellsOneNameInTwoScripts() {
        #expect(ScriptFolding.sameFolded("劉曉東", "刘晓东"))
        #expect(!ScriptFolding.sameFolded("劉曉東", "刘晓冬"))
    }

    @Test func theTableHoldsOnlyOneToOnePairsOfHanCharacters() {
        let table = ScriptFolding.simplified
        let mapped = table.enumerated().filter { $0.element != 0 }
        #expect(mapped.count > 2_500)
        for (offset, to) in mapped {
            let from = ScriptFolding.firstScalar + UInt32(offset)
            #expect(UInt32(to) != from)
            #expect((ScriptFolding.firstScalar...ScriptFolding.lastScalar).contains(UInt32(to)))
            // A simplified character is never folded again: one step reaches the simplified form.
            #expect(ScriptFolding.fold(UInt32(to)) == nil, "U+\(String(from, radix: 16)) → U+\(String(to, radix: 16)) folds twice")
        }
    }
}

/// Pinyin glosses a script converter leaves after characters are dropped from
/// the normalized text (not from quotes); brackets of other letters stay.
@Suite struct PinyinGlossTests {
    @Test func glossesAfterHanCharactersAreDropped() {
        let original = "江寧區(qū)婦聯(lián)主席宋雅琴、區(qū)委統(tǒng)戰(zhàn)部部長柯文彬出席。"
        let text = NormalizedText(original)
        #expect(text.string(0..<text.count) == "江宁区妇联主席宋雅琴、区委统战部部长柯文彬出席。")
        #expect(text.written(0..<text.count) == "江寧區婦聯主席宋雅琴、區委統戰部部長柯文彬出席。")
        // A quote spans the text as published, glosses included.
        let word = Array("统战部".utf8)
        let at = try! #require(UTF8Scan.find(word, in: text.bytes, from: 0))
        #expect(text.quote(at..<(at + word.count)) == "統(tǒng)戰(zhàn)部")
    }

    /// Near-misses: letters with no tone mark, capitals, a number, a word of
    /// another language with an accent, and a note in full-width brackets stay.
    @Test(arguments: ["措施(a)要落实", "增长(de)部分", "地区生产总值(GDP)增长", "第(1)项", "指数(índice)下降", "注释（注）见后"])
    func otherBracketsStay(_ original: String) {
        let text = NormalizedText(original)
        let kept = text.string(0..<text.count)
        #expect(kept.contains("("), "\(kept)")
    }

    @Test func aPersonAndPartyAreReadThroughGlosses() throws {
        let g = try TraditionalScriptTests.extract(
            "江寧區(qū)政協(xié)召開常委會議。民盟江寧區(qū)委主委宋雅琴出席會議。", city: "南京")
        let id = try #require(g.nodes(named: "宋雅琴").first { g.node($0).hasLabel("Person") })
        let parties = g.outgoing(id).map(g.relationship).filter { $0.type == "MEMBER_OF" }.compactMap { g.node($0.end).name }
        #expect(parties == ["中国民主同盟"])
    }
}

/// A comma a converter leaves before every `、` or `。` is dropped from the normalized
/// text (not from quotes); two commas in a row, an empty cell, stay.
@Suite struct StrayCommaTests {
    @Test func commasBeforeEnumerationCommasAndStopsAreDropped() {
        let original = "主席会议成员甲某,、乙某,、丙某在主席台就座,。"
        let text = NormalizedText(original)
        #expect(text.string(0..<text.count) == "主席会议成员甲某、乙某、丙某在主席台就座。")
        let word = Array("乙某、".utf8)
        let at = try! #require(UTF8Scan.find(word, in: text.bytes, from: 0))
        #expect(text.quote(at..<(at + word.count)) == "乙某,、")
    }

    @Test(arguments: ["1,,市发改委", "甲,乙、丙", "会议开幕。,随后"])
    func otherCommasStay(_ original: String) {
        let text = NormalizedText(original)
        #expect(text.string(0..<text.count) == original)
    }
}
