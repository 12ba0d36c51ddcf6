import Foundation
import Testing

/// `explorer query` end to end, on a small dataset whose snapshot is written here.
@Suite struct QueryCommandTests {
    /// A dataset folder with one document and a built snapshot: three agencies, two AI tasks, one EV task.
    private func makeDataset() throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("query-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root.appendingPathComponent("build"), withIntermediateDirectories: true)
        try "工作方案".write(to: root.appendingPathComponent("plan.txt"), atomically: true, encoding: .utf8)
        func node(_ id: Int, _ label: String, _ properties: String) -> String {
            #"{"id": \#(id), "labels": ["\#(label)"], "properties": {\#(properties)}, "sources": []}"#
        }
        func relationship(_ id: Int, _ type: String, _ start: Int, _ end: Int) -> String {
            #"{"id": \#(id), "type": "\#(type)", "start": \#(start), "end": \#(end), "properties": {}, "sources": []}"#
        }
        let nodes = [
            node(0, "Agency", #""name": "市发展改革委""#), node(1, "Agency", #""name": "市经信局""#),
            node(2, "Agency", #""name": "市科技局""#), node(3, "Task", #""code": "T1""#), node(4, "Task", #""code": "T2""#),
            node(5, "Task", #""code": "T3""#), node(6, "Industry", #""name": "人工智能""#),
            node(7, "Industry", #""name": "新能源汽车""#),
        ]
        let relationships = [
            relationship(0, "LEADS", 0, 3), relationship(1, "RESPONSIBLE_FOR", 1, 3), relationship(2, "LEADS", 2, 4),
            relationship(3, "LEADS", 1, 5), relationship(4, "ABOUT", 3, 6), relationship(5, "ABOUT", 4, 6),
            relationship(6, "ABOUT", 5, 7),
        ]
        let snapshot = """
            {"format": "policy-graph-snapshot", "version": 1,
             "nodes": [\(nodes.joined(separator: ",\n"))],
             "relationships": [\(relationships.joined(separator: ",\n"))]}
            """
        try snapshot.write(to: root.appendingPathComponent("build/graph.json"), atomically: true, encoding: .utf8)
        return root
    }

    @Test func jsonOutputOfTheAITaskQuery() throws {
        let dataset = try makeDataset()
        defer { try? FileManager.default.removeItem(at: dataset) }
        let result = try ExplorerRunner.run([
            "query", dataset.path, "--format", "jsonl",
            "MATCH (a:Agency)-[r:LEADS|RESPONSIBLE_FOR]->(t:Task)-[:ABOUT]->(:Industry {name:'人工智能'}) RETURN DISTINCT a.name, type(r), t.code ORDER BY t.code, a.name",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == """
            {"a.name":"市发展改革委","type(r)":"LEADS","t.code":"T1"}
            {"a.name":"市经信局","type(r)":"RESPONSIBLE_FOR","t.code":"T1"}
            {"a.name":"市科技局","type(r)":"LEADS","t.code":"T2"}

            """)
    }

    @Test func tableAlignsChineseText() throws {
        let dataset = try makeDataset()
        defer { try? FileManager.default.removeItem(at: dataset) }
        let result = try ExplorerRunner.run([
            "query", dataset.path, "--format", "table", "MATCH (a:Agency) RETURN a.name AS 单位 ORDER BY 单位",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == """
            +--------------+
            | 单位         |
            +--------------+
            | 市发展改革委 |
            | 市科技局     |
            | 市经信局     |
            +--------------+
            3 rows

            """)
    }

    @Test func aLabelTheGraphLacksIsWarnedAboutOnStandardError() throws {
        let dataset = try makeDataset()
        defer { try? FileManager.default.removeItem(at: dataset) }
        let result = try ExplorerRunner.run(["query", dataset.path, "--format", "csv", "MATCH (a:agency) RETURN a.name"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "a.name\r\n" || result.stdout == "a.name\n")
        #expect(result.stderr.contains("warning: the label :agency is not in the graph"))
        #expect(result.stderr.contains("did you mean :Agency?"))
    }

    @Test func aNameThatIsOnlyAnAliasIsWarnedAboutWithItsNode() throws {
        let result = try ExplorerRunner.run(["query", "--format", "csv", "MATCH (a:Agency {name: '市发改委'}) RETURN a.name"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("it is an alias of :Agency '市发展和改革委员会'"), "\(result.stderr)")
    }

    @Test func aNameInPinyinOrWithATypoIsToldWhatItWasCloseTo() throws {
        let pinyin = try ExplorerRunner.run(["query", "--format", "csv", "MATCH (p:Person {name: 'liangming'}) RETURN p.name"])
        #expect(pinyin.status == 0, "\(pinyin.stderr)")
        #expect(pinyin.stderr.contains("no :Person is named 'liangming', so that pattern matches nothing; did you mean '梁鸣'?"), "\(pinyin.stderr)")
        let typo = try ExplorerRunner.run(["query", "--format", "csv", "MATCH (a:Agency) WHERE a.name = '市经济和信息局' RETURN a.name"])
        #expect(typo.stderr.contains("did you mean '市经济和信息化局'?"), "\(typo.stderr)")
    }

    @Test func meetingsAnswerToTheirShortNames() throws {
        for name in ["第22次常委会", "十四届常委会第二十二次会议", "政协武汉市第十四届委员会常务委员会第二十二次会议"] {
            let result = try ExplorerRunner.run(["query", "--format", "csv", "MATCH (m:Meeting) WHERE '\(name)' IN m.aliases RETURN m.name"])
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stdout.contains("政协武汉市第十四届常务委员会第二十二次会议"), "\(name): \(result.stdout)")
        }
    }

    @Test func taskCodesSortInTheOrderOfThePlan() throws {
        let result = try ExplorerRunner.run(["query", "--format", "csv", "MATCH (t:Task) WHERE t.code STARTS WITH '(' RETURN t.code ORDER BY t.sortKey"])
        #expect(result.status == 0, "\(result.stderr)")
        let codes = result.stdout.split(whereSeparator: \.isNewline).dropFirst().map(String.init)
        let heads = codes.compactMap { $0.split(separator: ")").first.map(String.init) }
        // (一) before (二) before (三), although as text (三) sorts before (二).
        let order = ["(一", "(二", "(三"].map { head in heads.firstIndex(of: head) ?? -1 }
        #expect(order.allSatisfy { $0 >= 0 } && order == order.sorted(), "\(codes)")
    }

    @Test func errorsShowTheLineWithACaretAndExitNonZero() throws {
        let dataset = try makeDataset()
        defer { try? FileManager.default.removeItem(at: dataset) }
        let result = try ExplorerRunner.run(["query", dataset.path, "MATCH (a:Agency {name: '市经信局'}) RETURN b"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("SyntaxError (line 1, column 40): the variable b is not defined"))
        #expect(result.stderr.contains("MATCH (a:Agency {name: '市经信局'}) RETURN b\n" + String(repeating: " ", count: 43) + "^"))
    }

    @Test func parametersAreLiteralsOrStrings() throws {
        let dataset = try makeDataset()
        defer { try? FileManager.default.removeItem(at: dataset) }
        let result = try ExplorerRunner.run([
            "query", dataset.path, "--format", "csv", "--param", "industry=人工智能", "--param", "limit=1",
            "MATCH (t:Task)-[:ABOUT]->(:Industry {name: $industry}) RETURN t.code ORDER BY t.code LIMIT $limit",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "t.code\r\nT1\r\n")
    }

    @Test func scriptFileRunsStatementsInOrder() throws {
        let dataset = try makeDataset()
        defer { try? FileManager.default.removeItem(at: dataset) }
        let script = dataset.appendingPathComponent("facts.cypher")
        try """
            // A fact added by hand.
            MATCH (a:Agency {name: '市科技局'}), (t:Task {code: 'T3'}) CREATE (a)-[:RESPONSIBLE_FOR]->(t);
            MATCH (a:Agency)-[:RESPONSIBLE_FOR]->(t:Task) RETURN a.name, t.code ORDER BY t.code;
            """.write(to: script, atomically: true, encoding: .utf8)
        let result = try ExplorerRunner.run(["query", dataset.path, "-f", script.path, "--format", "jsonl"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == """
            {"a.name":"市经信局","t.code":"T1"}
            {"a.name":"市科技局","t.code":"T3"}

            """)
    }

    @Test func scriptErrorsGiveTheLineInTheFile() throws {
        let dataset = try makeDataset()
        defer { try? FileManager.default.removeItem(at: dataset) }
        let script = dataset.appendingPathComponent("bad.cypher")
        try "MATCH (a:Agency) RETURN a.name;\n\nMATCH (t:Task)\nRETURN t.code, x;\n".write(to: script, atomically: true, encoding: .utf8)
        let result = try ExplorerRunner.run(["query", dataset.path, "-f", script.path, "--format", "csv"])
        #expect(result.status != 0)
        #expect(result.stdout.hasPrefix("a.name\r\n"))
        #expect(result.stderr.contains("statement 2: SyntaxError (line 4, column 16): the variable x is not defined"))
        #expect(result.stderr.contains("RETURN t.code, x;\n               ^"))
    }

    @Test func explainShowsThePlan() throws {
        let dataset = try makeDataset()
        defer { try? FileManager.default.removeItem(at: dataset) }
        let result = try ExplorerRunner.run([
            "query", dataset.path, "EXPLAIN MATCH (a:Agency)-->(t:Task)-->(:Industry {name: '人工智能'}) RETURN a.name",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("Plan:\n1. MATCH"))
        #expect(result.stdout.contains("via the name index for '人工智能'"))
    }

    @Test func profilePrintsThePlanWithRowsPerStep() throws {
        let dataset = try makeDataset()
        defer { try? FileManager.default.removeItem(at: dataset) }
        let result = try ExplorerRunner.run([
            "query", dataset.path, "PROFILE MATCH (a:Agency)-->(t:Task) RETURN count(*) AS links",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("Profile:\n1. MATCH"))
        #expect(result.stdout.contains("2. RETURN count(*) AS links  [1 row, "))
        #expect(result.stdout.contains("1 row returned in "))
    }

    @Test func rowLimitNamesTheOptionToRaiseIt() throws {
        let dataset = try makeDataset()
        defer { try? FileManager.default.removeItem(at: dataset) }
        let result = try ExplorerRunner.run(["query", dataset.path, "--max-rows", "3", "MATCH (a), (b) RETURN a, b"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("row limit of 3"))
        #expect(result.stderr.contains("--max-rows"))
    }

    @Test(arguments: [
        (["query", "--timeout", "0", "RETURN 1"], "--timeout must be more than 0 seconds, not 0.0"),
        (["query", "--timeout", "nan", "RETURN 1"], "--timeout must be more than 0 seconds, not nan"),
        (["shell", "--timeout=-1"], "--timeout must be more than 0 seconds, not -1.0"),
        (["shell", "--max-rows", "0"], "--max-rows must be at least 1, not 0"),
        (["query", "--max-rows", "0", "RETURN 1"], "--max-rows must be at least 1, not 0"),
    ])
    func queryAndShellRefuseTheSameBadLimits(arguments: [String], message: String) throws {
        let result = try ExplorerRunner.run(arguments, stdin: "RETURN 1;\n")
        #expect(result.status != 0)
        #expect(result.stderr.contains(message), "\(result.stderr)")
    }

    @Test func aQueryFileSavedAsGB18030IsReadAndAMissingOneIsNamed() throws {
        let dataset = try makeDataset()
        defer { try? FileManager.default.removeItem(at: dataset) }
        let file = dataset.appendingPathComponent("q.cypher")
        // 市经信局 in GB18030: 0xCA 0xD0 0xBE 0xAD 0xD0 0xC5 0xBE 0xD6.
        let query = Array("MATCH (a:Agency {name: '".utf8) + [0xCA, 0xD0, 0xBE, 0xAD, 0xD0, 0xC5, 0xBE, 0xD6]
            + Array("'}) RETURN a.name;".utf8)
        try Data(query).write(to: file)
        let result = try ExplorerRunner.run(["query", dataset.path, "-f", file.path, "--format", "csv"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("市经信局"))
        let missing = try ExplorerRunner.run(["query", dataset.path, "-f", dataset.appendingPathComponent("none.cypher").path])
        #expect(missing.stderr.contains("none.cypher does not exist; check the path"))
    }

    @Test func unknownFormatIsRefused() throws {
        let dataset = try makeDataset()
        defer { try? FileManager.default.removeItem(at: dataset) }
        let result = try ExplorerRunner.run(["query", dataset.path, "--format", "xml", "RETURN 1"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("unknown format 'xml'"))
    }
}
