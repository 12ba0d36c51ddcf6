import Testing
@testable import RedisClient

@Suite struct RESPParserTests {
    func parse(_ text: String) throws -> [RESPValue] {
        var parser = RESPParser()
        parser.append(Array(text.utf8))
        var values: [RESPValue] = []
        while let value = try parser.next() { values.append(value) }
        return values
    }

    @Test func everyReplyKind() throws {
        let values = try parse("+OK\r\n-ERR bad\r\n:42\r\n$5\r\nhe\r\no\r\n$-1\r\n*2\r\n:1\r\n*1\r\n$0\r\n\r\n*-1\r\n")
        #expect(values == [
            .simpleString("OK"), .error("ERR bad"), .integer(42), .bulkString(Array("he\r\no".utf8)), .bulkString(nil),
            .array([.integer(1), .array([.bulkString([])])]), .array(nil),
        ])
    }

    @Test func aReplyCutAnywhereWaitsForTheRest() throws {
        let whole = Array("*2\r\n$6\r\n武汉\r\n:7\r\n".utf8)
        for cut in 1..<whole.count {
            var parser = RESPParser()
            parser.append(whole[..<cut])
            #expect(try parser.next() == nil, "cut at \(cut)")
            parser.append(whole[cut...])
            #expect(try parser.next() == .array([.bulkString(Array("武汉".utf8)), .integer(7)]))
        }
    }

    @Test func brokenRepliesSayWhatIsWrong() throws {
        #expect(throws: RedisError.self) { try parse("?what\r\n") }
        #expect(throws: RedisError.self) { try parse("$abc\r\n") }
        #expect(throws: RedisError.self) { try parse("$2\r\nabcd\r\n") }
        #expect(throws: RedisError.self) { try parse(":x\r\n") }
        #expect(throws: RedisError.self) { try parse(String(repeating: "*1\r\n", count: 100) + ":1\r\n") }
    }

    @Test func commandsAreArraysOfBulkStrings() {
        #expect(RESPEncoder.command(["GRAPH.QUERY", "g", "RETURN '武'"]) == Array("*3\r\n$11\r\nGRAPH.QUERY\r\n$1\r\ng\r\n$12\r\nRETURN '武'\r\n".utf8))
    }
}
