import Testing
@testable import Shell

@Suite struct StatementSplitterTests {
    @Test func queryOnOneLineEndsAtSemicolon() {
        var splitter = StatementSplitter()
        #expect(splitter.feed("MATCH (n) RETURN n;") == ["MATCH (n) RETURN n"])
        #expect(!splitter.isContinuing)
    }

    @Test func queryMaySpanLines() {
        var splitter = StatementSplitter()
        #expect(splitter.feed("MATCH (n:Person)").isEmpty)
        #expect(splitter.isContinuing)
        #expect(splitter.feed("RETURN n.name").isEmpty)
        #expect(splitter.feed("LIMIT 3;") == ["MATCH (n:Person)\nRETURN n.name\nLIMIT 3"])
        #expect(!splitter.isContinuing)
    }

    @Test func semicolonsInStringsNamesAndCommentsDoNotEndAStatement() {
        var splitter = StatementSplitter()
        #expect(splitter.feed("RETURN 'a;b', \"c;\\\"d\", `e;f` // g;").isEmpty)
        #expect(splitter.feed("/* h; */ ;") == ["RETURN 'a;b', \"c;\\\"d\", `e;f` // g;\n/* h; */"])
    }

    @Test func stringMaySpanLinesWithoutEnding() {
        var splitter = StatementSplitter()
        #expect(splitter.feed("RETURN '多行;").isEmpty)
        #expect(splitter.feed("文本';") == ["RETURN '多行;\n文本'"])
    }

    @Test func openDelimiterNamesWhatIsStillOpen() {
        var splitter = StatementSplitter()
        _ = splitter.feed("MATCH (n {name: \"梁")
        #expect(splitter.openDelimiter == "\"")
        splitter.reset()
        _ = splitter.feed("MATCH (n) /* note")
        #expect(splitter.openDelimiter == "*")
        splitter.reset()
        _ = splitter.feed("MATCH (n)")
        #expect(splitter.openDelimiter == nil)
    }

    @Test func severalStatementsOnOneLine() {
        var splitter = StatementSplitter()
        #expect(splitter.feed("RETURN 1; RETURN 2;RETURN") == ["RETURN 1", "RETURN 2"])
        #expect(splitter.isContinuing)
        #expect(splitter.finish() == "RETURN")
    }

    @Test func fullWidthSemicolonEndsAStatementOutsideStrings() {
        var splitter = StatementSplitter()
        #expect(splitter.feed("RETURN '甲；乙' AS a；") == ["RETURN '甲；乙' AS a"])
    }

    @Test func metaCommandIsALineOfItsOwn() {
        var splitter = StatementSplitter()
        #expect(splitter.feed("  :help why  ") == [":help why"])
        #expect(splitter.feed(":schema;") == [":schema"])
        #expect(!splitter.isContinuing)
    }

    @Test func colonInsideAStatementIsNotACommand() {
        var splitter = StatementSplitter()
        #expect(splitter.feed("MATCH (n").isEmpty)
        #expect(splitter.feed(":Person) RETURN n;") == ["MATCH (n\n:Person) RETURN n"])
    }

    @Test func commentsAndBlanksAloneAreNoStatement() {
        var splitter = StatementSplitter()
        #expect(splitter.feed("// just a note").isEmpty)
        #expect(splitter.feed(";").isEmpty)
        #expect(splitter.finish() == nil)
    }

    @Test func resetDropsThePendingStatement() {
        var splitter = StatementSplitter()
        _ = splitter.feed("MATCH (n)")
        splitter.reset()
        #expect(!splitter.isContinuing)
        #expect(splitter.feed("RETURN 1;") == ["RETURN 1"])
    }
}
