import Testing

@testable import Plugins

/// A line that only assigns units needs a verb; a list of units with none, or a
/// sentence, is not one.
@Suite struct UnitLineTests {
    static func parse(_ line: String) -> [String]? {
        let bytes = Array(line.utf8)
        return UnitLine.parse(bytes, 0..<bytes.count)?.units.map(\.name)
    }

    @Test func unitsBeforeTheirVerb() {
        #expect(Self.parse("县水利局牵头落实") == ["县水利局"])
        #expect(Self.parse("县农业农村局、县林业局分别负责") == ["县农业农村局", "县林业局"])
        #expect(Self.parse("县商务局牵头,县市场监管局配合") == ["县商务局", "县市场监管局"])
    }

    @Test func noVerbNoUnitLine() {
        // Units with no verb anywhere (a bare list is the header's to read, `parseBare`).
        #expect(Self.parse("县水利局、县林业局") == nil)
        // Short lines of a speech, with no verb.
        #expect(Self.parse("加快建设现代化产业体系") == nil)
        #expect(Self.parse("县政协委员 县科技局副局长") == nil)
        // A verb in a sentence that names no unit.
        #expect(Self.parse("各单位要认真负责") == nil)
    }

    /// 相关 or 有关 inside a short collective leaves the units unnamed.
    @Test func unnamedCollectives() {
        #expect(UnitAssignment.isUnnamedCollective("区级相关部门"))
        #expect(UnitAssignment.isUnnamedCollective("各有关单位"))
        #expect(!UnitAssignment.isUnnamedCollective("区发展改革局"))
        #expect(!UnitAssignment.isUnnamedCollective("区关心下一代工作委员会"))
    }

    /// 兼 joins two posts of one body; 兼职 and 兼任 are words of their own.
    @Test func jointPostsSplitAtJoin() {
        #expect(SpeakerRoles.jointPosts("专职副主委兼秘书长").map(\.item) == ["专职副主委", "秘书长"])
        #expect(SpeakerRoles.jointPosts("专职副主委兼秘书长").map(\.joint) == [false, true])
        #expect(SpeakerRoles.jointPosts("兼职副主席").map(\.item) == ["兼职副主席"])
        #expect(SpeakerRoles.jointPosts("市政协兼任委员").map(\.item) == ["市政协兼任委员"])
    }
}
