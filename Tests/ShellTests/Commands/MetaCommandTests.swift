import Foundation
import Graph
import Testing
@testable import Shell

@Suite struct MetaCommandTests {
    @Test func helpListsEveryCommandWithItsSummary() throws {
        let (session, transcript) = try ShellFixture.session()
        #expect(session.perform(":help"))
        for command in session.catalog.commands {
            #expect(transcript.out.contains(command.synopsis))
            #expect(transcript.out.contains(command.summary))
        }
    }

    @Test func helpExplainsOneCommand() throws {
        let (session, transcript) = try ShellFixture.session()
        #expect(session.perform(":help :why"))
        #expect(transcript.out.hasPrefix(":why [ROW | nID | rID | NAME]"))
        #expect(transcript.out.contains(":why n12"))
    }

    @Test func unknownCommandSuggestsTheClosest() throws {
        let (session, transcript) = try ShellFixture.session()
        #expect(!session.perform(":shema"))
        #expect(transcript.err.contains("unknown command ':shema'"))
        #expect(transcript.err.contains("Did you mean :schema?"))
    }

    @Test func schemaCountsLabelsTypesAndKeys() throws {
        let (session, transcript) = try ShellFixture.session()
        #expect(session.perform(":schema"))
        #expect(transcript.out.contains(":Person (2)  name"))
        #expect(transcript.out.contains(":Agency (1)  aliases, name"))
        #expect(transcript.out.contains(":MEMBER_OF (1)  (Person)->(Party)  {role}"))
        #expect(transcript.out.contains(":LEADS (1)  (Agency)->(Task)"))
    }

    @Test func whyQuotesTheSourcesOfANodeByName() throws {
        let (session, transcript) = try ShellFixture.session()
        #expect(session.perform(":why 梁鸣"))
        #expect(transcript.out.contains("(n0:Person 梁鸣)"))
        #expect(transcript.out.contains("002_speeches @120+\(ShellFixture.sentence.utf8.count): 「\(ShellFixture.sentence)」"))
    }

    @Test func whyOfARowShowsTheRelationshipBetweenNamedNodes() throws {
        let runner = TableRunner()
        runner.result = ResultTable(columns: ["p.name", "type(r)", "party.name"], rows: [["梁鸣", "MEMBER_OF", "民盟"]])
        let (session, transcript) = try ShellFixture.session(runner: runner)
        #expect(session.perform("MATCH (p)-[r]->(party) RETURN p.name, type(r), party.name"))
        #expect(session.perform(":why 1"))
        #expect(transcript.out.contains("(梁鸣)-[r0:MEMBER_OF {role: 成员}]->(民盟)"))
        #expect(transcript.out.contains("「\(ShellFixture.sentence)」"))
    }

    @Test func whyOfARowUsesTheQueryParametersToFindTheFact() throws {
        let runner = TableRunner()
        runner.result = ResultTable(columns: ["relation", "role", "of"], rows: [["MEMBER_OF", "成员", "民盟"]])
        let (session, transcript) = try ShellFixture.session(runner: runner) { services in
            services.prepare = { name, arguments in
                PreparedQuery(name: name, cypher: "MATCH …", parameters: arguments.mapValues(Value.string))
            }
        }
        #expect(session.perform(":run person-roles person=梁鸣"))
        #expect(session.perform(":why 1"))
        #expect(transcript.out.contains("(梁鸣)-[r0:MEMBER_OF {role: 成员}]->(民盟)"))
        #expect(transcript.out.contains("(n0:Person 梁鸣)"))
    }

    @Test func whyOfAMissingRowSaysWhichRowsExist() throws {
        let (session, transcript) = try ShellFixture.session()
        #expect(session.perform("MATCH (p) RETURN p"))
        #expect(!session.perform(":why 5"))
        #expect(transcript.err.contains("rows 1 to 2"))
    }

    @Test func whyOfRelationshipIdAndUnknownName() throws {
        let (session, transcript) = try ShellFixture.session()
        #expect(session.perform(":why r1"))
        #expect(transcript.out.contains("(市发展改革委)-[r1:LEADS]->(n4)"))
        #expect(transcript.out.contains("(no source recorded)"))
        #expect(!session.perform(":why 无此人"))
        #expect(transcript.err.contains("'无此人'"))
    }

    @Test func formatRowsTimingAndParamChangeSettings() throws {
        let (session, transcript) = try ShellFixture.session()
        #expect(session.perform(":format csv"))
        #expect(session.settings.format == .csv)
        #expect(!session.perform(":format xml"))
        #expect(transcript.err.contains("unknown format 'xml'"))
        #expect(session.perform(":rows 5"))
        #expect(session.settings.rowLimit == 5)
        #expect(session.perform(":rows all"))
        #expect(session.settings.rowLimit == nil)
        #expect(session.perform(":timing"))
        #expect(session.settings.timing)
        #expect(session.perform(":timing off"))
        #expect(!session.settings.timing)
        #expect(session.perform(":param industry 人工智能"))
        #expect(session.perform(":param n=3"))
        #expect(session.perform(":param names ['a', \"b\", 2]"))
        #expect(session.settings.parameters == ["industry": "人工智能", "n": 3, "names": ["a", "b", 2]])
        #expect(session.perform(":param n"))
        #expect(session.settings.parameters["n"] == nil)
        #expect(session.perform(":param clear"))
        #expect(session.settings.parameters.isEmpty)
    }

    @Test func parametersReachTheQuery() throws {
        let runner = TableRunner()
        let (session, _) = try ShellFixture.session(runner: runner)
        #expect(session.perform(":param industry '人工智能'"))
        #expect(session.perform("MATCH (i {name: $industry}) RETURN i"))
        #expect(runner.parameters.last == ["industry": "人工智能"])
    }

    @Test func runBindsArgumentsThroughThePlugins() throws {
        let runner = TableRunner()
        let (session, transcript) = try ShellFixture.session(runner: runner) { services in
            services.prepare = { name, arguments in
                guard name == "units-for-industry" else { throw ShellError("no query \(name)") }
                return PreparedQuery(name: name, cypher: "MATCH (a) RETURN a", parameters: arguments.mapValues(Value.string))
            }
        }
        #expect(session.perform(":run units-for-industry industry='低空 经济'"))
        #expect(runner.parameters.last == ["industry": "低空 经济"])
        #expect(!session.perform(":run units-for-industry industry"))
        #expect(transcript.err.contains("write name=value"))
        #expect(!session.perform(":run"))
        #expect(transcript.err.contains("Usage: :run NAME"))
    }

    @Test func askShowsTheMatchedQueryAndRunsIt() throws {
        let runner = TableRunner()
        let (session, transcript) = try ShellFixture.session(runner: runner) { services in
            services.ask = { question in
                question.contains("人工智能")
                    ? PreparedQuery(name: "units", cypher: "MATCH (u) RETURN u", parameters: ["industry": "人工智能"]) : nil
            }
        }
        #expect(session.perform(":ask 哪些单位负责人工智能任务"))
        #expect(transcript.out.contains("→ units industry=人工智能"))
        #expect(runner.statements.last == "MATCH (u) RETURN u")
        #expect(!session.perform(":ask 天气如何"))
        #expect(transcript.err.contains("no named query matches"))
    }

    @Test func renderNeedsAResultThenDrawsIt() throws {
        var drawn: (ResultTable, URL, String?)?
        var view: String?
        let (session, transcript) = try ShellFixture.session { services in
            services.render = { request in
                drawn = (request.result, request.file, request.layout)
                view = request.view
                return "drew it"
            }
        }
        #expect(!session.perform(":render out.svg"))
        #expect(transcript.err.contains("run a query"))
        #expect(session.perform("MATCH (p) RETURN p"))
        #expect(session.perform(":render /tmp/out.svg neato"))
        #expect(drawn?.0.rows.count == 2)
        #expect(drawn?.1.path == "/tmp/out.svg")
        #expect(drawn?.2 == "neato" && view == nil)
        #expect(session.perform(":render /tmp/out.png Matrix"))
        #expect(drawn?.2 == nil && view == "matrix")
        #expect(transcript.out.contains("drew it"))
        #expect(!session.perform(":render /tmp/out.svg sideways"))
        #expect(transcript.err.contains("'sideways' is neither a layout (dot, neato, fdp, sfdp, circo, twopi) nor a view"))
    }

    @Test func pluginsQueriesAndReloadUseTheServices() throws {
        var reloads = 0
        let (session, transcript) = try ShellFixture.session { services in
            services.plugins = { [PluginSummary(id: "work-plans", summary: "工作方案", origin: "built-in")] }
            services.namedQueries = {
                [NamedQuerySummary(
                    name: "units-for-industry", title: "哪些单位负责某产业的任务",
                    parameters: [.init(name: "industry", type: "string", defaultText: "人工智能")])]
            }
            services.reload = {
                reloads += 1
                return "reloaded 1 pack"
            }
        }
        #expect(session.perform(":plugins"))
        #expect(transcript.out.contains("work-plans  工作方案  [built-in]"))
        #expect(session.perform(":queries"))
        #expect(transcript.out.contains("units-for-industry  industry=string (default 人工智能)"))
        #expect(session.perform(":queries 无关"))
        #expect(transcript.out.contains("No named query mentions '无关'."))
        #expect(session.perform(":reload"))
        #expect(reloads == 1)
        #expect(transcript.out.contains("reloaded 1 pack"))
    }

    @Test func reloadHelpSaysLexiconsNeedABuildToChangeTheGraph() throws {
        let (session, transcript) = try ShellFixture.session()
        #expect(session.perform(":help reload"))
        #expect(transcript.out.contains("the graph keeps what was extracted: run `explorer build`"))
    }

    @Test func renderWritesTheResultsNodesAsDOT() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("render-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let file = directory.appendingPathComponent("result.dot")
        let runner = TableRunner()
        runner.result = ResultTable(columns: ["p.name", "party.name"], rows: [["梁鸣", "民盟"]])
        let (session, transcript) = try ShellFixture.session(runner: runner)
        #expect(session.perform("MATCH (p)-->(party) RETURN p.name, party.name"))
        #expect(session.perform(":render \(file.path)"))
        let dot = try String(contentsOf: file, encoding: .utf8)
        #expect(dot.contains("梁鸣") && dot.contains("民盟") && dot.contains("MEMBER_OF"))
        #expect(!dot.contains("李强"))
        #expect(transcript.out.contains("2 nodes, 1 relationships"))
    }

    @Test func historyFindsStatementsByChineseOrPinyin() throws {
        let (session, transcript) = try ShellFixture.session(
            lines: ["MATCH (p {name: '梁鸣'}) RETURN p;", "RETURN 1;", ":history liang", ":history 1;", ":history"],
            interactive: true)
        #expect(session.run() == 0)
        #expect(transcript.out.contains("    1  MATCH (p {name: '梁鸣'}) RETURN p;\n    3  :history liang\n"))
        #expect(transcript.out.contains("    2  RETURN 1;\n    4  :history 1\n"))
        #expect(transcript.out.hasSuffix("    1  MATCH (p {name: '梁鸣'}) RETURN p;\n    2  RETURN 1;\n    3  :history liang\n    4  :history 1\n    5  :history\n"))
    }

    @Test func explainPrintsThePlan() throws {
        let (session, transcript) = try ShellFixture.session()
        #expect(session.perform(":explain MATCH (n) RETURN n;"))
        #expect(transcript.out.contains("plan of MATCH (n) RETURN n"))
    }
}
