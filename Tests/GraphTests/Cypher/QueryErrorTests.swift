import Testing
@testable import Graph

@Suite struct QueryErrorTests {
    private func rendered(_ query: String) -> String {
        let engine = QueryEngine(graph: PropertyGraph())
        guard let error = CypherTestSupport.error(engine, query) else { return "no error" }
        return error.rendered(query: query)
    }

    @Test func caretUnderTheToken() {
        #expect(rendered("MATCH (n) RETURN m") == """
            SyntaxError (line 1, column 18): the variable m is not defined; bind it in MATCH, WITH or UNWIND first
            MATCH (n) RETURN m
                             ^
            """)
    }

    @Test func columnCountsCharactersAndCaretCountsDisplayCells() {
        // '人工智能' is 4 characters, 8 display columns, 12 UTF-8 bytes.
        #expect(rendered("MATCH (n {name: '人工智能'}) RETURN x") == """
            SyntaxError (line 1, column 33): the variable x is not defined; bind it in MATCH, WITH or UNWIND first
            MATCH (n {name: '人工智能'}) RETURN x
                                                ^
            """)
    }

    @Test func caretOnALaterLineAndAcrossTheToken() {
        #expect(rendered("MATCH (n)\nRETURN n.name AS 名称, 名称") == """
            SyntaxError (line 2, column 22): the variable 名称 is not defined; bind it in MATCH, WITH or UNWIND first
            RETURN n.name AS 名称, 名称
                                   ^^^^
            """)
    }

    @Test func unsupportedFeatureIsClear() {
        let text = rendered("MATCH (n) LOAD CSV FROM 'f' AS l RETURN l")
        #expect(text.hasPrefix("SyntaxError (line 1, column 11): LOAD is not supported yet"))
        #expect(text.hasSuffix("          ^^^^"))
    }

    @Test func runtimeErrorsHaveTheirKind() {
        let engine = QueryEngine(graph: PropertyGraph())
        let error = CypherTestSupport.error(engine, "RETURN 1 / 0")
        #expect(error?.phase == .runtime)
        #expect(error?.kind == "ArithmeticError")
        #expect(error?.description.contains("division by zero") == true)
    }
}
