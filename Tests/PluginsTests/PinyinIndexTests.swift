import Testing
@testable import Plugins

@Suite struct PinyinIndexTests {
    let index = PinyinIndex(names: ["梁鸣", "李强", "黎明", "市发展改革委", "Wuhan"])

    @Test func syllablesAreTonelessAndLowercase() {
        #expect(PinyinIndex.syllables(of: "梁鸣") == ["liang", "ming"])
    }

    @Test func fullPinyinPrefixFindsTheName() {
        #expect(index.names(matching: "liang") == ["梁鸣"])
        #expect(index.names(matching: "liangm") == ["梁鸣"])
        #expect(index.names(matching: "LiangMing") == ["梁鸣"])
    }

    @Test func sharedSyllableOffersEveryName() {
        #expect(Set(index.names(matching: "li")) == ["梁鸣", "李强", "黎明"])
    }

    @Test func initialsFindTheNameToo() {
        #expect(index.names(matching: "lq") == ["李强"])
        #expect(index.names(matching: "sfz") == ["市发展改革委"])
    }

    @Test func namesWithoutHanAndNonLatinPrefixesAreLeftOut() {
        #expect(index.names(matching: "wuhan").isEmpty)
        #expect(index.names(matching: "梁").isEmpty)
        #expect(index.names(matching: "").isEmpty)
    }

    @Test func syllablesAbbreviatedFromAnywhereInTheName() {
        let index = PinyinIndex(names: ["市发改委", "市发展和改革委员会", "梁鸣"])
        #expect(index.names(matching: "fagai") == ["市发改委"])
        #expect(index.names(matching: "fgw") == ["市发改委"])
        #expect(index.names(matching: "fazhan") == ["市发展和改革委员会"])
        #expect(index.names(matching: "lming") == ["梁鸣"])
        #expect(index.names(matching: "mingl").isEmpty)
        #expect(!PinyinIndex.abbreviates(Array("x"), ["xi"]))
    }
}

@Suite struct PinyinIndexLimitTests {
    let index = PinyinIndex(names: ["市发改委", "市发展改革委", "梁鸣", "李强", "黎明", "刘力"])

    @Test func initialsOfAnAgencyAbbreviation() {
        #expect(index.names(matching: "sfg") == ["市发改委"])
    }

    @Test func limitKeepsSpelledMatchesFirst() {
        #expect(index.names(matching: "li", limit: 2).count == 2)
        #expect(index.names(matching: "l", limit: 100).count == 4)
        #expect(index.names(matching: "liu", limit: 0).isEmpty)
    }
}
