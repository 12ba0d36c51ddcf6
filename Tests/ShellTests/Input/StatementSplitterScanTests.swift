import Testing
@testable import Shell

@Suite struct StatementSplitterScanTests {
    /// A long statement pasted line by line: every character is looked at
    /// once, not once per line that follows it (which took minutes for 115 KB).
    @Test func eachLineIsScannedOnceHoweverLongTheStatement() {
        var splitter = StatementSplitter()
        let line = "  OR n.name = '武汉市政协第十四届委员会' // a comment; not an end"
        var total = 0
        #expect(splitter.feed("MATCH (n) WHERE false").isEmpty)
        total += "MATCH (n) WHERE false".count
        for _ in 0..<2_000 {
            #expect(splitter.feed(line).isEmpty)
            total += line.count + 1
        }
        let statements = splitter.feed("RETURN n;")
        total += "RETURN n;".count + 1
        #expect(statements.count == 1)
        #expect(statements.first?.hasSuffix("RETURN n") == true)
        #expect(splitter.scannedCharacters == total)
        #expect(!splitter.isContinuing)
    }

    @Test func stateCarriesAcrossLines() {
        var splitter = StatementSplitter()
        // A backslash at the end of a line escapes the line break inside a string.
        #expect(splitter.feed("RETURN 'a\\").isEmpty)
        #expect(splitter.openDelimiter == "'")
        #expect(splitter.feed("b;' AS x;") == ["RETURN 'a\\\nb;' AS x"])
        // A block comment over lines hides its semicolons; a slash at a line's end is a division.
        #expect(splitter.feed("RETURN 4 /* ; */ /").isEmpty)
        #expect(splitter.feed("2 AS y;") == ["RETURN 4 /* ; */ /\n2 AS y"])
        #expect(splitter.feed("/* open").isEmpty)
        #expect(splitter.openDelimiter == "*")
        #expect(splitter.feed("still; */ RETURN 1;") == ["/* open\nstill; */ RETURN 1"])
        #expect(splitter.feed("RETURN `a;b` // x;").isEmpty)
        #expect(splitter.feed(";") == ["RETURN `a;b` // x;\n"].map { $0.trimmingWhitespace() })
        #expect(splitter.feed("// only a comment;").isEmpty)
        #expect(splitter.finish() == nil)
    }
}
