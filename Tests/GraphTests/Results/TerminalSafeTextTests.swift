import Testing
@testable import Graph

@Suite struct TerminalSafeTextTests {
    /// A name that, printed raw, retitles the terminal, clears it, and moves the cursor.
    static let hostile = "市\u{1B}]0;pwned\u{07}\u{1B}[2J政协\u{9B}31m\u{202E}"

    @Test func controlsAndOverridesAreWrittenAsEscapes() {
        let escaped = TerminalSafeText.escaped(Self.hostile)
        #expect(escaped == #"市\u001b]0;pwned\u0007\u001b[2J政协\u009b31m\u202e"#)
        #expect(!escaped.unicodeScalars.contains(where: TerminalSafeText.isUnsafe))
        #expect(TerminalSafeText.escaped("a\tb\nc", keepingLayout: true) == "a\tb\nc")
        #expect(TerminalSafeText.escaped("a,b\r\nhidden\rshown", keepingLayout: true) == #"a,b"# + "\r\n" + #"hidden\u000dshown"#)
        #expect(TerminalSafeText.escaped("a\tb\nc") == #"a\u0009b\u000ac"#)
        #expect(TerminalSafeText.escaped("武汉市政协 plain") == "武汉市政协 plain")
    }

    @Test func tablesCsvAndMarkdownNeverCarryARawControl() {
        var graph = PropertyGraph()
        _ = try? graph.addNode(labels: ["Person"], properties: ["name": .string(Self.hostile)])
        let result = QueryResult(columns: ["name", "n"], rows: [[.string(Self.hostile), .int(1)], [.string("梁鸣"), .int(2)]])
        let formatter = ResultFormatter(graph: graph)
        for format in ResultFormat.allCases {
            let text = formatter.format(result, as: format)
            #expect(!text.unicodeScalars.contains { TerminalSafeText.isUnsafe($0) && $0 != "\n" && $0 != "\r" }, "\(format)")
            #expect(text.contains("u001b"), "\(format)")
        }
        // Every line of the table is as wide as its rule: the escapes count in the widths.
        let lines = formatter.format(result, as: .table).split(separator: "\n").dropLast()
        #expect(Set(lines.map { DisplayWidth.of(String($0)) }).count == 1)
    }

    @Test func xmlVisibleSpellsOutWhatXMLCannotHold() {
        let text = XMLText.visible("a\u{0}b\u{1}c\u{FFFE}d\u{1B}e\nf")
        #expect(text == #"a\u0000b\u0001c\ufffed\u001be"# + "\nf")
        #expect(text.unicodeScalars.allSatisfy(XMLText.isAllowed))
    }
}

@Suite struct ResultStreamingTests {
    @Test(arguments: [ResultFormat.csv, .jsonl, .json, .table, .markdown])
    func piecesAddUpToTheWholeText(format: ResultFormat) {
        var graph = PropertyGraph()
        let node = try? graph.addNode(labels: ["Person"], properties: ["name": "梁鸣"])
        let rows: [[Value]] = (0..<25).map { i in
            [.int(i), .string(i % 3 == 0 ? "a,\"b\"\n\u{1B}c" : "市政协\(i)"), node.map(Value.node) ?? .null, .list([.int(i), .null])]
        }
        let result = QueryResult(columns: ["i", "text", "n", "list"], rows: rows)
        let formatter = ResultFormatter(graph: graph)
        var pieces: [String] = []
        formatter.write(result, as: format, rowsPerPiece: 4) { pieces.append($0) }
        #expect(pieces.joined() == formatter.format(result, as: format))
        if format != .table && format != .markdown { #expect(pieces.count > 5) }
    }
}

@Suite struct TerminalSafeTextScanTests {
    /// The byte scan agrees with the character rule on every character class it looks for, and on their neighbours.
    @Test func theByteScanFindsExactlyWhatTheRuleEscapes() {
        let samples: [Unicode.Scalar] = [
            "\u{0}", "\u{9}", "\u{A}", "\u{D}", "\u{1B}", "\u{1F}", " ", "~", "\u{7F}", "\u{80}", "\u{9F}", "\u{A0}", "·",
            "\u{2029}", "\u{202A}", "\u{202E}", "\u{202F}", "\u{2065}", "\u{2066}", "\u{2069}", "\u{206A}", "“", "…", "政", "😀",
        ]
        for scalar in samples {
            for layout in [false, true] {
                let text = "市" + String(Character(scalar)) + "x"
                #expect(TerminalSafeText.needsEscaping(text, keepingLayout: layout) == (TerminalSafeText.escaped(text, keepingLayout: layout) != text),
                        "U+\(String(scalar.value, radix: 16)) layout \(layout)")
            }
        }
        #expect(TerminalSafeText.needsEscaping("a\r\nb", keepingLayout: true) == false)
        #expect(TerminalSafeText.needsEscaping("a\rb", keepingLayout: true) == true)
    }
}
