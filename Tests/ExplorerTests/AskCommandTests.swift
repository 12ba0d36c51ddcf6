import Foundation
import Testing

@Suite struct AskCommandTests {
    static let canonical = """
        MATCH (a:Agency)-[r:LEADS|RESPONSIBLE_FOR]->(t:Task)-[:ABOUT]->(:Industry {name:'人工智能'}) \
        RETURN DISTINCT a.name, type(r), t.code
        """

    /// Rows of a JSON result, order ignored.
    static func rows(_ json: String) throws -> Set<String> {
        let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        let rows = object?["rows"] as? [[String: Any]] ?? []
        return Set(rows.map { row in row.keys.sorted().map { "\($0)=\(row[$0]!)" }.joined(separator: "|") })
    }

    @Test func theEnglishAndTheChineseQuestionGiveTheCanonicalAnswerAsJSON() throws {
        let workspace = try PluginWorkspace()
        let expected = try workspace.run(["query", "graphs/wuhan-cppcc", Self.canonical, "--format", "json"])
        #expect(expected.status == 0, "\(expected.stderr)")
        let canonicalRows = try Self.rows(expected.stdout)
        #expect(canonicalRows.count == 15)
        for question in ["which units own AI tasks", "哪些单位负责人工智能任务"] {
            let answer = try workspace.run(["ask", question, "--format", "json"])
            #expect(answer.status == 0, "\(answer.stderr)")
            #expect(answer.stderr.contains("work-plans.units-for-industry"))
            #expect(try Self.rows(answer.stdout) == canonicalRows, "\(question)")
        }
    }

    @Test func theTwoQuestionsPrintTheSameTableAndDrawTheSameDiagram() throws {
        let workspace = try PluginWorkspace()
        let english = try workspace.run(["ask", "Which units own AI tasks?", "--format", "table", "--render", workspace.root.appendingPathComponent("en.svg").path])
        let chinese = try workspace.run(["ask", "哪些单位负责人工智能任务？", "--format", "table", "--render", workspace.root.appendingPathComponent("zh.svg").path])
        #expect(english.status == 0 && chinese.status == 0, "\(english.stderr)\(chinese.stderr)")
        #expect(english.stdout == chinese.stdout)
        #expect(english.stdout.contains("15 rows"))
        #expect(english.stderr.contains("industry=人工智能 (from 'AI')"))
        let svg = try String(contentsOf: workspace.root.appendingPathComponent("en.svg"), encoding: .utf8)
        #expect(svg.contains("<svg"))
        #expect(svg.contains("市数据局"))
    }

    @Test func anUnmatchedQuestionListsTheClosestQuestionsInsteadOfGuessing() throws {
        let workspace = try PluginWorkspace()
        let result = try workspace.run(["ask", "is AI good for Wuhan"])
        #expect(result.status != 0)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("no named question matches"))
        #expect(result.stderr.contains("which units are responsible for 人工智能 tasks"))
    }

    /// Questions as people ask them, not as the phrasings are written: the
    /// meaning (intent words and the kinds of the names) picks the query.
    @Test(arguments: [
        ["which agencies answered at meeting 22", "proceedings.meeting-agencies", "meeting=政协武汉市第十四届常务委员会第二十二次会议"],
        ["发改委牵头哪些任务", "work-plans.tasks-led-by", "unit=市发展和改革委员会"],
        ["梁鸣是哪个党派的", "proceedings.person-party", "person=梁鸣"],
        ["which districts are mentioned", "proceedings.top-districts", "limit=10"],
        ["who is in charge of AI", "work-plans.units-for-industry", "industry=人工智能"],
    ])
    func naturalQuestionsRunTheirQuery(_ expected: [String]) throws {
        let result = try ExplorerRunner.run(["ask", expected[0], "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.hasPrefix("→ \(expected[1]):"), "\(result.stderr)")
        #expect(result.stderr.contains(expected[2]), "\(result.stderr)")
    }

    @Test func whenTwoQueriesFitTheOtherIsOffered() throws {
        let result = try ExplorerRunner.run(["ask", "发改委牵头和负责的任务有哪些", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("→ work-plans.tasks-of-unit"))
        #expect(result.stderr.contains("also fits: work-plans.tasks-led-by"))
        #expect(result.stderr.contains("explorer run work-plans.tasks-led-by --param unit=市发展和改革委员会"))
    }

    @Test func agenciesThatAnsweredAreOnlyAgencies() throws {
        let result = try ExplorerRunner.run(["ask", "which agencies answered at meeting 22", "--format", "csv"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("市发展和改革委员会"))
        // 李家华 asked; the answer to "which agencies answered" lists no person.
        #expect(!result.stdout.contains("李家华"))
    }

    @Test(arguments: ["", "   "])
    func anEmptyQuestionIsCalledEmpty(question: String) throws {
        let result = try ExplorerRunner.run(["ask", question])
        #expect(result.status != 0)
        #expect(result.stderr.contains("the question is empty"))
        #expect(!result.stderr.contains("closest questions"))
    }

    @Test func aPackPassedWithPluginAddsItsQuestionsWithNoRebuild() throws {
        let workspace = try PluginWorkspace()
        let dataset = try workspace.datasetWithoutPacks()
        let without = try workspace.run(["ask", "哪些党派关注银发经济", dataset])
        #expect(without.status != 0)
        let pack = try workspace.copyExamplePack(to: "fresh/silver-economy")
        let with = try workspace.run(["ask", "哪些党派关注银发经济", dataset, "--plugin", pack, "--format", "csv"])
        #expect(with.status == 0, "\(with.stderr)")
        #expect(with.stderr.contains("silver-economy.parties"))
        #expect(with.stdout.contains("中国民主同盟,1"))
    }

    @Test func aPackWithASyntaxErrorIsReportedAndEverythingElseKeepsWorking() throws {
        let workspace = try PluginWorkspace()
        let pack = try workspace.copyExamplePack(to: "fresh/silver-economy")
        let queryFile = URL(fileURLWithPath: pack).appendingPathComponent("queries/parties.yaml")
        var text = try String(contentsOf: queryFile, encoding: .utf8)
        text = text.replacingOccurrences(of: "  zh: 哪些党派关注银发经济", with: "  zh: [哪些党派关注银发经济")
        try Data(text.utf8).write(to: queryFile)
        let dataset = try workspace.datasetWithoutPacks()
        let result = try workspace.run(["ask", "which units own AI tasks", dataset, "--plugin", pack, "--format", "csv"])
        #expect(result.status == 0, "\(result.stderr)")
        // libyaml notices the unclosed '[' on the next line, and says where it opened.
        #expect(result.stderr.contains("fresh/silver-economy/queries/parties.yaml:4:5: YAML syntax error"))
        #expect(result.stderr.contains("while parsing a flow sequence at line 3"))
        #expect(result.stdout.contains("市数据局,LEADS,(三)3"))
    }
}
