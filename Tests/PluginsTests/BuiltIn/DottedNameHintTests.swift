import Testing
@testable import Plugins

/// `DottedNameHint` lets the person reader skip its look for dotted names in a text that holds no
/// middle dot and no full stop after a Han character; it must say yes wherever one could be read.
@Suite struct DottedNameHintTests {
    static func possible(_ text: String) -> Bool { DottedNameHint().possible(in: Array(text.utf8)) }

    @Test func everyDotCounts() {
        for dot in ["·", "•", "‧", "∙", "・", "･"] {
            #expect(Self.possible("委员阿某\(dot)甲乙发言。"), "\(dot)")
        }
        #expect(Self.possible("委员帕某.格某发言"))
    }

    @Test func textWithoutDotsHasNone() {
        #expect(!Self.possible("会议于2023.10.12召开,“某某”委员发言——大家鼓掌。"))
        #expect(!Self.possible(""))
        #expect(!Self.possible("."))
    }
}
