import Testing

@Suite struct TCKValueParserTests {
    private func parse(_ text: String) throws -> TCKValue { try TCKValueParser.parse(text) }

    @Test func scalars() throws {
        #expect(try parse("null").matches(.null))
        #expect(try parse("true").matches(.bool(true)))
        #expect(try parse("-12").matches(.int(-12)))
        #expect(try parse("9223372036854775807").matches(.int(Int.max)))
        #expect(try parse("-9223372036854775808").matches(.int(Int.min)))
        #expect(try parse("1.0").matches(.float(1)))
        #expect(try parse("-0.00001").matches(.float(-0.00001)))
        #expect(try parse("1.2635418652381264e305").matches(.float(1.2635418652381264e305)))
        #expect(try parse(".5e-2").matches(.float(0.005)))
        #expect(try parse("1e3").matches(.float(1000)))
        #expect(try parse("NaN").matches(.float(.nan)))
        #expect(try parse("-Inf").matches(.float(-.infinity)))
        #expect(try parse("Inf").matches(.float(.infinity)))
    }

    @Test func integersAreNotFloats() throws {
        #expect(!(try parse("1").matches(.float(1))))
        #expect(!(try parse("1.0").matches(.int(1))))
    }

    @Test func strings() throws {
        #expect(try parse("''").matches(.string("")))
        #expect(try parse("'Ohio'").matches(.string("Ohio")))
        #expect(try parse(#"'a\\bcn5t\'"\\//\\"\''"#).matches(.string(#"a\bcn5t'"\//\"'"#)))
        #expect(try parse(#"'\n'"#).matches(.string(#"\n"#)))
        #expect(try parse("'中文'").matches(.string("中文")))
    }

    @Test func collections() throws {
        #expect(try parse("[]").matches(.list([])))
        #expect(try parse("[1, null, ['a']]").matches(.list([.int(1), .null, .list([.string("a")])])))
        #expect(try parse("{name: 'Popeye', level: 9001}").matches(.map(["level": .int(9001), "name": .string("Popeye")])))
        #expect(try parse("{}").matches(.map([:])))
        #expect(!(try parse("[1, 2]").matches(.list([.int(2), .int(1)]))))
        #expect(try parse("[1, [2, 3]]").matches(.list([.list([.int(3), .int(2)]), .int(1)]), unorderedLists: true))
    }

    @Test func graphElements() throws {
        let node = TCKValue.node(TCKNode(labels: ["A", "B"], properties: ["num": .int(7)]))
        #expect(try parse("(:B:A {num: 7})").matches(node))
        #expect(!(try parse("(:A {num: 7})").matches(node)))
        #expect(try parse("()").matches(.node(TCKNode(labels: [], properties: [:]))))
        #expect(try parse("({name: 'c'})").description == "({name: 'c'})")
        #expect(try parse("[:T {name: 'bar'}]").matches(.relationship(TCKRelationship(type: "T", properties: ["name": .string("bar")]))))
        let path = try parse("<(:B)<-[:T]-(:A)-[:U {k: 1}]->()>")
        #expect(path.description == "<(:B)<-[:T]-(:A)-[:U {k: 1}]->()>")
        #expect(try parse("<()>").description == "<()>")
        #expect(!path.matches(try parse("<(:B)-[:T]->(:A)-[:U {k: 1}]->()>")))
    }

    @Test(arguments: ["", "'open", "[1, 2", "{a 1}", "(:A", "1 2", "99999999999999999999", "[:T", "<(:A)-[:T]-(:B)>", "nope"])
    func rejectsMalformed(_ text: String) {
        #expect(throws: TCKValueParser.ParseError.self) { try TCKValueParser.parse(text) }
    }
}
