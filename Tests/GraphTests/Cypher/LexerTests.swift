import Testing
@testable import Graph

@Suite struct LexerTests {
    private func kinds(_ text: String) throws -> [Token.Kind] { try Lexer.tokenize(text).map(\.kind) }

    @Test func numbersInEveryBase() throws {
        #expect(try kinds("42 0x1F 0o17 1.5 .5 1e3 2E-2") == [
            .integer(42), .integer(31), .integer(15), .float(1.5), .float(0.5), .float(1000), .float(0.02), .end,
        ])
    }

    @Test func stringEscapesAndUnicode() throws {
        #expect(try kinds(#"'a\'b' "c\"d" '\u4eba\n\t'"#) == [.string("a'b"), .string("c\"d"), .string("人\n\t"), .end])
    }

    @Test func commentsAreSkippedAndOffsetsAreUTF8() throws {
        let tokens = try Lexer.tokenize("// note\n/* 注释 */ MATCH '人' x")
        #expect(tokens.map(\.kind) == [.identifier("MATCH"), .string("人"), .identifier("x"), .end])
        // "// note\n" is 8 bytes, "/* 注释 */ " is 3 + 6 + 4 = 13 bytes.
        #expect(tokens[0].offset == 21)
        #expect(tokens[2].offset == 21 + 6 + 5 + 1)
    }

    @Test func chineseNamesAndBacktickedNames() throws {
        #expect(try kinds("机构 `a b`") == [.identifier("机构"), .quotedIdentifier("a b"), .end])
    }

    @Test func fullWidthPunctuationEndsANameAndGetsAHint() throws {
        #expect(try kinds("机构　名称") == [.identifier("机构"), .identifier("名称"), .end])
        do {
            _ = try Lexer.tokenize("RETURN 名称，x")
            Issue.record("expected an error")
        } catch let error as QueryError {
            #expect(error.code == "InvalidUnicodeCharacter")
            #expect(error.offset == 13)
            #expect(error.message.contains("write ',' instead"))
        }
    }

    @Test(arguments: ["LIMIT 1；", "LIMIT $n；", "RETURN 0x1F，"])
    func fullWidthPunctuationAfterANumberOrParameterGetsTheHintToo(query: String) throws {
        do {
            _ = try Lexer.tokenize(query)
            Issue.record("expected an error")
        } catch let error as QueryError {
            #expect(error.code == "InvalidUnicodeCharacter")
            #expect(error.offset == query.utf8.count - 3)
            #expect(error.message.contains("write '") && error.message.contains("' instead"))
        }
        #expect(try kinds("1人 $参数") == [.invalidNumber("1人"), .parameter("参数"), .end])
    }

    @Test func errorsCarryTheirPosition() throws {
        #expect(throws: QueryError.self) { try Lexer.tokenize("RETURN 'open") }
        do {
            _ = try Lexer.tokenize("RETURN 0x1G")
            Issue.record("expected an error")
        } catch let error as QueryError {
            #expect(error.code == "InvalidNumberLiteral")
            #expect(error.offset == 7)
        }
        do {
            _ = try Lexer.tokenize("RETURN 1 — 2")
            Issue.record("expected an error")
        } catch let error as QueryError {
            #expect(error.code == "InvalidUnicodeCharacter")
            #expect(error.offset == 9)
        }
    }
}
