import Testing
import Yams
@testable import Plugins

/// YAML that nests too deep or expands too far is refused before it can crash or exhaust the process.
@Suite struct YAMLLimitsTests {
    @Test func deepFlowNestingIsRefusedWithItsPosition() {
        let text = "a: 1\nb: " + String(repeating: "[", count: 150) + String(repeating: "]", count: 150) + "\n"
        let violation = YAMLLimits.checkText(text)
        #expect(violation?.line == 2)
        #expect(violation?.message.contains("nesting deeper than 100 at 2:") == true)
    }

    @Test func deepBlockNestingAndCompactSequencesAreRefused() {
        var block = ""
        for level in 0..<150 { block += String(repeating: " ", count: level) + "k\(level):\n" }
        #expect(YAMLLimits.checkText(block) != nil)
        #expect(YAMLLimits.checkText(String(repeating: "- ", count: 150) + "x\n") != nil)
    }

    @Test func ordinaryPackTextPasses() {
        let text = """
            id: q
            title: {zh: 问, en: "a [bracketed] title"}  # a comment with [[[[
            cypher: |
              MATCH (a)-[:LEADS]->(t) WHERE t.code IN ['[', '{']
              RETURN a
            questions:
              - which units work on {industry}
              - - nested
                - list
            """
        #expect(YAMLLimits.checkText(text) == nil)
        let root = try? Yams.compose(yaml: text)
        #expect(root.map(YAMLLimits.checkTree) ?? nil == nil)
    }

    @Test func aliasesThatExpandPastTheLimitAreRefused() throws {
        var text = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
        for level in 1...7 {
            text += "a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ") + "]\n"
        }
        #expect(YAMLLimits.checkText(text) == nil)
        let root = try #require(try Yams.compose(yaml: text))
        let violation = YAMLLimits.checkTree(root)
        #expect(violation?.message.contains("more than 1000000 values") == true)
    }
}
