import Testing

@testable import Diagrams

@Suite struct CJKFontTests {
    @Test func prefersKnownSimplifiedChineseFamilies() {
        #expect(CJKFont.choose(from: ["Noto Serif CJK SC", "Noto Sans Mono CJK SC", "Noto Sans CJK SC"]) == "Noto Sans CJK SC")
        #expect(CJKFont.choose(from: ["Some Mono CJK", "Some Sans CJK"]) == "Some Sans CJK")
        #expect(CJKFont.choose(from: []) == nil)
    }

    @Test func findsTheInstalledFontThroughFontconfig() throws {
        // Only meaningful where a CJK font is installed (fonts-noto-cjk on this project's machines).
        let families = CJKFont.installedFamilies(language: "zh-cn")
        try #require(!families.isEmpty, "no CJK font installed here: install fonts-noto-cjk")
        #expect(CJKFont.located != nil)
        #expect(families.contains(CJKFont.located!))
    }
}
