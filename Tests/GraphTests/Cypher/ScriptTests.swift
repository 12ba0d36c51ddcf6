import Foundation
import Testing
@testable import Graph

@Suite struct ScriptTests {
    @Test func splitsAtSemicolonsOutsideStrings() throws {
        let statements = try QueryEngine.statements(inScript: "CREATE (:A {s: 'a;b'});\n// c;\nMATCH (n) RETURN n;\n")
        #expect(statements.map { $0.text.trimmingCharacters(in: .whitespacesAndNewlines) } == [
            "CREATE (:A {s: 'a;b'})", "// c;\nMATCH (n) RETURN n",
        ])
        #expect(statements[0].offset == 0)
    }

    @Test func literalsForParameters() {
        #expect(QueryEngine.literal("42") == 42)
        #expect(QueryEngine.literal("-1.5") == .float(-1.5))
        #expect(QueryEngine.literal("'人工智能'") == "人工智能")
        #expect(QueryEngine.literal("[1, {a: true}]") == [1, .map(["a": true])])
        #expect(QueryEngine.literal("人工智能") == nil)
        #expect(QueryEngine.literal("a + 1") == nil)
    }
}
